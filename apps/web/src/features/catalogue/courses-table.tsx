import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../components/format.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { type Course, useTopicLabels } from './api.ts';

/** Courses with their topic, terms, price and whether a change waits for approval. */
export function CoursesTable({
  courses,
  caption,
  showProvider = true,
}: {
  courses: Course[];
  caption: string;
  showProvider?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const topics = useTopicLabels();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogue:courses.titleField')}</Table.Th>
            {showProvider && <Table.Th>{t('catalogue:courses.provider')}</Table.Th>}
            <Table.Th>{t('catalogue:courses.topic')}</Table.Th>
            <Table.Th>{t('catalogue:courses.languageMode')}</Table.Th>
            <Table.Th>{t('catalogue:courses.periods')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('catalogue:courses.price')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('catalogue:courses.seats')}</Table.Th>
            <Table.Th>{t('catalogue:courses.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {courses.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/courses/${c.id}`} fw={600}>
                  {topics.en ? c.titleEn : c.titleFr}
                </Anchor>
              </Table.Td>
              {showProvider && <Table.Td>{c.providerName}</Table.Td>}
              <Table.Td>{topics.label(c.topicId)}</Table.Td>
              <Table.Td>
                {t(`common:languages.${c.language}`)} · {t(`needs:mode.${c.mode}`)}
              </Table.Td>
              <Table.Td>{format.periods(c.periods)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {t('catalogue:courses.priceValue', {
                  fixed: format.money(c.fixedCostCents),
                  seat: format.money(c.seatCostCents),
                })}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {c.minSeats}–{c.maxSeats}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} labelKey="catalogue:courseStatus" />
                {c.pendingRevision && (
                  <Badge
                    ml={4}
                    color="yellow"
                    variant="light"
                    styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                  >
                    {t('catalogue:courses.pending')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
