import { Anchor, Button, Select, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { QUOTE_REQUEST_STATUSES, type QuoteRequestStatus, useQuotes } from './api.ts';

/** Coordinator: the requests for quotes sent; trainer: those sent to its provider. */
export function QuotesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const ref = useReference();
  const format = useFormat();
  const coordinator = me.role === 'coordinator';
  const [status, setStatus] = useState<QuoteRequestStatus | null>(null);
  const { data = [], isLoading, error } = useQuotes(status);
  return (
    <>
      <PageHeader
        title={t('quotes:list.title')}
        subtitle={coordinator ? t('quotes:list.subtitle') : t('quotes:list.trainerSubtitle')}
        actions={
          coordinator && (
            <Button component={Link} to="/quotes/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('quotes:list.create')}
            </Button>
          )
        }
      />
      <Stack>
        <Select
          label={t('quotes:fields.status')}
          placeholder={t('common:filters.all')}
          clearable
          data={QUOTE_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`quotes:status.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(v as QuoteRequestStatus | null)}
          w={200}
        />
        <ErrorAlert error={error} />
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('quotes:list.title')} aria-busy={isLoading}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quotes:fields.title')}</Table.Th>
                <Table.Th>{t('quotes:fields.region')}</Table.Th>
                <Table.Th>{t('quotes:fields.periods')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('quotes:fields.seats')}</Table.Th>
                <Table.Th>{t('quotes:fields.responseDueOn')}</Table.Th>
                <Table.Th>{coordinator ? t('quotes:fields.answers') : t('quotes:fields.myStatus')}</Table.Th>
                <Table.Th>{t('quotes:fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/quotes/${q.id}`}>
                      {q.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{ref.regionLabel(q.regionCode)}</Table.Td>
                  <Table.Td>{format.periods(q.periods)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{q.seats}</Table.Td>
                  <Table.Td>{format.date(q.responseDueOn)}</Table.Td>
                  <Table.Td>
                    {coordinator
                      ? t('quotes:list.answers', { answered: q.answerCount, asked: q.providerCount })
                      : q.myStatus && <StatusBadge status={q.myStatus} labelKey="quotes:providerStatus" />}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={q.status} labelKey="quotes:status" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </>
  );
}
