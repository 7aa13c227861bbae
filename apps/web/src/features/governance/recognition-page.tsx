import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import type { RecognitionFile, UpdateRecognitionFile } from '@mutualis/contracts';
import { addDays } from '@mutualis/domain/dates';
import { MUTUAL_BASES, NOTICE_MIN_DAYS, type RecognitionEventKind } from '@mutualis/domain/governance/recognition';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, today, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useRecognition, useRecordRecognitionEvent, useUpdateRecognition } from './api.ts';
import { Documents } from './documents.tsx';

const STATUS_COLOR: Record<string, string> = {
  none: 'gray',
  applied: 'blue',
  recognised: 'green',
  refused: 'red',
  under_notice: 'orange',
  suspended: 'red',
  revoked: 'red',
};

/** The recognition file (s.3–5), its status history (s.7) and what the application still lacks. */
export function RecognitionPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { data, error, isLoading } = useRecognition();
  const canEdit = me.role === 'coordinator';
  if (isLoading) return <PageLoading />;
  return (
    <>
      <PageHeader title={t('governance:recognition.title')} subtitle={t('governance:recognition.subtitle')} />
      <ErrorAlert error={error} />
      {data && (
        <Stack>
          <StandingCard file={data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <FileForm file={data} canEdit={canEdit} />
            <Stack>
              <History file={data} canEdit={canEdit} />
              <MembersCard file={data} />
            </Stack>
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}

function StandingCard({ file }: { file: RecognitionFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = file.standing;
  return (
    <Card withBorder component="section" aria-labelledby="standing-title">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} size="h4" id="standing-title">
            {t('governance:recognition.standing')}
          </Title>
          <Group gap="xs">
            <Badge
              color={STATUS_COLOR[s.status]}
              variant="light"
              size="lg"
              styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
            >
              {t(`governance:recognitionStatus.${s.status}`)}
            </Badge>
            {s.since && <Text size="sm">{t('governance:recognition.since', { date: format.date(s.since) })}</Text>}
          </Group>
          {s.answerDueOn && (
            <Text size="sm">{t('governance:recognition.answerDue', { date: format.date(s.answerDueOn) })}</Text>
          )}
        </Stack>
        <Text size="sm" fw={600} c={s.paymentsCount ? 'teal.9' : 'red.9'}>
          {s.paymentsCount ? t('governance:recognition.paymentsCount') : t('governance:recognition.paymentsDoNotCount')}
        </Text>
      </Group>
      {file.gaps.length > 0 ? (
        <Alert
          mt="md"
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('governance:recognition.gapsTitle')}
        >
          <List size="sm">
            {file.gaps.map((g) => (
              <List.Item key={g}>
                {t(`governance:gaps.${g}`, { members: file.activeMembers, target: file.viableMembers ?? 0 })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Alert mt="md" color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {t('governance:recognition.complete')}
        </Alert>
      )}
    </Card>
  );
}

function FileForm({ file, canEdit }: { file: RecognitionFile; canEdit: boolean }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const save = useUpdateRecognition();
  const initial = () => ({
    basis: file.basis,
    legalName: file.legalName,
    neq: file.neq,
    incorporatedOn: file.incorporatedOn ?? '',
    address: file.address,
    skillsProblems: file.skillsProblems,
    poolingRationale: file.poolingRationale,
    collaboration: file.collaboration,
    viableMembers: file.viableMembers ?? '',
    viabilityBudget: file.viabilityBudgetCents === null ? '' : file.viabilityBudgetCents / 100,
    viabilityActivity: file.viabilityActivity,
    resolutionBody: file.resolutionBody,
    resolutionAdoptedOn: file.resolutionAdoptedOn ?? '',
    resolutionReference: file.resolutionReference,
  });
  const [v, setV] = useState(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the form when the saved file changes
  useEffect(() => setV(initial()), [file.updatedAt]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const body: UpdateRecognitionFile = {
      basis: v.basis,
      legalName: v.legalName,
      neq: v.neq.replace(/\s/g, ''),
      incorporatedOn: v.incorporatedOn || null,
      address: v.address,
      skillsProblems: v.skillsProblems,
      poolingRationale: v.poolingRationale,
      collaboration: v.collaboration,
      viableMembers: v.viableMembers === '' ? null : Number(v.viableMembers),
      viabilityBudgetCents: v.viabilityBudget === '' ? null : dollarsToCents(v.viabilityBudget),
      viabilityActivity: v.viabilityActivity,
      resolutionBody: v.resolutionBody,
      resolutionAdoptedOn: v.resolutionAdoptedOn || null,
      resolutionReference: v.resolutionReference,
    };
    save.mutate(body, {
      onSuccess: () => notify({ color: 'green', message: t('governance:saved') }),
      onError: form.fromError,
    });
  };
  const text = (key: keyof ReturnType<typeof initial>, label: string, props: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={String(v[key])}
      readOnly={!canEdit}
      error={form.error(key)}
      onChange={(e) => setV({ ...v, [key]: e.currentTarget.value })}
      {...props}
    />
  );
  const area = (key: keyof ReturnType<typeof initial>, label: string, description?: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      value={String(v[key])}
      readOnly={!canEdit}
      error={form.error(key)}
      onChange={(e) => setV({ ...v, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Card withBorder component="section" aria-labelledby="file-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="file-title">
            {t('governance:recognition.file')}
          </Title>
          <FormError form={form} unlessFieldErrors />
          <Select
            label={t('governance:fields.basis')}
            description={t('governance:recognition.basisHelp')}
            data={MUTUAL_BASES.map((b) => ({ value: b, label: t(`mutuals:kinds.${b}`) }))}
            value={v.basis}
            readOnly={!canEdit}
            allowDeselect={false}
            onChange={(b) => b && setV({ ...v, basis: b as typeof v.basis })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('legalName', t('governance:fields.legalName'))}
            {text('neq', t('governance:fields.neq'), { inputMode: 'numeric' })}
            {text('incorporatedOn', t('governance:fields.incorporatedOn'), { type: 'date' })}
            {text('address', t('governance:fields.address'))}
          </SimpleGrid>
          <Title order={3} size="h5">
            {t('governance:recognition.resolution')}{' '}
            {file.resolutionRequired
              ? `(${t('governance:recognition.required')})`
              : `(${t('governance:recognition.notRequired')})`}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('resolutionBody', t('governance:fields.resolutionBody'))}
            {text('resolutionAdoptedOn', t('governance:fields.resolutionAdoptedOn'), { type: 'date' })}
            {text('resolutionReference', t('governance:fields.resolutionReference'))}
          </SimpleGrid>
          {area('skillsProblems', t('governance:fields.skillsProblems'), t('governance:recognition.skillsHelp'))}
          {area('poolingRationale', t('governance:fields.poolingRationale'))}
          {area('collaboration', t('governance:fields.collaboration'))}
          <Title order={3} size="h5">
            {t('governance:recognition.viability')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('governance:fields.viableMembers')}
              min={1}
              value={v.viableMembers}
              readOnly={!canEdit}
              error={form.error('viableMembers')}
              onChange={(n) => setV({ ...v, viableMembers: n === '' ? '' : Number(n) })}
            />
            <NumberInput
              label={t('governance:fields.viabilityBudget')}
              min={0}
              thousandSeparator=" "
              value={v.viabilityBudget}
              readOnly={!canEdit}
              error={form.error('viabilityBudgetCents')}
              onChange={(n) => setV({ ...v, viabilityBudget: n === '' ? '' : Number(n) })}
            />
          </SimpleGrid>
          {area('viabilityActivity', t('governance:fields.viabilityActivity'))}
          <Text size="sm" fw={600}>
            {t('governance:documents.title')}
          </Text>
          <Documents
            documents={file.documents}
            owner="file"
            canUpload={canEdit}
            label={t('governance:recognition.file')}
          />
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('common:actions.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function History({ file, canEdit }: { file: RecognitionFile; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="sm">
        {t('governance:recognition.history')}
      </Title>
      {file.events.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('governance:recognition.noHistory')}
        </Text>
      ) : (
        <Timeline active={file.events.length - 1} bulletSize={14} lineWidth={2}>
          {file.events.map((e) => (
            <Timeline.Item
              key={e.id}
              title={`${format.date(e.occurredOn)} — ${t(`governance:recognitionEvent.${e.kind}`)}`}
            >
              {e.answerDueOn && (
                <Text size="sm">{t('governance:recognition.answerDue', { date: format.date(e.answerDueOn) })}</Text>
              )}
              {e.note && (
                <Text size="sm" c="dimmed">
                  {e.note}
                </Text>
              )}
              <Documents
                documents={e.documents}
                owner="event"
                ownerId={e.id}
                canUpload={canEdit}
                label={t(`governance:recognitionEvent.${e.kind}`)}
              />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {canEdit && file.nextEvents.length > 0 && <EventForm nextEvents={file.nextEvents} />}
    </Card>
  );
}

function EventForm({ nextEvents }: { nextEvents: RecognitionEventKind[] }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const record = useRecordRecognitionEvent();
  const [kind, setKind] = useState<RecognitionEventKind>(nextEvents[0]);
  const [occurredOn, setOccurredOn] = useState(today());
  const [answerDueOn, setAnswerDueOn] = useState(addDays(today(), NOTICE_MIN_DAYS));
  const [note, setNote] = useState('');
  useEffect(() => setKind(nextEvents[0]), [nextEvents]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    record.mutate(
      { kind, occurredOn, answerDueOn: kind === 'notice_given' ? answerDueOn : null, note },
      {
        onSuccess: () => {
          setNote('');
          notify({ color: 'green', message: t('governance:saved') });
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack mt="md" gap="xs">
        <Title order={3} size="h5">
          {t('governance:recognition.recordStep')}
        </Title>
        <FormError form={form} unlessFieldErrors />
        <Group grow align="flex-start">
          <Select
            label={t('governance:fields.step')}
            data={nextEvents.map((k) => ({ value: k, label: t(`governance:recognitionEvent.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(k) => k && setKind(k as RecognitionEventKind)}
          />
          <TextInput
            type="date"
            label={t('governance:fields.occurredOn')}
            value={occurredOn}
            error={form.error('occurredOn')}
            onChange={(e) => {
              setOccurredOn(e.currentTarget.value);
              if (e.currentTarget.value) setAnswerDueOn(addDays(e.currentTarget.value, NOTICE_MIN_DAYS));
            }}
          />
          {kind === 'notice_given' && (
            <TextInput
              type="date"
              label={t('governance:fields.answerDueOn')}
              description={t('governance:recognition.noticeHelp')}
              value={answerDueOn}
              error={form.error('answerDueOn')}
              onChange={(e) => setAnswerDueOn(e.currentTarget.value)}
            />
          )}
        </Group>
        <Textarea
          label={t('governance:fields.note')}
          autosize
          minRows={1}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('governance:recognition.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MembersCard({ file }: { file: RecognitionFile }) {
  const { t } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="members-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="members-title">
          {t('governance:recognition.members', { count: file.activeMembers })}
        </Title>
        <Text size="sm">
          {file.boardCompliant ? t('governance:recognition.boardOk') : t('governance:recognition.boardBreaks')}{' '}
          <Link to="/board">{t('governance:recognition.seeBoard')}</Link>
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={400}>
        <Table striped aria-labelledby="members-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('governance:fields.firm')}</Table.Th>
              <Table.Th>{t('governance:fields.sizeClass')}</Table.Th>
              <Table.Th>{t('governance:fields.region')}</Table.Th>
              <Table.Th>{t('governance:fields.joinedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.legalName}</Table.Td>
                <Table.Td>{ref.sizeClassLabel(m.sizeClass)}</Table.Td>
                <Table.Td>{ref.regionLabel(m.regionCode)}</Table.Td>
                <Table.Td>{format.date(m.joinedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
