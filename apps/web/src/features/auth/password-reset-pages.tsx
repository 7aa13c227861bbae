import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { FormError } from '../../components/form-error.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useConfirmPasswordReset, useRequestPasswordReset } from './api.ts';
import { NewPasswordFields, useNewPassword } from './new-password-fields.tsx';
import { PublicLayout } from './public-layout.tsx';

/** /password-reset: asks for an e-mail; the answer never tells whether the account exists. */
export function PasswordResetRequestPage() {
  const { t } = useTranslation();
  const form = useFieldErrors();
  const [email, setEmail] = useState('');
  const request = useRequestPasswordReset({ onError: form.fromError });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    request.mutate({ email });
  };
  return (
    <PublicLayout title={t('auth:reset.title')}>
      {request.isSuccess ? (
        <Alert color="green" role="status">
          {t('auth:reset.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('auth:reset.intro')}</Text>
            <FormError form={form} />
            <TextInput
              label={t('auth:fields.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              error={form.error('email')}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <Button type="submit" loading={request.isPending}>
              {t('auth:reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm" mt="md" display="block">
        {t('auth:backToLogin')}
      </Anchor>
    </PublicLayout>
  );
}

/** /password-reset/confirm?token=…: chooses the new password. */
export function PasswordResetConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFieldErrors();
  const newPassword = useNewPassword();
  const confirmReset = useConfirmPasswordReset({ onError: form.fromError });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    if (!newPassword.matches()) return;
    confirmReset.mutate({ token, password: newPassword.password });
  };
  return (
    <PublicLayout title={t('auth:resetConfirm.title')}>
      {confirmReset.isSuccess ? (
        <Alert color="green" role="status">
          {t('auth:resetConfirm.done')}
        </Alert>
      ) : !token ? (
        <Alert color="red" role="alert">
          {t('auth:resetConfirm.noToken')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError form={form} />
            <NewPasswordFields
              value={newPassword}
              error={form.error('password')}
              description={t('auth:fields.passwordRule')}
            />
            <Button type="submit" loading={confirmReset.isPending}>
              {t('auth:resetConfirm.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" size="sm" mt="md" display="block">
        {t('auth:backToLogin')}
      </Anchor>
    </PublicLayout>
  );
}
