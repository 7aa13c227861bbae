import {
  Alert,
  Center,
  Group,
  Loader,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconSearch, IconSelector } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Page } from '../api/client.ts';
import { ErrorAlert } from './error-alert.tsx';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The sort key sent to the API; absent = not sortable. */
  sortKey?: string;
  align?: 'left' | 'right';
}

export interface TableState {
  page: number;
  pageSize: number;
  q: string;
  sort: string | null;
  dir: 'asc' | 'desc';
  filters: Record<string, string>;
}

/**
 * Paging, sort, search and filters of a server-side table, kept in the URL so that the
 * back button and shared links return to the same view. `prefix` separates two tables on a page.
 */
export function useTableState(defaults: { sort?: string; dir?: 'asc' | 'desc'; pageSize?: number } = {}, prefix = '') {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(prefix + name);
  const filters: Record<string, string> = {};
  for (const [key, value] of params.entries()) {
    if (key.startsWith(`${prefix}f.`) && value) filters[key.slice(prefix.length + 2)] = value;
  }
  const state: TableState = {
    page: Math.max(1, Number(get('page')) || 1),
    pageSize: Number(get('size')) || defaults.pageSize || 25,
    q: get('q') ?? '',
    sort: get('sort') ?? defaults.sort ?? null,
    dir: (get('dir') as 'asc' | 'desc' | null) ?? defaults.dir ?? 'asc',
    filters,
  };
  const update = (patch: Partial<Omit<TableState, 'filters'>> & { filters?: Record<string, string | null> }) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        const set = (name: string, value: string | number | null | undefined) => {
          if (value === null || value === undefined || value === '') next.delete(prefix + name);
          else next.set(prefix + name, String(value));
        };
        if ('q' in patch) set('q', patch.q);
        if ('sort' in patch) set('sort', patch.sort);
        if ('dir' in patch) set('dir', patch.dir);
        if ('pageSize' in patch) set('size', patch.pageSize);
        for (const [key, value] of Object.entries(patch.filters ?? {})) set(`f.${key}`, value);
        // any change but the page itself starts again at page 1
        set('page', 'page' in patch ? patch.page : null);
        return next;
      },
      { replace: true },
    );
  };
  return { state, update };
}

/** The query parameters the API lists understand (search, page, pageSize, sort, order, plus filters). */
export function tableQuery(state: TableState, searchParam: 'search' | 'q' = 'search') {
  return {
    [searchParam]: state.q || undefined,
    page: state.page,
    pageSize: state.pageSize,
    sort: state.sort ?? undefined,
    order: state.sort ? state.dir : undefined,
    ...state.filters,
  };
}

interface DataTableProps<T> {
  /** Accessible name of the table (read by screen readers). */
  caption: string;
  columns: Column<T>[];
  data: Page<T> | undefined;
  isLoading: boolean;
  error: unknown;
  rowKey: (row: T) => string;
  state: TableState;
  onChange: ReturnType<typeof useTableState>['update'];
  /** Shows the search box with this label. */
  searchLabel?: string;
  /** Filters and actions shown beside the search box. */
  toolbar?: ReactNode;
  emptyText?: string;
}

/** A table paged, sorted and searched by the server. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const { state, onChange, data } = props;
  const [search, setSearch] = useState(state.q);
  const [debounced] = useDebouncedValue(search, 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text drives the search
  useEffect(() => {
    if (debounced !== state.q) onChange({ q: debounced });
  }, [debounced]);

  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  const first = total === 0 ? 0 : (state.page - 1) * state.pageSize + 1;
  const last = Math.min(total, state.page * state.pageSize);

  const toggleSort = (sortKey: string) => {
    if (state.sort === sortKey) onChange({ sort: sortKey, dir: state.dir === 'asc' ? 'desc' : 'asc' });
    else onChange({ sort: sortKey, dir: 'asc' });
  };

  return (
    <Stack gap="sm">
      {(props.searchLabel || props.toolbar) && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          {props.searchLabel && (
            <TextInput
              label={props.searchLabel}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              type="search"
              w={280}
            />
          )}
          {props.toolbar}
        </Group>
      )}
      {props.error ? <ErrorAlert error={props.error} /> : null}
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={props.caption} aria-busy={props.isLoading}>
          <Table.Thead>
            <Table.Tr>
              {props.columns.map((col) => {
                const sorted = col.sortKey && state.sort === col.sortKey;
                const ariaSort = sorted ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined;
                return (
                  <Table.Th key={col.key} aria-sort={ariaSort} style={{ textAlign: col.align ?? 'left' }}>
                    {col.sortKey ? (
                      <UnstyledButton onClick={() => toggleSort(col.sortKey!)} fw={700} fz="sm">
                        <Group gap={4} wrap="nowrap" component="span">
                          <span>{col.header}</span>
                          {sorted ? (
                            state.dir === 'asc' ? (
                              <IconChevronUp size={14} aria-hidden />
                            ) : (
                              <IconChevronDown size={14} aria-hidden />
                            )
                          ) : (
                            <IconSelector size={14} aria-hidden />
                          )}
                        </Group>
                      </UnstyledButton>
                    ) : (
                      col.header
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((row) => (
              <Table.Tr key={props.rowKey(row)}>
                {props.columns.map((col) => (
                  <Table.Td key={col.key} style={{ textAlign: col.align ?? 'left' }}>
                    {col.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {props.isLoading && (
        <Center>
          <Loader size="sm" role="status" aria-label={t('common:loading')} />
        </Center>
      )}
      {!props.isLoading && data && data.items.length === 0 && (
        <Alert color="gray" variant="light">
          {props.emptyText ?? t('common:table.empty')}
        </Alert>
      )}
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('common:table.range', { first, last, total })}
        </Text>
        <Group gap="sm">
          <Select
            aria-label={t('common:table.pageSize')}
            data={['10', '25', '50', '100']}
            value={String(state.pageSize)}
            onChange={(v) => v && onChange({ pageSize: Number(v) })}
            w={90}
            allowDeselect={false}
          />
          <Pagination
            total={pages}
            value={state.page}
            onChange={(page) => onChange({ page })}
            size="sm"
            getItemProps={(page) => ({ 'aria-label': t('common:table.goToPage', { page }) })}
            getControlProps={(control) => ({ 'aria-label': t(`common:table.${control}`) })}
          />
        </Group>
      </Group>
    </Stack>
  );
}
