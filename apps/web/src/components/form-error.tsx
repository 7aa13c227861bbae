import { Alert } from '@mantine/core';
import { useErrorMessage } from './error-alert.tsx';
import type { useFieldErrors } from './use-field-errors.ts';

/**
 * A form's failed submit as a red alert with the translated message. With `unlessFieldErrors`, it
 * stays hidden when the API named fields (their inputs then show the errors).
 */
export function FormError({ form, unlessFieldErrors = false }: { form: Pick<ReturnType<typeof useFieldErrors>, 'general' | 'errors'>; unlessFieldErrors?: boolean }) {
  const message = useErrorMessage();
  if (!form.general || (unlessFieldErrors && Object.keys(form.errors).length > 0)) return null;
  return (
    <Alert color="red" role="alert">
      {message(form.general)}
    </Alert>
  );
}
