import {
  Button,
  Checkbox,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { SsoSettingsRequest } from '@mutualis/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notify } from '../../components/notify.ts';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useSetSsoSettings, useSsoSettings } from '../auth/api.ts';

type Values = Required<Omit<SsoSettingsRequest, 'clientSecret'>> & { clientSecret: string };

/** The mutual's OpenID Connect provider (optional, off by default); the secret is never shown, only whether it is set. */
export function SsoSettingsForm({ mutualId }: { mutualId: string }) {
  const { t } = useTranslation();
  const { data } = useSsoSettings();
  const save = useSetSsoSettings();
  const form = useFieldErrors();
  const [values, setValues] = useState<Values>({
    providerName: '',
    issuer: '',
    clientId: '',
    clientSecret: '',
    enabled: false,
    requireEmailVerified: true,
  });
  useEffect(() => {
    if (data?.configured) {
      setValues({
        providerName: data.providerName,
        issuer: data.issuer,
        clientId: data.clientId,
        clientSecret: '',
        enabled: data.enabled,
        requireEmailVerified: data.requireEmailVerified,
      });
    }
  }, [data]);
  const text = (key: 'providerName' | 'issuer' | 'clientId') => (
    <TextInput
      label={t(`auth:sso.${key}`)}
      required
      type={key === 'issuer' ? 'url' : 'text'}
      value={values[key]}
      error={form.error(key)}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [key]: value }));
        form.clear(key);
      }}
    />
  );
  const origin = window.location.origin;
  return (
    <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="sso-heading">
      <Title order={2} size="h3" id="sso-heading" mb="xs">
        {t('auth:sso.title')}
      </Title>
      <Text size="sm" mb="md" style={{ overflowWrap: 'anywhere' }}>
        {t('auth:sso.intro', {
          callback: `${origin}/api/auth/oidc/callback`,
          loginLink: `${origin}/login?mutual=${mutualId}`,
        })}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.reset();
          const { clientSecret, ...rest } = values;
          save.mutate(clientSecret ? { ...rest, clientSecret } : rest, {
            onSuccess: () => {
              setValues((v) => ({ ...v, clientSecret: '' }));
              notify({ color: 'green', message: t('auth:sso.saved') });
            },
            onError: form.fromError,
          });
        }}
      >
        <Stack>
          <FormError form={form} unlessFieldErrors />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('providerName')}
            {text('issuer')}
            {text('clientId')}
            <PasswordInput
              label={t('auth:sso.clientSecret')}
              description={data?.clientSecretSet ? t('auth:sso.secretSet') : t('auth:sso.secretNotSet')}
              autoComplete="off"
              value={values.clientSecret}
              error={form.error('clientSecret')}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, clientSecret: value }));
                form.clear('clientSecret');
              }}
            />
          </SimpleGrid>
          <Checkbox
            label={t('auth:sso.requireEmailVerified')}
            checked={values.requireEmailVerified}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setValues((v) => ({ ...v, requireEmailVerified: checked }));
            }}
          />
          <Checkbox
            label={t('auth:sso.enabled')}
            checked={values.enabled}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setValues((v) => ({ ...v, enabled: checked }));
            }}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('auth:sso.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
