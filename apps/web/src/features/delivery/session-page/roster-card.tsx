import { Button, Card, Checkbox, Group, NumberInput, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import {
  ENROLMENT_OUTCOMES,
  type Roster,
  type SessionDetail,
  sessionTakesAttendance,
  sessionTakesResults,
  useAllPresent,
  useRecordAttendance,
  useRecordResults,
  useRoster,
} from '../api.ts';
import { useNotifyError } from './use-notify-error.ts';

type Person = Roster['participants'][number];
type Outcome = Person['outcome'];

/** The trainer's roster: attendance per meeting day and each participant's result. */
export function RosterCard({ s, canRecord }: { s: SessionDetail; canRecord: boolean }) {
  const { t } = useTranslation();
  const onError = useNotifyError();
  const roster = useRoster(s.id, true);
  // Only the ticks and results a person has changed and not saved yet; every other cell shows the
  // server's value, so a refetch (e.g. after saving the results) never wipes unsaved attendance.
  const [presentDraft, setPresentDraft] = useState<Record<string, boolean>>({});
  const [outcomeDraft, setOutcomeDraft] = useState<Record<string, { outcome?: Outcome; score?: number | string }>>({});
  const isPresent = (p: Person, meetingDayId: string) =>
    presentDraft[`${p.enrolmentId}/${meetingDayId}`] ??
    p.attendance.find((a) => a.meetingDayId === meetingDayId)?.present ??
    false;
  const outcomeOf = (p: Person) => {
    const typed = outcomeDraft[p.enrolmentId];
    return {
      outcome: typed?.outcome !== undefined ? typed.outcome : p.outcome,
      score: typed?.score !== undefined ? typed.score : (p.score ?? ''),
    };
  };
  const people = (r: Roster) => r.participants.filter((p) => p.status === 'confirmed');
  const saveAttendance = useRecordAttendance(s.id);
  const saveResults = useRecordResults(s.id);
  const allPresent = useAllPresent(s.id);
  const format = useFormat();
  const takesAttendance = canRecord && sessionTakesAttendance(s.status);
  // "all present" for a day: saved at once; the day's unsaved ticks give way, each mark stays editable
  const markAllPresent = (d: Roster['meetingDays'][number]) =>
    allPresent.mutate(d.id, {
      onSuccess: () => {
        setPresentDraft((draft) =>
          Object.fromEntries(Object.entries(draft).filter(([key]) => !key.endsWith(`/${d.id}`))),
        );
        notify({ color: 'green', message: t('delivery:roster.allPresentDone', { day: format.date(d.day) }) });
      },
      onError,
    });
  const attendanceOf = (r: Roster) => ({
    entries: people(r).flatMap((p) =>
      r.meetingDays.map((d) => ({ enrolmentId: p.enrolmentId, meetingDayId: d.id, present: isPresent(p, d.id) })),
    ),
  });
  const resultsOf = (r: Roster) => ({
    entries: people(r).map((p) => {
      const { outcome, score } = outcomeOf(p);
      return { enrolmentId: p.enrolmentId, outcome, score: score === '' ? null : Number(score) };
    }),
  });
  const r = roster.data;
  const done = () => notify({ color: 'green', message: t('delivery:saved') });
  return (
    <Card withBorder mb="md" aria-labelledby="roster-title">
      <Title order={2} size="h4" id="roster-title" mb="sm">
        {t('delivery:roster.title')}
      </Title>
      <ErrorAlert error={roster.error} />
      {r && r.participants.length === 0 && <Text c="dimmed">{t('delivery:enrolments.empty')}</Text>}
      {r && r.participants.length > 0 && (
        <>
          <TableScroll minWidth={720} labelledBy="roster-title">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('delivery:fields.participant')}</Table.Th>
                  <Table.Th>{t('delivery:fields.firm')}</Table.Th>
                  <Table.Th>{t('delivery:fields.jobTitle')}</Table.Th>
                  {r.meetingDays.map((d) => (
                    <Table.Th key={d.id}>
                      {format.date(d.day)}
                      {takesAttendance && (
                        <Button
                          display="block"
                          size="compact-xs"
                          variant="light"
                          mt={4}
                          aria-label={t('delivery:roster.allPresentOn', { day: format.date(d.day) })}
                          loading={allPresent.isPending && allPresent.variables === d.id}
                          onClick={() => markAllPresent(d)}
                        >
                          {t('delivery:roster.allPresent')}
                        </Button>
                      )}
                    </Table.Th>
                  ))}
                  <Table.Th>{t('delivery:roster.result')}</Table.Th>
                  <Table.Th>{t('delivery:roster.score')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.participants.map((p) => (
                  <Table.Tr key={p.enrolmentId}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.firm}</Table.Td>
                    <Table.Td>{p.jobTitle}</Table.Td>
                    {r.meetingDays.map((d) => (
                      <Table.Td key={d.id}>
                        <Checkbox
                          aria-label={t('delivery:roster.presentOn', { name: p.name, day: d.day })}
                          checked={isPresent(p, d.id)}
                          disabled={!canRecord || !sessionTakesAttendance(s.status) || p.status !== 'confirmed'}
                          onChange={(e) => {
                            const checked = e.currentTarget.checked;
                            setPresentDraft((draft) => ({ ...draft, [`${p.enrolmentId}/${d.id}`]: checked }));
                          }}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Select
                        aria-label={t('delivery:roster.resultOf', { name: p.name })}
                        data={ENROLMENT_OUTCOMES.map((o) => ({ value: o, label: t(`delivery:outcome.${o}`) }))}
                        value={outcomeOf(p).outcome}
                        onChange={(v) =>
                          setOutcomeDraft((draft) => ({
                            ...draft,
                            [p.enrolmentId]: { ...draft[p.enrolmentId], outcome: v as Outcome },
                          }))
                        }
                        disabled={!canRecord || p.status !== 'confirmed'}
                        clearable
                        clearButtonProps={{ 'aria-label': t('delivery:clear') }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('delivery:roster.scoreOf', { name: p.name })}
                        value={outcomeOf(p).score}
                        onChange={(v) =>
                          setOutcomeDraft((draft) => ({
                            ...draft,
                            [p.enrolmentId]: { ...draft[p.enrolmentId], score: v },
                          }))
                        }
                        min={0}
                        max={100}
                        w={90}
                        disabled={!canRecord || p.status !== 'confirmed'}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {canRecord && (
            <Group mt="sm">
              {sessionTakesAttendance(s.status) && (
                <Button
                  onClick={() =>
                    saveAttendance.mutate(attendanceOf(r), {
                      onSuccess: () => {
                        setPresentDraft({});
                        done();
                      },
                      onError,
                    })
                  }
                  loading={saveAttendance.isPending}
                >
                  {t('delivery:roster.saveAttendance')}
                </Button>
              )}
              {sessionTakesResults(s.status) && (
                <Button
                  variant="light"
                  onClick={() =>
                    saveResults.mutate(resultsOf(r), {
                      onSuccess: () => {
                        setOutcomeDraft({});
                        done();
                      },
                      onError,
                    })
                  }
                  loading={saveResults.isPending}
                >
                  {t('delivery:roster.saveResults')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
    </Card>
  );
}
