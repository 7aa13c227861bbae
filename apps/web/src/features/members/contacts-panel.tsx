import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { notify } from '../../components/notify.ts';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { type MemberContact, useAddContact, useMemberContacts, useRemoveContact, useUpdateContact } from './api.ts';

interface ContactValues {
  name: string;
  email: string;
  phone: string;
  roleTitle: string;
  isPrimary: boolean;
}

const blank: ContactValues = { name: '', email: '', phone: '', roleTitle: '', isPrimary: false };
const valuesOf = (c: MemberContact): ContactValues => ({
  name: c.name,
  email: c.email ?? '',
  phone: c.phone ?? '',
  roleTitle: c.roleTitle ?? '',
  isPrimary: c.isPrimary,
});
const bodyOf = (v: ContactValues) => ({
  name: v.name.trim(),
  email: v.email.trim() || null,
  phone: v.phone.trim() || null,
  roleTitle: v.roleTitle.trim() || null,
  isPrimary: v.isPrimary,
});

/** The member's contact people: list, add, edit, remove (coordinator, or the firm's member contact). */
export function ContactsPanel({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { data, error } = useMemberContacts(memberId);
  const remove = useRemoveContact(memberId);
  const [editing, setEditing] = useState<MemberContact | null>(null);
  const [removing, setRemoving] = useState<MemberContact | null>(null);
  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notify({ color: 'green', message: t('members:contacts.removed', { name: removing.name }) });
        setRemoving(null);
      },
      onError: (e) => notify({ color: 'red', message: message(e) }),
    });
  };
  return (
    <Stack>
      <ErrorAlert error={error} />
      {data && data.length === 0 && <Text c="dimmed">{t('members:contacts.none')}</Text>}
      {data && data.length > 0 && (
        <Table aria-label={t('members:detail.contacts')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members:contacts.name')}</Table.Th>
              <Table.Th>{t('members:contacts.roleTitle')}</Table.Th>
              <Table.Th>{t('members:contacts.email')}</Table.Th>
              <Table.Th>{t('members:contacts.phone')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {c.name}{' '}
                  {c.isPrimary && (
                    <Text span size="xs" fw={700}>
                      ({t('members:contacts.primary')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{c.roleTitle}</Table.Td>
                <Table.Td>{c.email && <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>}</Table.Td>
                <Table.Td>{c.phone}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('members:contacts.editNamed', { name: c.name })}
                      onClick={() => setEditing(c)}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      c="red.9"
                      // a pale hover background keeps the dark red text readable (contrast 4.5:1)
                      style={{ '--button-hover': 'var(--mantine-color-red-0)' }}
                      aria-label={t('members:contacts.removeNamed', { name: c.name })}
                      onClick={() => setRemoving(c)}
                    >
                      {t('members:contacts.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Card withBorder component="section" aria-labelledby="add-contact-title">
        <Title order={2} size="h5" id="add-contact-title" mb="sm">
          {t('members:contacts.add')}
        </Title>
        <AddContactForm memberId={memberId} />
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('members:contacts.editTitle')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {editing && (
          <EditContactForm key={editing.id} memberId={memberId} contact={editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('members:contacts.removeTitle')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <Stack>
          <Text>{t('members:contacts.removeConfirm', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={confirmRemove}>
              {t('members:contacts.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function AddContactForm({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const add = useAddContact(memberId);
  const form = useFieldErrors();
  const [values, setValues] = useState(blank);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    add.mutate(bodyOf(values), {
      onSuccess: () => {
        notify({ color: 'green', message: t('members:contacts.added', { name: values.name.trim() }) });
        setValues(blank);
      },
      onError: form.fromError,
    });
  };
  return (
    <ContactFields
      values={values}
      onChange={setValues}
      form={form}
      onSubmit={submit}
      pending={add.isPending}
      submitLabel={t('members:contacts.addSubmit')}
      idPrefix="add"
    />
  );
}

function EditContactForm({
  memberId,
  contact,
  onDone,
}: {
  memberId: string;
  contact: MemberContact;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateContact(memberId);
  const form = useFieldErrors();
  const [values, setValues] = useState(valuesOf(contact));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    update.mutate(
      { id: contact.id, ...bodyOf(values) },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('members:contacts.saved') });
          onDone();
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <ContactFields
      values={values}
      onChange={setValues}
      form={form}
      onSubmit={submit}
      pending={update.isPending}
      submitLabel={t('common:actions.save')}
      idPrefix="edit"
    />
  );
}

function ContactFields({
  values,
  onChange,
  form,
  onSubmit,
  pending,
  submitLabel,
  idPrefix,
}: {
  values: ContactValues;
  onChange: (v: ContactValues) => void;
  form: ReturnType<typeof useFieldErrors>;
  onSubmit: (e: FormEvent) => void;
  pending: boolean;
  submitLabel: string;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={`${idPrefix}-contact-name`}
          label={t('members:contacts.name')}
          required
          value={values.name}
          error={form.error('name')}
          onChange={(e) => onChange({ ...values, name: e.currentTarget.value })}
        />
        <TextInput
          id={`${idPrefix}-contact-role`}
          label={t('members:contacts.roleTitle')}
          value={values.roleTitle}
          error={form.error('roleTitle')}
          onChange={(e) => onChange({ ...values, roleTitle: e.currentTarget.value })}
        />
        <TextInput
          id={`${idPrefix}-contact-email`}
          label={t('members:contacts.email')}
          type="email"
          value={values.email}
          error={form.error('email')}
          onChange={(e) => onChange({ ...values, email: e.currentTarget.value })}
        />
        <TextInput
          id={`${idPrefix}-contact-phone`}
          label={t('members:contacts.phone')}
          type="tel"
          value={values.phone}
          error={form.error('phone')}
          onChange={(e) => onChange({ ...values, phone: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Checkbox
        id={`${idPrefix}-contact-primary`}
        mt="sm"
        label={t('members:contacts.primary')}
        checked={values.isPrimary}
        onChange={(e) => onChange({ ...values, isPrimary: e.currentTarget.checked })}
      />
      <FormError form={form} unlessFieldErrors variant="text" mt="sm" />
      <Button type="submit" mt="md" loading={pending} variant="light">
        {submitLabel}
      </Button>
    </form>
  );
}
