import { Anchor, Button, Group, Modal, Select, Stack, Table, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useMembers } from '../members/api.ts';
import { DIAGNOSTIC_STATUSES, type DiagnosticStatus, useCreateDiagnostic, useDiagnostics } from './api.ts';

/** Coordinator: the mutual's needs diagnostics; member contact: its firm's. */
export function DiagnosticsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormat();
  const coordinator = me.role === 'coordinator';
  const base = coordinator ? '/diagnostics' : '/my-diagnostics';
  const [status, setStatus] = useState<DiagnosticStatus | null>(null);
  const { data = [], isLoading, error } = useDiagnostics({ status: status ?? undefined });
  const [opened, setOpened] = useState(false);

  return (
    <>
      <PageHeader
        title={t('needs:diagnostics.title')}
        subtitle={t('needs:diagnostics.subtitle')}
        actions={
          coordinator && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpened(true)}>
              {t('needs:diagnostics.create')}
            </Button>
          )
        }
      />
      <Stack>
        <Select
          label={t('needs:fields.status')}
          placeholder={t('common:filters.all')}
          clearable
          data={DIAGNOSTIC_STATUSES.map((s) => ({ value: s, label: t(`needs:diagnosticStatus.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(v as DiagnosticStatus | null)}
          w={220}
        />
        <ErrorAlert error={error} />
        <Table striped aria-label={t('needs:diagnostics.title')} aria-busy={isLoading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs:diagnostics.scheduledOn')}</Table.Th>
              <Table.Th>{t('needs:fields.member')}</Table.Th>
              <Table.Th>{t('needs:fields.status')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('needs:diagnostics.lines')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`${base}/${d.id}`}>
                    {format.date(d.scheduledOn)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.memberName}</Table.Td>
                <Table.Td>
                  <StatusBadge status={d.status} labelKey="needs:diagnosticStatus" />
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{d.needCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {coordinator && <CreateDiagnosticModal opened={opened} onClose={() => setOpened(false)} />}
    </>
  );
}

function CreateDiagnosticModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const members = useMembers({ pageSize: 200, sort: 'name' });
  const create = useCreateDiagnostic();
  const form = useFieldErrors();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [scheduledOn, setScheduledOn] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    create.mutate(
      { memberId: memberId ?? '', scheduledOn },
      { onSuccess: (d) => navigate(`/diagnostics/${d.id}`), onError: form.fromError },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('needs:diagnostics.create')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {form.general && Object.keys(form.errors).length === 0 ? <ErrorAlert error={form.general} /> : null}
          <Select
            label={t('needs:fields.member')}
            required
            searchable
            data={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.legalName }))}
            value={memberId}
            onChange={setMemberId}
            error={form.error('memberId')}
            nothingFoundMessage={t('common:filters.nothingFound')}
          />
          <TextInput
            type="date"
            label={t('needs:diagnostics.scheduledOn')}
            required
            value={scheduledOn}
            onChange={(e) => setScheduledOn(e.currentTarget.value)}
            error={form.error('scheduledOn')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {t('needs:diagnostics.schedule')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
