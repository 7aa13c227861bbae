import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FirmYearFields, PRODUCTIVITY_MEASURES } from './api.ts';

export const EMPTY_YEAR: FirmYearFields = {
  headcount: 0,
  separations: 0,
  payrollCents: 0,
  hoursWorked: 0,
  productivityMeasure: 'value_added_per_hour',
  productivityValue: 0,
  absenteeismDays: 0,
  workAccidents: 0,
};

/** The yearly form's fields; the measure is locked when the firm keeps the one it chose. */
export function FirmYearFieldsInput({
  value,
  onChange,
  lockMeasure,
  errors = {},
}: {
  value: FirmYearFields;
  onChange: (v: FirmYearFields) => void;
  lockMeasure: boolean;
  errors?: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const number = (key: keyof FirmYearFields, options: { decimals?: number; max?: number } = {}) => (
    <NumberInput
      label={t(`outcomes:field.${key}`)}
      description={t(`outcomes:help.${key}`)}
      min={0}
      max={options.max}
      decimalScale={options.decimals ?? 0}
      allowNegative={false}
      thousandSeparator=" "
      decimalSeparator={en ? '.' : ','}
      value={key === 'payrollCents' ? value.payrollCents / 100 : (value[key] as number)}
      onChange={(v) => {
        const n = typeof v === 'number' ? v : Number(String(v).replace(/\s/g, '')) || 0;
        onChange({ ...value, [key]: key === 'payrollCents' ? Math.round(n * 100) : n });
      }}
      error={errors[key]}
      required
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {number('headcount')}
      {number('separations')}
      {number('payrollCents', { decimals: 2 })}
      {number('hoursWorked')}
      <Select
        label={t('outcomes:field.productivityMeasure')}
        description={lockMeasure ? t('outcomes:help.measureKept') : t('outcomes:help.productivityMeasure')}
        data={PRODUCTIVITY_MEASURES.map((m) => ({ value: m.code, label: en ? m.en : m.fr }))}
        value={value.productivityMeasure}
        onChange={(v) => v && onChange({ ...value, productivityMeasure: v as FirmYearFields['productivityMeasure'] })}
        disabled={lockMeasure}
        allowDeselect={false}
        error={errors.productivityMeasure}
      />
      {number('productivityValue', { decimals: 2 })}
      {number('absenteeismDays', { decimals: 1 })}
      {number('workAccidents')}
    </SimpleGrid>
  );
}
