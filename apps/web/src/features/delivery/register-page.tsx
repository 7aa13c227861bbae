import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { downloadRegister, type RegisterEntryDto, useRegister, useUpdateRegisterEntry } from './api.ts';
import { SessionStateBadge } from './sessions-page.tsx';

type RegisterUpdate = Parameters<ReturnType<typeof useUpdateRegisterEntry>['mutate']>[0];

type Draft = {
  title: string;
  objectives: string;
  content: string;
  durationHours: number | string;
  providerOrTrainer: string;
  cost: number | string;
  evaluationResult: string;
};

const draftOf = (e: RegisterEntryDto): Draft => ({
  title: e.title ?? '',
  objectives: e.objectives ?? '',
  content: e.content ?? '',
  durationHours: e.durationHours ?? '',
  providerOrTrainer: e.providerOrTrainer ?? '',
  cost: e.costCents === null ? '' : e.costCents / 100,
  evaluationResult: e.evaluationResult ?? '',
});

/** Only what the coordinator changed is stated; an emptied field falls back to the course's or the session's value. */
function changes(before: Draft, after: Draft): RegisterUpdate {
  const out: Record<string, string | number | null> = {};
  const text = ['title', 'objectives', 'content', 'providerOrTrainer', 'evaluationResult'] as const;
  for (const k of text) if (after[k] !== before[k]) out[k] = after[k].trim() === '' ? null : after[k].trim();
  if (after.durationHours !== before.durationHours)
    out.durationHours = after.durationHours === '' ? null : Number(after.durationHours);
  if (after.cost !== before.cost) out.costCents = after.cost === '' ? null : dollarsToCents(after.cost);
  return out as RegisterUpdate;
}

function EditEntry({ entry, onClose }: { entry: RegisterEntryDto; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [draft, setDraft] = useState(() => draftOf(entry));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useUpdateRegisterEntry(entry.sessionId);
  const set = (k: keyof Draft) => (v: string | number) => setDraft({ ...draft, [k]: v });
  const submit = () =>
    save.mutate(changes(draftOf(entry), draft), {
      onSuccess: () => {
        notify({ color: 'green', message: t('delivery:saved') });
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError) setErrors(error.fieldErrors());
        notify({ color: 'red', message: message(error) });
      },
    });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('delivery:register.edit', { title: entry.title ?? '' })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('delivery:close') }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('delivery:register.fallback')}
        </Text>
        <TextInput
          label={t('delivery:register.fields.title')}
          value={draft.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('delivery:register.fields.objectives')}
          value={draft.objectives}
          onChange={(e) => set('objectives')(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.objectives}
        />
        <Textarea
          label={t('delivery:register.fields.content')}
          value={draft.content}
          onChange={(e) => set('content')(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.content}
        />
        <Group grow>
          <NumberInput
            label={t('delivery:register.fields.durationHours')}
            description={entry.firstDay ? t('delivery:register.fromMeetingDays') : undefined}
            value={draft.durationHours}
            onChange={set('durationHours')}
            min={0}
            decimalScale={2}
            error={errors.durationHours}
            readOnly={Boolean(entry.firstDay)}
          />
          <NumberInput
            label={t('delivery:register.fields.costCents')}
            value={draft.cost}
            onChange={set('cost')}
            min={0}
            decimalScale={2}
            error={errors.costCents}
          />
        </Group>
        <TextInput
          label={t('delivery:register.fields.providerOrTrainer')}
          value={draft.providerOrTrainer}
          onChange={(e) => set('providerOrTrainer')(e.currentTarget.value)}
          error={errors.providerOrTrainer}
        />
        <Textarea
          label={t('delivery:register.fields.evaluationResult')}
          value={draft.evaluationResult}
          onChange={(e) => set('evaluationResult')(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.evaluationResult}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('delivery:cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('delivery:save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** /register: the activity register (s.15) of a year, its completeness, edits and exports. */
export function RegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const register = useRegister(Number(year));
  const [editing, setEditing] = useState<RegisterEntryDto | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (kind: 'xlsx' | 'pdf') => {
    setBusy(kind);
    try {
      await downloadRegister(kind, year);
    } catch (error) {
      notify({ color: 'red', message: message(error) });
    } finally {
      setBusy(null);
    }
  };
  const entries = register.data ?? [];
  const complete = entries.filter((e) => e.complete).length;
  return (
    <>
      <PageHeader
        title={t('delivery:register.title')}
        subtitle={t('delivery:register.subtitle')}
        actions={(['xlsx', 'pdf'] as const).map((kind) => (
          <Button
            key={kind}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === kind}
            onClick={() => void download(kind)}
          >
            {t(`delivery:register.export.${kind}`)}
          </Button>
        ))}
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('delivery:register.year')}
          data={Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i))}
          value={year}
          onChange={(v) => v && setYear(v)}
          allowDeselect={false}
          w={140}
        />
        {register.data && <Text>{t('delivery:register.completeCount', { complete, total: entries.length })}</Text>}
      </Group>
      <ErrorAlert error={register.error} />
      {register.data && entries.length === 0 && <Text c="dimmed">{t('delivery:register.empty')}</Text>}
      {entries.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delivery:register.fields.title')}</Table.Th>
              <Table.Th>{t('delivery:fields.dates')}</Table.Th>
              <Table.Th>{t('delivery:fields.state')}</Table.Th>
              <Table.Th>{t('delivery:register.fields.employers')}</Table.Th>
              <Table.Th>{t('delivery:register.fields.durationHours')}</Table.Th>
              <Table.Th>{t('delivery:register.fields.participants')}</Table.Th>
              <Table.Th>{t('delivery:register.fields.participantHours')}</Table.Th>
              <Table.Th>{t('delivery:register.fields.costCents')}</Table.Th>
              <Table.Th>{t('delivery:register.completeness')}</Table.Th>
              <Table.Th>{t('delivery:fields.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.sessionId}>
                <Table.Td>
                  <Anchor component={Link} to={`/sessions/${e.sessionId}`}>
                    {e.title ?? '—'}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {e.firstDay
                    ? `${format.date(e.firstDay)}${e.lastDay && e.lastDay !== e.firstDay ? ` – ${format.date(e.lastDay)}` : ''}`
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <SessionStateBadge state={e.status} />
                </Table.Td>
                <Table.Td>{e.employers.length}</Table.Td>
                <Table.Td>{e.durationHours === null ? '—' : format.number(e.durationHours)}</Table.Td>
                <Table.Td>{e.participants}</Table.Td>
                <Table.Td>{format.number(e.participantHours)}</Table.Td>
                <Table.Td>{e.costCents === null ? '—' : format.money(e.costCents)}</Table.Td>
                <Table.Td>
                  {e.complete ? (
                    <Badge color="green" variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
                      {t('delivery:register.complete')}
                    </Badge>
                  ) : (
                    <>
                      <Badge
                        color="orange"
                        variant="light"
                        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                      >
                        {t('delivery:register.incomplete')}
                      </Badge>
                      <List size="xs" mt={4}>
                        {e.missing.map((m) => (
                          <List.Item key={m}>{t(`delivery:register.fields.${m}`)}</List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing(e)}
                    aria-label={t('delivery:register.edit', { title: e.title ?? '' })}
                  >
                    {t('delivery:register.editShort')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <EditEntry entry={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
