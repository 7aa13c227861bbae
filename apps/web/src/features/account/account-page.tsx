import { Button, Card, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Me } from '@mutualis/contracts';
import { ACCOUNT_LOCALES, LOCALE_AUTONYMS } from '@mutualis/domain/accounts/locale';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import type { Language } from '../../i18n/index.ts';
import { NewPasswordFields, useNewPassword } from '../auth/new-password-fields.tsx';
import { acceptSession, ME_KEY, useCurrentUser, useSwitchLanguage } from '../auth/session.ts';
import { useChangePassword, useSaveProfile } from './api.ts';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('account:title')} subtitle={`${me.email} · ${t(`common:role.${me.role}`)}`} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ProfileCard me={me} />
        <PasswordCard />
      </SimpleGrid>
    </>
  );
}

function ProfileCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const switchLanguage = useSwitchLanguage();
  const form = useFieldErrors();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState<Language>(me.locale);
  const save = useSaveProfile({
    onSuccess: (updated) => {
      if (updated?.userId) queryClient.setQueryData(ME_KEY, updated);
      else void queryClient.invalidateQueries({ queryKey: ME_KEY });
      switchLanguage(locale);
      notify({ color: 'green', message: t('account:saved') });
    },
    onError: form.fromError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    save.mutate({ displayName, locale });
  };
  return (
    <Card withBorder component="section" aria-labelledby="profile-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="profile-title">
            {t('account:profile')}
          </Title>
          <FormError form={form} />
          <TextInput
            label={t('auth:fields.displayName')}
            required
            value={displayName}
            error={form.error('displayName')}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
          />
          <Select
            label={t('account:language')}
            data={ACCOUNT_LOCALES.map((l) => ({ value: l, label: LOCALE_AUTONYMS[l] }))}
            value={locale}
            allowDeselect={false}
            error={form.error('locale')}
            onChange={(v) => v && setLocale(v as Language)}
          />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common:actions.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function PasswordCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors();
  const [currentPassword, setCurrent] = useState('');
  const newPassword = useNewPassword();
  const change = useChangePassword({
    onSuccess: (me) => {
      // the session was renewed: later writes must carry its new CSRF token
      acceptSession(queryClient, me);
      setCurrent('');
      newPassword.clear();
      notify({ color: 'green', message: t('account:passwordChanged') });
    },
    onError: form.fromError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    if (!newPassword.matches()) return;
    change.mutate({ currentPassword, newPassword: newPassword.password });
  };
  return (
    <Card withBorder component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="password-title">
            {t('account:password')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('auth:fields.passwordRule')}
          </Text>
          <FormError form={form} />
          <PasswordInput
            label={t('account:currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            error={form.error('currentPassword')}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <NewPasswordFields value={newPassword} error={form.error('newPassword')} />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('account:changePassword')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
