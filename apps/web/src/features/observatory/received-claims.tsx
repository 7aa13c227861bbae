import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { useReceivedClaims } from './api.ts';

/**
 * A funder organisation's account: the claims sent to it by the mutuals that linked one of their
 * funders to it — period, status and amounts only (the evidence stays with the mutual).
 */
export function ReceivedClaims() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useReceivedClaims();
  return (
    <section aria-labelledby="received-claims-title">
      <Title order={2} size="h4" mt="xl" mb="xs" id="received-claims-title">
        {t('observatory:receivedClaims.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('observatory:receivedClaims.intro')}
      </Text>
      <ErrorAlert error={error} />
      {data && data.items.length === 0 && <Text>{t('observatory:receivedClaims.none')}</Text>}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-labelledby="received-claims-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('observatory:mutual')}</Table.Th>
                <Table.Th>{t('observatory:receivedClaims.number')}</Table.Th>
                <Table.Th>{t('observatory:receivedClaims.programme')}</Table.Th>
                <Table.Th>{t('observatory:receivedClaims.period')}</Table.Th>
                <Table.Th>{t('observatory:receivedClaims.status')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('observatory:receivedClaims.claimed')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('observatory:receivedClaims.received')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('observatory:receivedClaims.refused')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('observatory:receivedClaims.outstanding')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.mutualName}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.number}</Table.Td>
                  <Table.Td>{c.programmeName}</Table.Td>
                  <Table.Td>{format.dateRange(c.periodFrom, c.periodTo)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`funding:status.${c.status}`)}</Text>
                    {c.submittedOn && (
                      <Text size="xs" c="dimmed">
                        {t('observatory:receivedClaims.submittedOn', { date: format.date(c.submittedOn, 'short') })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{format.amount(c.claimedCents)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{format.amount(c.receivedCents)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{format.amount(c.refusedCents)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{format.amount(c.outstandingCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
