import { Button, Select, Text } from '@mantine/core';
import { OUTBOX_STATUSES, outboxMayRetry } from '@mutualis/domain/outbox/outbox-status';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { type OutboxMessage, useOutbox, useRetryOutboxMessage } from './api.ts';

/** E-mails waiting, sent or failed (invitations, password resets…), with a retry. */
export function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const { state, update } = useTableState();
  const { q: _q, sort: _sort, order: _order, ...query } = tableQuery(state, 'q');
  const { data, isLoading, error } = useOutbox(query);
  const retry = useRetryOutboxMessage({
    onSuccess: () => notify({ color: 'green', message: t('outbox:retried') }),
    onError: (e) => notify({ color: 'red', message: message(e) }),
  });
  const columns: Column<OutboxMessage>[] = [
    { key: 'createdAt', header: t('outbox:fields.createdAt'), render: (m) => format.dateTime(m.createdAt) },
    { key: 'to', header: t('outbox:fields.to'), render: (m) => m.toAddress },
    { key: 'subject', header: t('outbox:fields.subject'), render: (m) => m.subject },
    {
      key: 'kind',
      header: t('outbox:fields.kind'),
      render: (m) => t(`outbox:kinds.${m.kind}`, { defaultValue: m.kind }),
    },
    {
      key: 'status',
      header: t('outbox:fields.status'),
      render: (m) => (
        <>
          <StatusBadge status={m.status} labelKey="outbox:status" />
          {m.lastError && (
            <Text size="xs" c="red.9">
              {m.lastError}
            </Text>
          )}
        </>
      ),
    },
    { key: 'sentAt', header: t('outbox:fields.sentAt'), render: (m) => format.dateTime(m.sentAt) },
    {
      key: 'actions',
      header: t('common:actions.label'),
      render: (m) =>
        outboxMayRetry(m.status) ? (
          <Button size="xs" variant="subtle" onClick={() => retry.mutate(m.id)}>
            {t('outbox:retry')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader title={t('outbox:title')} subtitle={t('outbox:subtitle')} />
      <DataTable
        caption={t('outbox:title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(m) => String(m.id)}
        state={state}
        onChange={update}
        toolbar={
          <Select
            label={t('outbox:fields.status')}
            placeholder={t('common:filters.all')}
            clearable
            clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
            data={OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`outbox:status.${s}`) }))}
            value={state.filters.status ?? null}
            onChange={(v) => update({ filters: { status: v } })}
            w={180}
          />
        }
      />
    </>
  );
}
