import { Alert, Button, Card, Checkbox, FileButton, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconMailForward, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import {
  downloadOutcomeTemplate,
  type FirmKey,
  lastCompleteYear,
  type OutcomeFirm,
  useImportOutcomes,
  useOutcomeFirms,
  useSendOutcomeForms,
} from './api.ts';
import { FirmYearEditor } from './firm-year-editor.tsx';

/** /outcomes — the coordinator's outcome data: who reported the year, consent, form links, import. */
export function OutcomesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const [year, setYear] = useState(lastCompleteYear());
  const [reported, setReported] = useState<'yes' | 'no' | null>(null);
  const [editing, setEditing] = useState<{ firm: FirmKey; name: string } | null>(null);
  const [sending, setSending] = useState(false);
  const [includeProspects, setIncludeProspects] = useState(true);
  const firms = useOutcomeFirms(year, reported ?? undefined);
  const send = useSendOutcomeForms();
  const importer = useImportOutcomes();
  const years = Array.from({ length: 6 }, (_, i) => lastCompleteYear() + 1 - i);
  const keyOf = (f: OutcomeFirm): FirmKey =>
    f.firmKind === 'member' ? { kind: 'member', memberId: f.firmId } : { kind: 'prospect', prospectId: f.firmId };
  const rows = firms.data?.items ?? [];
  const importErrors =
    importer.error instanceof ApiError ? importer.error.errors.filter((e) => e.row !== undefined) : [];
  return (
    <>
      <PageHeader
        title={t('outcomes:title')}
        subtitle={t('outcomes:subtitle')}
        actions={
          <>
            <Button leftSection={<IconMailForward size={16} aria-hidden />} onClick={() => setSending(true)}>
              {t('outcomes:send.button')}
            </Button>
            <FileButton
              accept=".csv,.xlsx"
              onChange={(file) =>
                file &&
                importer.mutate(file, {
                  onSuccess: (r) => notify({ color: 'green', message: t('outcomes:import.done', r) }),
                  onError: (e) => notify({ color: 'red', message: message(e) }),
                })
              }
            >
              {(props) => (
                <Button
                  variant="default"
                  leftSection={<IconUpload size={16} aria-hidden />}
                  loading={importer.isPending}
                  {...props}
                >
                  {t('outcomes:import.button')}
                </Button>
              )}
            </FileButton>
            <Button
              variant="subtle"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void downloadOutcomeTemplate('xlsx')}
            >
              {t('outcomes:import.template')}
            </Button>
          </>
        }
      />
      <Stack>
        {importErrors.length > 0 && (
          <Alert color="red" variant="light" title={t('outcomes:import.failed')} role="alert">
            <Stack gap={2}>
              {importErrors.slice(0, 30).map((e) => (
                <Text size="sm" key={`${e.row}-${e.field}`}>
                  {t('outcomes:import.rowError', { row: e.row, field: e.field, message: e.message })}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Group align="flex-end">
          <Select
            label={t('outcomes:year')}
            data={years.map(String)}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={120}
          />
          <Select
            label={t('outcomes:filter.label')}
            data={[
              { value: 'yes', label: t('outcomes:filter.yes') },
              { value: 'no', label: t('outcomes:filter.no') },
            ]}
            value={reported}
            onChange={(v) => setReported(v as 'yes' | 'no' | null)}
            clearable
            placeholder={t('outcomes:filter.all')}
            w={220}
          />
        </Group>
        <ErrorAlert error={firms.error} />
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover aria-label={t('outcomes:tableLabel', { year })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('outcomes:col.firm')}</Table.Th>
                  <Table.Th>{t('outcomes:col.kind')}</Table.Th>
                  <Table.Th>{t('outcomes:col.consent')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('outcomes:field.headcount')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('outcomes:col.turnover')}</Table.Th>
                  <Table.Th>{t('outcomes:col.form')}</Table.Th>
                  <Table.Th>{t('common:actions.label')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((f) => (
                  <Table.Tr key={f.firmId}>
                    <Table.Td>{f.firmName}</Table.Td>
                    <Table.Td>
                      {f.firmKind === 'member' ? t(`members:status.${f.status}`) : t('outcomes:prospect')}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} c={f.consentGranted ? 'teal.9' : 'dimmed'}>
                        {f.consentGranted ? t('outcomes:consent.yes') : t('outcomes:consent.no')}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {f.outcome ? format.number(f.outcome.headcount) : '—'}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {f.outcome?.indicators.turnoverRate != null
                        ? `${format.number(Math.round(f.outcome.indicators.turnoverRate))} %`
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      {f.outcome
                        ? t('outcomes:status.reported', { source: t(`outcomes:source.${f.outcome.source}`) })
                        : f.request
                          ? f.request.answeredAt
                            ? t('outcomes:status.answered')
                            : t('outcomes:status.sent', { at: format.date(f.request.sentAt) })
                          : t('outcomes:status.none')}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setEditing({ firm: keyOf(f), name: f.firmName })}
                        aria-label={t('outcomes:editFor', { firm: f.firmName })}
                      >
                        {t('outcomes:edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.name}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {editing && <FirmYearEditor firm={editing.firm} year={year} asCoordinator />}
      </Modal>
      <Modal
        opened={sending}
        onClose={() => setSending(false)}
        title={t('outcomes:send.title', { year })}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <Stack>
          <Text size="sm">{t('outcomes:send.help', { year })}</Text>
          <Checkbox
            label={t('outcomes:send.includeProspects')}
            checked={includeProspects}
            onChange={(e) => setIncludeProspects(e.currentTarget.checked)}
          />
          <ErrorAlert error={send.error} />
          {send.data && (
            <Alert color="green" variant="light">
              {t('outcomes:send.done', { count: send.data.sent })}{' '}
              {send.data.withoutAddress.length > 0
                ? t('outcomes:send.withoutAddress', { firms: send.data.withoutAddress.join(', ') })
                : ''}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={() => send.mutate({ year, includeProspects })} loading={send.isPending}>
              {t('outcomes:send.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
