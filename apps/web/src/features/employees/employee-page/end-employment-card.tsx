import { Button, Card, Group, Select, TextInput, Title } from '@mantine/core';
import type { EndEmployeeRequest } from '@mutualis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../../api/reference.ts';
import { FormError } from '../../../components/form-error.tsx';
import { today } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { type Employee, useEndEmployment } from '../api.ts';

/** Ends the employment on a date, with a reason. */
export function EndEmploymentCard({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const ref = useReference();
  const end = useEndEmployment(employee.id);
  const form = useFieldErrors();
  const [endDate, setEndDate] = useState(today());
  const [endReason, setEndReason] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    end.mutate(
      { endDate, endReason: (endReason ?? '') as EndEmployeeRequest['endReason'] },
      { onSuccess: () => notify({ color: 'green', message: t('employees:end.done') }), onError: form.fromError },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="end-title">
      <Title order={2} size="h4" id="end-title" mb="sm">
        {t('employees:end.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('employees:fields.endDate')}
            type="date"
            required
            value={endDate}
            error={form.error('endDate')}
            onChange={(e) => setEndDate(e.currentTarget.value)}
          />
          <Select
            label={t('employees:fields.endReason')}
            required
            data={ref.endReasonOptions}
            value={endReason}
            error={form.error('endReason')}
            onChange={setEndReason}
          />
          <Button type="submit" mt={25} color="red" c="red.9" variant="outline" loading={end.isPending}>
            {t('employees:end.submit')}
          </Button>
        </Group>
        <FormError form={form} unlessFieldErrors variant="text" />
      </form>
    </Card>
  );
}
