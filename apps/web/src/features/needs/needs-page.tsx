import { Anchor, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { type Column, DataTable, useTableState } from '../../components/data-table.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useTopicLabels } from '../catalogue/api.ts';
import { useMembers } from '../members/api.ts';
import { NEED_STATUSES, type Need, useNeeds } from './api.ts';
import { NeedStatusBadge, PeriodBadges, useNeedText } from './need-badges.tsx';

/** Coordinator: every need of the mutual, filtered by status, topic and member. */
export function NeedsPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const topics = useTopicLabels();
  const text = useNeedText();
  const { state, update } = useTableState({ pageSize: 50 });
  const members = useMembers({ pageSize: 200, sort: 'name' });
  const query = { page: state.page, pageSize: state.pageSize, ...state.filters };
  const { data, isLoading, error } = useNeeds(query);

  const columns: Column<Need>[] = [
    {
      key: 'member',
      header: t('needs:fields.member'),
      render: (n) => (
        <Anchor component={Link} to={`/members/${n.memberId}`}>
          {n.memberName}
        </Anchor>
      ),
    },
    { key: 'topic', header: t('needs:fields.topic'), render: (n) => topics.label(n.topicId) },
    { key: 'seats', header: t('needs:fields.seats'), align: 'right', render: (n) => n.seats },
    { key: 'languages', header: t('needs:fields.languages'), render: (n) => text.languages(n.languages) },
    { key: 'modes', header: t('needs:fields.modes'), render: (n) => text.modes(n.modes) },
    { key: 'region', header: t('needs:fields.region'), render: (n) => ref.regionLabel(n.regionCode) },
    { key: 'periods', header: t('needs:fields.periods'), render: (n) => <PeriodBadges periods={n.periods} /> },
    { key: 'priority', header: t('needs:fields.priority'), render: (n) => t(`needs:priority.${n.priority}`) },
    { key: 'source', header: t('needs:fields.source'), render: (n) => t(`needs:source.${n.source}`) },
    { key: 'status', header: t('needs:fields.status'), render: (n) => <NeedStatusBadge status={n.status} /> },
  ];

  return (
    <>
      <PageHeader title={t('needs:list.title')} subtitle={t('needs:list.subtitle')} />
      <DataTable
        caption={t('needs:list.title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(n) => n.id}
        state={state}
        onChange={update}
        toolbar={
          <>
            <Select
              label={t('needs:fields.status')}
              placeholder={t('common:filters.all')}
              clearable
              data={NEED_STATUSES.map((s) => ({ value: s, label: t(`needs:status.${s}`) }))}
              value={state.filters.status ?? null}
              onChange={(v) => update({ filters: { status: v } })}
              w={170}
            />
            <Select
              label={t('needs:fields.topic')}
              placeholder={t('common:filters.all')}
              clearable
              searchable
              data={topics.options}
              value={state.filters.topicId ?? null}
              onChange={(v) => update({ filters: { topicId: v } })}
              w={300}
            />
            <Select
              label={t('needs:fields.member')}
              placeholder={t('common:filters.all')}
              clearable
              searchable
              data={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.legalName }))}
              value={state.filters.memberId ?? null}
              onChange={(v) => update({ filters: { memberId: v } })}
              w={260}
            />
          </>
        }
      />
    </>
  );
}
