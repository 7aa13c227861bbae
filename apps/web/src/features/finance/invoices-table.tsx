import { Anchor, Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Column, DataTable, useTableState } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';
import { INVOICE_STATUSES, type InvoiceSummary, useInvoices } from './api.ts';
import { MoneyBadge } from './status.tsx';

/** Invoices and credit notes, paged by the server; links to each document under `base`. */
export function InvoicesTable({ base, memberColumn = true }: { base: string; memberColumn?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, update } = useTableState({ pageSize: 25 }, 'i.');
  const { data, error, isLoading } = useInvoices({
    page: state.page,
    pageSize: state.pageSize,
    search: state.q || undefined,
    status: (state.filters.status as InvoiceSummary['status']) || undefined,
    overdue: state.filters.overdue === 'true' ? 'true' : undefined,
  });
  const columns: Column<InvoiceSummary>[] = [
    {
      key: 'number',
      header: t('finance:invoices.number'),
      render: (i) => (
        <Anchor component={Link} to={`${base}/${i.id}`} fw={600}>
          {i.number}
        </Anchor>
      ),
    },
    ...(memberColumn
      ? [{ key: 'member', header: t('finance:invoices.member'), render: (i: InvoiceSummary) => i.memberName }]
      : []),
    { key: 'issued', header: t('finance:invoices.issued'), render: (i) => format.date(i.issuedOn) },
    { key: 'due', header: t('finance:invoices.dueOn'), render: (i) => format.date(i.dueOn) },
    { key: 'total', header: t('finance:invoices.total'), render: (i) => format.amount(i.totalCents), align: 'right' },
    {
      key: 'balance',
      header: t('finance:invoices.balance'),
      render: (i) => (i.kind === 'invoice' ? format.amount(i.dueCents) : '—'),
      align: 'right',
    },
    {
      key: 'status',
      header: t('finance:invoices.status'),
      render: (i) =>
        i.kind === 'credit_note' ? (
          <MoneyBadge status="credit_note" labelKey="finance:kind" />
        ) : (
          <Group gap={4}>
            <MoneyBadge status={i.status} labelKey="finance:status" />
            {i.overdue && <MoneyBadge status="overdue" labelKey="finance:status" />}
          </Group>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('finance:invoices.title')}
      columns={columns}
      data={data}
      isLoading={isLoading}
      error={error}
      rowKey={(i) => i.id}
      state={state}
      onChange={update}
      searchLabel={t('finance:invoices.search')}
      toolbar={
        <>
          <Select
            label={t('finance:invoices.status')}
            clearable
            data={INVOICE_STATUSES.map((s) => ({ value: s, label: t(`finance:status.${s}`) }))}
            value={state.filters.status ?? null}
            onChange={(v) => update({ filters: { status: v } })}
            w={180}
          />
          <Switch
            label={t('finance:invoices.overdueOnly')}
            checked={state.filters.overdue === 'true'}
            onChange={(e) => update({ filters: { overdue: e.currentTarget.checked ? 'true' : null } })}
            mb={6}
          />
        </>
      }
      emptyText={t('finance:invoices.none')}
    />
  );
}
