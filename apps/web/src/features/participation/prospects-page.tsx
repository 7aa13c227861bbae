import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import {
  BARRIER_REASONS,
  PROSPECT_STAGES,
  type Prospect,
  useMoveProspect,
  useProspects,
  useSaveProspect,
} from './api.ts';
import { useReasonLabel } from './reason-label.ts';

interface Draft {
  legalName: string;
  neq: string;
  scianCode: string | null;
  regionCode: string | null;
  headcount: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  reasons: string[];
  notes: string;
  reportsOutcomes: boolean;
}

const empty: Draft = {
  legalName: '',
  neq: '',
  scianCode: null,
  regionCode: null,
  headcount: 1,
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  reasons: [],
  notes: '',
  reportsOutcomes: false,
};

function ProspectForm({ prospect, onDone }: { prospect: Prospect | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const ref = useReference();
  const save = useSaveProspect(prospect?.id);
  const [d, setD] = useState<Draft>(
    prospect
      ? {
          ...empty,
          ...prospect,
          neq: prospect.neq ?? '',
          contactName: prospect.contactName ?? '',
          contactEmail: prospect.contactEmail ?? '',
          contactPhone: prospect.contactPhone ?? '',
        }
      : empty,
  );
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        legalName: d.legalName,
        neq: d.neq || null,
        scianCode: d.scianCode ?? '',
        regionCode: d.regionCode ?? '',
        headcount: d.headcount,
        contactName: d.contactName || null,
        contactEmail: d.contactEmail || null,
        contactPhone: d.contactPhone || null,
        reasons: d.reasons as never,
        notes: d.notes,
        reportsOutcomes: d.reportsOutcomes,
      },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('participation:prospect.saved') });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('participation:prospect.legalName')}
            value={d.legalName}
            onChange={(e) => setD({ ...d, legalName: e.currentTarget.value })}
            required
            error={errors.legalName}
          />
          <TextInput
            label={t('participation:prospect.neq')}
            value={d.neq}
            onChange={(e) => setD({ ...d, neq: e.currentTarget.value })}
            error={errors.neq}
          />
          <Select
            label={t('participation:prospect.sector')}
            data={ref.scianOptions}
            value={d.scianCode}
            onChange={(v) => setD({ ...d, scianCode: v })}
            searchable
            required
            error={errors.scianCode}
          />
          <Select
            label={t('participation:prospect.region')}
            data={ref.regionOptions}
            value={d.regionCode}
            onChange={(v) => setD({ ...d, regionCode: v })}
            searchable
            required
            error={errors.regionCode}
          />
          <NumberInput
            label={t('participation:prospect.headcount')}
            min={0}
            value={d.headcount}
            onChange={(v) => setD({ ...d, headcount: Number(v) || 0 })}
            required
          />
          <TextInput
            label={t('participation:prospect.contactName')}
            value={d.contactName}
            onChange={(e) => setD({ ...d, contactName: e.currentTarget.value })}
          />
          <TextInput
            type="email"
            label={t('participation:prospect.contactEmail')}
            value={d.contactEmail}
            onChange={(e) => setD({ ...d, contactEmail: e.currentTarget.value })}
            error={errors.contactEmail}
          />
          <TextInput
            label={t('participation:prospect.contactPhone')}
            value={d.contactPhone}
            onChange={(e) => setD({ ...d, contactPhone: e.currentTarget.value })}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('participation:prospect.reasons')}
          data={BARRIER_REASONS.map((r) => ({ value: r.code, label: i18n.language.startsWith('en') ? r.en : r.fr }))}
          value={d.reasons}
          onChange={(v) => setD({ ...d, reasons: v })}
        />
        <Textarea
          label={t('participation:prospect.notes')}
          value={d.notes}
          onChange={(e) => setD({ ...d, notes: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Checkbox
          label={t('participation:prospect.reportsOutcomes')}
          checked={d.reportsOutcomes}
          onChange={(e) => setD({ ...d, reportsOutcomes: e.currentTarget.checked })}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('participation:prospect.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /prospects — the coordinator's prospect list: firm, contact, stage from contacted to member, reasons. */
export function ProspectsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useReference();
  const reason = useReasonLabel();
  const [stage, setStage] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Prospect | 'new' | null>(null);
  const [declining, setDeclining] = useState<{ prospect: Prospect; reasons: string[] } | null>(null);
  const list = useProspects({ stage: stage ?? undefined, search: search || undefined });
  const move = useMoveProspect();
  const moveTo = (p: Prospect, to: string, reasons?: string[]) =>
    move.mutate(
      { id: p.id, stage: to, reasons },
      {
        onSuccess: () =>
          notify({
            color: 'green',
            message: t('participation:prospect.moved', { stage: t(`participation:stage.${to}`) }),
          }),
        onError: () => undefined,
      },
    );
  return (
    <>
      <PageHeader
        title={t('participation:prospectsTitle')}
        subtitle={t('participation:prospectsSubtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('participation:prospect.add')}
          </Button>
        }
      />
      <Stack>
        <Group align="flex-end">
          <TextInput
            type="search"
            label={t('participation:search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
          />
          <Select
            label={t('participation:prospect.stage')}
            data={PROSPECT_STAGES.map((s) => ({ value: s, label: t(`participation:stage.${s}`) }))}
            value={stage}
            onChange={setStage}
            clearable
            placeholder={t('participation:allStages')}
            w={220}
          />
        </Group>
        <ErrorAlert error={list.error ?? move.error} />
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover aria-label={t('participation:prospectsTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('participation:prospect.legalName')}</Table.Th>
                  <Table.Th>{t('participation:prospect.contact')}</Table.Th>
                  <Table.Th>{t('participation:prospect.size')}</Table.Th>
                  <Table.Th>{t('participation:prospect.stage')}</Table.Th>
                  <Table.Th>{t('participation:prospect.reasons')}</Table.Th>
                  <Table.Th>{t('common:actions.label')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(list.data?.items ?? []).map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {p.legalName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {ref.regionLabel(p.regionCode)}
                        {p.reportsOutcomes ? ` · ${t('participation:prospect.reports')}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.contactName}</Text>
                      <Text size="xs" c="dimmed">
                        {p.contactEmail}
                      </Text>
                    </Table.Td>
                    <Table.Td>{`${format.number(p.headcount)} · ${ref.sizeClassLabel(p.headcount < 10 ? 'micro' : p.headcount < 100 ? 'small' : p.headcount < 500 ? 'medium' : 'large')}`}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                        color={p.stage === 'member' ? 'teal' : p.stage === 'declined' ? 'gray' : 'blue'}
                      >
                        {t(`participation:stage.${p.stage}`)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {format.date(p.stageChangedOn)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{p.reasons.map((r) => reason(r)).join(' · ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Select
                          aria-label={t('participation:prospect.moveFor', { firm: p.legalName })}
                          placeholder={t('participation:prospect.move')}
                          data={PROSPECT_STAGES.filter(
                            (s) =>
                              s !== p.stage && p.stage !== 'member' && (p.stage !== 'declined' || s === 'contacted'),
                          ).map((s) => ({ value: s, label: t(`participation:stage.${s}`) }))}
                          value={null}
                          onChange={(v) => {
                            if (!v) return;
                            if (v === 'declined') setDeclining({ prospect: p, reasons: p.reasons });
                            else moveTo(p, v);
                          }}
                          size="xs"
                          w={150}
                          disabled={p.stage === 'member'}
                        />
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing(p)}
                          aria-label={t('participation:prospect.editFor', { firm: p.legalName })}
                        >
                          {t('participation:prospect.edit')}
                        </Button>
                      </Group>
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
        title={editing === 'new' ? t('participation:prospect.add') : t('participation:prospect.edit')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {editing !== null && (
          <ProspectForm prospect={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <Modal
        opened={declining !== null}
        onClose={() => setDeclining(null)}
        title={t('participation:prospect.declineTitle')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {declining && (
          <Stack>
            <MultiSelect
              label={t('participation:prospect.whyNot')}
              data={BARRIER_REASONS.map((r) => ({ value: r.code, label: reason(r.code) }))}
              value={declining.reasons}
              onChange={(v) => setDeclining({ ...declining, reasons: v })}
              required
            />
            <Group justify="flex-end">
              <Button
                disabled={declining.reasons.length === 0}
                onClick={() => {
                  moveTo(declining.prospect, 'declined', declining.reasons);
                  setDeclining(null);
                }}
              >
                {t('participation:prospect.decline')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
