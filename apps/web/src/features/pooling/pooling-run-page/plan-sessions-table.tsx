import { Badge, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dollarsToCents, useFormat } from '../../../components/format.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { PoolingRunDetail } from '../api.ts';
import type { PlanNames } from '../use-plan-names.ts';

type Plan = NonNullable<PoolingRunDetail['plan']>;
/** What the coordinator chose for a session of the plan, for the next run. */
export type SessionChoice = 'keep' | 'pin' | 'exclude' | 'release';

/** The plan's sessions: course, period, region, seats, cost and firms; with a choice per session while the plan may be adjusted. */
export function PlanSessionsTable({
  plan,
  names,
  choices,
  onChoose,
}: {
  plan: Plan;
  names: PlanNames;
  /** The choices so far, or null when the plan can no longer be adjusted. */
  choices: Record<string, SessionChoice> | null;
  onChoose: (sessionId: string, choice: SessionChoice) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const exact = (dollars: number) => format.money(dollarsToCents(dollars), 2);
  return (
    <section aria-labelledby="sessions-title">
      <Title order={2} size="h4" mb="xs" id="sessions-title">
        {t('pooling:sessions.title')}
      </Title>
      <TableScroll minWidth={900} labelledBy="sessions-title">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pooling:sessions.id')}</Table.Th>
              <Table.Th>{t('pooling:sessions.course')}</Table.Th>
              <Table.Th>{t('pooling:sessions.period')}</Table.Th>
              <Table.Th>{t('pooling:sessions.region')}</Table.Th>
              <Table.Th ta="right">{t('pooling:sessions.seats')}</Table.Th>
              <Table.Th ta="right">{t('pooling:sessions.cost')}</Table.Th>
              <Table.Th>{t('pooling:sessions.firms')}</Table.Th>
              {choices && <Table.Th>{t('pooling:sessions.adjust')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {s.id}
                  {s.pinned && (
                    <Badge
                      ml={4}
                      size="xs"
                      variant="light"
                      styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                    >
                      {t('pooling:sessions.pinned')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {names.course(s.offerId)}
                  <Text size="xs" c="dimmed">
                    {names.provider(s.offerId)}
                  </Text>
                </Table.Td>
                <Table.Td>{format.period(s.period)}</Table.Td>
                <Table.Td>{names.region(s.region)}</Table.Td>
                <Table.Td ta="right">{s.seats}</Table.Td>
                <Table.Td ta="right">{exact(s.cost)}</Table.Td>
                <Table.Td>
                  {s.allocations.map((a) => (
                    <Text size="sm" key={a.needId}>
                      {t('pooling:sessions.allocation', {
                        firm: names.firm(a.memberId),
                        seats: t('common:count.seats', { count: a.seats }),
                        share: exact(a.share),
                      })}
                    </Text>
                  ))}
                </Table.Td>
                {choices && (
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('pooling:sessions.adjustSession', { id: s.id })}
                      value={choices[s.id] ?? 'keep'}
                      onChange={(v) => onChoose(s.id, v as SessionChoice)}
                      data={[
                        { value: 'keep', label: t('pooling:sessions.keep') },
                        s.pinned
                          ? { value: 'release', label: t('pooling:sessions.release') }
                          : { value: 'pin', label: t('pooling:sessions.pin') },
                        { value: 'exclude', label: t('pooling:sessions.exclude') },
                      ]}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
