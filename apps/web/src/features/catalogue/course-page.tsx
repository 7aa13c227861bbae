import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { upcomingMonths } from '../needs/api.ts';
import {
  type Course,
  TRAINING_LANGUAGES,
  TRAINING_MODES,
  useCourse,
  useCourseAction,
  useProviders,
  useSaveCourse,
  useTopicLabels,
} from './api.ts';

interface Values {
  providerId: string | null;
  topicId: string | null;
  titleFr: string;
  titleEn: string;
  descriptionFr: string;
  descriptionEn: string;
  objectives: string;
  content: string;
  durationHours: number | string;
  language: string;
  mode: string;
  regions: string[];
  periods: string[];
  fixed: number | string;
  seat: number | string;
  minSeats: number | string;
  maxSeats: number | string;
  maxSessionsPerPeriod: number | string;
  /** Empty: the attestations never expire. */
  validityMonths: number | string;
}

const fromCourse = (c: Course | undefined, providerId: string | null): Values => ({
  providerId: c?.providerId ?? providerId,
  topicId: c?.topicId ?? null,
  titleFr: c?.titleFr ?? '',
  titleEn: c?.titleEn ?? '',
  descriptionFr: c?.descriptionFr ?? '',
  descriptionEn: c?.descriptionEn ?? '',
  objectives: c?.objectives ?? '',
  content: c?.content ?? '',
  durationHours: c?.durationHours ?? '',
  language: c?.language ?? 'fr',
  mode: c?.mode ?? 'in_person',
  regions: c?.regions ?? [],
  periods: c?.periods ?? [],
  fixed: c ? c.fixedCostCents / 100 : '',
  seat: c ? c.seatCostCents / 100 : '',
  minSeats: c?.minSeats ?? '',
  maxSeats: c?.maxSeats ?? '',
  maxSessionsPerPeriod: c?.maxSessionsPerPeriod ?? 1,
  validityMonths: c?.validityMonths ?? '',
});

const num = (v: number | string) => (v === '' ? Number.NaN : Number(v));

/** /courses/new and /courses/:id: a coordinator edits and approves; a trainer's edits wait for approval. */
export function CoursePage() {
  const { t } = useTranslation();
  const { courseId } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const ref = useReference();
  const format = useFormat();
  const topics = useTopicLabels();
  const coordinator = me.role === 'coordinator';
  const providers = useProviders();
  const course = useCourse(courseId);
  const save = useSaveCourse(courseId);
  const form = useFieldErrors();
  // Only the fields typed and not saved yet; the others show the server's values, so a refetch never
  // wipes what is being typed.
  const [draft, setDraft] = useState<Partial<Values>>({});
  const v: Values = { ...fromCourse(course.data, me.providerId), ...draft };
  const set = <K extends keyof Values>(key: K, value: Values[K], field: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(field);
  };
  if (courseId && course.error) return <ErrorAlert error={course.error} />;
  const months = [...new Set([...upcomingMonths(24), ...v.periods])].sort();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const body = {
      ...(courseId ? {} : { providerId: coordinator ? (v.providerId ?? '') : undefined }),
      topicId: v.topicId ?? '',
      titleFr: v.titleFr,
      titleEn: v.titleEn,
      descriptionFr: v.descriptionFr,
      descriptionEn: v.descriptionEn,
      objectives: v.objectives,
      content: v.content,
      durationHours: num(v.durationHours),
      language: v.language as 'fr' | 'en',
      mode: v.mode as Course['mode'],
      regions: v.regions,
      periods: v.periods,
      fixedCostCents: Math.round(num(v.fixed) * 100),
      seatCostCents: Math.round(num(v.seat) * 100),
      minSeats: num(v.minSeats),
      maxSeats: num(v.maxSeats),
      maxSessionsPerPeriod: num(v.maxSessionsPerPeriod),
      validityMonths: v.validityMonths === '' ? null : num(v.validityMonths),
    };
    save.mutate(body as Parameters<typeof save.mutate>[0], {
      onSuccess: (c) => {
        setDraft({});
        notify({
          color: 'green',
          message: c.pendingRevision && !coordinator ? t('catalogue:course.submitted') : t('catalogue:course.saved'),
        });
        if (!courseId) navigate(`/courses/${c.id}`);
      },
      onError: form.fromError,
    });
  };

  const c = course.data;
  return (
    <>
      <PageHeader
        title={c ? (topics.en ? c.titleEn : c.titleFr) : t('catalogue:course.createTitle')}
        subtitle={c && <StatusBadge status={c.status} labelKey="catalogue:courseStatus" />}
        actions={coordinator && c && <CourseStatusActions course={c} />}
      />
      <Stack maw={1000}>
        {c?.pendingRevision && <PendingRevision course={c} canDecide={coordinator} />}
        {!coordinator && (
          <Alert color="blue" variant="light">
            {t('catalogue:course.trainerHelp')}
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError form={form} unlessFieldErrors titled />
            <Fieldset legend={t('catalogue:course.what')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {coordinator && !courseId && (
                  <Select
                    label={t('catalogue:courses.provider')}
                    required
                    data={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                    value={v.providerId}
                    onChange={(x) => set('providerId', x)}
                    error={form.error('providerId')}
                  />
                )}
                <Select
                  label={t('catalogue:courses.topic')}
                  required
                  searchable
                  data={topics.options}
                  value={v.topicId}
                  onChange={(x) => set('topicId', x)}
                  error={form.error('topicId')}
                />
                <TextInput
                  label={t('catalogue:course.titleFr')}
                  required
                  value={v.titleFr}
                  onChange={(e) => set('titleFr', e.currentTarget.value)}
                  error={form.error('titleFr')}
                />
                <TextInput
                  label={t('catalogue:course.titleEn')}
                  required
                  value={v.titleEn}
                  onChange={(e) => set('titleEn', e.currentTarget.value)}
                  error={form.error('titleEn')}
                />
                <Textarea
                  label={t('catalogue:course.descriptionFr')}
                  value={v.descriptionFr}
                  onChange={(e) => set('descriptionFr', e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
                <Textarea
                  label={t('catalogue:course.descriptionEn')}
                  value={v.descriptionEn}
                  onChange={(e) => set('descriptionEn', e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
                <Textarea
                  label={t('catalogue:course.objectives')}
                  value={v.objectives}
                  onChange={(e) => set('objectives', e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
                <Textarea
                  label={t('catalogue:course.content')}
                  value={v.content}
                  onChange={(e) => set('content', e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('catalogue:course.how')}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  label={t('catalogue:course.durationHours')}
                  required
                  min={0}
                  decimalScale={1}
                  value={v.durationHours}
                  onChange={(x) => set('durationHours', x)}
                  error={form.error('durationHours')}
                />
                <Select
                  label={t('catalogue:course.language')}
                  required
                  allowDeselect={false}
                  data={TRAINING_LANGUAGES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
                  value={v.language}
                  onChange={(x) => x && set('language', x)}
                />
                <Select
                  label={t('catalogue:course.mode')}
                  required
                  allowDeselect={false}
                  data={TRAINING_MODES.map((m) => ({ value: m, label: t(`needs:mode.${m}`) }))}
                  value={v.mode}
                  onChange={(x) => x && set('mode', x)}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
                <NumberInput
                  label={t('catalogue:course.validityMonths')}
                  description={t('catalogue:course.validityHelp')}
                  min={1}
                  max={240}
                  allowDecimal={false}
                  value={v.validityMonths}
                  onChange={(x) => set('validityMonths', x)}
                  error={form.error('validityMonths')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
                <MultiSelect
                  label={t('catalogue:course.regions')}
                  searchable
                  data={ref.regionOptions}
                  value={v.regions}
                  onChange={(x) => set('regions', x)}
                  error={form.error('regions')}
                />
                <MultiSelect
                  label={t('catalogue:course.periods')}
                  searchable
                  data={format.monthOptions(months)}
                  value={v.periods}
                  onChange={(x) => set('periods', x)}
                  error={form.error('periods')}
                />
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('catalogue:course.pricing')}>
              <SimpleGrid cols={{ base: 1, sm: 5 }}>
                <NumberInput
                  label={t('catalogue:course.fixedCost')}
                  required
                  min={0}
                  decimalScale={2}
                  value={v.fixed}
                  onChange={(x) => set('fixed', x, 'fixedCostCents')}
                  error={form.error('fixedCostCents')}
                />
                <NumberInput
                  label={t('catalogue:course.seatCost')}
                  required
                  min={0}
                  decimalScale={2}
                  value={v.seat}
                  onChange={(x) => set('seat', x, 'seatCostCents')}
                  error={form.error('seatCostCents')}
                />
                <NumberInput
                  label={t('catalogue:course.minSeats')}
                  required
                  min={1}
                  allowDecimal={false}
                  value={v.minSeats}
                  onChange={(x) => set('minSeats', x)}
                  error={form.error('minSeats')}
                />
                <NumberInput
                  label={t('catalogue:course.maxSeats')}
                  required
                  min={1}
                  allowDecimal={false}
                  value={v.maxSeats}
                  onChange={(x) => set('maxSeats', x)}
                  error={form.error('maxSeats')}
                />
                <NumberInput
                  label={t('catalogue:course.maxSessions')}
                  required
                  min={1}
                  allowDecimal={false}
                  value={v.maxSessionsPerPeriod}
                  onChange={(x) => set('maxSessionsPerPeriod', x)}
                  error={form.error('maxSessionsPerPeriod')}
                />
              </SimpleGrid>
            </Fieldset>
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {coordinator ? t('common:actions.save') : t('catalogue:course.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </>
  );
}

function CourseStatusActions({ course: c }: { course: Course }) {
  const { t } = useTranslation();
  const action = useCourseAction(c.id);
  if (c.status === 'retired')
    return (
      <Button variant="default" onClick={() => action.mutate({ action: 'reinstate' })} loading={action.isPending}>
        {t('catalogue:course.reinstate')}
      </Button>
    );
  return (
    <Button
      variant="default"
      color="red"
      onClick={() => action.mutate({ action: 'retire' })}
      loading={action.isPending}
    >
      {t('catalogue:course.retire')}
    </Button>
  );
}

const FIELD_LABELS: Record<string, string> = {
  topicId: 'catalogue:courses.topic',
  titleFr: 'catalogue:course.titleFr',
  titleEn: 'catalogue:course.titleEn',
  descriptionFr: 'catalogue:course.descriptionFr',
  descriptionEn: 'catalogue:course.descriptionEn',
  objectives: 'catalogue:course.objectives',
  content: 'catalogue:course.content',
  durationHours: 'catalogue:course.durationHours',
  language: 'catalogue:course.language',
  mode: 'catalogue:course.mode',
  regions: 'catalogue:course.regions',
  periods: 'catalogue:course.periods',
  fixedCostCents: 'catalogue:course.fixedCost',
  seatCostCents: 'catalogue:course.seatCost',
  minSeats: 'catalogue:course.minSeats',
  maxSeats: 'catalogue:course.maxSeats',
  maxSessionsPerPeriod: 'catalogue:course.maxSessions',
  validityMonths: 'catalogue:course.validityMonths',
};

/** The trainer's proposed changes, field by field, with approve and reject for a coordinator. */
function PendingRevision({ course: c, canDecide }: { course: Course; canDecide: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useCourseAction(c.id);
  const rev = c.pendingRevision;
  if (!rev) return null;
  const show = (field: string, value: unknown) =>
    Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'number'
        ? field.endsWith('Cents')
          ? format.money(value, 2)
          : format.number(value)
        : String(value ?? '');
  const label = (field: string) => (FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field);
  const current = c as unknown as Record<string, unknown>;
  const proposed = rev.proposed as Record<string, unknown>;
  return (
    <Card withBorder bg="yellow.0">
      <Text fw={700}>{t('catalogue:revision.title', { date: format.dateTime(rev.submittedAt) })}</Text>
      <List size="sm" my="sm">
        {rev.changedFields.map((f) => (
          <List.Item key={f}>
            {t('catalogue:revision.change', { field: label(f), from: show(f, current[f]), to: show(f, proposed[f]) })}
          </List.Item>
        ))}
      </List>
      <ErrorAlert error={action.error} />
      {canDecide && (
        <Group>
          <Button
            onClick={() =>
              action.mutate(
                { action: 'approve', revisionId: rev.id },
                { onSuccess: () => notify({ color: 'green', message: t('catalogue:revision.approved') }) },
              )
            }
            loading={action.isPending && action.variables?.action === 'approve'}
          >
            {t('catalogue:revision.approve')}
          </Button>
          <Button
            variant="default"
            color="red"
            onClick={() =>
              action.mutate(
                { action: 'reject', revisionId: rev.id },
                { onSuccess: () => notify({ color: 'green', message: t('catalogue:revision.rejected') }) },
              )
            }
            loading={action.isPending && action.variables?.action === 'reject'}
          >
            {t('catalogue:revision.reject')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
