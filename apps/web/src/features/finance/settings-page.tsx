import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { FinanceSettings, UpdateFinanceSettings } from '@mutualis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { INVOICE_ITEM_KINDS, INVOICE_TIMINGS, useFinanceSettings, useUpdateFinanceSettings } from './api.ts';
import { FinanceTabs } from './finance-tabs.tsx';

const RULES = ['per_seat', 'fixed_equal_by_firm', 'small_firm_discount'] as const;
const toPercent = (ppm: number) => ppm / 10_000;
const toPpm = (percent: number | string) => Math.round(Number(percent) * 10_000);

/** /finance/settings: taxes and tax numbers, invoicing timing and cost sharing, fees, reminders, fiscal year, cessation interest. */
export function FinanceSettingsPage() {
  const { t } = useTranslation();
  const { data, error } = useFinanceSettings();
  return (
    <>
      <PageHeader title={t('finance:settings.title')} subtitle={t('finance:settings.subtitle')} />
      <FinanceTabs />
      <ErrorAlert error={error} />
      {data && <SettingsForm settings={data} />}
    </>
  );
}

function SettingsForm({ settings }: { settings: FinanceSettings }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useUpdateFinanceSettings();
  const form = useFieldErrors();
  const [v, setV] = useState<Required<UpdateFinanceSettings>>({
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    gstNumber: settings.gstNumber ?? '',
    qstNumber: settings.qstNumber ?? '',
    gstPpm: settings.gstPpm,
    qstPpm: settings.qstPpm,
    taxableKinds: settings.taxableKinds,
    invoiceTiming: settings.invoiceTiming,
    allocationRule: settings.allocationRule,
    smallFirmDiscountPpm: settings.smallFirmDiscountPpm,
    paymentTermsDays: settings.paymentTermsDays,
    reminderDays: settings.reminderDays,
    freeUntilDaysBefore: settings.freeUntilDaysBefore,
    lateFeePpm: settings.lateFeePpm,
    noShowFeePpm: settings.noShowFeePpm,
    blockEnrolmentWhenDuesOverdue: settings.blockEnrolmentWhenDuesOverdue,
    providerBillsTaxable: settings.providerBillsTaxable,
    cessationInterestPpm: settings.cessationInterestPpm,
  });
  const set = <K extends keyof typeof v>(k: K, value: (typeof v)[K]) => {
    form.clear(k);
    setV({ ...v, [k]: value });
  };
  const percentField = (
    k: 'gstPpm' | 'qstPpm' | 'smallFirmDiscountPpm' | 'lateFeePpm' | 'noShowFeePpm' | 'cessationInterestPpm',
  ) => (
    <NumberInput
      label={t(`finance:settings.${k}`)}
      value={toPercent(v[k])}
      onChange={(x) => set(k, toPpm(x || 0))}
      decimalScale={4}
      min={0}
      max={100}
      suffix=" %"
      error={form.error(k)}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    save.mutate(
      { ...v, gstNumber: v.gstNumber || null, qstNumber: v.qstNumber || null },
      { onSuccess: () => notify({ color: 'green', message: t('finance:settings.saved') }), onError: form.fromError },
    );
  };
  const monthName = new Intl.DateTimeFormat(format.locale, { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: monthName.format(new Date(Date.UTC(2026, i, 15))),
  }));
  return (
    <form onSubmit={submit}>
      <Stack maw={900}>
        <Card withBorder>
          <Title order={2} size="h5" mb="sm">
            {t('finance:settings.taxes')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('finance:settings.gstNumber')}
              value={v.gstNumber ?? ''}
              onChange={(e) => set('gstNumber', e.currentTarget.value)}
              error={form.error('gstNumber')}
            />
            <TextInput
              label={t('finance:settings.qstNumber')}
              value={v.qstNumber ?? ''}
              onChange={(e) => set('qstNumber', e.currentTarget.value)}
              error={form.error('qstNumber')}
            />
            {percentField('gstPpm')}
            {percentField('qstPpm')}
          </SimpleGrid>
          <Checkbox.Group
            label={t('finance:settings.taxableKinds')}
            value={v.taxableKinds}
            onChange={(x) => set('taxableKinds', x as typeof v.taxableKinds)}
            mt="sm"
          >
            <Group mt={4}>
              {INVOICE_ITEM_KINDS.map((k) => (
                <Checkbox key={k} value={k} label={t(`finance:itemKind.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Switch
            mt="sm"
            label={t('finance:settings.providerBillsTaxable')}
            checked={v.providerBillsTaxable}
            onChange={(e) => set('providerBillsTaxable', e.currentTarget.checked)}
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="sm">
            {t('finance:settings.invoicing')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('finance:settings.invoiceTiming')}
              data={INVOICE_TIMINGS.map((x) => ({ value: x, label: t(`finance:timing.${x}`) }))}
              value={v.invoiceTiming}
              onChange={(x) => x && set('invoiceTiming', x as typeof v.invoiceTiming)}
              allowDeselect={false}
            />
            <Select
              label={t('finance:settings.allocationRule')}
              data={RULES.map((x) => ({ value: x, label: t(`finance:rule.${x}`) }))}
              value={v.allocationRule}
              onChange={(x) => x && set('allocationRule', x as typeof v.allocationRule)}
              allowDeselect={false}
            />
            {percentField('smallFirmDiscountPpm')}
            <NumberInput
              label={t('finance:settings.paymentTermsDays')}
              value={v.paymentTermsDays}
              onChange={(x) => set('paymentTermsDays', Number(x) || 0)}
              min={0}
              max={365}
              error={form.error('paymentTermsDays')}
            />
            <TextInput
              label={t('finance:settings.reminderDays')}
              description={t('finance:settings.reminderDaysHelp')}
              value={v.reminderDays.join(', ')}
              onChange={(e) =>
                set(
                  'reminderDays',
                  e.currentTarget.value
                    .split(/[,; ]+/)
                    .filter(Boolean)
                    .map(Number)
                    .filter((n) => Number.isInteger(n)),
                )
              }
              error={form.error('reminderDays')}
            />
            <Select
              label={t('finance:settings.fiscalYearStartMonth')}
              data={months}
              value={String(v.fiscalYearStartMonth)}
              onChange={(x) => x && set('fiscalYearStartMonth', Number(x))}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t('finance:settings.currentYear', {
              label: settings.currentFiscalYear.label,
              closed: settings.closedThrough ? format.date(settings.closedThrough) : '—',
            })}
          </Text>
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="sm">
            {t('finance:settings.cancellations')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('finance:settings.freeUntilDaysBefore')}
              value={v.freeUntilDaysBefore}
              onChange={(x) => set('freeUntilDaysBefore', Number(x) || 0)}
              min={0}
              max={365}
            />
            {percentField('lateFeePpm')}
            {percentField('noShowFeePpm')}
          </SimpleGrid>
          <Switch
            mt="sm"
            label={t('finance:settings.blockEnrolment')}
            checked={v.blockEnrolmentWhenDuesOverdue}
            onChange={(e) => set('blockEnrolmentWhenDuesOverdue', e.currentTarget.checked)}
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="sm">
            {t('finance:settings.cessation')}
          </Title>
          {percentField('cessationInterestPpm')}
        </Card>
        <FormError form={form} unlessFieldErrors />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
