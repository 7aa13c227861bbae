import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ACCOUNT_STATUSES, mayResendInvitation } from '@mutualis/domain/accounts/account-status';
import {
  ACCOUNT_LOCALES,
  type AccountLocale,
  accountLocaleOf,
  LOCALE_AUTONYMS,
} from '@mutualis/domain/accounts/locale';
import {
  grantableRoles,
  type Role,
  roleBelongsToFunder,
  roleBelongsToMember,
  roleBelongsToMutual,
  roleBelongsToProvider,
} from '@mutualis/domain/accounts/roles';
import { IconUserPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable, tableQuery, useTableState } from '../../components/data-table.tsx';
import { useErrorMessage } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useMembers } from '../members/api.ts';
import { useMutuals } from '../mutuals/api.ts';
import { useFunders } from '../observatory/api.ts';
import { type User, useInviteUser, useUserAction, useUsers } from './api.ts';
import { SsoSettingsForm } from './sso-settings-form.tsx';

/** The roles the caller may give here: the invite form has no provider field, so it offers no role that needs one (trainer). */
const invitableRoles = (granter: Role): Role[] =>
  grantableRoles(granter).filter((role) => !roleBelongsToProvider(role));

/** Accounts of the mutual (coordinator) or of the platform (administrator): invite, resend, (de)activate. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormat();
  const message = useErrorMessage();
  const { state, update } = useTableState();
  const { sort: _sort, order: _order, ...query } = tableQuery(state, 'q');
  const { data, isLoading, error } = useUsers(query);
  const [opened, { open, close }] = useDisclosure(false);
  const action = useUserAction({
    onSuccess: () => notify({ color: 'green', message: t('users:actionDone') }),
    onError: (e) => notify({ color: 'red', message: message(e) }),
  });
  const roles = invitableRoles(me.role);

  const columns: Column<User>[] = [
    { key: 'name', header: t('users:fields.displayName'), render: (u) => u.displayName },
    { key: 'email', header: t('users:fields.email'), render: (u) => u.email },
    { key: 'role', header: t('users:fields.role'), render: (u) => t(`common:role.${u.role}`) },
    {
      key: 'scope',
      header: t('users:fields.scope'),
      render: (u) => u.memberName ?? u.providerName ?? u.funderName ?? u.mutualName ?? '',
    },
    {
      key: 'status',
      header: t('users:fields.status'),
      render: (u) => <StatusBadge status={u.status} labelKey="users:status" />,
    },
    { key: 'lastLogin', header: t('users:fields.lastLogin'), render: (u) => format.dateTime(u.lastLoginAt) },
    {
      key: 'actions',
      header: t('common:actions.label'),
      render: (u) =>
        u.id === me.userId ? null : (
          <Group gap={4} wrap="nowrap">
            {mayResendInvitation(u.status) && (
              <Button size="xs" variant="subtle" onClick={() => action.mutate({ user: u, action: 'resendInvitation' })}>
                {t('users:resend')}
              </Button>
            )}
            {u.status === 'deactivated' ? (
              <Button size="xs" variant="subtle" onClick={() => action.mutate({ user: u, action: 'reactivate' })}>
                {t('users:reactivate')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                c="red.9"
                onClick={() => action.mutate({ user: u, action: 'deactivate' })}
              >
                {t('users:deactivate')}
              </Button>
            )}
          </Group>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users:title')}
        subtitle={t('users:subtitle')}
        actions={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
            {t('users:invite')}
          </Button>
        }
      />
      <DataTable
        caption={t('users:title')}
        columns={columns}
        data={data}
        isLoading={isLoading}
        error={error}
        rowKey={(u) => u.id}
        state={state}
        onChange={update}
        searchLabel={t('users:search')}
        toolbar={
          <>
            <Select
              label={t('users:fields.role')}
              placeholder={t('common:filters.all')}
              clearable
              clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
              data={roles.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
              value={state.filters.role ?? null}
              onChange={(v) => update({ filters: { role: v } })}
              w={220}
            />
            <Select
              label={t('users:fields.status')}
              placeholder={t('common:filters.all')}
              clearable
              clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
              data={ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`users:status.${s}`) }))}
              value={state.filters.status ?? null}
              onChange={(v) => update({ filters: { status: v } })}
              w={180}
            />
          </>
        }
      />
      {me.role === 'coordinator' && me.mutualId && <SsoSettingsForm mutualId={me.mutualId} />}
      <Modal
        opened={opened}
        onClose={close}
        title={t('users:invite')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <InviteForm roles={roles} onDone={close} />
      </Modal>
    </>
  );
}

function InviteForm({ roles, onDone }: { roles: Role[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const form = useFieldErrors();
  const [values, setValues] = useState({
    email: '',
    displayName: '',
    role: 'member_contact' as Role,
    locale: accountLocaleOf(i18n.language),
    memberId: null as string | null,
    mutualId: null as string | null,
    funderId: null as string | null,
  });
  const funders = useFunders(me.role === 'platform_admin');
  const members = useMembers({ pageSize: 200, sort: 'name' });
  const mutuals = useMutuals(me.role === 'platform_admin');
  const invite = useInviteUser({
    onSuccess: () => {
      notify({ color: 'green', message: t('users:invited') });
      onDone();
    },
    onError: form.fromError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    invite.mutate({
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      role: values.role,
      locale: values.locale,
      memberId: roleBelongsToMember(values.role) ? (values.memberId ?? undefined) : undefined,
      mutualId:
        me.role === 'platform_admin' && roleBelongsToMutual(values.role) ? (values.mutualId ?? undefined) : undefined,
      funderId: roleBelongsToFunder(values.role) ? (values.funderId ?? undefined) : undefined,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <TextInput
          label={t('users:fields.email')}
          type="email"
          required
          value={values.email}
          error={form.error('email')}
          onChange={(e) => setValues({ ...values, email: e.currentTarget.value })}
        />
        <TextInput
          label={t('users:fields.displayName')}
          required
          value={values.displayName}
          error={form.error('displayName')}
          onChange={(e) => setValues({ ...values, displayName: e.currentTarget.value })}
        />
        <Select
          label={t('users:fields.role')}
          required
          allowDeselect={false}
          data={roles.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
          value={values.role}
          error={form.error('role')}
          onChange={(v) => v && setValues({ ...values, role: v as Role })}
          comboboxProps={{ withinPortal: false }}
        />
        {roleBelongsToFunder(values.role) && (
          <Select
            label={t('users:fields.funder')}
            required
            searchable
            data={(funders.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={values.funderId}
            error={form.error('funderId')}
            onChange={(v) => setValues({ ...values, funderId: v })}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        {me.role === 'platform_admin' && roleBelongsToMutual(values.role) && (
          <Select
            label={t('users:fields.mutual')}
            required
            searchable
            data={(mutuals.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            value={values.mutualId}
            error={form.error('mutualId')}
            onChange={(v) => setValues({ ...values, mutualId: v })}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        {roleBelongsToMember(values.role) && me.role === 'coordinator' && (
          <Select
            label={t('users:fields.member')}
            required
            searchable
            data={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.legalName }))}
            value={values.memberId}
            error={form.error('memberId')}
            onChange={(v) => setValues({ ...values, memberId: v })}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        <Select
          label={t('users:fields.locale')}
          allowDeselect={false}
          data={ACCOUNT_LOCALES.map((l) => ({ value: l, label: LOCALE_AUTONYMS[l] }))}
          value={values.locale}
          onChange={(v) => v && setValues({ ...values, locale: v as AccountLocale })}
          comboboxProps={{ withinPortal: false }}
        />
        <Button type="submit" loading={invite.isPending}>
          {t('users:sendInvitation')}
        </Button>
      </Stack>
    </form>
  );
}
