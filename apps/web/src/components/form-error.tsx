import { Alert, type MantineSpacing, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './error-alert.tsx';
import type { useFieldErrors } from './use-field-errors.ts';

/**
 * A form's failed submit as a red alert with the translated message. With `unlessFieldErrors`, it
 * stays hidden when the API named fields (their inputs then show the errors). `titled` heads the alert
 * with "the request failed"; the `text` variant is a line of red text, for small inline forms.
 */
export function FormError({
  form,
  unlessFieldErrors = false,
  variant = 'alert',
  titled = false,
  mt,
}: {
  form: Pick<ReturnType<typeof useFieldErrors>, 'general' | 'errors'>;
  unlessFieldErrors?: boolean;
  variant?: 'alert' | 'text';
  titled?: boolean;
  mt?: MantineSpacing;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!form.general || (unlessFieldErrors && Object.keys(form.errors).length > 0)) return null;
  if (variant === 'text') {
    return (
      <Text c="red.8" size="sm" role="alert" mt={mt}>
        {message(form.general)}
      </Text>
    );
  }
  return (
    <Alert color="red" role="alert" title={titled ? t('errors:title') : undefined} mt={mt}>
      {message(form.general)}
    </Alert>
  );
}
