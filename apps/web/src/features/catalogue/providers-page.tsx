import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { PROVIDER_KINDS, type Provider, useProviders, useSaveProvider } from './api.ts';
import { CatalogueTabs } from './catalogue-tabs.tsx';

/** Coordinator: training providers (kind, accreditation, contacts, regions served). */
export function ProvidersPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const { data = [], error, isLoading } = useProviders(true);
  const [editing, setEditing] = useState<Provider | null>(null);
  const [opened, setOpened] = useState(false);
  const open = (p: Provider | null) => {
    setEditing(p);
    setOpened(true);
  };
  return (
    <>
      <PageHeader
        title={t('catalogue:providers.title')}
        subtitle={t('catalogue:providers.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open(null)}>
            {t('catalogue:providers.add')}
          </Button>
        }
      />
      <CatalogueTabs />
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('catalogue:providers.title')} aria-busy={isLoading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue:providers.name')}</Table.Th>
              <Table.Th>{t('catalogue:providers.kind')}</Table.Th>
              <Table.Th>{t('catalogue:providers.accreditation')}</Table.Th>
              <Table.Th>{t('catalogue:providers.regions')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('catalogue:providers.courses')}</Table.Th>
              <Table.Th>{t('catalogue:providers.status')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={600}>{p.name}</Table.Td>
                <Table.Td>{t(`catalogue:kinds.${p.kind}`)}</Table.Td>
                <Table.Td>{p.accreditationNumber ?? '—'}</Table.Td>
                <Table.Td>{p.regions.map((r) => ref.regionLabel(r)).join(', ')}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{p.courseCount}</Table.Td>
                <Table.Td>
                  <StatusBadge status={p.active ? 'active' : 'deactivated'} labelKey="catalogue:providers.state" />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => open(p)}
                    aria-label={t('catalogue:providers.editOne', { name: p.name })}
                  >
                    {t('common:actions.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ProviderModal opened={opened} onClose={() => setOpened(false)} provider={editing} />
    </>
  );
}

const providerValues = (provider: Provider | null) => ({
  name: provider?.name ?? '',
  kind: provider?.kind ?? ('accredited_trainer' as string),
  accreditationNumber: provider?.accreditationNumber ?? '',
  email: provider?.email ?? '',
  phone: provider?.phone ?? '',
  website: provider?.website ?? '',
  regions: provider?.regions ?? [],
  notes: provider?.notes ?? '',
  active: provider?.active ?? true,
});

function ProviderModal({
  opened,
  onClose,
  provider,
}: {
  opened: boolean;
  onClose: () => void;
  provider: Provider | null;
}) {
  const { t } = useTranslation();
  const ref = useReference();
  const save = useSaveProvider(provider?.id);
  const form = useFieldErrors();
  // Only the fields typed since the dialog opened; the others show the provider's values, so a refetch
  // of the list behind the dialog never wipes what is being typed.
  const [draft, setDraft] = useState<Partial<ReturnType<typeof providerValues>>>({});
  const v = { ...providerValues(provider), ...draft };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.reset();
    setDraft({});
  }, [opened]);
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    save.mutate(
      {
        name: v.name,
        kind: v.kind as Provider['kind'],
        accreditationNumber: orNull(v.accreditationNumber),
        email: orNull(v.email),
        phone: orNull(v.phone),
        website: orNull(v.website),
        regions: v.regions,
        notes: v.notes,
        ...(provider ? { active: v.active } : {}),
      },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('catalogue:providers.saved') });
          onClose();
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={provider ? t('catalogue:providers.edit') : t('catalogue:providers.add')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {form.general && Object.keys(form.errors).length === 0 ? <ErrorAlert error={form.general} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('catalogue:providers.name')}
              required
              value={v.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              error={form.error('name')}
            />
            <Select
              label={t('catalogue:providers.kind')}
              required
              data={PROVIDER_KINDS.map((k) => ({ value: k, label: t(`catalogue:kinds.${k}`) }))}
              value={v.kind}
              onChange={(k) => k && setDraft({ ...draft, kind: k })}
              allowDeselect={false}
            />
            <TextInput
              label={t('catalogue:providers.accreditation')}
              value={v.accreditationNumber}
              onChange={(e) => setDraft({ ...draft, accreditationNumber: e.currentTarget.value })}
              error={form.error('accreditationNumber')}
            />
            <TextInput
              label={t('catalogue:providers.email')}
              type="email"
              value={v.email}
              onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
              error={form.error('email')}
            />
            <TextInput
              label={t('catalogue:providers.phone')}
              value={v.phone}
              onChange={(e) => setDraft({ ...draft, phone: e.currentTarget.value })}
              error={form.error('phone')}
            />
            <TextInput
              label={t('catalogue:providers.website')}
              value={v.website}
              onChange={(e) => setDraft({ ...draft, website: e.currentTarget.value })}
              error={form.error('website')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('catalogue:providers.regions')}
            searchable
            data={ref.regionOptions}
            value={v.regions}
            onChange={(regions) => setDraft({ ...draft, regions })}
            error={form.error('regions')}
          />
          <Textarea
            label={t('catalogue:providers.notes')}
            value={v.notes}
            onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          {provider && (
            <Switch
              label={t('catalogue:providers.active')}
              checked={v.active}
              onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })}
            />
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
