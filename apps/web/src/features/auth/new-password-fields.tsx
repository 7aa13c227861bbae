import { PasswordInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A new password typed twice: the pair's state, and `matches()` that flags a mismatch before a submit. */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    password,
    confirm,
    mismatch,
    setPassword,
    setConfirm: (value: string) => {
      setConfirm(value);
      setMismatch(false);
    },
    clear: () => {
      setPassword('');
      setConfirm('');
    },
    matches: () => {
      setMismatch(password !== confirm);
      return password === confirm;
    },
  };
}

/** The new password and its confirmation (shown as not matching after a failed `matches()`). */
export function NewPasswordFields({
  value,
  error,
  description,
}: {
  value: ReturnType<typeof useNewPassword>;
  error?: ReactNode;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={t('auth:fields.newPassword')}
        description={description}
        autoComplete="new-password"
        required
        value={value.password}
        error={error}
        onChange={(e) => value.setPassword(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('auth:fields.confirmPassword')}
        autoComplete="new-password"
        required
        value={value.confirm}
        error={value.mismatch ? t('auth:fields.mismatch') : undefined}
        onChange={(e) => value.setConfirm(e.currentTarget.value)}
      />
    </>
  );
}
