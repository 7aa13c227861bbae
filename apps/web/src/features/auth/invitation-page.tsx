import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { homeOf } from '../../app/navigation.ts';
import { FormError } from '../../components/form-error.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useAcceptInvitation } from './api.ts';
import { NewPasswordFields, useNewPassword } from './new-password-fields.tsx';
import { PublicLayout } from './public-layout.tsx';
import { acceptSession } from './session.ts';

/** /invitation?token=…: the invited person chooses a password (and may fix the name) and is logged in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFieldErrors();
  const [displayName, setDisplayName] = useState('');
  const newPassword = useNewPassword();

  const accept = useAcceptInvitation({
    onSuccess: (me) => {
      if (me?.csrfToken) {
        queryClient.clear();
        acceptSession(queryClient, me);
        navigate(homeOf(me.role), { replace: true });
      } else {
        navigate('/login', { replace: true });
      }
    },
    onError: form.fromError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    if (!newPassword.matches()) return;
    accept.mutate({ token, password: newPassword.password, displayName: displayName.trim() || undefined });
  };

  return (
    <PublicLayout title={t('auth:invitation.title')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('auth:invitation.noToken')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('auth:invitation.intro')}</Text>
            <FormError form={form} />
            <TextInput
              label={t('auth:fields.displayName')}
              description={t('auth:invitation.displayNameHelp')}
              autoComplete="name"
              value={displayName}
              error={form.error('displayName')}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
            />
            <NewPasswordFields
              value={newPassword}
              error={form.error('password')}
              description={t('auth:fields.passwordRule')}
            />
            <Button type="submit" loading={accept.isPending}>
              {t('auth:invitation.submit')}
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
