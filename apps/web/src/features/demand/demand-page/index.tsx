import { Button, Group, Select, Stack } from '@mantine/core';
import { TRAINING_LANGUAGES } from '@mutualis/domain/catalogue/catalogue-vocabulary';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useReference } from '../../../api/reference.ts';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useTopicLabels } from '../../catalogue/api.ts';
import { upcomingMonths } from '../../needs/api.ts';
import { CELL_STATUSES, type DemandExportQuery, downloadDemand, useDemandBoard } from '../api.ts';
import { CellsTable } from './cells-table.tsx';
import { HeatMap } from './heat-map.tsx';
import { Totals } from './totals.tsx';
import { UnmetSection } from './unmet-section.tsx';

export { quoteFromCell } from './cells-table.tsx';

/** The board's filters, read from the URL. */
export type DemandFilters = DemandExportQuery;

const PAGE = 50;

/** Coordinator: open needs by topic × region × period × language, ready cells, unmet needs, export. */
export function DemandPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  const topics = useTopicLabels();
  const message = useErrorMessage();
  const [params, setParams] = useSearchParams();
  // The URL's filters, as the board's query (the server checks them).
  const filters: DemandFilters = {
    topicId: params.get('topicId') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    period: params.get('period') ?? undefined,
    language: (params.get('language') ?? undefined) as DemandFilters['language'],
    status: (params.get('status') ?? undefined) as DemandFilters['status'],
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const setFilter = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        // Another filter is another list of cells: back to its first page.
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  const board = useDemandBoard({ ...filters, page, pageSize: PAGE });
  const [exporting, setExporting] = useState(false);
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadDemand(filters);
    } catch (error) {
      notify({ color: 'red', message: message(error) });
    } finally {
      setExporting(false);
    }
  };
  const periodOptions = [...new Set([...(board.data?.periods ?? []), ...upcomingMonths(12)])].sort();

  return (
    <>
      <PageHeader
        title={t('demand:title')}
        subtitle={t('demand:subtitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            onClick={() => void exportXlsx()}
          >
            {t('demand:export')}
          </Button>
        }
      />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('demand:fields.topic')}
            placeholder={t('common:filters.all')}
            clearable
            searchable
            data={topics.options}
            value={filters.topicId ?? null}
            onChange={(v) => setFilter('topicId', v)}
            w={300}
          />
          <Select
            label={t('demand:fields.region')}
            placeholder={t('common:filters.all')}
            clearable
            searchable
            data={ref.regionOptions}
            value={filters.regionCode ?? null}
            onChange={(v) => setFilter('regionCode', v)}
            w={240}
          />
          <Select
            label={t('demand:fields.period')}
            placeholder={t('common:filters.all')}
            clearable
            data={format.monthOptions(periodOptions)}
            value={filters.period ?? null}
            onChange={(v) => setFilter('period', v)}
            w={150}
          />
          <Select
            label={t('demand:fields.language')}
            placeholder={t('common:filters.all')}
            clearable
            data={TRAINING_LANGUAGES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
            value={filters.language ?? null}
            onChange={(v) => setFilter('language', v)}
            w={150}
          />
          <Select
            label={t('demand:fields.status')}
            placeholder={t('common:filters.all')}
            clearable
            data={CELL_STATUSES.map((s) => ({ value: s, label: t(`demand:status.${s}`) }))}
            value={filters.status ?? null}
            onChange={(v) => setFilter('status', v)}
            w={260}
          />
        </Group>
        <ErrorAlert error={board.error} />
        {board.data && (
          <>
            <Totals board={board.data} />
            <HeatMap board={board.data} />
            <CellsTable board={board.data} onPage={(p) => setFilter('page', p > 1 ? String(p) : null)} />
          </>
        )}
        <UnmetSection filters={filters} />
      </Stack>
    </>
  );
}
