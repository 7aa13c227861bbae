import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, today, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { MoneyBadge } from '../finance/status.tsx';
import { downloadClaim, useClaim, useRecordClaimPayment, useSubmitClaim } from './api.ts';

/** /funding/claims/:id: a claim's sessions, evidence, submission, the funder's payments and their reconciliation. */
export function ClaimPage() {
  const { t, i18n } = useTranslation();
  const { claimId } = useParams();
  const format = useFormat();
  const message = useErrorMessage();
  const { data: c, error } = useClaim(claimId);
  const submit = useSubmitClaim();
  const pay = useRecordClaimPayment();
  const form = useFieldErrors();
  const [receivedOn, setReceivedOn] = useState(today());
  const [amount, setAmount] = useState<number | string>('');
  const [refused, setRefused] = useState<number | string>('');
  const [reference, setReference] = useState('');
  const en = i18n.language.startsWith('en');
  const download = (kind: 'pdf' | 'zip') =>
    c && downloadClaim(c.id, kind).catch((e) => notify({ color: 'red', message: message(e) }));
  const record = (e: FormEvent) => {
    e.preventDefault();
    if (!c) return;
    form.reset();
    pay.mutate(
      {
        claimId: c.id,
        receivedOn,
        amountCents: dollarsToCents(amount || 0),
        refusedCents: dollarsToCents(refused || 0),
        reference: reference || undefined,
      },
      { onSuccess: () => notify({ color: 'green', message: t('funding:claim.recorded') }), onError: form.fromError },
    );
  };
  return (
    <>
      <PageHeader
        title={c ? t('funding:claim.title', { number: c.number }) : t('funding:claims.title')}
        subtitle={c ? `${c.programmeName} — ${c.funderName}` : undefined}
        actions={
          c && (
            <>
              <Button
                variant="light"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => download('pdf')}
              >
                {t('funding:claim.pdf')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => download('zip')}
              >
                {t('funding:claim.zip')}
              </Button>
              {c.status === 'draft' && (
                <Button
                  loading={submit.isPending}
                  onClick={() => submit.mutate(c.id, { onError: (e) => notify({ color: 'red', message: message(e) }) })}
                >
                  {t('funding:claim.submit')}
                </Button>
              )}
            </>
          )
        }
      />
      <ErrorAlert error={error} />
      {c && (
        <Stack>
          <Group>
            <MoneyBadge status={c.status} labelKey="funding:status" />
            <Text size="sm">
              {format.date(c.periodFrom)} – {format.date(c.periodTo)}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {[
              [t('funding:claims.claimed'), c.claimedCents],
              [t('funding:claims.received'), c.receivedCents],
              [t('funding:claim.refused'), c.refusedCents],
              [t('funding:claim.outstanding'), c.outstandingCents],
            ].map(([label, cents]) => (
              <Card withBorder padding="sm" key={label as string}>
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
                <Text fw={700}>{format.amount(cents as number)}</Text>
              </Card>
            ))}
          </SimpleGrid>
          <Text size="sm">
            {t('funding:claim.evidence', {
              invoices: c.evidence.invoices,
              paid: c.evidence.invoicesPaid,
              attestations: c.evidence.attestations,
              registers: c.evidence.registers,
              attendance: c.evidence.attendanceRecords,
            })}
          </Text>
          <Title order={2} size="h4">
            {t('funding:claim.sessions')}
          </Title>
          <Table.ScrollContainer minWidth={800}>
            <Table striped aria-label={t('funding:claim.sessions')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance:sessions.session')}</Table.Th>
                  <Table.Th ta="right">{t('funding:claim.participants')}</Table.Th>
                  <Table.Th ta="right">{t('funding:claim.hours')}</Table.Th>
                  <Table.Th ta="right">{t('funding:claims.claimed')}</Table.Th>
                  <Table.Th ta="right">{t('funding:claims.received')}</Table.Th>
                  <Table.Th ta="right">{t('funding:claim.difference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.sessions.map((s) => (
                  <Table.Tr key={s.sessionId}>
                    <Table.Td>
                      {en ? s.titleEn : s.titleFr}
                      <Text size="xs" c="dimmed">
                        {format.date(s.firstDay)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{s.participants}</Table.Td>
                    <Table.Td ta="right">{format.number(s.participantHours)}</Table.Td>
                    <Table.Td ta="right">{format.amount(s.claimedCents)}</Table.Td>
                    <Table.Td ta="right">{format.amount(s.receivedCents)}</Table.Td>
                    <Table.Td ta="right" c={s.differenceCents > 0 ? 'red.8' : undefined}>
                      {format.amount(s.differenceCents)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {c.payments.map((p) => (
            <Text size="sm" key={p.id}>
              {t('funding:claim.payment', {
                date: format.date(p.receivedOn),
                amount: format.amount(p.amountCents),
                refused: format.amount(p.refusedCents),
                reference: p.reference || '—',
              })}
            </Text>
          ))}
          {c.status === 'submitted' && (
            <Card withBorder component="form" onSubmit={record}>
              <Title order={2} size="h5" mb="sm">
                {t('funding:claim.recordPayment')}
              </Title>
              <Group align="flex-end">
                <TextInput
                  type="date"
                  label={t('finance:invoice.receivedOn')}
                  value={receivedOn}
                  onChange={(e) => setReceivedOn(e.currentTarget.value)}
                  required
                  error={form.error('receivedOn')}
                />
                <NumberInput
                  label={t('funding:claims.received')}
                  value={amount}
                  onChange={setAmount}
                  decimalScale={2}
                  min={0}
                  error={form.error('amountCents')}
                />
                <NumberInput
                  label={t('funding:claim.refused')}
                  value={refused}
                  onChange={setRefused}
                  decimalScale={2}
                  min={0}
                  error={form.error('refusedCents')}
                />
                <TextInput
                  label={t('finance:invoice.reference')}
                  value={reference}
                  onChange={(e) => setReference(e.currentTarget.value)}
                />
                <Button type="submit" loading={pay.isPending}>
                  {t('funding:claim.save')}
                </Button>
              </Group>
              <FormError form={form} unlessFieldErrors mt="sm" />
            </Card>
          )}
        </Stack>
      )}
    </>
  );
}
