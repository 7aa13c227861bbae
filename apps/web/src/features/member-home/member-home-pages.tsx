import { Button, Card, Modal, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { MEMBER_CONTACT_DETAIL_FIELDS, type Member } from '@mutualis/contracts';
import { IconEdit } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { EmployeesTable } from '../employees/employees-table.tsx';
import { useMember, useUpdateMember } from '../members/api.ts';
import { ContactsPanel } from '../members/contacts-panel.tsx';
import { MemberOverview } from '../members/member-page.tsx';
import { useMyFirmSummary } from './api.ts';

/** Member contact: its own firm's figures and record; it keeps the contact details and contact people. */
export function MyFirmPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { data, error } = useMember(me.memberId ?? undefined);
  const [editing, { open, close }] = useDisclosure(false);
  const tab = params.get('tab') ?? 'overview';
  return (
    <>
      <PageHeader
        title={data?.legalName ?? t('memberHome:myFirm.title')}
        subtitle={t('memberHome:myFirm.subtitle')}
        actions={
          data && (
            <Button leftSection={<IconEdit size={16} aria-hidden />} onClick={open}>
              {t('memberHome:myFirm.editDetails')}
            </Button>
          )
        }
      />
      <ErrorAlert error={error} />
      {data && (
        <Tabs
          value={tab}
          onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">{t('memberHome:myFirm.overview')}</Tabs.Tab>
            <Tabs.Tab value="contacts">{t('memberHome:myFirm.contacts')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <Stack>
              <FirmFigures />
              <MemberOverview member={data} canChangeStatus={false} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="contacts">
            <ContactsPanel memberId={data.id} />
          </Tabs.Panel>
        </Tabs>
      )}
      <Modal
        opened={editing}
        onClose={close}
        title={t('memberHome:myFirm.detailsTitle')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {data && <ContactDetailsForm member={data} onDone={close} />}
      </Modal>
    </>
  );
}

/** The firm's figures: headcount, current and former employees, current employees by TEER. */
function FirmFigures() {
  const { t } = useTranslation();
  const ref = useReference();
  const format = useFormat();
  const { data, error } = useMyFirmSummary();
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const teerName = (key: string) => {
    const teer = Number(key);
    return key === '' || key === 'null' || Number.isNaN(teer)
      ? t('memberHome:myFirm.teerUnknown')
      : ref.teerLabel(teer) || key;
  };
  return (
    <Card withBorder component="section" aria-labelledby="figures-title">
      <Title order={2} size="h4" id="figures-title" mb="sm">
        {t('memberHome:myFirm.figures')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <Figure label={t('memberHome:myFirm.headcount')} value={format.number(data.headcount)} />
        <Figure label={t('memberHome:myFirm.currentEmployees')} value={format.number(data.currentEmployees)} />
        <Figure label={t('memberHome:myFirm.endedEmployees')} value={format.number(data.endedEmployees)} />
      </SimpleGrid>
      {data.employeesByTeer.length === 0 ? (
        <Text c="dimmed">{t('memberHome:myFirm.byTeerNone')}</Text>
      ) : (
        <Table striped aria-label={t('memberHome:myFirm.byTeer')} captionSide="top">
          <Table.Caption>{t('memberHome:myFirm.byTeer')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('memberHome:myFirm.teer')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('memberHome:myFirm.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.employeesByTeer.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{teerName(row.key)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{format.number(row.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={800}>
        {value}
      </Text>
    </div>
  );
}

const DETAIL_FIELDS = MEMBER_CONTACT_DETAIL_FIELDS;
type DetailField = (typeof DETAIL_FIELDS)[number];

/** The part of the record a member contact keeps itself (a change of the member with these fields only). */
function ContactDetailsForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useUpdateMember(member.id);
  const form = useFieldErrors();
  const [values, setValues] = useState<Record<DetailField, string>>(
    () => Object.fromEntries(DETAIL_FIELDS.map((f) => [f, member[f] ?? ''])) as Record<DetailField, string>,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const body = Object.fromEntries(DETAIL_FIELDS.map((f) => [f, values[f].trim() || null]));
    save.mutate(body, {
      onSuccess: () => {
        notify({ color: 'green', message: t('memberHome:myFirm.detailsSaved') });
        onDone();
      },
      onError: form.fromError,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('memberHome:myFirm.detailsHelp')}
        </Text>
        <FormError form={form} unlessFieldErrors />
        {DETAIL_FIELDS.map((field) => (
          <TextInput
            key={field}
            label={t(`members:fields.${field}`)}
            type={field === 'phone' ? 'tel' : field === 'website' ? 'url' : 'text'}
            autoComplete={
              {
                address: 'street-address',
                city: 'address-level2',
                postalCode: 'postal-code',
                phone: 'tel',
                website: 'url',
              }[field]
            }
            value={values[field]}
            error={form.error(field)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => ({ ...v, [field]: value }));
              form.clear(field);
            }}
          />
        ))}
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** Member contact: the firm's employees (add, edit, end, import, export). */
export function MyEmployeesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('memberHome:myEmployees.title')} subtitle={t('memberHome:myEmployees.subtitle')} />
      {me.memberId && <EmployeesTable memberId={me.memberId} importTo="/my-employees/import" />}
    </>
  );
}
