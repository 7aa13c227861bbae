import { useState } from 'react';
import { ApiError, type FieldErrors } from '../api/client.ts';

/**
 * Field errors of a form: set from the API's problem document after a failed submit,
 * cleared field by field as the user edits. `general` holds an error not tied to a field.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<unknown>(null);
  return {
    errors,
    general,
    error: (field: string) => errors[field],
    clear: (field: string) => {
      if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
    },
    reset: () => {
      setErrors({});
      setGeneral(null);
    },
    fromError: (error: unknown) => {
      if (error instanceof ApiError && error.errors.length > 0) {
        setErrors(error.fieldErrors());
        setGeneral(error);
      } else {
        setErrors({});
        setGeneral(error);
      }
    },
  };
}
