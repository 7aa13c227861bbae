import { Anchor, Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useMe } from '../auth/session.ts';
import { SESSION_STATES, type SessionState, useSessions } from './api.ts';
import { GoNoGoCell, SeatsCell } from './session-seats.tsx';

const COLORS: Record<SessionState, string> = {
  proposed: 'blue',
  confirmed: 'teal',
  scheduled: 'green',
  in_delivery: 'orange',
  delivered: 'grape',
  evaluated: 'gray',
  cancelled: 'red',
};

export function SessionStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[state as SessionState] ?? 'gray'}
      variant="light"
      styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
    >
      {t(`delivery:state.${state}`)}
    </Badge>
  );
}

/** /sessions: a coordinator's sessions of the mutual, a trainer's own, a member contact's open ones. */
export function SessionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: me } = useMe();
  const [status, setStatus] = useState<SessionState | null>(null);
  const sessions = useSessions(status ?? undefined);
  return (
    <>
      <PageHeader
        title={t('delivery:sessions.title')}
        subtitle={t(`delivery:sessions.subtitle.${me?.role ?? 'coordinator'}`)}
        actions={
          me?.role === 'coordinator' ? (
            <Button component={Link} to="/sessions/new">
              {t('delivery:newSession.title')}
            </Button>
          ) : undefined
        }
      />
      <Group mb="md">
        <Select
          label={t('delivery:sessions.filter')}
          placeholder={t('delivery:sessions.all')}
          data={SESSION_STATES.map((s) => ({ value: s, label: t(`delivery:state.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(v as SessionState | null)}
          clearable
          clearButtonProps={{ 'aria-label': t('delivery:clear') }}
        />
      </Group>
      <ErrorAlert error={sessions.error} />
      {sessions.data && sessions.data.length === 0 && <Text c="dimmed">{t('delivery:sessions.empty')}</Text>}
      {sessions.data && sessions.data.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delivery:fields.title')}</Table.Th>
              <Table.Th>{t('delivery:fields.period')}</Table.Th>
              <Table.Th>{t('delivery:fields.dates')}</Table.Th>
              <Table.Th>{t('delivery:fields.state')}</Table.Th>
              <Table.Th>{t('delivery:fields.seats')}</Table.Th>
              <Table.Th>{t('delivery:fields.goNoGo')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/sessions/${s.id}`}>
                    {format.text({ fr: s.titleFr, en: s.titleEn })}
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.period(s.period)}</Table.Td>
                <Table.Td>
                  {s.firstDay
                    ? `${format.date(s.firstDay)}${s.lastDay !== s.firstDay ? ` – ${format.date(s.lastDay)}` : ''}`
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <SessionStateBadge state={s.status} />
                </Table.Td>
                <Table.Td>
                  <SeatsCell s={s} />
                </Table.Td>
                <Table.Td>
                  <GoNoGoCell s={s} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
