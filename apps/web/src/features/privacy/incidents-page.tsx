import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { type ConfidentialityIncident, type CreateIncidentRequest, useIncidents, useSaveIncident } from './api.ts';

// light badges with dark text, as the status badges (contrast)
const darkLabel = { label: { color: 'var(--mantine-color-dark-7)' } };

const blank: CreateIncidentRequest = {
  occurredOn: '',
  occurredUntil: null,
  discoveredOn: '',
  description: '',
  informationInvolved: '',
  personsConcerned: 0,
  personsConcernedNote: '',
  riskAssessment: '',
  seriousInjuryRisk: false,
  commissionNotifiedOn: null,
  personsNotifiedOn: null,
  publicNotice: '',
  measures: '',
};

function IncidentForm({ incident, onDone }: { incident: ConfidentialityIncident | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveIncident(incident?.id ?? null);
  const form = useFieldErrors();
  const [values, setValues] = useState<CreateIncidentRequest>(() =>
    incident
      ? (Object.fromEntries(
          Object.keys(blank).map((k) => [k, incident[k as keyof CreateIncidentRequest]]),
        ) as CreateIncidentRequest)
      : blank,
  );
  const set = <K extends keyof CreateIncidentRequest>(key: K, value: CreateIncidentRequest[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clear(key);
  };
  const date = (
    key: 'occurredOn' | 'occurredUntil' | 'discoveredOn' | 'commissionNotifiedOn' | 'personsNotifiedOn',
    required = false,
  ) => (
    <TextInput
      type="date"
      label={t(`privacy:incidents.fields.${key}`)}
      required={required}
      value={values[key] ?? ''}
      error={form.error(key)}
      onChange={(e) => set(key, e.currentTarget.value || (required ? '' : null))}
    />
  );
  const text = (
    key:
      | 'description'
      | 'informationInvolved'
      | 'riskAssessment'
      | 'personsConcernedNote'
      | 'publicNotice'
      | 'measures',
    required = false,
  ) => (
    <Textarea
      label={t(`privacy:incidents.fields.${key}`)}
      required={required}
      autosize
      minRows={2}
      value={values[key] ?? ''}
      error={form.error(key)}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.reset();
        save.mutate(values, {
          onSuccess: () => {
            notify({ color: 'green', message: t('privacy:incidents.saved') });
            onDone();
          },
          onError: form.fromError,
        });
      }}
    >
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {date('occurredOn', true)}
          {date('occurredUntil')}
          {date('discoveredOn', true)}
        </SimpleGrid>
        {text('description', true)}
        {text('informationInvolved', true)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('privacy:incidents.fields.personsConcerned')}
            required
            min={0}
            allowDecimal={false}
            value={values.personsConcerned}
            error={form.error('personsConcerned')}
            onChange={(v) => set('personsConcerned', Number(v) || 0)}
          />
          {text('personsConcernedNote')}
        </SimpleGrid>
        {text('riskAssessment', true)}
        <Checkbox
          label={t('privacy:incidents.fields.seriousInjuryRisk')}
          checked={values.seriousInjuryRisk}
          onChange={(e) => set('seriousInjuryRisk', e.currentTarget.checked)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {date('commissionNotifiedOn')}
          {date('personsNotifiedOn')}
        </SimpleGrid>
        {text('publicNotice')}
        {text('measures')}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('privacy:incidents.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /privacy/incidents: the register of confidentiality incidents (what the Commission d'accès à l'information may ask for). */
export function IncidentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, update } = useTableState();
  const { q: _q, sort: _sort, order: _order, ...query } = tableQuery(state, 'q');
  const { data, isLoading, error } = useIncidents(query);
  const [editing, setEditing] = useState<ConfidentialityIncident | 'new' | null>(null);
  const columns: Column<ConfidentialityIncident>[] = [
    {
      key: 'discoveredOn',
      header: t('privacy:incidents.fields.discoveredOn'),
      render: (i) => format.date(i.discoveredOn),
    },
    { key: 'description', header: t('privacy:incidents.fields.description'), render: (i) => i.description },
    {
      key: 'persons',
      header: t('privacy:incidents.persons'),
      render: (i) => format.number(i.personsConcerned),
      align: 'right',
    },
    {
      key: 'risk',
      header: t('privacy:incidents.risk'),
      render: (i) =>
        i.seriousInjuryRisk ? (
          <Badge color="red" variant="light" styles={darkLabel}>
            {t('privacy:incidents.serious')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" styles={darkLabel}>
            {t('privacy:incidents.notSerious')}
          </Badge>
        ),
    },
    {
      key: 'due',
      header: t('privacy:incidents.noticesDue'),
      render: (i) =>
        i.noticesDue.length === 0 ? (
          '—'
        ) : (
          <Group gap={4}>
            {i.noticesDue.map((n) => (
              <Badge key={n} color="orange" variant="light" styles={darkLabel}>
                {t(`privacy:incidents.notices.${n}`)}
              </Badge>
            ))}
          </Group>
        ),
    },
    { key: 'keptUntil', header: t('privacy:incidents.keptUntil'), render: (i) => format.date(i.keptUntil) },
    {
      key: 'edit',
      header: t('privacy:incidents.actions'),
      render: (i) => (
        <Button
          size="xs"
          variant="light"
          onClick={() => setEditing(i)}
          aria-label={t('privacy:incidents.editOne', { date: format.date(i.discoveredOn) })}
        >
          {t('privacy:incidents.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('privacy:incidents.title')}
        subtitle={t('privacy:incidents.subtitle')}
        actions={<Button onClick={() => setEditing('new')}>{t('privacy:incidents.add')}</Button>}
      />
      <DataTable
        caption={t('privacy:incidents.title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(i) => i.id}
        state={state}
        onChange={update}
        emptyText={t('privacy:incidents.empty')}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="xl"
        title={editing === 'new' ? t('privacy:incidents.add') : t('privacy:incidents.edit')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {editing !== null && (
          <IncidentForm incident={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </>
  );
}
