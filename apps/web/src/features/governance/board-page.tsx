import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Pagination,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Board } from '@mutualis/contracts';
import {
  BOARD_OFFICES,
  BOARD_SEAT_KINDS,
  type BoardOffice,
  type BoardSeatKind,
} from '@mutualis/domain/governance/board';
import { IconAlertTriangle, IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { today, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import {
  useBoard,
  useCreateBoardMember,
  useCreateMeeting,
  useCreateSeat,
  useMeetings,
  useUpdateBoardMember,
} from './api.ts';

/** The board: is its composition lawful (s.3), who sits on it and until when, and its meetings. */
export function BoardPage() {
  const { t } = useTranslation();
  const { data, error, isLoading } = useBoard();
  if (isLoading) return <PageLoading />;
  return (
    <>
      <PageHeader title={t('governance:board.title')} subtitle={t('governance:board.subtitle')} />
      <ErrorAlert error={error} />
      {data && (
        <Stack>
          <CompositionCard board={data} />
          <MembersCard board={data} />
          <MeetingsCard canManage={data.canManage} />
        </Stack>
      )}
    </>
  );
}

function CompositionCard({ board }: { board: Board }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = board.composition;
  return (
    <Card withBorder component="section" aria-labelledby="composition-title">
      <Title order={2} size="h4" id="composition-title" mb="xs">
        {t('governance:board.composition', { date: format.date(c.on) })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="sm">
        {(['employer', 'workforce', 'other'] as const).map((k) => (
          <div key={k}>
            <Text size="sm" c="dimmed">
              {t(`governance:seatKinds.${k}`)}
            </Text>
            <Text fw={800} fz={24}>
              {c[k]}
            </Text>
          </div>
        ))}
        <div>
          <Text size="sm" c="dimmed">
            {t('governance:board.sitting')}
          </Text>
          <Text fw={800} fz={24}>
            {c.sitting}
          </Text>
        </div>
      </SimpleGrid>
      {c.compliant ? (
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('governance:board.compliant')}
        >
          {t('governance:board.compliantText', { employer: c.employer, sitting: c.sitting, workforce: c.workforce })}
        </Alert>
      ) : (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('governance:board.breaks')}
          role="alert"
        >
          <List size="sm">
            {c.breaches.map((b) => (
              <List.Item key={b}>
                {t(`governance:breaches.${b}`, {
                  employer: c.employer,
                  sitting: c.sitting,
                  needed: c.employerMajorityNeeds,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {c.warnings.length > 0 && (
        <List size="sm" mt="xs">
          {c.warnings.map((w) => (
            <List.Item key={w}>{t(`governance:boardWarnings.${w}`, { count: c.vacantSeats })}</List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function MembersCard({ board }: { board: Board }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [seatOpen, seat] = useDisclosure(false);
  const [memberOpen, member] = useDisclosure(false);
  const end = useUpdateBoardMember();
  const sitting = board.members.filter((m) => m.sitting);
  const past = board.members.filter((m) => !m.sitting);
  return (
    <Card withBorder component="section" aria-labelledby="members-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="members-title">
          {t('governance:board.members')}
        </Title>
        {board.canManage && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={seat.open}>
              {t('governance:board.addSeat')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={member.open}
              disabled={board.seats.length === 0}
            >
              {t('governance:board.addMember')}
            </Button>
          </Group>
        )}
      </Group>
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-labelledby="members-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('governance:fields.seat')}</Table.Th>
              <Table.Th>{t('governance:fields.seatKind')}</Table.Th>
              <Table.Th>{t('governance:fields.name')}</Table.Th>
              <Table.Th>{t('governance:fields.office')}</Table.Th>
              <Table.Th>{t('governance:fields.organisation')}</Table.Th>
              <Table.Th>{t('governance:fields.term')}</Table.Th>
              {board.canManage && <Table.Th>{t('common:actions.label')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {board.seats.map((s) => {
              const holder = sitting.find((m) => m.seatId === s.id);
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.label}</Table.Td>
                  <Table.Td>{t(`governance:seatKinds.${s.kind}`)}</Table.Td>
                  <Table.Td>
                    {holder ? (
                      holder.name
                    ) : (
                      <Badge
                        color="orange"
                        variant="light"
                        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                      >
                        {t('governance:board.vacant')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{holder ? t(`governance:offices.${holder.office}`) : ''}</Table.Td>
                  <Table.Td>{holder ? (holder.memberName ?? holder.organisation) : ''}</Table.Td>
                  <Table.Td>
                    {holder
                      ? `${format.date(holder.termStart)} – ${holder.termEnd ? format.date(holder.termEnd) : t('governance:board.open')}`
                      : ''}
                  </Table.Td>
                  {board.canManage && (
                    <Table.Td>
                      {holder && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() =>
                            end.mutate(
                              { id: holder.id, body: { termEnd: today() } },
                              { onSuccess: () => notify({ color: 'green', message: t('governance:saved') }) },
                            )
                          }
                        >
                          {t('governance:board.endTerm')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {past.length > 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('governance:board.past')}:{' '}
          {past.map((m) => `${m.name} (${format.date(m.termStart)} – ${format.date(m.termEnd)})`).join(' · ')}
        </Text>
      )}
      <Modal
        opened={seatOpen}
        onClose={seat.close}
        title={t('governance:board.addSeat')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <SeatForm onDone={seat.close} />
      </Modal>
      <Modal
        opened={memberOpen}
        onClose={member.close}
        title={t('governance:board.addMember')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <MemberForm board={board} onDone={member.close} />
      </Modal>
    </Card>
  );
}

function SeatForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const create = useCreateSeat();
  const [kind, setKind] = useState<BoardSeatKind>('employer');
  const [label, setLabel] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate({ kind, label }, { onSuccess: onDone, onError: form.fromError });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <Select
          label={t('governance:fields.seatKind')}
          data={BOARD_SEAT_KINDS.map((k) => ({ value: k, label: t(`governance:seatKinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(k) => k && setKind(k as BoardSeatKind)}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          label={t('governance:fields.seat')}
          required
          value={label}
          error={form.error('label')}
          onChange={(e) => setLabel(e.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}

function MemberForm({ board, onDone }: { board: Board; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const create = useCreateBoardMember();
  const held = new Set(board.members.filter((m) => m.sitting).map((m) => m.seatId));
  const free = board.seats.filter((s) => s.active && !held.has(s.id));
  const [v, setV] = useState({
    seatId: free[0]?.id ?? '',
    name: '',
    organisation: '',
    office: 'director' as BoardOffice,
    termStart: today(),
    termEnd: '',
    email: '',
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate(
      {
        seatId: v.seatId,
        name: v.name,
        organisation: v.organisation,
        office: v.office,
        termStart: v.termStart,
        termEnd: v.termEnd || null,
        email: v.email || null,
      },
      { onSuccess: onDone, onError: form.fromError },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <Select
          label={t('governance:fields.seat')}
          required
          data={board.seats.map((s) => ({ value: s.id, label: `${s.label} (${t(`governance:seatKinds.${s.kind}`)})` }))}
          value={v.seatId}
          error={form.error('seatId')}
          onChange={(s) => s && setV({ ...v, seatId: s })}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          label={t('governance:fields.name')}
          required
          value={v.name}
          error={form.error('name')}
          onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
        />
        <TextInput
          label={t('governance:fields.organisation')}
          value={v.organisation}
          onChange={(e) => setV({ ...v, organisation: e.currentTarget.value })}
        />
        <Select
          label={t('governance:fields.office')}
          data={BOARD_OFFICES.map((o) => ({ value: o, label: t(`governance:offices.${o}`) }))}
          value={v.office}
          allowDeselect={false}
          onChange={(o) => o && setV({ ...v, office: o as BoardOffice })}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          label={t('governance:fields.email')}
          type="email"
          value={v.email}
          error={form.error('email')}
          onChange={(e) => setV({ ...v, email: e.currentTarget.value })}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('governance:fields.termStart')}
            required
            value={v.termStart}
            error={form.error('termStart')}
            onChange={(e) => setV({ ...v, termStart: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('governance:fields.termEnd')}
            value={v.termEnd}
            error={form.error('termEnd')}
            onChange={(e) => setV({ ...v, termEnd: e.currentTarget.value })}
          />
        </Group>
        <Button type="submit" loading={create.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}

function MeetingsCard({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const { data, error } = useMeetings(page);
  const [opened, { open, close }] = useDisclosure(false);
  const form = useFieldErrors();
  const create = useCreateMeeting();
  const [heldOn, setHeldOn] = useState(today());
  const [agenda, setAgenda] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate(
      { heldOn, agenda },
      { onSuccess: (m) => navigate(`/board/meetings/${m.id}`), onError: form.fromError },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="meetings-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="meetings-title">
          {t('governance:meetings.title')}
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('governance:meetings.new')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table striped aria-labelledby="meetings-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('governance:fields.heldOn')}</Table.Th>
            <Table.Th>{t('governance:fields.meetingKind')}</Table.Th>
            <Table.Th>{t('governance:meetings.attendance')}</Table.Th>
            <Table.Th>{t('governance:meetings.quorum')}</Table.Th>
            <Table.Th>{t('governance:meetings.decisions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.items ?? []).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Anchor component={Link} to={`/board/meetings/${m.id}`}>
                  {format.date(m.heldOn)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`governance:meetingKinds.${m.kind}`)}</Table.Td>
              <Table.Td>{t('governance:meetings.presentOf', { present: m.present, sitting: m.sitting })}</Table.Td>
              <Table.Td>{m.quorum ? t('common:yes') : t('common:no')}</Table.Td>
              <Table.Td>{m.decisions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.total === 0 && (
        <Text c="dimmed" size="sm" mt="xs">
          {t('governance:meetings.none')}
        </Text>
      )}
      {data && data.total > data.pageSize && (
        <Pagination
          mt="sm"
          total={Math.ceil(data.total / data.pageSize)}
          value={page}
          onChange={setPage}
          getItemProps={(p) => ({ 'aria-label': t('common:table.goToPage', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`common:table.${control}`) })}
        />
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('governance:meetings.new')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError form={form} unlessFieldErrors />
            <TextInput
              type="date"
              label={t('governance:fields.heldOn')}
              required
              value={heldOn}
              error={form.error('heldOn')}
              onChange={(e) => setHeldOn(e.currentTarget.value)}
            />
            <Textarea
              label={t('governance:fields.agenda')}
              autosize
              minRows={4}
              value={agenda}
              error={form.error('agenda')}
              onChange={(e) => setAgenda(e.currentTarget.value)}
            />
            <Button type="submit" loading={create.isPending}>
              {t('governance:meetings.create')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
