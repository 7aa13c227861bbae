import { Checkbox, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { PoolingRunDetail } from '../api.ts';
import type { PlanNames } from '../use-plan-names.ts';

type Plan = NonNullable<PoolingRunDetail['plan']>;

/** The engine's unserved reasons, as translation keys. */
const REASON_KEYS: Record<string, string> = {
  'no compatible offer': 'noCompatibleOffer',
  'too few seats or members to open a session': 'tooFew',
  'no session left in compatible offers': 'noSessionLeft',
  'cheaper to leave unserved': 'cheaperUnserved',
};

/** The needs the plan leaves unserved and why; each may be excluded from the next run while the plan may be adjusted. */
export function UnservedTable({
  plan,
  names,
  excluded,
  onExclude,
}: {
  plan: Plan;
  names: PlanNames;
  /** The needs excluded so far, or null when the plan can no longer be adjusted. */
  excluded: string[] | null;
  onExclude: (needId: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="unserved-title">
      <Title order={2} size="h4" mb="xs" id="unserved-title">
        {t('pooling:unserved.title')}
      </Title>
      {plan.unserved.length === 0 ? (
        <Text c="dimmed">{t('pooling:unserved.none')}</Text>
      ) : (
        <TableScroll minWidth={640} labelledBy="unserved-title">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pooling:unserved.firm')}</Table.Th>
                <Table.Th>{t('pooling:unserved.topic')}</Table.Th>
                <Table.Th ta="right">{t('pooling:unserved.seats')}</Table.Th>
                <Table.Th>{t('pooling:unserved.reason')}</Table.Th>
                {excluded && <Table.Th>{t('pooling:unserved.exclude')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.unserved.map((u) => (
                <Table.Tr key={u.needId}>
                  <Table.Td>{names.firm(names.memberOfNeed(u.needId))}</Table.Td>
                  <Table.Td>{names.topicOfNeed(u.needId)}</Table.Td>
                  <Table.Td ta="right">{u.seats}</Table.Td>
                  <Table.Td>
                    {REASON_KEYS[u.reason] ? t(`pooling:reasons.${REASON_KEYS[u.reason]}`) : u.reason}
                  </Table.Td>
                  {excluded && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('pooling:unserved.excludeNeed', { topic: names.topicOfNeed(u.needId) })}
                        checked={excluded.includes(u.needId)}
                        onChange={(e) => onExclude(u.needId, e.currentTarget.checked)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
