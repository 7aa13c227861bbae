import { Badge, Button, Card, Modal, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Leader } from '@mutualis/contracts';
import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  LEADER_ROLES,
  type LeaderRole,
} from '@mutualis/domain/governance/board';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, today, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useMembers } from '../members/api.ts';
import { useAddContribution, useBoard, useCreateLeader, useLeaders } from './api.ts';

/** The mutual's leaders — chair, coordinator, champions in member firms — and their involvement year by year. */
export function LeadersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useLeaders();
  const board = useBoard();
  const canManage = board.data?.canManage ?? false;
  const [opened, { open, close }] = useDisclosure(false);
  const [contributing, setContributing] = useState<Leader | null>(null);
  const years = [...new Set((data?.items ?? []).flatMap((l) => l.involvement.map((i) => i.year)))]
    .sort((a, b) => b - a)
    .slice(0, 4);
  return (
    <>
      <PageHeader
        title={t('governance:leaders.title')}
        subtitle={t('governance:leaders.subtitle')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              {t('governance:leaders.add')}
            </Button>
          )
        }
      />
      <ErrorAlert error={error} />
      <Card withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('governance:leaders.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('governance:fields.name')}</Table.Th>
                <Table.Th>{t('governance:fields.leaderRole')}</Table.Th>
                <Table.Th>{t('governance:fields.firm')}</Table.Th>
                <Table.Th>{t('governance:fields.since')}</Table.Th>
                {years.map((y) => (
                  <Table.Th key={y}>{y}</Table.Th>
                ))}
                {canManage && <Table.Th>{t('common:actions.label')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.items ?? []).map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    {l.name}{' '}
                    {!l.active && (
                      <Badge color="gray" variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
                        {t('governance:leaders.former')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`governance:leaderRoles.${l.role}`)}</Table.Td>
                  <Table.Td>{l.memberName ?? ''}</Table.Td>
                  <Table.Td>{format.date(l.since)}</Table.Td>
                  {years.map((y) => {
                    const i = l.involvement.find((x) => x.year === y);
                    return (
                      <Table.Td key={y}>
                        {i ? (
                          <Text size="xs">
                            {t('governance:leaders.involvement', {
                              meetings: i.meetings,
                              firms: i.firmsRecruited,
                              resources: format.money(i.resourcesCents),
                            })}
                          </Text>
                        ) : (
                          <Text size="xs" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                  {canManage && (
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setContributing(l)}>
                        {t('governance:leaders.record')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data && data.total === 0 && (
          <Text c="dimmed" size="sm">
            {t('governance:leaders.none')}
          </Text>
        )}
      </Card>
      <Modal
        opened={opened}
        onClose={close}
        title={t('governance:leaders.add')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <LeaderForm onDone={close} />
      </Modal>
      <Modal
        opened={contributing !== null}
        onClose={() => setContributing(null)}
        title={contributing ? t('governance:leaders.recordFor', { name: contributing.name }) : ''}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {contributing && <ContributionForm leader={contributing} onDone={() => setContributing(null)} />}
      </Modal>
    </>
  );
}

function LeaderForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const create = useCreateLeader();
  const members = useMembers({ pageSize: 200, sort: 'name' });
  const [v, setV] = useState({
    name: '',
    role: 'champion' as LeaderRole,
    memberId: null as string | null,
    since: today(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate(
      { name: v.name, role: v.role, memberId: v.memberId, since: v.since },
      { onSuccess: onDone, onError: form.fromError },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <TextInput
          label={t('governance:fields.name')}
          required
          value={v.name}
          error={form.error('name')}
          onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
        />
        <Select
          label={t('governance:fields.leaderRole')}
          data={LEADER_ROLES.map((r) => ({ value: r, label: t(`governance:leaderRoles.${r}`) }))}
          value={v.role}
          allowDeselect={false}
          onChange={(r) => r && setV({ ...v, role: r as LeaderRole })}
          comboboxProps={{ withinPortal: false }}
        />
        <Select
          label={t('governance:fields.firm')}
          clearable
          searchable
          data={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.legalName }))}
          value={v.memberId}
          onChange={(m) => setV({ ...v, memberId: m })}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          type="date"
          label={t('governance:fields.since')}
          value={v.since}
          error={form.error('since')}
          onChange={(e) => setV({ ...v, since: e.currentTarget.value })}
        />
        <Button type="submit" loading={create.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}

function ContributionForm({ leader, onDone }: { leader: Leader; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const add = useAddContribution();
  const members = useMembers({ pageSize: 200, sort: 'name' });
  const [v, setV] = useState({
    kind: 'meeting' as ContributionKind,
    occurredOn: today(),
    memberId: null as string | null,
    amount: '' as number | '',
    note: '',
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    add.mutate(
      {
        id: leader.id,
        body: {
          kind: v.kind,
          occurredOn: v.occurredOn,
          memberId: v.kind === 'recruitment' ? v.memberId : null,
          amountCents: v.kind === 'resource' && v.amount !== '' ? dollarsToCents(v.amount) : null,
          note: v.note,
        },
      },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('governance:saved') });
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
          label={t('governance:fields.contribution')}
          data={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`governance:contributionKinds.${k}`) }))}
          value={v.kind}
          allowDeselect={false}
          onChange={(k) => k && setV({ ...v, kind: k as ContributionKind })}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          type="date"
          label={t('governance:fields.occurredOn')}
          value={v.occurredOn}
          error={form.error('occurredOn')}
          onChange={(e) => setV({ ...v, occurredOn: e.currentTarget.value })}
        />
        {v.kind === 'recruitment' && (
          <Select
            label={t('governance:fields.firmRecruited')}
            searchable
            data={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.legalName }))}
            value={v.memberId}
            onChange={(m) => setV({ ...v, memberId: m })}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        {v.kind === 'resource' && (
          <NumberInput
            label={t('governance:fields.amount')}
            min={0}
            thousandSeparator=" "
            required
            value={v.amount}
            error={form.error('amountCents')}
            onChange={(n) => setV({ ...v, amount: n === '' ? '' : Number(n) })}
          />
        )}
        <TextInput
          label={t('governance:fields.note')}
          value={v.note}
          onChange={(e) => setV({ ...v, note: e.currentTarget.value })}
        />
        <Button type="submit" loading={add.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}
