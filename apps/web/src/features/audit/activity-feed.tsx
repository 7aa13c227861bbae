import { Card, Table, Text, Title } from '@mantine/core';
import type { AuditEntityType } from '@mutualis/domain/audit/index';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { useAudit } from './api.ts';
import { ChangeSummary } from './change-summary.tsx';

/** The latest entries of the audit log about one record, in words: when, who, what and the change. */
export function ActivityFeed({
  entityType,
  entityId,
  limit = 10,
}: {
  entityType: AuditEntityType;
  entityId: string;
  limit?: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useAudit({ entityType, entityId, pageSize: limit });
  return (
    <Card withBorder mb="md" component="section" aria-labelledby={`activity-${entityId}`}>
      <Title order={2} size="h4" mb="sm" id={`activity-${entityId}`}>
        {t('audit:feed.title')}
      </Title>
      <ErrorAlert error={error} />
      {data && data.items.length === 0 && <Text c="dimmed">{t('audit:feed.none')}</Text>}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby={`activity-${entityId}`}>
            <Table.Tbody>
              {data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
                  <Table.Td>
                    {t('audit:feed.line', {
                      actor: e.actorName ?? t('audit:system'),
                      action: t(`audit:actions.${e.action}`),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <ChangeSummary entry={e} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
