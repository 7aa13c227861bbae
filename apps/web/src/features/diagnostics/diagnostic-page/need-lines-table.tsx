import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTopicLabels } from '../../catalogue/api.ts';
import { NeedStatusBadge, PeriodBadges, useNeedText } from '../../needs/need-badges.tsx';
import type { Diagnostic } from '../api.ts';

/** The diagnostic's need lines; with `onToggle`, the member ticks the proposed lines it rejects. */
export function NeedLinesTable({
  diagnostic: d,
  rejected,
  onToggle,
}: {
  diagnostic: Diagnostic;
  rejected?: Set<string>;
  onToggle?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const topics = useTopicLabels();
  const text = useNeedText();
  if (d.needs.length === 0) return null;
  return (
    <Table striped aria-label={t('needs:diagnostic.lines')}>
      <Table.Thead>
        <Table.Tr>
          {onToggle && <Table.Th>{t('needs:diagnostic.keep')}</Table.Th>}
          <Table.Th>{t('needs:fields.topic')}</Table.Th>
          <Table.Th style={{ textAlign: 'right' }}>{t('needs:fields.seats')}</Table.Th>
          <Table.Th>{t('needs:fields.languages')}</Table.Th>
          <Table.Th>{t('needs:fields.modes')}</Table.Th>
          <Table.Th>{t('needs:fields.periods')}</Table.Th>
          <Table.Th>{t('needs:fields.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {d.needs.map((n) => (
          <Table.Tr key={n.id}>
            {onToggle && (
              <Table.Td>
                <Checkbox
                  checked={!rejected?.has(n.id)}
                  onChange={() => onToggle(n.id)}
                  disabled={n.status !== 'proposed'}
                  aria-label={t('needs:diagnostic.keepOne', { topic: topics.label(n.topicId) })}
                />
              </Table.Td>
            )}
            <Table.Td>{topics.label(n.topicId)}</Table.Td>
            <Table.Td style={{ textAlign: 'right' }}>{n.seats}</Table.Td>
            <Table.Td>{text.languages(n.languages)}</Table.Td>
            <Table.Td>{text.modes(n.modes)}</Table.Td>
            <Table.Td>
              <PeriodBadges periods={n.periods} />
            </Table.Td>
            <Table.Td>
              <NeedStatusBadge status={n.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
