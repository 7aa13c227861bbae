import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@mutualis/domain/governance/board';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import {
  type BoardMeeting,
  useAddDecision,
  useBoard,
  useMeeting,
  useRecordAttendance,
  useUpdateMeeting,
} from './api.ts';
import { Documents } from './documents.tsx';

/** A board meeting: agenda and minutes, who attended (and quorum), decisions, documents. */
export function MeetingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { meetingId } = useParams();
  const { data, error, isLoading } = useMeeting(meetingId);
  const board = useBoard();
  const canManage = board.data?.canManage ?? false;
  if (isLoading) return <PageLoading />;
  return (
    <>
      <PageHeader
        title={data ? t('governance:meetings.of', { date: format.date(data.heldOn) }) : t('governance:meetings.title')}
        subtitle={<Link to="/board">{t('governance:meetings.back')}</Link>}
      />
      <ErrorAlert error={error} />
      {data && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack>
            <AgendaCard meeting={data} canManage={canManage} />
            <DecisionsCard meeting={data} canManage={canManage} />
          </Stack>
          <Stack>
            <AttendanceCard meeting={data} canManage={canManage} />
            <Card withBorder component="section" aria-labelledby="docs-title">
              <Title order={2} size="h4" id="docs-title" mb="sm">
                {t('governance:documents.title')}
              </Title>
              <Documents
                documents={data.documents}
                owner="meeting"
                ownerId={data.id}
                canUpload={canManage}
                label={t('governance:meetings.title')}
              />
            </Card>
          </Stack>
        </SimpleGrid>
      )}
    </>
  );
}

function AgendaCard({ meeting, canManage }: { meeting: BoardMeeting; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateMeeting(meeting.id);
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [minutes, setMinutes] = useState(meeting.minutes);
  useEffect(() => {
    setAgenda(meeting.agenda);
    setMinutes(meeting.minutes);
  }, [meeting.agenda, meeting.minutes]);
  return (
    <Card withBorder component="section" aria-labelledby="agenda-title">
      <Title order={2} size="h4" id="agenda-title" mb="sm">
        {t('governance:fields.agenda')}
      </Title>
      <Stack gap="xs">
        <Textarea
          label={t('governance:fields.agenda')}
          autosize
          minRows={3}
          value={agenda}
          readOnly={!canManage}
          onChange={(e) => setAgenda(e.currentTarget.value)}
        />
        <Textarea
          label={t('governance:fields.minutes')}
          autosize
          minRows={3}
          value={minutes}
          readOnly={!canManage}
          onChange={(e) => setMinutes(e.currentTarget.value)}
        />
        {canManage && (
          <Group justify="flex-end">
            <Button
              variant="default"
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { agenda, minutes },
                  { onSuccess: () => notify({ color: 'green', message: t('governance:saved') }) },
                )
              }
            >
              {t('common:actions.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function AttendanceCard({ meeting, canManage }: { meeting: BoardMeeting; canManage: boolean }) {
  const { t } = useTranslation();
  const record = useRecordAttendance(meeting.id);
  const [present, setPresent] = useState<string[]>(
    meeting.attendance.filter((a) => a.present).map((a) => a.boardMemberId),
  );
  useEffect(
    () => setPresent(meeting.attendance.filter((a) => a.present).map((a) => a.boardMemberId)),
    [meeting.attendance],
  );
  return (
    <Card withBorder component="section" aria-labelledby="attendance-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="attendance-title">
          {t('governance:meetings.attendance')}
        </Title>
        <Badge
          color={meeting.quorum ? 'green' : 'orange'}
          variant="light"
          styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
        >
          {meeting.quorum ? t('governance:meetings.hasQuorum') : t('governance:meetings.noQuorum')}
        </Badge>
      </Group>
      <Text size="sm" mb="xs">
        {t('governance:meetings.presentOf', { present: meeting.present, sitting: meeting.sitting })}
      </Text>
      <Checkbox.Group value={present} onChange={setPresent} label={t('governance:meetings.whoAttended')}>
        <Stack gap={6} mt="xs">
          {meeting.attendance.map((a) => (
            <Checkbox
              key={a.boardMemberId}
              value={a.boardMemberId}
              disabled={!canManage}
              label={`${a.name} — ${t(`governance:seatKinds.${a.seatKind}`)}${a.office !== 'director' ? `, ${t(`governance:offices.${a.office}`)}` : ''}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {canManage && (
        <Group justify="flex-end" mt="sm">
          <Button
            loading={record.isPending}
            onClick={() =>
              record.mutate(present, {
                onSuccess: () => notify({ color: 'green', message: t('governance:meetings.attendanceSaved') }),
              })
            }
          >
            {t('governance:meetings.saveAttendance')}
          </Button>
        </Group>
      )}
    </Card>
  );
}

function DecisionsCard({ meeting, canManage }: { meeting: BoardMeeting; canManage: boolean }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const add = useAddDecision(meeting.id);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<DecisionOutcome>('adopted');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    add.mutate({ text, outcome }, { onSuccess: () => setText(''), onError: form.fromError });
  };
  return (
    <Card withBorder component="section" aria-labelledby="decisions-title">
      <Title order={2} size="h4" id="decisions-title" mb="sm">
        {t('governance:meetings.decisions')}
      </Title>
      {meeting.decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('governance:meetings.noDecision')}
        </Text>
      ) : (
        <List type="ordered" size="sm" spacing={4}>
          {meeting.decisions.map((d) => (
            <List.Item key={d.id}>
              {d.text} — <strong>{t(`governance:outcomes.${d.outcome}`)}</strong>
            </List.Item>
          ))}
        </List>
      )}
      {canManage && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" mt="md">
            <FormError form={form} unlessFieldErrors />
            <TextInput
              label={t('governance:fields.decision')}
              value={text}
              error={form.error('text')}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group align="flex-end">
              <Select
                label={t('governance:fields.outcome')}
                data={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`governance:outcomes.${o}`) }))}
                value={outcome}
                allowDeselect={false}
                onChange={(o) => o && setOutcome(o as DecisionOutcome)}
              />
              <Button type="submit" loading={add.isPending}>
                {t('governance:meetings.addDecision')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
