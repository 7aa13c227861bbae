import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { Partner } from '@mutualis/contracts';
import { SUPPORT_KINDS, type SupportKind } from '@mutualis/domain/governance/ecosystem';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, today, useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useAddAgreement, useAddPartnerContact, useAddSupport, usePartner } from './api.ts';
import { Documents } from './documents.tsx';

/** A partner: the support it gave (kind, amount, dates), agreements with their documents, contacts. */
export function PartnerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useCurrentUser();
  const { partnerId } = useParams();
  const { data, error, isLoading } = usePartner(partnerId);
  const canEdit = me.role === 'coordinator';
  if (isLoading) return <PageLoading />;
  return (
    <>
      <PageHeader
        title={data?.name ?? t('governance:partners.title')}
        subtitle={
          data && (
            <>
              {t(`governance:partnerKinds.${data.kind}`)} ·{' '}
              {t('governance:partners.relation', { since: format.date(data.since) })}{' '}
              <Link to="/partners">{t('governance:partners.back')}</Link>
            </>
          )
        }
      />
      <ErrorAlert error={error} />
      {data && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack>
            <SupportCard partner={data} canEdit={canEdit} />
          </Stack>
          <Stack>
            <AgreementsCard partner={data} canEdit={canEdit} />
            <ContactsCard partner={data} canEdit={canEdit} />
          </Stack>
        </SimpleGrid>
      )}
    </>
  );
}

function SupportCard({ partner, canEdit }: { partner: Partner; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useFieldErrors();
  const add = useAddSupport(partner.id);
  const [v, setV] = useState({
    kind: 'financial' as SupportKind,
    description: '',
    amount: '' as number | '',
    startsOn: today(),
    endsOn: '',
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    add.mutate(
      {
        kind: v.kind,
        description: v.description,
        amountCents: v.amount === '' ? null : dollarsToCents(v.amount),
        startsOn: v.startsOn,
        endsOn: v.endsOn || null,
      },
      {
        onSuccess: () => {
          setV({ ...v, description: '', amount: '' });
          notify({ color: 'green', message: t('governance:partners.supportAdded') });
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="support-title">
      <Title order={2} size="h4" id="support-title" mb="sm">
        {t('governance:partners.supports')}
      </Title>
      <Table striped aria-labelledby="support-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('governance:fields.supportKind')}</Table.Th>
            <Table.Th>{t('governance:fields.description')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('governance:fields.amount')}</Table.Th>
            <Table.Th>{t('governance:fields.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partner.supports.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{t(`governance:supportKinds.${s.kind}`)}</Table.Td>
              <Table.Td>{s.description}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {s.amountCents === null ? '' : format.money(s.amountCents)}
              </Table.Td>
              <Table.Td>
                {s.endsOn && s.endsOn !== s.startsOn
                  ? `${format.date(s.startsOn)} – ${format.date(s.endsOn)}`
                  : format.date(s.startsOn)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {partner.supports.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('governance:partners.noSupport')}
        </Text>
      )}
      {canEdit && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" mt="md">
            <Title order={3} size="h5">
              {t('governance:partners.addSupport')}
            </Title>
            <FormError form={form} unlessFieldErrors />
            <Group grow align="flex-start">
              <Select
                label={t('governance:fields.supportKind')}
                data={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`governance:supportKinds.${k}`) }))}
                value={v.kind}
                allowDeselect={false}
                onChange={(k) => k && setV({ ...v, kind: k as SupportKind })}
              />
              <NumberInput
                label={t('governance:fields.amount')}
                description={
                  v.kind === 'financial'
                    ? t('governance:partners.amountRequired')
                    : t('governance:partners.amountOptional')
                }
                min={0}
                thousandSeparator=" "
                value={v.amount}
                error={form.error('amountCents')}
                onChange={(n) => setV({ ...v, amount: n === '' ? '' : Number(n) })}
              />
            </Group>
            <TextInput
              label={t('governance:fields.description')}
              required
              value={v.description}
              error={form.error('description')}
              onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
            />
            <Group grow>
              <TextInput
                type="date"
                label={t('governance:fields.startsOn')}
                value={v.startsOn}
                error={form.error('startsOn')}
                onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('governance:fields.endsOn')}
                value={v.endsOn}
                error={form.error('endsOn')}
                onChange={(e) => setV({ ...v, endsOn: e.currentTarget.value })}
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending}>
                {t('governance:partners.recordSupport')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

function AgreementsCard({ partner, canEdit }: { partner: Partner; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useFieldErrors();
  const add = useAddAgreement(partner.id);
  const [v, setV] = useState({ title: '', startsOn: today(), endsOn: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    add.mutate(
      { title: v.title, startsOn: v.startsOn, endsOn: v.endsOn || null },
      { onSuccess: () => setV({ ...v, title: '' }), onError: form.fromError },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="agreements-title">
      <Title order={2} size="h4" id="agreements-title" mb="sm">
        {t('governance:partners.agreements')}
      </Title>
      <Stack gap="sm">
        {partner.agreements.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('governance:partners.noAgreement')}
          </Text>
        )}
        {partner.agreements.map((a) => (
          <div key={a.id}>
            <Text fw={600} size="sm">
              {a.title} — {format.date(a.startsOn)}
              {a.endsOn ? ` – ${format.date(a.endsOn)}` : ''}
            </Text>
            <Documents documents={a.documents} owner="agreement" ownerId={a.id} canUpload={canEdit} label={a.title} />
          </div>
        ))}
        {canEdit && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <FormError form={form} unlessFieldErrors />
              <TextInput
                label={t('governance:fields.agreement')}
                value={v.title}
                error={form.error('title')}
                onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
              />
              <Group grow>
                <TextInput
                  type="date"
                  label={t('governance:fields.startsOn')}
                  value={v.startsOn}
                  onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
                />
                <TextInput
                  type="date"
                  label={t('governance:fields.endsOn')}
                  value={v.endsOn}
                  error={form.error('endsOn')}
                  onChange={(e) => setV({ ...v, endsOn: e.currentTarget.value })}
                />
              </Group>
              <Group justify="flex-end">
                <Button type="submit" variant="default" loading={add.isPending}>
                  {t('governance:partners.addAgreement')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

function ContactsCard({ partner, canEdit }: { partner: Partner; canEdit: boolean }) {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const add = useAddPartnerContact(partner.id);
  const [v, setV] = useState({ name: '', roleTitle: '', email: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    add.mutate(
      { name: v.name, roleTitle: v.roleTitle, email: v.email || null },
      { onSuccess: () => setV({ name: '', roleTitle: '', email: '' }), onError: form.fromError },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="contacts-title">
      <Title order={2} size="h4" id="contacts-title" mb="sm">
        {t('governance:partners.contacts')}
      </Title>
      {partner.contacts.map((c) => (
        <Text key={c.id} size="sm">
          {c.name}
          {c.roleTitle ? `, ${c.roleTitle}` : ''}
          {c.email ? ` — ${c.email}` : ''}
        </Text>
      ))}
      {canEdit && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" mt="sm">
            <FormError form={form} unlessFieldErrors />
            <Group grow align="flex-start">
              <TextInput
                label={t('governance:fields.name')}
                value={v.name}
                error={form.error('name')}
                onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
              />
              <TextInput
                label={t('governance:fields.roleTitle')}
                value={v.roleTitle}
                onChange={(e) => setV({ ...v, roleTitle: e.currentTarget.value })}
              />
              <TextInput
                label={t('governance:fields.email')}
                type="email"
                value={v.email}
                error={form.error('email')}
                onChange={(e) => setV({ ...v, email: e.currentTarget.value })}
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={add.isPending}>
                {t('governance:partners.addContact')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
