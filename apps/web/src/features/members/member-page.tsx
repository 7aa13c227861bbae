import {
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { changeLines } from '@mutualis/domain/audit/index';
import { allowedNextStatuses, type MemberStatus } from '@mutualis/domain/members/index';
import { IconEdit } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { today, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { ChangeSummary } from '../audit/change-summary.tsx';
import { EmployeesTable } from '../employees/employees-table.tsx';
import { type Member, useChangeMemberStatus, useMember, useMemberHistory } from './api.ts';
import { ContactsPanel } from './contacts-panel.tsx';

/** /members/:id: the firm, its status, contacts, employees and history. */
export function MemberPage() {
  const { t } = useTranslation();
  const { memberId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: member, error, isLoading } = useMember(memberId);
  const tab = params.get('tab') ?? 'overview';
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !member) return <Text>{t('common:loading')}</Text>;
  return (
    <>
      <PageHeader
        title={member.legalName}
        subtitle={<StatusBadge status={member.status} labelKey="members:status" />}
        actions={
          <Button component={Link} to={`/members/${member.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
            {t('common:actions.edit')}
          </Button>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t('members:detail.overview')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('members:detail.contacts')}</Tabs.Tab>
          <Tabs.Tab value="employees">{t('members:detail.employees')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('members:detail.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <MemberOverview member={member} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ContactsPanel memberId={member.id} />
        </Tabs.Panel>
        <Tabs.Panel value="employees">
          <EmployeesTable memberId={member.id} importTo={`/members/${member.id}/employees/import`} prefix="e." />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryPanel memberId={member.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="div">{children || '—'}</Text>
    </div>
  );
}

/** The firm's fields as a read-only card, with the status change. */
export function MemberOverview({ member, canChangeStatus = true }: { member: Member; canChangeStatus?: boolean }) {
  const { t } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Stack>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Field label={t('members:fields.neq')}>{member.neq}</Field>
          <Field label={t('members:fields.scian')}>{ref.scianLabel(member.scianCode)}</Field>
          <Field label={t('members:fields.region')}>{ref.regionLabel(member.regionCode)}</Field>
          <Field label={t('members:fields.headcount')}>{format.number(member.headcount)}</Field>
          <Field label={t('members:fields.sizeClass')}>{ref.sizeClassLabel(member.sizeClass)}</Field>
          <Field label={t('members:fields.annualPayroll')}>{format.money(member.annualPayrollCents)}</Field>
          <Field label={t('members:fields.address')}>
            {[member.address, member.city, member.postalCode].filter(Boolean).join(', ')}
          </Field>
          <Field label={t('members:fields.phone')}>{member.phone}</Field>
          <Field label={t('members:fields.website')}>{member.website}</Field>
          <Field label={t('members:fields.consentOutcomeData')}>
            {member.consentOutcomeData ? t('common:yes') : t('common:no')}
          </Field>
        </SimpleGrid>
      </Card>
      <Card withBorder component="section" aria-labelledby="status-title">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h4" id="status-title">
              {t('members:detail.status')}
            </Title>
            <Group gap="xs">
              <StatusBadge status={member.status} labelKey="members:status" />
              <Text size="sm">{t('members:detail.since', { date: format.date(member.statusChangedOn) })}</Text>
            </Group>
            {member.statusReason && (
              <Text size="sm">{t('members:detail.reason', { reason: member.statusReason })}</Text>
            )}
            <Text size="sm" c="dimmed">
              {t('members:detail.joinedLeft', {
                joined: format.date(member.joinedOn) || '—',
                left: format.date(member.leftOn) || '—',
              })}
            </Text>
          </Stack>
          {canChangeStatus && (
            <Button variant="light" onClick={open}>
              {t('members:statusChange.open')}
            </Button>
          )}
        </Group>
      </Card>
      <Modal
        opened={opened}
        onClose={close}
        title={t('members:statusChange.title')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <StatusChangeForm member={member} onDone={close} />
      </Modal>
    </Stack>
  );
}

function StatusChangeForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const change = useChangeMemberStatus(member.id);
  const form = useFieldErrors();
  const next = allowedNextStatuses(member.status);
  const [status, setStatus] = useState<string | null>(next[0] ?? null);
  const [on, setOn] = useState(today());
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    change.mutate(
      { status: (status ?? '') as MemberStatus, on, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('members:statusChange.done') });
          onDone();
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <Select
          label={t('members:statusChange.to')}
          required
          data={next.map((s) => ({ value: s, label: t(`members:status.${s}`) }))}
          value={status}
          error={form.error('status')}
          onChange={setStatus}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          label={t('members:statusChange.on')}
          type="date"
          required
          value={on}
          error={form.error('on')}
          onChange={(e) => setOn(e.currentTarget.value)}
        />
        <Textarea
          label={t('members:statusChange.reason')}
          description={t('members:statusChange.reasonHelp')}
          value={reason}
          error={form.error('reason')}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Button type="submit" loading={change.isPending}>
          {t('members:statusChange.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function HistoryPanel({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useMemberHistory(memberId);
  return (
    <Stack>
      <ErrorAlert error={error} />
      {data && data.items.length === 0 && <Text c="dimmed">{t('members:history.none')}</Text>}
      {data && data.items.length > 0 && (
        <Table aria-label={t('members:detail.history')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit:fields.at')}</Table.Th>
              <Table.Th>{t('audit:fields.actor')}</Table.Th>
              <Table.Th>{t('audit:fields.action')}</Table.Th>
              <Table.Th>{t('audit:fields.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName}</Table.Td>
                <Table.Td>{t(`audit:actions.${entry.action}`)}</Table.Td>
                <Table.Td>
                  <ChangeSummary
                    entry={{ entityType: entry.entityType, changes: changeLines(entry.action, entry.change) }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
