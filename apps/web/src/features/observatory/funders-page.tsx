import { Button, Card, Group, Modal, MultiSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Funder } from '@mutualis/contracts';
import { FUNDER_KINDS, type FunderKind } from '@mutualis/domain/governance/funders';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useMutuals } from '../mutuals/api.ts';
import { useCreateFunder, useFunders, useSetFundedMutuals } from './api.ts';

/** Platform administrator: funders and the mutuals each funds (its accounts see those in the observatory). */
export function FundersPage() {
  const { t } = useTranslation();
  const { data, error } = useFunders();
  const [opened, { open, close }] = useDisclosure(false);
  const [editing, setEditing] = useState<Funder | null>(null);
  return (
    <>
      <PageHeader
        title={t('observatory:funders.title')}
        subtitle={t('observatory:funders.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('observatory:funders.add')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Card withBorder>
        <Table striped aria-label={t('observatory:funders.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('observatory:funders.name')}</Table.Th>
              <Table.Th>{t('observatory:funders.kind')}</Table.Th>
              <Table.Th>{t('observatory:funders.mutuals')}</Table.Th>
              <Table.Th>{t('observatory:funders.accounts')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.items ?? []).map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>{t(`observatory:funderKinds.${f.kind}`)}</Table.Td>
                <Table.Td>{f.mutuals.map((m) => m.name).join(', ')}</Table.Td>
                <Table.Td>{f.accounts}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setEditing(f)}>
                    {t('observatory:funders.setMutuals')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data && data.total === 0 && (
          <Text size="sm" c="dimmed">
            {t('observatory:funders.none')}
          </Text>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('observatory:funders.accountsHelp')}
        </Text>
      </Card>
      <Modal
        opened={opened}
        onClose={close}
        title={t('observatory:funders.add')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <FunderForm onDone={close} />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.name ?? ''}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {editing && <FundedForm funder={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}

function FunderForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const create = useCreateFunder();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<FunderKind>('government');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate({ name, kind }, { onSuccess: onDone, onError: form.fromError });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <TextInput
          label={t('observatory:funders.name')}
          required
          value={name}
          error={form.error('name')}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Select
          label={t('observatory:funders.kind')}
          data={FUNDER_KINDS.map((k) => ({ value: k, label: t(`observatory:funderKinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(k) => k && setKind(k as FunderKind)}
          comboboxProps={{ withinPortal: false }}
        />
        <Button type="submit" loading={create.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}

function FundedForm({ funder, onDone }: { funder: Funder; onDone: () => void }) {
  const { t } = useTranslation();
  const mutuals = useMutuals(true);
  const save = useSetFundedMutuals();
  const [ids, setIds] = useState(funder.mutuals.map((m) => m.id));
  return (
    <Stack>
      <MultiSelect
        label={t('observatory:funders.mutuals')}
        searchable
        data={(mutuals.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        value={ids}
        onChange={setIds}
        comboboxProps={{ withinPortal: false }}
      />
      <Group justify="flex-end">
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { funderId: funder.id, mutualIds: ids },
              {
                onSuccess: () => {
                  notify({ color: 'green', message: t('observatory:funders.saved') });
                  onDone();
                },
              },
            )
          }
        >
          {t('common:actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
