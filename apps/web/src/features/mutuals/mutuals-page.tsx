import { Button, Modal, NumberInput, Select, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { MUTUAL_KINDS, type MutualKind } from '@mutualis/domain/mutuals/mutual-kind';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { type Mutual, useMutuals, useSaveMutual } from './api.ts';

/** Platform administrator: the mutuals on this installation, and creating one. */
export function MutualsPage() {
  const { t } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  const { data, error } = useMutuals();
  const [opened, { open, close }] = useDisclosure(false);
  const [editing, setEditing] = useState<Mutual | null>(null);
  const openEdit = (m: Mutual | null) => {
    setEditing(m);
    open();
  };
  return (
    <>
      <PageHeader
        title={t('mutuals:title')}
        subtitle={t('mutuals:subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openEdit(null)}>
            {t('mutuals:create')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Table striped aria-label={t('mutuals:title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mutuals:fields.name')}</Table.Th>
            <Table.Th>{t('mutuals:fields.kind')}</Table.Th>
            <Table.Th>{t('mutuals:fields.region')}</Table.Th>
            <Table.Th>{t('mutuals:fields.recognisedSince')}</Table.Th>
            <Table.Th>{t('common:actions.label')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data ?? []).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.name}</Table.Td>
              <Table.Td>{t(`mutuals:kinds.${m.kind}`)}</Table.Td>
              <Table.Td>{ref.regionLabel(m.regionCode)}</Table.Td>
              <Table.Td>{format.date(m.recognisedSince)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => openEdit(m)}
                  aria-label={t('mutuals:editNamed', { name: m.name })}
                >
                  {t('common:actions.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={opened}
        onClose={close}
        title={editing ? t('mutuals:edit') : t('mutuals:create')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        size="lg"
      >
        <MutualForm key={editing?.id ?? 'new'} mutual={editing} onDone={close} />
      </Modal>
    </>
  );
}

function MutualForm({ mutual, onDone }: { mutual: Mutual | null; onDone: () => void }) {
  const { t } = useTranslation();
  const ref = useReference();
  const form = useFieldErrors();
  const [values, setValues] = useState({
    name: mutual?.name ?? '',
    slug: mutual?.slug ?? '',
    kind: mutual?.kind ?? 'regional',
    regionCode: mutual?.regionCode ?? null,
    recognisedSince: mutual?.recognisedSince ?? '',
    minFirmsPerSession: mutual?.minFirmsPerSession ?? 2,
  });
  const save = useSaveMutual(mutual, {
    onSuccess: () => {
      notify({ color: 'green', message: t('mutuals:saved') });
      onDone();
    },
    onError: form.fromError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    save.mutate({
      name: values.name.trim(),
      slug: values.slug.trim(),
      kind: values.kind,
      regionCode: values.regionCode,
      recognisedSince: values.recognisedSince || null,
      minFirmsPerSession: Number(values.minFirmsPerSession),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('mutuals:fields.name')}
            required
            value={values.name}
            error={form.error('name')}
            onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          />
          <TextInput
            label={t('mutuals:fields.slug')}
            description={t('mutuals:slugHelp')}
            required
            value={values.slug}
            error={form.error('slug')}
            onChange={(e) => setValues({ ...values, slug: e.currentTarget.value })}
          />
          <Select
            label={t('mutuals:fields.kind')}
            required
            allowDeselect={false}
            data={MUTUAL_KINDS.map((k) => ({ value: k, label: t(`mutuals:kinds.${k}`) }))}
            value={values.kind}
            error={form.error('kind')}
            onChange={(v) => v && setValues({ ...values, kind: v as MutualKind })}
            comboboxProps={{ withinPortal: false }}
          />
          <Select
            label={t('mutuals:fields.region')}
            clearable
            clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
            searchable
            data={ref.regionOptions}
            value={values.regionCode}
            error={form.error('regionCode')}
            onChange={(v) => setValues({ ...values, regionCode: v })}
            comboboxProps={{ withinPortal: false }}
          />
          <TextInput
            label={t('mutuals:fields.recognisedSince')}
            type="date"
            value={values.recognisedSince}
            error={form.error('recognisedSince')}
            onChange={(e) => setValues({ ...values, recognisedSince: e.currentTarget.value })}
          />
          <NumberInput
            hideControls
            label={t('mutuals:fields.minFirmsPerSession')}
            min={1}
            max={100}
            value={values.minFirmsPerSession}
            error={form.error('minFirmsPerSession')}
            onChange={(v) => setValues({ ...values, minFirmsPerSession: Number(v) || 1 })}
          />
        </SimpleGrid>
        <Button type="submit" loading={save.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}
