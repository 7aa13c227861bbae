import {
  ActionIcon,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { useTopicLabels } from '../../catalogue/api.ts';
import { NEED_PRIORITIES, upcomingMonths } from '../../needs/api.ts';
import {
  type Diagnostic,
  diagnosticIsEditable,
  type ProposedNeedLine,
  useSetProposedNeeds,
  useUpdateDiagnostic,
} from '../api.ts';
import { NeedLinesTable } from './need-lines-table.tsx';

interface Gap {
  nocCode: string;
  jobTitle: string;
  description: string;
  employees: number | string;
}

interface Line {
  topicId: string | null;
  seats: number | string;
  periods: string[];
  priority: string;
}

/** The coordinator runs the diagnostic: findings, skills gaps and the proposed need lines. */
export function CoordinatorView({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation();
  const update = useUpdateDiagnostic(d.id);
  const setLines = useSetProposedNeeds(d.id);
  const topics = useTopicLabels();
  const form = useFieldErrors();
  const linesForm = useFieldErrors();
  const editable = diagnosticIsEditable(d.status);
  const linesEditable = d.status === 'in_progress' || d.status === 'completed';
  // Only what has been typed and not saved yet (findings and proposed lines, saved separately); the
  // rest shows the saved diagnostic, so neither a refetch nor saving the other part wipes what is typed.
  const [findings, setFindings] = useState<{ challenges?: string; priorities?: string; notes?: string; gaps?: Gap[] }>(
    {},
  );
  const [linesDraft, setLinesDraft] = useState<Line[] | null>(null);
  const challenges = findings.challenges ?? d.challenges;
  const priorities = findings.priorities ?? d.priorities;
  const notes = findings.notes ?? d.notes;
  const savedGaps = d.skillsGaps.map((g) => ({
    nocCode: g.nocCode,
    jobTitle: g.jobTitle ?? '',
    description: g.description,
    employees: g.employees ?? '',
  }));
  const gaps: Gap[] = findings.gaps ?? savedGaps;
  const savedLines = d.needs
    .filter((n) => n.status === 'proposed')
    .map((n) => ({ topicId: n.topicId, seats: n.seats, periods: n.periods, priority: n.priority }));
  const lines: Line[] = linesDraft ?? savedLines;
  const setChallenges = (value: string) => setFindings((f) => ({ ...f, challenges: value }));
  const setPriorities = (value: string) => setFindings((f) => ({ ...f, priorities: value }));
  const setNotes = (value: string) => setFindings((f) => ({ ...f, notes: value }));
  const setGaps = (next: (g: Gap[]) => Gap[]) => setFindings((f) => ({ ...f, gaps: next(f.gaps ?? savedGaps) }));
  const setLinesState = (next: (l: Line[]) => Line[]) => setLinesDraft((l) => next(l ?? savedLines));
  const months = upcomingMonths(18);
  const format = useFormat();

  const saveContent = () => {
    form.reset();
    update.mutate(
      {
        challenges,
        priorities,
        notes,
        skillsGaps: gaps.map((g) => ({
          nocCode: g.nocCode.trim(),
          jobTitle: g.jobTitle.trim() || undefined,
          description: g.description.trim(),
          employees: g.employees === '' ? undefined : Number(g.employees),
        })),
      },
      {
        onSuccess: () => {
          setFindings({});
          notify({ color: 'green', message: t('needs:diagnostic.saved') });
        },
        onError: form.fromError,
      },
    );
  };
  const saveLines = () => {
    linesForm.reset();
    const body: ProposedNeedLine[] = lines.map((l) => ({
      topicId: l.topicId ?? '',
      seats: l.seats === '' ? 0 : Number(l.seats),
      periods: l.periods.length ? l.periods : undefined,
      priority: l.priority as ProposedNeedLine['priority'],
    }));
    setLines.mutate(body, {
      onSuccess: () => {
        setLinesDraft(null);
        notify({ color: 'green', message: t('needs:diagnostic.linesSaved') });
      },
      onError: linesForm.fromError,
    });
  };
  const patchGap = (i: number, patch: Partial<Gap>) =>
    setGaps((g) => g.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const patchLine = (i: number, patch: Partial<Line>) =>
    setLinesState((g) => g.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  return (
    <Stack>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('needs:diagnostic.content')}
          </Title>
          {form.general ? <ErrorAlert error={form.general} /> : null}
          <Textarea
            label={t('needs:diagnostic.challenges')}
            value={challenges}
            onChange={(e) => setChallenges(e.currentTarget.value)}
            autosize
            minRows={2}
            disabled={!editable}
          />
          <Text fw={600} size="sm">
            {t('needs:diagnostic.gaps')}
          </Text>
          {gaps.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows being edited have no id yet
            <Group key={i} align="flex-end" wrap="wrap">
              <TextInput
                label={t('needs:diagnostic.noc')}
                value={g.nocCode}
                onChange={(e) => patchGap(i, { nocCode: e.currentTarget.value })}
                w={110}
                error={form.error(`skillsGaps.${i}.nocCode`)}
                disabled={!editable}
              />
              <TextInput
                label={t('needs:diagnostic.jobTitle')}
                value={g.jobTitle}
                onChange={(e) => patchGap(i, { jobTitle: e.currentTarget.value })}
                w={200}
                disabled={!editable}
              />
              <TextInput
                label={t('needs:diagnostic.gapDescription')}
                value={g.description}
                onChange={(e) => patchGap(i, { description: e.currentTarget.value })}
                style={{ flex: 1 }}
                miw={220}
                error={form.error(`skillsGaps.${i}.description`)}
                disabled={!editable}
              />
              <NumberInput
                label={t('needs:diagnostic.employees')}
                value={g.employees}
                onChange={(v) => patchGap(i, { employees: v })}
                w={120}
                min={0}
                disabled={!editable}
              />
              {editable && (
                <ActionIcon
                  variant="default"
                  size="lg"
                  onClick={() => setGaps((x) => x.filter((_, j) => j !== i))}
                  aria-label={t('needs:diagnostic.removeGap', { n: i + 1 })}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
          {editable && (
            <Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => setGaps((g) => [...g, { nocCode: '', jobTitle: '', description: '', employees: '' }])}
              >
                {t('needs:diagnostic.addGap')}
              </Button>
            </Group>
          )}
          <Textarea
            label={t('needs:diagnostic.priorities')}
            value={priorities}
            onChange={(e) => setPriorities(e.currentTarget.value)}
            autosize
            minRows={2}
            disabled={!editable}
          />
          <Textarea
            label={t('needs:diagnostic.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
            disabled={!editable}
          />
          {editable && (
            <Group justify="flex-end">
              <Button onClick={saveContent} loading={update.isPending}>
                {t('common:actions.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>

      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('needs:diagnostic.proposedLines')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('needs:diagnostic.linesHelp')}
          </Text>
          {linesForm.general ? <ErrorAlert error={linesForm.general} /> : null}
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows being edited have no id yet
            <SimpleGrid key={i} cols={{ base: 1, md: 5 }} spacing="sm">
              <Select
                label={t('needs:diagnostic.lineTopic', { n: i + 1 })}
                searchable
                data={topics.options}
                value={l.topicId}
                onChange={(v) => patchLine(i, { topicId: v })}
                error={linesForm.error(`lines.${i}.topicId`)}
                disabled={!linesEditable}
                style={{ gridColumn: 'span 2' }}
              />
              <NumberInput
                label={t('needs:diagnostic.lineSeats', { n: i + 1 })}
                min={1}
                value={l.seats}
                onChange={(v) => patchLine(i, { seats: v })}
                error={linesForm.error(`lines.${i}.seats`)}
                disabled={!linesEditable}
              />
              <MultiSelect
                label={t('needs:diagnostic.linePeriods', { n: i + 1 })}
                data={format.monthOptions(months)}
                value={l.periods}
                onChange={(v) => patchLine(i, { periods: v })}
                disabled={!linesEditable}
              />
              <Group align="flex-end" wrap="nowrap">
                <Select
                  label={t('needs:diagnostic.linePriority', { n: i + 1 })}
                  data={NEED_PRIORITIES.map((p) => ({ value: p, label: t(`needs:priority.${p}`) }))}
                  value={l.priority}
                  onChange={(v) => v && patchLine(i, { priority: v })}
                  allowDeselect={false}
                  disabled={!linesEditable}
                />
                {linesEditable && (
                  <ActionIcon
                    variant="default"
                    size="lg"
                    onClick={() => setLinesState((x) => x.filter((_, j) => j !== i))}
                    aria-label={t('needs:diagnostic.removeLine', { n: i + 1 })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </SimpleGrid>
          ))}
          {linesEditable ? (
            <Group justify="space-between">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() =>
                  setLinesState((x) => [...x, { topicId: null, seats: 1, periods: [], priority: 'medium' }])
                }
              >
                {t('needs:diagnostic.addLine')}
              </Button>
              <Button onClick={saveLines} loading={setLines.isPending}>
                {t('needs:diagnostic.saveLines')}
              </Button>
            </Group>
          ) : (
            <Text size="sm">
              {d.status === 'scheduled' ? t('needs:diagnostic.linesNotYet') : t('needs:diagnostic.linesLocked')}
            </Text>
          )}
        </Stack>
      </Card>
      <NeedLinesTable diagnostic={d} />
    </Stack>
  );
}
