import { Button, Group, NumberInput, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, today } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { type Invoice, PAYMENT_METHODS, useCreditInvoice, useRecordPayment, useSendInvoice } from './api.ts';

/** The coordinator's actions on an invoice: record a payment, credit it, e-mail it again. */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const pay = useRecordPayment();
  const credit = useCreditInvoice();
  const send = useSendInvoice();
  const payForm = useFieldErrors();
  const creditForm = useFieldErrors();
  const [receivedOn, setReceivedOn] = useState(today());
  const [amount, setAmount] = useState<number | string>(invoice.dueCents / 100);
  const [method, setMethod] = useState<string>('transfer');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const takesPayments = invoice.kind === 'invoice' && (invoice.status === 'issued' || invoice.status === 'partly_paid');
  const submitPayment = (e: FormEvent) => {
    e.preventDefault();
    payForm.reset();
    pay.mutate(
      {
        invoiceId: invoice.id,
        receivedOn,
        amountCents: dollarsToCents(amount),
        method: method as (typeof PAYMENT_METHODS)[number],
        reference: reference || undefined,
      },
      { onSuccess: () => notify({ color: 'green', message: t('finance:invoice.paid') }), onError: payForm.fromError },
    );
  };
  const submitCredit = (e: FormEvent) => {
    e.preventDefault();
    creditForm.reset();
    credit.mutate(
      { invoiceId: invoice.id, reason },
      {
        onSuccess: (note) =>
          notify({ color: 'green', message: t('finance:invoice.credited', { number: note.number }) }),
        onError: creditForm.fromError,
      },
    );
  };
  return (
    <Stack>
      {takesPayments && (
        <Paper withBorder p="md" component="form" onSubmit={submitPayment}>
          <Title order={2} size="h5" mb="sm">
            {t('finance:invoice.recordPayment')}
          </Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('finance:invoice.receivedOn')}
              value={receivedOn}
              onChange={(e) => setReceivedOn(e.currentTarget.value)}
              error={payForm.error('receivedOn')}
              required
              w={170}
            />
            <NumberInput
              label={t('finance:invoice.amount')}
              value={amount}
              onChange={setAmount}
              decimalScale={2}
              min={0.01}
              step={1}
              error={payForm.error('amountCents')}
              required
              w={160}
            />
            <Select
              label={t('finance:invoice.method')}
              data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`finance:method.${m}`) }))}
              value={method}
              onChange={(v) => v && setMethod(v)}
              allowDeselect={false}
              w={170}
            />
            <TextInput
              label={t('finance:invoice.reference')}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              w={180}
            />
            <Button type="submit" loading={pay.isPending}>
              {t('finance:invoice.savePayment')}
            </Button>
          </Group>
          <FormError form={payForm} unlessFieldErrors mt="sm" />
        </Paper>
      )}
      {invoice.kind === 'invoice' && invoice.status !== 'credited' && (
        <Paper withBorder p="md" component="form" onSubmit={submitCredit}>
          <Title order={2} size="h5" mb="sm">
            {t('finance:invoice.credit')}
          </Title>
          <Group align="flex-end">
            <TextInput
              label={t('finance:invoice.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              w={360}
              error={creditForm.error('reason')}
            />
            <Button type="submit" color="red" variant="light" loading={credit.isPending}>
              {t('finance:invoice.issueCredit')}
            </Button>
          </Group>
          <FormError form={creditForm} unlessFieldErrors mt="sm" />
        </Paper>
      )}
      <Group>
        <Button
          variant="default"
          loading={send.isPending}
          onClick={() =>
            send.mutate(invoice.id, {
              onSuccess: () => notify({ color: 'green', message: t('finance:invoice.sent') }),
              onError: payForm.fromError,
            })
          }
        >
          {t('finance:invoice.send')}
        </Button>
      </Group>
    </Stack>
  );
}
