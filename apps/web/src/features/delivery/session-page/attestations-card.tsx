import { Anchor, Card, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import { attestationPdfUrl, type SessionDetail, useAttestations } from '../api.ts';

/** The attestations issued for a delivered session, with their PDF. */
export function AttestationsCard({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useAttestations(s.id, true);
  if (!list.data || list.data.length === 0) return null;
  return (
    <Card withBorder mb="md" aria-labelledby="attestations-title">
      <Title order={2} size="h4" id="attestations-title" mb="sm">
        {t('delivery:attestations.title')}
      </Title>
      <Table>
        <Table.Tbody>
          {list.data.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.participantName}</Table.Td>
              <Table.Td>{a.number}</Table.Td>
              <Table.Td>{format.hours(a.hours)}</Table.Td>
              <Table.Td>
                <Anchor href={attestationPdfUrl(a.id)}>{t('delivery:attestations.pdf')}</Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
