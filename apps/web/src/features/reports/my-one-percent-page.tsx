import { Alert, Button, Card, Grid, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { downloadOnePercentPdf, useDeclareOnePercent, useOnePercent, useRemitShortfall } from './api.ts';

/** /my-one-percent: the firm's 1 % statement — declare the payroll, see what counts, download it, remit the shortfall to the mutual. */
export function MyOnePercentPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormat();
  const message = useErrorMessage();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data: s, error } = useOnePercent(me.memberId, year);
  const declare = useDeclareOnePercent();
  const remit = useRemitShortfall();
  const form = useFieldErrors();
  const [payroll, setPayroll] = useState<number | string>('');
  const [other, setOther] = useState<number | string>('');
  useEffect(() => {
    if (!s) return;
    setPayroll(s.payrollCents / 100);
    setOther(s.otherDeclaredCents / 100);
  }, [s]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!me.memberId) return;
    form.reset();
    declare.mutate(
      {
        memberId: me.memberId,
        year,
        payrollCents: dollarsToCents(payroll || 0),
        otherSpendingCents: dollarsToCents(other || 0),
      },
      { onSuccess: () => notify({ color: 'green', message: t('reports:my.saved') }), onError: form.fromError },
    );
  };
  const download = (lang: 'fr' | 'en') =>
    me.memberId &&
    downloadOnePercentPdf(me.memberId, year, lang).catch((e) => notify({ color: 'red', message: message(e) }));
  const spans = (list: readonly { from: string; to: string }[]) =>
    list
      .map((p) =>
        p.from === p.to
          ? t('reports:my.spanDay', { day: format.date(p.from) })
          : t('reports:my.spanDays', { from: format.date(p.from), to: format.date(p.to) }),
      )
      .join(t('reports:my.spanSeparator'));
  const row = (label: string, cents: number, strong = false) => (
    <Group justify="space-between" key={label}>
      <Text size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 400}>
        {format.amount(cents)}
      </Text>
    </Group>
  );
  return (
    <>
      <PageHeader
        title={t('reports:my.title')}
        subtitle={s?.memberName}
        actions={
          <>
            <Select
              label={t('reports:onePercent.year')}
              data={[thisYear, thisYear - 1, thisYear - 2].map(String)}
              value={String(year)}
              onChange={(v) => v && setYear(Number(v))}
              allowDeselect={false}
              w={110}
            />
            <Button leftSection={<IconDownload size={16} aria-hidden />} variant="light" onClick={() => download('fr')}>
              {t('reports:my.pdfFr')}
            </Button>
            <Button leftSection={<IconDownload size={16} aria-hidden />} variant="light" onClick={() => download('en')}>
              {t('reports:my.pdfEn')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={error} />
      {s && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder component="form" onSubmit={submit}>
              <Stack>
                <Text size="sm">{t('reports:my.declareHelp')}</Text>
                <NumberInput
                  label={t('reports:my.payroll')}
                  value={payroll}
                  onChange={setPayroll}
                  decimalScale={2}
                  min={0}
                  thousandSeparator=" "
                  error={form.error('payrollCents')}
                  required
                />
                <NumberInput
                  label={t('reports:my.other')}
                  value={other}
                  onChange={setOther}
                  decimalScale={2}
                  min={0}
                  thousandSeparator=" "
                  error={form.error('otherSpendingCents')}
                />
                <FormError form={form} unlessFieldErrors />
                <Button type="submit" loading={declare.isPending}>
                  {t('reports:my.declare')}
                </Button>
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder>
              <Stack gap={6}>
                <Text size="sm" c="dimmed">
                  {s.subject
                    ? t('reports:my.subject', {
                        threshold: format.amount(s.thresholdCents),
                        rate: format.ppm(s.ratePpm),
                      })
                    : t('reports:my.notSubject', { threshold: format.amount(s.thresholdCents) })}
                </Text>
                {row(t('reports:onePercent.obligation'), s.obligationCents, true)}
                {row(t('reports:my.shares'), s.paidToMutual.sessionSharesCents)}
                {row(t('reports:my.dues'), s.paidToMutual.duesCents)}
                {row(t('reports:my.fees'), s.paidToMutual.feesCents)}
                {row(t('reports:my.wages', { hours: format.number(s.trainingHours) }), s.trainingWagesCents)}
                {s.paymentsDidNotCount.length > 0 && row(t('reports:my.notCounted'), s.notCountedCents)}
                {row(t('reports:my.otherDeclared'), s.otherDeclaredCents)}
                {row(t('reports:my.eligible'), s.eligibleCents, true)}
                {row(t('reports:onePercent.shortfall'), s.shortfallCents, true)}
                {s.paymentsDidNotCount.length > 0 && (
                  <Alert color="orange" styles={{ message: { color: 'var(--mantine-color-dark-7)' } }}>
                    {t('reports:my.notRecognised', {
                      spans: spans(s.paymentsDidNotCount),
                      amount: format.amount(s.notCountedCents),
                    })}
                  </Alert>
                )}
                {!s.remittance && s.shortfallCents > 0 && !s.recognisedToday && (
                  <Text size="sm">{t('reports:my.notRecognisedToday')}</Text>
                )}
                {s.remittance ? (
                  <Text size="sm">
                    {t('reports:my.remitted', {
                      number: s.remittance.number,
                      amount: format.amount(s.remittance.totalCents),
                    })}
                  </Text>
                ) : (
                  s.shortfallCents > 0 &&
                  s.recognisedToday && (
                    <Button
                      variant="light"
                      loading={remit.isPending}
                      onClick={() =>
                        me.memberId &&
                        remit.mutate(
                          { memberId: me.memberId, year },
                          {
                            onSuccess: () => notify({ color: 'green', message: t('reports:my.remitDone') }),
                            onError: (e) => notify({ color: 'red', message: message(e) }),
                          },
                        )
                      }
                    >
                      {t('reports:my.remit')}
                    </Button>
                  )
                )}
                <Text size="xs" c="dimmed">
                  {t('reports:my.note')}
                </Text>
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
