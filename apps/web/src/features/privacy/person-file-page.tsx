import { Alert, Button, Card, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { downloadPersonFilePdf, type PersonErasure, type PersonFile, useErasePerson, usePersonFile } from './api.ts';
import { RecordConsentButton } from './consent-form.tsx';

/** One kind of data of the file: a titled table, or "none". */
function Section({ id, title, headers, rows }: { id: string; title: string; headers: string[]; rows: ReactNode[][] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby={`privacy-${id}`}>
      <Title order={2} size="h4" id={`privacy-${id}`} mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('privacy:file.none')}</Text>
      ) : (
        <TableScroll minWidth={480} labelledBy={`privacy-${id}`}>
          <Table striped aria-labelledby={`privacy-${id}`}>
            <Table.Thead>
              <Table.Tr>
                {headers.map((h) => (
                  <Table.Th key={h}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((cells, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a read-only file, never reordered
                <Table.Tr key={i}>
                  {cells.map((c, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells in a fixed column order
                    <Table.Td key={j}>{c}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Card>
  );
}

function EraseButton({ file, onErased }: { file: PersonFile; onErased: (e: PersonErasure) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const erase = useErasePerson(file.employee.id);
  return (
    <>
      <Button color="red" variant="light" onClick={() => setOpen(true)}>
        {t('privacy:erase.action')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('privacy:erase.title')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <Stack>
          <Text size="sm">{t('privacy:erase.warning')}</Text>
          <Textarea
            label={t('privacy:erase.reason')}
            description={t('privacy:erase.reasonHelp')}
            required
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {erase.error && <ErrorAlert error={erase.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              disabled={reason.trim().length < 3}
              loading={erase.isPending}
              onClick={() =>
                erase.mutate(reason.trim(), {
                  onSuccess: (answer) => {
                    setOpen(false);
                    onErased(answer);
                  },
                })
              }
            >
              {t('privacy:erase.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** /privacy/people/:employeeId: everything held about one employee, its PDF, and erasure. */
export function PersonFilePage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { employeeId = '' } = useParams();
  const { data: file, error, isLoading } = usePersonFile(employeeId);
  const [erasure, setErasure] = useState<PersonErasure | null>(null);
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !file) return <PageLoading />;
  const fr = i18n.language.startsWith('fr');
  const e = file.employee;
  const yesNo = (b: boolean) => (b ? t('privacy:file.present') : t('privacy:file.absent'));
  return (
    <>
      <PageHeader
        title={t('privacy:file.title', { name: `${e.firstName} ${e.lastName}` })}
        subtitle={t('privacy:file.subtitle')}
        actions={
          <Group>
            <Button variant="default" onClick={() => void downloadPersonFilePdf(e.id)}>
              {t('privacy:file.pdf')}
            </Button>
            <RecordConsentButton employeeId={e.id} />
            {!file.erasedAt && <EraseButton file={file} onErased={setErasure} />}
          </Group>
        }
      />
      <Stack maw={1100}>
        {erasure && (
          <Alert color="green" role="status" title={t('privacy:erase.done')}>
            {t('privacy:erase.explanation', { count: erasure.keptNameOnAttestations })}
          </Alert>
        )}
        {file.erasedAt && !erasure && (
          <Alert color="gray" role="status" title={t('privacy:file.erasedTitle', { date: format.date(file.erasedAt) })}>
            {t('privacy:file.erasedText')}
          </Alert>
        )}
        <Section
          id="identity"
          title={t('privacy:file.identity')}
          headers={[t('privacy:file.field'), t('privacy:file.value')]}
          rows={[
            [t('privacy:file.name'), `${e.firstName} ${e.lastName}`],
            [t('privacy:file.firm'), e.memberName],
            [t('privacy:file.email'), e.email ?? '—'],
            [t('privacy:file.job'), `${e.jobTitle} (${e.nocCode})`],
            [t('privacy:file.birthYear'), e.birthYear ?? '—'],
            [t('privacy:file.hired'), format.date(e.hireDate)],
            [t('privacy:file.ended'), e.endDate ? format.date(e.endDate) : '—'],
          ]}
        />
        <Section
          id="wages"
          title={t('privacy:file.wages')}
          headers={[t('privacy:file.from'), t('privacy:file.hourlyWage')]}
          rows={file.wages.map((w) => [format.date(w.effectiveOn), format.money(w.hourlyWageCents, 2)])}
        />
        <Section
          id="job-changes"
          title={t('privacy:file.jobChanges')}
          headers={[t('privacy:file.from'), t('privacy:file.jobTitle'), t('privacy:file.noc'), t('privacy:file.teer')]}
          rows={file.jobChanges.map((j) => [format.date(j.effectiveOn), j.jobTitle, j.nocCode, j.teer])}
        />
        <Section
          id="needs"
          title={t('privacy:file.needs')}
          headers={[t('privacy:file.date'), t('privacy:file.topic'), t('privacy:file.status')]}
          rows={file.needs.map((n) => [format.date(n.createdAt), fr ? n.topicNameFr : n.topicNameEn, n.status])}
        />
        <Section
          id="enrolments"
          title={t('privacy:file.enrolments')}
          headers={[
            t('privacy:file.date'),
            t('privacy:file.session'),
            t('privacy:file.status'),
            t('privacy:file.outcome'),
          ]}
          rows={file.enrolments.map((en) => [
            format.date(en.createdAt),
            en.sessionTitle ?? '—',
            en.status,
            en.outcome ?? '—',
          ])}
        />
        <Section
          id="attendance"
          title={t('privacy:file.attendance')}
          headers={[t('privacy:file.date'), t('privacy:file.presence'), t('privacy:file.hours')]}
          rows={file.attendance.map((a) => [format.date(a.day), yesNo(a.present), format.number(a.hours)])}
        />
        <Section
          id="evaluations"
          title={t('privacy:file.evaluations')}
          headers={[t('privacy:file.level'), t('privacy:file.answeredAt')]}
          rows={file.evaluations.map((q) => [q.level, q.answeredAt ? format.date(q.answeredAt) : '—'])}
        />
        <Section
          id="attestations"
          title={t('privacy:file.attestations')}
          headers={[
            t('privacy:file.number'),
            t('privacy:file.name'),
            t('privacy:file.course'),
            t('privacy:file.hours'),
          ]}
          rows={file.attestations.map((a) => [
            a.number,
            a.participantName,
            fr ? a.courseTitleFr : a.courseTitleEn,
            format.number(a.hours),
          ])}
        />
        <Section
          id="consents"
          title={t('privacy:consents.title')}
          headers={[
            t('privacy:file.date'),
            t('privacy:consents.kind'),
            t('privacy:consents.decision'),
            t('privacy:consents.method'),
            t('privacy:consents.recordedBy'),
          ]}
          rows={file.consents.map((c) => [
            format.dateTime(c.recordedAt),
            t(`privacy:consents.kinds.${c.kind}`),
            c.granted ? t('privacy:consents.granted') : t('privacy:consents.withdrawn'),
            t(`privacy:consents.methods.${c.method}`),
            c.recordedByName ?? t('privacy:reads.deletedAccount'),
          ])}
        />
        <Section
          id="reads"
          title={t('privacy:file.reads')}
          headers={[t('privacy:reads.at'), t('privacy:reads.reader'), t('privacy:reads.purpose')]}
          rows={file.reads.map((r) => [
            format.dateTime(r.at),
            r.actorName ?? t('privacy:reads.deletedAccount'),
            r.purpose,
          ])}
        />
      </Stack>
    </>
  );
}
