import { Button, Group, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { useCloseBooks, useFinanceSettings } from '../api.ts';

/** Closing the books through a month end: from then on no entry may be dated on or before it. */
export function ClosePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useFinanceSettings();
  const close = useCloseBooks();
  const form = useFieldErrors();
  const [through, setThrough] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    close.mutate(through, {
      onSuccess: () => notify({ color: 'green', message: t('finance:ledger.closed') }),
      onError: form.fromError,
    });
  };
  return (
    <form onSubmit={submit}>
      <Text size="sm" mb="sm">
        {settings.data?.closedThrough
          ? t('finance:ledger.closedThrough', { date: format.date(settings.data.closedThrough) })
          : t('finance:ledger.neverClosed')}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('finance:ledger.closeHelp')}
      </Text>
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('finance:ledger.closeThrough')}
          value={through}
          onChange={(e) => setThrough(e.currentTarget.value)}
          required
          error={form.error('through')}
        />
        <Button type="submit" color="red" variant="light" loading={close.isPending}>
          {t('finance:ledger.closeButton')}
        </Button>
      </Group>
      <FormError form={form} unlessFieldErrors mt="sm" />
    </form>
  );
}
