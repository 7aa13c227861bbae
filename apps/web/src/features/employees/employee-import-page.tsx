import { Alert, Button, Code, FileInput, Group, List, Stack, Stepper, Table, Text } from '@mantine/core';
import { EMPLOYEE_IMPORT_COLUMNS } from '@mutualis/domain/employees/import-columns';
import { IconCheck, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/session.ts';
import {
  downloadImportTemplate,
  type ImportPreview,
  type ImportResult,
  type ImportRowError,
  useImportCommit,
  useImportPreview,
} from './api.ts';

/** Import wizard: upload a CSV or XLSX file → preview with row errors → all-or-nothing commit. */
export function EmployeeImportPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const ref = useReference();
  const format = useFormat();
  const params = useParams();
  const memberId = params.memberId ?? me.memberId ?? '';
  const backTo = me.role === 'member_contact' ? '/my-employees' : `/members/${memberId}?tab=employees`;
  const previewing = useImportPreview(memberId);
  const committing = useImportCommit(memberId);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const step = result ? 2 : preview ? 1 : 0;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    committing.reset();
    if (chosen) previewing.mutate(chosen, { onSuccess: setPreview });
    else previewing.reset();
  };
  const commit = () => {
    if (preview) committing.mutate(preview.importId, { onSuccess: setResult });
  };

  const errorsByRow = new Map<number, ImportRowError[]>();
  for (const e of preview?.errors ?? []) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), e]);

  return (
    <>
      <PageHeader
        title={t('employees:import.title')}
        actions={
          <Button variant="default" component={Link} to={backTo}>
            {t('common:actions.back')}
          </Button>
        }
      />
      <Stepper active={step} mb="lg" size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('employees:import.stepUpload')} />
        <Stepper.Step label={t('employees:import.stepPreview')} />
        <Stepper.Step label={t('employees:import.stepDone')} />
      </Stepper>
      <Stack maw={1100}>
        {result ? (
          <Alert color="green" icon={<IconCheck aria-hidden />} role="status" title={t('employees:import.doneTitle')}>
            <Stack gap="sm">
              <Text>{t('employees:import.done', { created: result.created, updated: result.updated })}</Text>
              <Group>
                <Button component={Link} to={backTo}>
                  {t('employees:import.seeEmployees')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <>
            <Text size="sm">{t('employees:import.intro')}</Text>
            <Text size="sm">
              {t('employees:import.columns')}{' '}
              {EMPLOYEE_IMPORT_COLUMNS.map((c, i) => (
                <span key={c.field}>
                  {i > 0 && ', '}
                  <Code>{ref.en ? c.en : c.fr}</Code>
                  {c.required ? ' *' : ''}
                </span>
              ))}
            </Text>
            <Group align="flex-end">
              <FileInput
                label={t('employees:import.file')}
                description={t('employees:import.fileHelp')}
                placeholder={t('employees:import.choose')}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
                value={file}
                onChange={choose}
                clearable
                clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
                w={420}
              />
              <Button
                variant="subtle"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => void downloadImportTemplate(i18n.language)}
              >
                {t('employees:import.template')}
              </Button>
            </Group>
            <ErrorAlert error={previewing.error ?? committing.error} />
            {previewing.isPending && <Text size="sm">{t('common:loading')}</Text>}
          </>
        )}
        {preview && !result && (
          <>
            {preview.errors.length > 0 ? (
              <Alert
                color="red"
                role="alert"
                title={t('employees:import.errorsTitle', { count: preview.errors.length })}
              >
                <Text size="sm" mb="xs">
                  {t('employees:import.errorsHelp')}
                </Text>
                <List size="sm">
                  {preview.errors.slice(0, 50).map((e) => (
                    <List.Item key={`${e.row}-${e.field}-${e.message}`}>
                      {t('employees:import.rowError', { row: e.row, field: e.field, message: e.message })}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Alert color="green" role="status">
                {t('employees:import.ready', {
                  count: preview.counts.valid,
                  created: preview.counts.toCreate,
                  updated: preview.counts.toUpdate,
                })}
              </Alert>
            )}
            {preview.ignoredColumns.length > 0 && (
              <Text size="sm">{t('employees:import.ignored', { columns: preview.ignoredColumns.join(', ') })}</Text>
            )}
            <Table.ScrollContainer minWidth={800} mah={420}>
              <Table striped aria-label={t('employees:import.previewTable')} fz="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('employees:import.row')}</Table.Th>
                    <Table.Th>{t('employees:import.action')}</Table.Th>
                    <Table.Th>{t('employees:fields.name')}</Table.Th>
                    <Table.Th>{t('employees:fields.jobTitle')}</Table.Th>
                    <Table.Th>{t('employees:fields.noc')}</Table.Th>
                    <Table.Th>{t('employees:fields.teer')}</Table.Th>
                    <Table.Th>{t('employees:fields.education')}</Table.Th>
                    <Table.Th>{t('employees:fields.hireDate')}</Table.Th>
                    <Table.Th>{t('employees:fields.hourlyWage')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((row) => {
                    const rowErrors = errorsByRow.get(row.row);
                    return (
                      <Table.Tr key={row.row} bg={rowErrors ? 'red.0' : undefined}>
                        <Table.Td>{row.row}</Table.Td>
                        <Table.Td>
                          {t(`employees:import.actions.${row.action}`)}
                          {rowErrors && (
                            <Text size="xs" c="red.9">
                              {rowErrors.map((e) => `${e.field}: ${e.message}`).join('; ')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {row.lastName}, {row.firstName}
                        </Table.Td>
                        <Table.Td>{row.jobTitle}</Table.Td>
                        <Table.Td>{row.nocCode}</Table.Td>
                        <Table.Td>{row.teer ?? ''}</Table.Td>
                        <Table.Td>{ref.educationLabel(row.educationLevel)}</Table.Td>
                        <Table.Td>{format.date(row.hireDate)}</Table.Td>
                        <Table.Td>{format.money(row.hourlyWageCents, 2)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group>
              <Button onClick={commit} disabled={preview.errors.length > 0} loading={committing.isPending}>
                {t('employees:import.commit', { count: preview.counts.valid })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </>
  );
}
