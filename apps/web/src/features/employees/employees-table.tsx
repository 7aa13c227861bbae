import { Anchor, Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { useFormat } from '../../components/format.ts';
import { downloadEmployees, EMPLOYMENT_FILTERS, type Employee, type EmployeeQuery, useEmployees } from './api.ts';

/**
 * Employees of one member (memberId) or, for coordinators, of the whole mutual (showMember).
 * Search, sort and paging are done by the API; the export takes the same filters.
 */
export function EmployeesTable({
  memberId,
  showMember = false,
  importTo,
  prefix = '',
}: {
  memberId?: string;
  showMember?: boolean;
  /** Where the import wizard of this member lives. */
  importTo?: string;
  prefix?: string;
}) {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  const { state, update } = useTableState({ sort: 'name' }, prefix);
  const active = state.filters.status ?? 'current';
  const query = { ...tableQuery(state), status: active } as EmployeeQuery;
  const { data, isLoading, error } = useEmployees(memberId, query);

  const columns: Column<Employee>[] = [
    {
      key: 'name',
      header: t('employees:fields.name'),
      sortKey: 'name',
      render: (e) => (
        <Anchor component={Link} to={`/employees/${e.id}`} fw={600}>
          {e.lastName}, {e.firstName}
        </Anchor>
      ),
    },
    ...(showMember
      ? [
          {
            key: 'member',
            header: t('employees:fields.member'),
            sortKey: 'member',
            render: (e: Employee) => e.memberName,
          },
        ]
      : []),
    { key: 'jobTitle', header: t('employees:fields.jobTitle'), sortKey: 'jobTitle', render: (e) => e.jobTitle },
    { key: 'noc', header: t('employees:fields.noc'), render: (e) => e.nocCode },
    { key: 'teer', header: t('employees:fields.teer'), sortKey: 'teer', render: (e) => String(e.teer) },
    { key: 'education', header: t('employees:fields.education'), render: (e) => ref.educationLabel(e.educationLevel) },
    {
      key: 'hireDate',
      header: t('employees:fields.hireDate'),
      sortKey: 'hireDate',
      render: (e) => format.date(e.hireDate),
    },
    {
      key: 'endDate',
      header: t('employees:fields.endDate'),
      render: (e) =>
        e.endDate ? (
          format.date(e.endDate)
        ) : (
          <Text size="sm" c="dimmed">
            {t('employees:list.current')}
          </Text>
        ),
    },
  ];

  const { page: _page, pageSize: _pageSize, ...exportQuery } = query;
  return (
    <Stack>
      <DataTable
        caption={t('employees:list.title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(e) => e.id}
        state={state}
        onChange={update}
        searchLabel={t('employees:list.search')}
        toolbar={
          <>
            <SegmentedControl
              aria-label={t('employees:list.which')}
              value={active}
              onChange={(v) => update({ filters: { status: v === 'current' ? null : v } })}
              data={EMPLOYMENT_FILTERS.map((filter) => ({ value: filter, label: t(`employees:list.${filter}`) }))}
            />
            <ExportButtons
              download={(format) => downloadEmployees(memberId, { ...exportQuery, lang: i18n.language }, format)}
            />
            {memberId && (
              <Button
                component={Link}
                to={`/employees/new?memberId=${memberId}`}
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('employees:list.create')}
              </Button>
            )}
            {importTo && (
              <Button
                component={Link}
                to={importTo}
                variant="light"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                {t('employees:list.import')}
              </Button>
            )}
          </>
        }
      />
    </Stack>
  );
}
