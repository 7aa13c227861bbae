import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { type AuditEntry, useAudit } from './api.ts';
import { ChangeSummary } from './change-summary.tsx';

/** Who did what and when, newest first; filters by entity, action and dates. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, update } = useTableState();
  const { q: _q, sort: _sort, order: _order, ...query } = tableQuery(state, 'q');
  const { data, isLoading, error } = useAudit(query);
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit:fields.at'), render: (e) => format.dateTime(e.at) },
    { key: 'actor', header: t('audit:fields.actor'), render: (e) => e.actorName ?? '' },
    { key: 'action', header: t('audit:fields.action'), render: (e) => t(`audit:actions.${e.action}`, { defaultValue: e.action }) },
    { key: 'entity', header: t('audit:fields.entity'), render: (e) => t(`audit:entities.${e.entityType}`, { defaultValue: e.entityType }) },
    { key: 'change', header: t('audit:fields.change'), render: (e) => <ChangeSummary change={e.change} /> },
  ];
  const filter = (name: string, label: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={state.filters[name] ?? ''}
      onChange={(e) => update({ filters: { [name]: e.currentTarget.value || null } })}
      w={type === 'date' ? 170 : 180}
    />
  );
  return (
    <>
      <PageHeader title={t('audit:title')} subtitle={t('audit:subtitle')} />
      <DataTable
        caption={t('audit:title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(e) => String(e.id)}
        state={state}
        onChange={update}
        toolbar={
          <>
            {filter('entityType', t('audit:fields.entity'))}
            {filter('action', t('audit:fields.action'))}
            {filter('from', t('audit:from'), 'date')}
            {filter('to', t('audit:to'), 'date')}
          </>
        }
      />
    </>
  );
}
