import { Anchor, Group, Pagination, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useMe } from '../auth/session.ts';
import { useMemberOptions } from '../delivery/api.ts';
import { EXPIRY_FILTERS, type ExpiryFilter, useExpiries } from './api.ts';
import { ExpiryBadge, RenewalAction } from './learner-record-card.tsx';

const HORIZONS = [30, 60, 90, 180, 365];
const PAGE_SIZE = 50;

/**
 * /expiries: attestations that expire soon or have expired, soonest first, per firm (a coordinator
 * all firms or one, a member contact its own); the renewal need in one click. The reminder e-mails
 * link here. The filters live in the address bar.
 */
export function ExpiriesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const status = (EXPIRY_FILTERS as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ExpiryFilter)
    : 'expiring';
  const withinDays = HORIZONS.includes(Number(params.get('withinDays'))) ? Number(params.get('withinDays')) : 60;
  const memberId = params.get('memberId') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const coordinator = me?.role === 'coordinator';
  const members = useMemberOptions(coordinator);
  const expiries = useExpiries({
    status,
    withinDays,
    memberId: coordinator ? memberId : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const set = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });
  const title = (x: { titleFr: string; titleEn: string }) => (i18n.language.startsWith('en') ? x.titleEn : x.titleFr);
  const data = expiries.data;
  return (
    <>
      <PageHeader
        title={t('learning:expiries.title')}
        subtitle={t(coordinator ? 'learning:expiries.subtitleMutual' : 'learning:expiries.subtitleFirm')}
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('learning:expiries.show')}
          data={EXPIRY_FILTERS.map((f) => ({ value: f, label: t(`learning:expiries.filter.${f}`) }))}
          value={status}
          onChange={(v) => set('status', v)}
          allowDeselect={false}
        />
        <Select
          label={t('learning:expiries.within')}
          data={HORIZONS.map((d) => ({
            value: String(d),
            label: t('learning:days', { count: d, n: format.number(d) }),
          }))}
          value={String(withinDays)}
          onChange={(v) => set('withinDays', v)}
          allowDeselect={false}
          disabled={status === 'expired'}
        />
        {coordinator && (
          <Select
            label={t('learning:fields.firm')}
            placeholder={t('learning:expiries.allFirms')}
            data={members.data ?? []}
            value={memberId ?? null}
            onChange={(v) => set('memberId', v)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('learning:expiries.clearFirm') }}
            w={280}
          />
        )}
      </Group>
      <ErrorAlert error={expiries.error} />
      {data && (
        <Text size="sm" mb="xs" role="status">
          {t('learning:expiries.count', { count: data.total, n: format.number(data.total) })}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <TableScroll minWidth={900} labelledBy="expiries-table-caption">
          <Table striped>
            <Table.Caption id="expiries-table-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('learning:expiries.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('learning:fields.employee')}</Table.Th>
                {coordinator && <Table.Th>{t('learning:fields.firm')}</Table.Th>}
                <Table.Th>{t('learning:fields.training')}</Table.Th>
                <Table.Th>{t('learning:fields.validity')}</Table.Th>
                <Table.Th>{t('learning:fields.daysLeft')}</Table.Th>
                <Table.Th>{t('learning:fields.reminded')}</Table.Th>
                <Table.Th>{t('learning:fields.renewal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((x) => (
                <Table.Tr key={x.attestationId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/employees/${x.employeeId}`}>
                      {x.employeeName}
                    </Anchor>
                  </Table.Td>
                  {coordinator && <Table.Td>{x.memberName}</Table.Td>}
                  <Table.Td>
                    {title(x)}
                    <Text size="xs" c="dimmed">
                      {x.number} ·{' '}
                      {t('learning:months', { count: x.validityMonths, n: format.number(x.validityMonths) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ExpiryBadge status={x.status} expiresOn={x.expiresOn} />
                  </Table.Td>
                  <Table.Td>
                    {x.daysLeft > 0
                      ? t('learning:inDays', { count: x.daysLeft, n: format.number(x.daysLeft) })
                      : x.daysLeft === 0
                        ? t('learning:expiresToday')
                        : t('learning:daysAgo', { count: -x.daysLeft, n: format.number(-x.daysLeft) })}
                  </Table.Td>
                  <Table.Td>
                    {x.remindedDays.length === 0
                      ? '—'
                      : x.remindedDays
                          .slice()
                          .sort((a, b) => b - a)
                          .map((d) => t('learning:daysBefore', { count: d, n: format.number(d) }))
                          .join(', ')}
                  </Table.Td>
                  <Table.Td>
                    <RenewalAction
                      attestationId={x.attestationId}
                      renewal={x.renewal}
                      label={`${x.employeeName}, ${title(x)}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {data && data.items.length === 0 && <Text c="dimmed">{t('learning:expiries.empty')}</Text>}
      {data && data.total > PAGE_SIZE && (
        <Pagination
          mt="md"
          total={Math.ceil(data.total / PAGE_SIZE)}
          value={page}
          onChange={(p) => set('page', String(p))}
          getItemProps={(p) => ({ 'aria-label': t('common:table.goToPage', { page: p }) })}
          getControlProps={(c) => ({ 'aria-label': t(`common:table.${c}`) })}
        />
      )}
    </>
  );
}
