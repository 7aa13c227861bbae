import { Button, Group, Modal, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { today, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import {
  PROVIDER_BILL_STATUSES,
  type ProviderBill,
  useApproveBill,
  useMargins,
  usePayBill,
  useProviderBills,
} from './api.ts';
import { FinanceTabs } from './finance-tabs.tsx';
import { MoneyBadge } from './status.tsx';

/** /finance/bills: providers' bills from the accepted quotes (approve, pay) and each session's margin. */
export function BillsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const en = i18n.language.startsWith('en');
  const [status, setStatus] = useState<ProviderBill['status'] | null>(null);
  const bills = useProviderBills({ status: status ?? undefined, page: 1, pageSize: 200 });
  const margins = useMargins({ page: 1, pageSize: 200 });
  const approve = useApproveBill();
  const [paying, setPaying] = useState<ProviderBill | null>(null);
  return (
    <>
      <PageHeader title={t('finance:bills.title')} subtitle={t('finance:bills.subtitle')} />
      <FinanceTabs />
      <Select
        label={t('finance:bills.status')}
        clearable
        data={PROVIDER_BILL_STATUSES.map((s) => ({ value: s, label: t(`finance:billStatus.${s}`) }))}
        value={status}
        onChange={(v) => setStatus(v as ProviderBill['status'] | null)}
        w={200}
        mb="sm"
      />
      <ErrorAlert error={bills.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('finance:bills.title')} aria-busy={bills.isLoading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance:bills.number')}</Table.Th>
              <Table.Th>{t('finance:bills.provider')}</Table.Th>
              <Table.Th>{t('finance:bills.session')}</Table.Th>
              <Table.Th ta="right">{t('finance:bills.seats')}</Table.Th>
              <Table.Th ta="right">{t('finance:bills.cost')}</Table.Th>
              <Table.Th ta="right">{t('finance:bills.total')}</Table.Th>
              <Table.Th>{t('finance:bills.status')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bills.data?.items.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td fw={600}>{b.number}</Table.Td>
                <Table.Td>{b.providerName}</Table.Td>
                <Table.Td>{en ? b.sessionTitleEn : b.sessionTitleFr}</Table.Td>
                <Table.Td ta="right">{b.seats}</Table.Td>
                <Table.Td ta="right">{format.amount(b.costCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(b.totalCents)}</Table.Td>
                <Table.Td>
                  <MoneyBadge status={b.status} labelKey="finance:billStatus" />
                </Table.Td>
                <Table.Td>
                  {b.status === 'received' && (
                    <Button
                      size="xs"
                      loading={approve.isPending && approve.variables === b.id}
                      aria-label={t('finance:bills.approveOne', { number: b.number })}
                      onClick={() =>
                        approve.mutate(b.id, {
                          onSuccess: () => notify({ color: 'green', message: t('finance:bills.approved') }),
                          onError: (e) => notify({ color: 'red', message: message(e) }),
                        })
                      }
                    >
                      {t('finance:bills.approve')}
                    </Button>
                  )}
                  {b.status === 'approved' && (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('finance:bills.payOne', { number: b.number })}
                      onClick={() => setPaying(b)}
                    >
                      {t('finance:bills.pay')}
                    </Button>
                  )}
                  {b.status === 'paid' && <Text size="xs">{format.date(b.paidOn)}</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {bills.data?.items.length === 0 && <Text c="dimmed">{t('finance:bills.none')}</Text>}
      <Title order={2} size="h4" mt="xl" mb="xs">
        {t('finance:margins.title')}
      </Title>
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label={t('finance:margins.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('finance:bills.session')}</Table.Th>
              <Table.Th ta="right">{t('finance:margins.recovered')}</Table.Th>
              <Table.Th ta="right">{t('finance:margins.subsidies')}</Table.Th>
              <Table.Th ta="right">{t('finance:margins.cost')}</Table.Th>
              <Table.Th ta="right">{t('finance:margins.margin')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {margins.data?.items.map((m) => (
              <Table.Tr key={m.sessionId}>
                <Table.Td>{en ? m.titleEn : m.titleFr}</Table.Td>
                <Table.Td ta="right">{format.amount(m.recoveredCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(m.subsidyCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(m.providerCostCents)}</Table.Td>
                <Table.Td ta="right" c={m.marginCents < 0 ? 'red.8' : undefined}>
                  {format.amount(m.marginCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PayBillModal bill={paying} onClose={() => setPaying(null)} />
    </>
  );
}

function PayBillModal({ bill, onClose }: { bill: ProviderBill | null; onClose: () => void }) {
  const { t } = useTranslation();
  const pay = usePayBill();
  const form = useFieldErrors();
  const [paidOn, setPaidOn] = useState(today());
  const [reference, setReference] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!bill) return;
    form.reset();
    pay.mutate(
      { billId: bill.id, paidOn, reference: reference || undefined },
      { onSuccess: onClose, onError: form.fromError },
    );
  };
  return (
    <Modal
      opened={bill !== null}
      onClose={onClose}
      title={bill ? t('finance:bills.payOne', { number: bill.number }) : ''}
    >
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('finance:bills.paidOn')}
            value={paidOn}
            onChange={(e) => setPaidOn(e.currentTarget.value)}
            required
            error={form.error('paidOn')}
          />
          <TextInput
            label={t('finance:invoice.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
          <Button type="submit" loading={pay.isPending}>
            {t('finance:bills.pay')}
          </Button>
        </Group>
        <FormError form={form} unlessFieldErrors mt="sm" />
      </form>
    </Modal>
  );
}
