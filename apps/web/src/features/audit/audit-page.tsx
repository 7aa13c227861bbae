import { Select, Stack, Text, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@mutualis/domain/audit/index';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useUsers } from '../users/api.ts';
import { type AuditEntry, useAudit } from './api.ts';
import { ChangeSummary } from './change-summary.tsx';

/** What an entry is about, in words: its kind and, when it still exists, its name ("Session « Secourisme »"). */
export function AuditObject({ entry }: { entry: Pick<AuditEntry, 'entityType' | 'entityName'> }) {
  const { t } = useTranslation();
  const kind = t(`audit:entities.${entry.entityType}`);
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {kind}
      </Text>
      <Text size="sm">{entry.entityName ?? '—'}</Text>
    </Stack>
  );
}

/** Who did what to which record and when, newest first; filters by person, kind of record, action and dates. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, update } = useTableState();
  const { q: _q, sort: _sort, order: _order, ...query } = tableQuery(state, 'q');
  const { data, isLoading, error } = useAudit(query);
  const people = useUsers({ pageSize: 200 });
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit:fields.at'), render: (e) => format.dateTime(e.at) },
    { key: 'actor', header: t('audit:fields.actor'), render: (e) => e.actorName ?? t('audit:system') },
    { key: 'action', header: t('audit:fields.action'), render: (e) => t(`audit:actions.${e.action}`) },
    { key: 'entity', header: t('audit:fields.entity'), render: (e) => <AuditObject entry={e} /> },
    { key: 'change', header: t('audit:fields.change'), render: (e) => <ChangeSummary entry={e} /> },
  ];
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const select = (name: string, label: string, options: { value: string; label: string }[], w = 220) => (
    <Select
      label={label}
      placeholder={t('common:filters.all')}
      clearable
      searchable
      data={options}
      value={state.filters[name] ?? null}
      onChange={(v) => update({ filters: { [name]: v } })}
      w={w}
    />
  );
  const day = (name: string, label: string) => (
    <TextInput
      label={label}
      type="date"
      value={state.filters[name] ?? ''}
      onChange={(e) => update({ filters: { [name]: e.currentTarget.value || null } })}
      w={170}
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
            {select(
              'actorUserId',
              t('audit:fields.actor'),
              (people.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName || u.email })).sort(byLabel),
              240,
            )}
            {select(
              'entityType',
              t('audit:fields.entity'),
              AUDIT_ENTITY_TYPES.map((k) => ({ value: k, label: t(`audit:entities.${k}`) })).sort(byLabel),
            )}
            {select(
              'action',
              t('audit:fields.action'),
              AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit:actions.${a}`) })).sort(byLabel),
              260,
            )}
            {day('from', t('audit:from'))}
            {day('to', t('audit:to'))}
          </>
        }
      />
    </>
  );
}
