import { Badge, Button, Card, Group, NumberInput, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/form-error.tsx';
import { dollarsToCents, today, useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { type Employee, useAddWage, useWages } from '../api.ts';

/** The employee's hourly wages, newest first, and the form that adds one. */
export function WagesCard({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useAddWage(employee.id);
  const form = useFieldErrors();
  const [effectiveOn, setEffectiveOn] = useState(today());
  const [wage, setWage] = useState<number | string>('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    add.mutate(
      { effectiveOn, hourlyWageCents: wage === '' ? Number.NaN : dollarsToCents(wage) },
      {
        onSuccess: () => {
          setWage('');
          notify({ color: 'green', message: t('employees:wages.added') });
        },
        onError: form.fromError,
      },
    );
  };
  const { data } = useWages(employee.id);
  const wages = [...(data ?? [])].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
  return (
    <Card withBorder component="section" aria-labelledby="wages-title">
      <Title order={2} size="h4" id="wages-title" mb="sm">
        {t('employees:wages.title')}
      </Title>
      {wages.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('employees:wages.none')}
        </Text>
      ) : (
        <Table aria-labelledby="wages-title" maw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('employees:wages.effectiveOn')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('employees:wages.hourly')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {wages.map((w, i) => (
              <Table.Tr key={w.id}>
                <Table.Td>
                  {format.date(w.effectiveOn)}{' '}
                  {i === 0 && (
                    <Badge variant="light" color="green" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
                      {t('employees:wages.current')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{format.money(w.hourlyWageCents, 2)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" mt="md">
          <TextInput
            label={t('employees:wages.effectiveOn')}
            type="date"
            required
            value={effectiveOn}
            error={form.error('effectiveOn')}
            onChange={(e) => setEffectiveOn(e.currentTarget.value)}
          />
          <NumberInput
            hideControls
            label={t('employees:wages.hourly')}
            required
            min={0}
            decimalScale={2}
            value={wage}
            error={form.error('hourlyWageCents')}
            onChange={setWage}
          />
          <Button type="submit" mt={25} loading={add.isPending} variant="light">
            {t('employees:wages.add')}
          </Button>
        </Group>
        <FormError form={form} unlessFieldErrors variant="text" />
      </form>
    </Card>
  );
}
