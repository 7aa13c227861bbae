import { Alert, Button, Card, CopyButton, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useMe } from '../auth/session.ts';
import {
  CALENDAR_FEED_KINDS,
  type CalendarFeedKind as Kind,
  useCalendarFeeds,
  useCreateCalendarFeed,
  useEmployeeOptions,
  useMemberOptions,
  useRevokeCalendarFeed,
} from './api.ts';

/** /calendar: private iCalendar URLs (a trainer's sessions, a firm's, a participant's); shown once, revocable. */
export function CalendarFeedsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const { data: me } = useMe();
  const role = me?.role ?? 'coordinator';
  // a trainer has only its own sessions' feed; the others a firm's or a participant's
  const kinds: Kind[] = CALENDAR_FEED_KINDS.filter((k) => (role === 'trainer') === (k === 'trainer'));
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; kind: string } | null>(null);
  const members = useMemberOptions(role === 'coordinator');
  const firm = role === 'member_contact' ? me?.memberId : memberId;
  const employees = useEmployeeOptions(kind === 'participant' ? firm : null);
  const feeds = useCalendarFeeds();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const needsMember = role === 'coordinator' && !memberId;
  const disabled = kind === 'participant' ? !employeeId : kind === 'member' ? needsMember : false;
  const onCreate = () =>
    create.mutate(
      {
        kind,
        memberId: role === 'coordinator' && kind === 'member' ? (memberId ?? undefined) : undefined,
        employeeId: kind === 'participant' ? (employeeId ?? undefined) : undefined,
      },
      {
        onSuccess: (feed) => setCreated(feed),
        onError: (error) => notify({ color: 'red', message: message(error) }),
      },
    );
  return (
    <>
      <PageHeader title={t('delivery:calendar.title')} subtitle={t('delivery:calendar.subtitle')} />
      <Card withBorder mb="md" component="section" aria-labelledby="new-feed-title">
        <Title order={2} size="h4" id="new-feed-title" mb="sm">
          {t('delivery:calendar.new')}
        </Title>
        <Group align="flex-end">
          <Select
            label={t('delivery:calendar.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`delivery:calendar.kinds.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as Kind)}
            allowDeselect={false}
          />
          {role === 'coordinator' && (
            <Select
              label={t('delivery:fields.firm')}
              data={members.data ?? []}
              value={memberId}
              onChange={setMemberId}
              searchable
              w={280}
            />
          )}
          {kind === 'participant' && (
            <Select
              label={t('delivery:fields.participant')}
              data={employees.data ?? []}
              value={employeeId}
              onChange={setEmployeeId}
              searchable
              w={260}
              disabled={!firm}
            />
          )}
          <Button onClick={onCreate} loading={create.isPending} disabled={disabled}>
            {t('delivery:calendar.create')}
          </Button>
        </Group>
        {created && (
          <Alert
            color="green"
            variant="light"
            mt="md"
            title={t('delivery:calendar.created')}
            styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
          >
            <Stack gap="xs">
              <Text size="sm">{t('delivery:calendar.onlyOnce')}</Text>
              <Group align="flex-end">
                <TextInput
                  label={t('delivery:calendar.url')}
                  value={created.url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <CopyButton value={created.url}>
                  {({ copied, copy }) => (
                    <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                      {copied ? t('delivery:calendar.copied') : t('delivery:calendar.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="feeds-title">
        <Title order={2} size="h4" id="feeds-title" mb="sm">
          {t('delivery:calendar.active')}
        </Title>
        <ErrorAlert error={feeds.error} />
        {feeds.data && feeds.data.length === 0 && <Text c="dimmed">{t('delivery:calendar.none')}</Text>}
        {feeds.data && feeds.data.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('delivery:calendar.kind')}</Table.Th>
                <Table.Th>{t('delivery:calendar.for')}</Table.Th>
                <Table.Th>{t('delivery:calendar.createdAt')}</Table.Th>
                <Table.Th>{t('delivery:fields.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {feeds.data.map((f) => {
                const who = f.employeeName ?? f.memberName ?? me?.displayName ?? '';
                return (
                  <Table.Tr key={f.id}>
                    <Table.Td>{t(`delivery:calendar.kinds.${f.kind}`)}</Table.Td>
                    <Table.Td>{f.kind === 'participant' && f.memberName ? `${who} (${f.memberName})` : who}</Table.Td>
                    <Table.Td>{format.dateTime(f.createdAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('delivery:calendar.revokeOf', { who })}
                        onClick={() =>
                          revoke.mutate(f.id, {
                            onSuccess: () => notify({ color: 'green', message: t('delivery:calendar.revoked') }),
                            onError: (error) => notify({ color: 'red', message: message(error) }),
                          })
                        }
                      >
                        {t('delivery:calendar.revoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
