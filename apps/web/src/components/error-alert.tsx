import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** The translated message of an API error code, with the server's detail as fallback. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      const key = `errors:${error.code}`;
      if (i18n.exists(key)) return t(key);
      return error.detail || t('errors:unknown');
    }
    return t('errors:network');
  };
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('errors:title')} role="alert">
      {message(error)}
    </Alert>
  );
}
