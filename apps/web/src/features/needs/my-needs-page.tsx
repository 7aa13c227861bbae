import { Alert, Anchor, Button, FileButton, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useTopicLabels } from '../catalogue/api.ts';
import { useDiagnostics } from '../diagnostics/api.ts';
import { type Need, useImportNeeds, useNeeds, useWithdrawNeed } from './api.ts';
import { NeedStatusBadge, PeriodBadges, useNeedText } from './need-badges.tsx';
import { DemandHint, NeedFormModal } from './need-form.tsx';

/** Member contact: its firm's needs — declare, edit, withdraw, import — and diagnostics to validate. */
export function MyNeedsPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const topics = useTopicLabels();
  const text = useNeedText();
  const message = useErrorMessage();
  const format = useFormat();
  const { data, isLoading, error } = useNeeds({ pageSize: 500 });
  const diagnostics = useDiagnostics({ status: 'completed' });
  const withdraw = useWithdrawNeed();
  const importNeeds = useImportNeeds();
  const [editing, setEditing] = useState<Need | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [importError, setImportError] = useState<unknown>(null);
  const [hintTopic, setHintTopic] = useState<string | null>(null);

  const open = (need: Need | null) => {
    setEditing(need);
    setFormOpen(true);
  };
  const onImport = (file: File | null) => {
    if (!file) return;
    setImportError(null);
    importNeeds.mutate(file, {
      onSuccess: (r) => notify({ color: 'green', message: t('needs:import.done', { count: r.imported }) }),
      onError: setImportError,
    });
  };
  const rowErrors = importError instanceof ApiError ? importError.errors.filter((e) => e.row !== undefined) : [];
  const needs = (data?.items ?? []).filter((n) => n.status !== 'proposed');

  return (
    <>
      <PageHeader
        title={t('needs:mine.title')}
        subtitle={t('needs:mine.subtitle')}
        actions={
          <>
            <FileButton
              onChange={onImport}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  leftSection={<IconFileImport size={16} aria-hidden />}
                  loading={importNeeds.isPending}
                >
                  {t('needs:import.button')}
                </Button>
              )}
            </FileButton>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open(null)}>
              {t('needs:mine.declare')}
            </Button>
          </>
        }
      />
      <Stack>
        <Text size="sm" c="dimmed">
          {t('needs:import.help')}
        </Text>
        {importError ? (
          <Alert color="red" role="alert" title={t('needs:import.failed')}>
            {rowErrors.length > 0 ? (
              <List size="sm">
                {rowErrors.map((e) => (
                  <List.Item key={`${e.row}-${e.field}`}>
                    {t('needs:import.rowError', { row: e.row, field: e.field, message: e.message })}
                  </List.Item>
                ))}
              </List>
            ) : (
              message(importError)
            )}
          </Alert>
        ) : null}
        {(diagnostics.data ?? []).map((d) => (
          <Alert key={d.id} color="blue" title={t('needs:mine.toValidate')}>
            <Anchor component={Link} to={`/my-diagnostics/${d.id}`}>
              {t('needs:mine.validateLink', { date: format.date(d.scheduledOn), count: d.needCount })}
            </Anchor>
          </Alert>
        ))}
        <ErrorAlert error={error ?? withdraw.error} />
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('needs:mine.title')} aria-busy={isLoading}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needs:fields.topic')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('needs:fields.seats')}</Table.Th>
                <Table.Th>{t('needs:fields.languages')}</Table.Th>
                <Table.Th>{t('needs:fields.modes')}</Table.Th>
                <Table.Th>{t('needs:fields.region')}</Table.Th>
                <Table.Th>{t('needs:fields.periods')}</Table.Th>
                <Table.Th>{t('needs:fields.status')}</Table.Th>
                <Table.Th>{t('common:actions.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {needs.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setHintTopic(n.topicId)}
                      size="sm"
                      ta="left"
                    >
                      {topics.label(n.topicId)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{n.seats}</Table.Td>
                  <Table.Td>{text.languages(n.languages)}</Table.Td>
                  <Table.Td>{text.modes(n.modes)}</Table.Td>
                  <Table.Td>{ref.regionLabel(n.regionCode)}</Table.Td>
                  <Table.Td>
                    <PeriodBadges periods={n.periods} />
                  </Table.Td>
                  <Table.Td miw={120}>
                    <NeedStatusBadge status={n.status} />
                  </Table.Td>
                  <Table.Td>
                    {n.memberMayChange && (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => open(n)}
                          aria-label={t('needs:mine.editOne', { topic: topics.label(n.topicId) })}
                        >
                          {t('common:actions.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          loading={withdraw.isPending && withdraw.variables === n.id}
                          onClick={() => withdraw.mutate(n.id)}
                          aria-label={t('needs:mine.withdrawOne', { topic: topics.label(n.topicId) })}
                        >
                          {t('needs:actions.withdraw')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!isLoading && needs.length === 0 && (
          <Alert color="gray" variant="light">
            {t('needs:mine.empty')}
          </Alert>
        )}
        {hintTopic && (
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('needs:hint.title', { topic: topics.label(hintTopic) })}
            </Title>
            <DemandHint topicId={hintTopic} />
          </Stack>
        )}
      </Stack>
      <NeedFormModal opened={formOpen} onClose={() => setFormOpen(false)} need={editing} showHint />
    </>
  );
}
