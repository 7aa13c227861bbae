import { Button, Card, Group, NumberInput, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import type { DuesSchedule } from '@mutualis/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useDuesSchedule, useInvoiceDues, useSaveDuesSchedule } from './api.ts';
import { FinanceTabs } from './finance-tabs.tsx';

const SIZES = ['micro', 'small', 'medium', 'large'] as const;
const dollars = (cents: number | null | undefined) => (cents === null || cents === undefined ? '' : cents / 100);

/** /finance/dues: the membership fee schedule (flat, by size class or payroll band) and the year's invoicing. */
export function DuesPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  const { data, error } = useDuesSchedule();
  const save = useSaveDuesSchedule();
  const run = useInvoiceDues();
  const form = useFieldErrors();
  const runForm = useFieldErrors();
  const [s, setS] = useState<DuesSchedule | null>(null);
  useEffect(() => {
    if (data && !s) setS(data);
  }, [data, s]);
  if (!s) return <ErrorAlert error={error} />;
  const bands = s.byPayroll.length ? s.byPayroll : [{ upToCents: null, cents: 0 }];
  const setBand = (i: number, patch: Partial<(typeof bands)[number]>) =>
    setS({ ...s, byPayroll: bands.map((b, k) => (k === i ? { ...b, ...patch } : b)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    save.mutate(s, {
      onSuccess: () => notify({ color: 'green', message: t('finance:dues.saved') }),
      onError: form.fromError,
    });
  };
  return (
    <>
      <PageHeader title={t('finance:dues.title')} subtitle={t('finance:dues.subtitle')} />
      <FinanceTabs />
      <Card withBorder component="form" onSubmit={submit} maw={720}>
        <Stack>
          <SegmentedControl
            aria-label={t('finance:dues.basis')}
            value={s.basis}
            onChange={(v) => setS({ ...s, basis: v as DuesSchedule['basis'] })}
            data={(['flat', 'size_class', 'payroll_band'] as const).map((b) => ({
              value: b,
              label: t(`finance:dues.bases.${b}`),
            }))}
          />
          {s.basis === 'flat' && (
            <NumberInput
              label={t('finance:dues.flat')}
              value={dollars(s.flatCents)}
              onChange={(v) => setS({ ...s, flatCents: v === '' ? null : dollarsToCents(v) })}
              decimalScale={2}
              min={0}
              error={form.error('flatCents')}
              w={220}
            />
          )}
          {s.basis === 'size_class' && (
            <Group>
              {SIZES.map((size) => (
                <NumberInput
                  key={size}
                  label={ref.sizeClassLabel(size)}
                  value={dollars(s.bySizeClass[size])}
                  onChange={(v) =>
                    setS({ ...s, bySizeClass: { ...s.bySizeClass, [size]: v === '' ? undefined : dollarsToCents(v) } })
                  }
                  decimalScale={2}
                  min={0}
                  w={160}
                />
              ))}
            </Group>
          )}
          {s.basis === 'payroll_band' && (
            <Stack gap="xs">
              {bands.map((b, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: bands have no id; their order is their identity
                <Group key={i} align="flex-end">
                  <NumberInput
                    label={t('finance:dues.upTo')}
                    placeholder={t('finance:dues.noLimit')}
                    value={dollars(b.upToCents)}
                    onChange={(v) => setBand(i, { upToCents: v === '' ? null : dollarsToCents(v) })}
                    min={0}
                    w={200}
                  />
                  <NumberInput
                    label={t('finance:dues.amount')}
                    value={dollars(b.cents)}
                    onChange={(v) => setBand(i, { cents: dollarsToCents(v || 0) })}
                    decimalScale={2}
                    min={0}
                    w={160}
                  />
                </Group>
              ))}
              <Button
                variant="default"
                size="xs"
                w="fit-content"
                onClick={() => setS({ ...s, byPayroll: [...bands, { upToCents: null, cents: 0 }] })}
              >
                {t('finance:dues.addBand')}
              </Button>
            </Stack>
          )}
          <Switch
            label={t('finance:dues.prorate')}
            checked={s.prorate}
            onChange={(e) => setS({ ...s, prorate: e.currentTarget.checked })}
          />
          <FormError form={form} mt="sm" />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder mt="lg" maw={720}>
        <Text size="sm" mb="sm">
          {t('finance:dues.runHelp')}
        </Text>
        <Button
          loading={run.isPending}
          onClick={() => {
            runForm.reset();
            run.mutate(
              {},
              {
                onSuccess: (r) =>
                  notify({
                    color: 'green',
                    message: t('finance:dues.ran', {
                      count: r.invoiced,
                      total: format.amount(r.totalCents),
                      already: r.alreadyInvoiced,
                      year: r.fiscalYear,
                    }),
                  }),
                onError: runForm.fromError,
              },
            );
          }}
        >
          {t('finance:dues.run')}
        </Button>
        {run.data && run.data.withoutTier.length > 0 && (
          <Text size="sm" c="orange.9" mt="sm">
            {t('finance:dues.withoutTier', { names: run.data.withoutTier.map((m) => m.memberName).join(', ') })}
          </Text>
        )}
        <FormError form={runForm} mt="sm" />
      </Card>
    </>
  );
}
