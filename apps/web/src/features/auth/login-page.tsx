import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { homeOf } from '../../app/navigation.ts';
import { FormError } from '../../components/form-error.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useSsoOption } from './api.ts';
import { PublicLayout } from './public-layout.tsx';
import { useLogin, useMe } from './session.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const login = useLogin();
  const form = useFieldErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // single sign-on: /login?mutual=<slug> offers the mutual's provider; ?ssoError=<code> says why it did not open
  const sso = useSsoOption(params.get('mutual'));
  const ssoError = params.get('ssoError');

  const next = params.get('next');
  const safeNext = next?.startsWith('/') && !next.startsWith('//') ? next : null;
  if (me) return <Navigate to={safeNext ?? homeOf(me.role)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    login.mutate(
      { email, password },
      { onSuccess: (user) => navigate(safeNext ?? homeOf(user.role), { replace: true }), onError: form.fromError },
    );
  };

  return (
    <PublicLayout title={t('auth:login.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('auth:login.intro')}</Text>
          {ssoError && (
            <Alert color="red" variant="light" role="alert">
              {t([`auth:login.ssoErrors.${ssoError}`, 'auth:login.ssoErrors.sso_failed'])}
            </Alert>
          )}
          {sso.data && (
            <>
              <Button component="a" href={sso.data.startUrl} variant="default" fullWidth>
                {t('auth:login.sso', { provider: sso.data.providerName })}
              </Button>
              <Divider label={t('auth:login.orPassword')} labelPosition="center" />
            </>
          )}
          <FormError form={form} />
          <TextInput
            label={t('auth:fields.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            error={form.error('email')}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
              form.clear('email');
            }}
          />
          <PasswordInput
            label={t('auth:fields.password')}
            autoComplete="current-password"
            required
            value={password}
            error={form.error('password')}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              form.clear('password');
            }}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('auth:login.submit')}
          </Button>
          <Anchor component={Link} to="/password-reset" size="sm">
            {t('auth:login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </PublicLayout>
  );
}
