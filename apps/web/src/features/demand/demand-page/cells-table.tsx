import { Anchor, Badge, Card, Group, Pagination, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReference } from '../../../api/reference.ts';
import { useFormat } from '../../../components/format.ts';
import { useTopicLabels } from '../../catalogue/api.ts';
import { cellIsReady, type DemandBoard, type DemandCell } from '../api.ts';

/** The link that opens a request for quote prefilled from a cell. */
export const quoteFromCell = (c: Pick<DemandCell, 'topicId' | 'regionCode' | 'period' | 'language'>) =>
  `/quotes/new?${new URLSearchParams({ topicId: c.topicId, regionCode: c.regionCode, period: c.period, language: c.language })}`;

/** One page of the board's cells, as the server sorts them: ready cells first, then the most seats. */
export function CellsTable({ board, onPage }: { board: DemandBoard; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const topics = useTopicLabels();
  const ref = useReference();
  const shown = board.cells;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('demand:cells.title', { count: board.total })}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('demand:cells.order')}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('demand:cells.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('demand:fields.topic')}</Table.Th>
              <Table.Th>{t('demand:fields.region')}</Table.Th>
              <Table.Th>{t('demand:fields.period')}</Table.Th>
              <Table.Th>{t('demand:fields.language')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('demand:fields.seats')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('demand:fields.members')}</Table.Th>
              <Table.Th>{t('demand:fields.status')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={`${c.topicId}|${c.regionCode}|${c.period}|${c.language}`} data-status={c.status}>
                <Table.Td>{topics.label(c.topicId)}</Table.Td>
                <Table.Td>{ref.regionLabel(c.regionCode)}</Table.Td>
                <Table.Td>{format.period(c.period)}</Table.Td>
                <Table.Td>{t(`common:languages.${c.language}`)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{c.seats}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{c.members}</Table.Td>
                <Table.Td>
                  <CellStatusBadge cell={c} />
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={quoteFromCell(c)}
                    size="sm"
                    aria-label={t('demand:cells.requestQuoteFor', {
                      topic: topics.label(c.topicId),
                      period: format.period(c.period),
                    })}
                  >
                    <Group gap={4} wrap="nowrap" component="span">
                      <IconSend size={14} aria-hidden />
                      {t('demand:cells.requestQuote')}
                    </Group>
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {board.total > board.pageSize && (
        <Pagination
          mt="sm"
          total={Math.ceil(board.total / board.pageSize)}
          value={board.page}
          onChange={onPage}
          size="sm"
          getItemProps={(p) => ({ 'aria-label': t('common:table.goToPage', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`common:table.${control}`) })}
        />
      )}
    </Card>
  );
}

/** Ready cells in green with a check mark; the others say what they lack. */
function CellStatusBadge({ cell }: { cell: DemandCell }) {
  const { t } = useTranslation();
  const ready = cellIsReady(cell.status);
  return (
    <Badge
      color={ready ? 'green' : cell.status === 'below_minimum' ? 'yellow' : 'gray'}
      variant="light"
      leftSection={ready ? <IconCheck size={12} aria-hidden /> : undefined}
      tt="none"
      styles={{
        root: { height: 'auto', maxWidth: 'none' },
        label: { color: 'var(--mantine-color-dark-7)', whiteSpace: 'normal', overflow: 'visible' },
      }}
    >
      {t(`demand:status.${cell.status}`)}
      {cell.status === 'below_minimum' && cell.missingSeats !== null
        ? ` (${t('demand:cells.missing', { count: cell.missingSeats })})`
        : ''}
    </Badge>
  );
}
