import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { dollarsToCents, useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { upcomingMonths } from '../../needs/api.ts';
import {
  providerMayAnswerQuote,
  type QuoteRequest,
  quoteRequestIsOpen,
  quoteResponseIsShown,
  useQuoteAction,
} from '../api.ts';

/** The trainer answers (or declines) for its provider while the request is open. */
export function TrainerAnswer({ quote: q, providerId }: { quote: QuoteRequest; providerId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useQuoteAction(q.id);
  const form = useFieldErrors();
  const mine = q.providers.find((p) => p.providerId === providerId);
  const last = q.responses.filter((r) => r.providerId === providerId && quoteResponseIsShown(r.status)).at(-1);
  const [fixed, setFixed] = useState<number | string>(last ? last.fixedCostCents / 100 : '');
  const [seat, setSeat] = useState<number | string>(last ? last.seatCostCents / 100 : '');
  const [minSeats, setMin] = useState<number | string>(last?.minSeats ?? '');
  const [maxSeats, setMax] = useState<number | string>(last?.maxSeats ?? '');
  const [periods, setPeriods] = useState<string[]>(last?.periods ?? q.periods);
  const [hours, setHours] = useState<number | string>(last?.durationHours ?? '');
  const [conditions, setConditions] = useState(last?.conditions ?? '');
  const months = [...new Set([...upcomingMonths(18), ...q.periods, ...periods])].sort();
  const open = quoteRequestIsOpen(q.status) && mine && providerMayAnswerQuote(mine.status);
  const cents = (v: number | string) => (v === '' ? Number.NaN : dollarsToCents(v));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    action.mutate(
      {
        action: 'answer',
        body: {
          fixedCostCents: cents(fixed),
          seatCostCents: cents(seat),
          minSeats: minSeats === '' ? Number.NaN : Number(minSeats),
          maxSeats: maxSeats === '' ? Number.NaN : Number(maxSeats),
          periods,
          durationHours: hours === '' ? null : Number(hours),
          conditions,
        },
      },
      { onSuccess: () => notify({ color: 'green', message: t('quotes:answer.sent') }), onError: form.fromError },
    );
  };

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('quotes:answer.title')}
      </Title>
      {mine && (
        <Text mb="sm">
          {t('quotes:answer.yourStatus')} <StatusBadge status={mine.status} labelKey="quotes:providerStatus" />
        </Text>
      )}
      {last && (
        <Alert color="blue" variant="light" mb="sm">
          {t('quotes:answer.last', {
            date: format.dateTime(last.submittedAt),
            fixed: format.money(last.fixedCostCents),
            seat: format.money(last.seatCostCents, 2),
          })}
        </Alert>
      )}
      {open ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError form={form} unlessFieldErrors />
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <NumberInput
                label={t('quotes:fields.fixedCost')}
                required
                min={0}
                decimalScale={2}
                value={fixed}
                onChange={setFixed}
                error={form.error('fixedCostCents')}
              />
              <NumberInput
                label={t('quotes:fields.seatCost')}
                required
                min={0}
                decimalScale={2}
                value={seat}
                onChange={setSeat}
                error={form.error('seatCostCents')}
              />
              <NumberInput
                label={t('quotes:fields.minSeats')}
                required
                min={1}
                allowDecimal={false}
                value={minSeats}
                onChange={setMin}
                error={form.error('minSeats')}
              />
              <NumberInput
                label={t('quotes:fields.maxSeats')}
                required
                min={1}
                allowDecimal={false}
                value={maxSeats}
                onChange={setMax}
                error={form.error('maxSeats')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect
                label={t('quotes:fields.periods')}
                required
                data={format.monthOptions(months)}
                value={periods}
                onChange={setPeriods}
                error={form.error('periods')}
              />
              <NumberInput
                label={t('quotes:fields.duration')}
                min={0}
                decimalScale={1}
                value={hours}
                onChange={setHours}
                error={form.error('durationHours')}
              />
            </SimpleGrid>
            <Textarea
              label={t('quotes:fields.conditions')}
              value={conditions}
              onChange={(e) => setConditions(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group justify="space-between">
              <Button variant="default" color="red" onClick={() => action.mutate({ action: 'decline', body: {} })}>
                {t('quotes:answer.decline')}
              </Button>
              <Button type="submit" loading={action.isPending}>
                {t('quotes:answer.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text c="dimmed">{t('quotes:answer.closed')}</Text>
      )}
    </Card>
  );
}
