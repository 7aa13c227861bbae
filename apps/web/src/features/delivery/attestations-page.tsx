import { Anchor, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useMe } from '../auth/session.ts';
import {
  attestationPdfUrl,
  useAttestationList,
  useEmployeeOptions,
  useMemberOptions,
  useReissueAttestation,
} from './api.ts';

/** /attestations: attestations of participation (s.14) per firm and per participant, with their PDF. */
export function AttestationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const { data: me } = useMe();
  const coordinator = me?.role === 'coordinator';
  const [memberId, setMemberId] = useState<string | null>(null);
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const firm = coordinator ? memberId : (me?.memberId ?? null);
  const members = useMemberOptions(coordinator);
  const employees = useEmployeeOptions(firm);
  const list = useAttestationList({ memberId: firm ?? undefined, employeeId: employeeId ?? undefined }, !!firm);
  const reissue = useReissueAttestation();
  return (
    <>
      <PageHeader title={t('delivery:attestations.title')} subtitle={t('delivery:attestations.subtitle')} />
      <Group mb="md" align="flex-end">
        {coordinator && (
          <Select
            label={t('delivery:fields.firm')}
            data={members.data ?? []}
            value={memberId}
            onChange={(v) => {
              setMemberId(v);
              setEmployeeId(null);
            }}
            searchable
            w={300}
          />
        )}
        <Select
          label={t('delivery:fields.participant')}
          placeholder={t('delivery:attestations.everyone')}
          data={employees.data ?? []}
          value={employeeId}
          onChange={setEmployeeId}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('delivery:clear') }}
          disabled={!firm}
          w={280}
        />
      </Group>
      {coordinator && !firm && <Text c="dimmed">{t('delivery:attestations.pickFirm')}</Text>}
      <ErrorAlert error={list.error} />
      {list.data && list.data.length === 0 && <Text c="dimmed">{t('delivery:attestations.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delivery:attestations.number')}</Table.Th>
              <Table.Th>{t('delivery:fields.participant')}</Table.Th>
              <Table.Th>{t('delivery:attestations.course')}</Table.Th>
              <Table.Th>{t('delivery:fields.dates')}</Table.Th>
              <Table.Th>{t('delivery:attestations.hours')}</Table.Th>
              <Table.Th>{t('delivery:attestations.issued')}</Table.Th>
              <Table.Th>{t('delivery:fields.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.number}</Table.Td>
                <Table.Td>{a.participantName}</Table.Td>
                <Table.Td>{format.text({ fr: a.courseTitleFr, en: a.courseTitleEn })}</Table.Td>
                <Table.Td>{format.dateRange(a.dateFrom, a.dateTo)}</Table.Td>
                <Table.Td>{format.hours(a.hours)}</Table.Td>
                <Table.Td>{format.date(a.reissuedAt ?? a.issuedAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      href={attestationPdfUrl(a.id)}
                      aria-label={t('delivery:attestations.pdfOf', { name: a.participantName, number: a.number })}
                    >
                      {t('delivery:attestations.pdf')}
                    </Anchor>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('delivery:attestations.reissueOf', { number: a.number })}
                      onClick={() =>
                        reissue.mutate(a.id, {
                          onSuccess: () => notify({ color: 'green', message: t('delivery:attestations.reissued') }),
                          onError: (error) => notify({ color: 'red', message: message(error) }),
                        })
                      }
                    >
                      {t('delivery:attestations.reissue')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
