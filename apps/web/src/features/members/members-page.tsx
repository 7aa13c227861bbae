import { Anchor, Button, Select } from '@mantine/core';
import { SCIAN_SECTORS } from '@mutualis/domain/reference/index';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { downloadMembers, MEMBER_STATUSES, type Member, type MemberQuery, useMembers } from './api.ts';

export function MembersPage() {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  const { state, update } = useTableState({ sort: 'name' });
  const query = tableQuery(state) as MemberQuery;
  const { data, isLoading, error } = useMembers(query);
  const sectorOptions = SCIAN_SECTORS.map((s) => ({ value: s.code, label: `${s.code} – ${ref.label(s)}` }));

  const columns: Column<Member>[] = [
    {
      key: 'legalName',
      header: t('members:fields.legalName'),
      sortKey: 'name',
      render: (m) => (
        <Anchor component={Link} to={`/members/${m.id}`} fw={600}>
          {m.legalName}
        </Anchor>
      ),
    },
    { key: 'neq', header: t('members:fields.neq'), render: (m) => m.neq },
    { key: 'region', header: t('members:fields.region'), render: (m) => ref.regionLabel(m.regionCode) },
    { key: 'scian', header: t('members:fields.scian'), render: (m) => m.scianCode },
    {
      key: 'headcount',
      header: t('members:fields.headcount'),
      sortKey: 'headcount',
      align: 'right',
      render: (m) => format.number(m.headcount),
    },
    { key: 'sizeClass', header: t('members:fields.sizeClass'), render: (m) => ref.sizeClassLabel(m.sizeClass) },
    {
      key: 'payroll',
      header: t('members:fields.annualPayroll'),
      sortKey: 'payroll',
      align: 'right',
      render: (m) => format.money(m.annualPayrollCents),
    },
    {
      key: 'status',
      header: t('members:fields.status'),
      sortKey: 'status',
      render: (m) => <StatusBadge status={m.status} labelKey="members:status" />,
    },
  ];

  const { page: _page, pageSize: _pageSize, ...exportQuery } = query;
  return (
    <>
      <PageHeader
        title={t('members:list.title')}
        subtitle={t('members:list.subtitle')}
        actions={
          <>
            <ExportButtons download={(format) => downloadMembers({ ...exportQuery, lang: i18n.language }, format)} />
            <Button component={Link} to="/members/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('members:list.create')}
            </Button>
          </>
        }
      />
      <DataTable
        caption={t('members:list.title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(m) => m.id}
        state={state}
        onChange={update}
        searchLabel={t('members:list.search')}
        toolbar={
          <>
            <Select
              label={t('members:fields.status')}
              placeholder={t('common:filters.all')}
              clearable
              clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
              data={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`members:status.${s}`) }))}
              value={state.filters.status ?? null}
              onChange={(v) => update({ filters: { status: v } })}
              w={160}
            />
            <Select
              label={t('members:fields.region')}
              placeholder={t('common:filters.all')}
              clearable
              clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
              searchable
              data={ref.regionOptions}
              value={state.filters.region ?? null}
              onChange={(v) => update({ filters: { region: v } })}
              w={240}
            />
            <Select
              label={t('members:fields.scian')}
              placeholder={t('common:filters.all')}
              clearable
              clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
              searchable
              data={sectorOptions}
              value={state.filters.sector ?? null}
              onChange={(v) => update({ filters: { sector: v } })}
              w={260}
            />
            <Select
              label={t('members:fields.sizeClass')}
              placeholder={t('common:filters.all')}
              clearable
              clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
              data={ref.sizeClassOptions}
              value={state.filters.sizeClass ?? null}
              onChange={(v) => update({ filters: { sizeClass: v } })}
              w={200}
            />
          </>
        }
      />
    </>
  );
}
