import { Anchor, Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { type PersonRead, usePersonReads } from './api.ts';

/** /privacy: who read whose personal data (the access log), newest first; filter by person and days. */
export function ReadsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { state, update } = useTableState();
  const { q: _q, sort: _sort, order: _order, ...query } = tableQuery(state, 'q');
  const { data, isLoading, error } = usePersonReads(query);
  const columns: Column<PersonRead>[] = [
    { key: 'at', header: t('privacy:reads.at'), render: (r) => format.dateTime(r.at) },
    {
      key: 'reader',
      header: t('privacy:reads.reader'),
      render: (r) => r.actorName ?? t('privacy:reads.deletedAccount'),
    },
    {
      key: 'person',
      header: t('privacy:reads.person'),
      render: (r) => (
        <Anchor component={Link} to={`/privacy/people/${r.employeeId}`}>
          {r.employeeName}
        </Anchor>
      ),
    },
    { key: 'firm', header: t('privacy:reads.firm'), render: (r) => r.memberName },
    {
      key: 'kind',
      header: t('privacy:reads.kind'),
      render: (r) => t(`privacy:reads.kinds.${r.entityType}`, { defaultValue: r.entityType }),
    },
    { key: 'purpose', header: t('privacy:reads.purpose'), render: (r) => r.purpose },
  ];
  const filter = (name: string, label: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={state.filters[name] ?? ''}
      onChange={(e) => update({ filters: { [name]: e.currentTarget.value || null } })}
      w={type === 'date' ? 170 : 320}
    />
  );
  return (
    <>
      <PageHeader
        title={t('privacy:reads.title')}
        subtitle={t('privacy:reads.subtitle')}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => navigate('/privacy/incidents')}>
              {t('privacy:incidents.title')}
            </Button>
            <Button variant="default" onClick={() => navigate('/privacy/settings')}>
              {t('privacy:settings.title')}
            </Button>
          </Group>
        }
      />
      <DataTable
        caption={t('privacy:reads.title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(r) => `${r.id}-${r.employeeId}`}
        state={state}
        onChange={update}
        toolbar={
          <>
            {filter('employeeId', t('privacy:reads.personId'))}
            {filter('from', t('privacy:reads.from'), 'date')}
            {filter('to', t('privacy:reads.to'), 'date')}
          </>
        }
      />
    </>
  );
}
