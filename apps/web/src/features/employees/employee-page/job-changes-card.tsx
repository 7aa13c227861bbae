import { Button, Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teerOfNoc, useReference } from '../../../api/reference.ts';
import { FormError } from '../../../components/form-error.tsx';
import { today, useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { type Employee, useAddJobChange, useJobChanges } from '../api.ts';

/** The employee's job class changes (title, NOC and TEER from a date), newest first, and the form that records one. */
export function JobChangesCard({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useReference();
  const add = useAddJobChange(employee.id);
  const form = useFieldErrors();
  const [effectiveOn, setEffectiveOn] = useState(today());
  const [jobTitle, setJobTitle] = useState('');
  const [nocCode, setNocCode] = useState('');
  const teer = teerOfNoc(nocCode.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    add.mutate(
      { effectiveOn, jobTitle: jobTitle.trim(), nocCode: nocCode.trim() },
      {
        onSuccess: () => {
          setJobTitle('');
          setNocCode('');
          notify({ color: 'green', message: t('employees:jobChanges.added') });
        },
        onError: form.fromError,
      },
    );
  };
  const { data } = useJobChanges(employee.id);
  const changes = data ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="job-changes-title">
      <Title order={2} size="h4" id="job-changes-title" mb="xs">
        {t('employees:jobChanges.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('employees:jobChanges.help')}
      </Text>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('employees:jobChanges.none')}
        </Text>
      ) : (
        <Table aria-labelledby="job-changes-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('employees:jobChanges.effectiveOn')}</Table.Th>
              <Table.Th>{t('employees:fields.jobTitle')}</Table.Th>
              <Table.Th>{t('employees:fields.noc')}</Table.Th>
              <Table.Th>{t('employees:jobChanges.teer')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{format.date(c.effectiveOn)}</Table.Td>
                <Table.Td>{c.jobTitle}</Table.Td>
                <Table.Td>{c.nocCode}</Table.Td>
                <Table.Td>{ref.teerLabel(c.teer)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" mt="md">
          <TextInput
            label={t('employees:jobChanges.effectiveOn')}
            type="date"
            required
            value={effectiveOn}
            error={form.error('effectiveOn')}
            onChange={(e) => setEffectiveOn(e.currentTarget.value)}
          />
          <TextInput
            label={t('employees:fields.jobTitle')}
            required
            value={jobTitle}
            error={form.error('jobTitle')}
            onChange={(e) => setJobTitle(e.currentTarget.value)}
          />
          <TextInput
            label={t('employees:fields.noc')}
            description={teer !== undefined ? ref.teerLabel(teer) : t('employees:form.nocHelp')}
            required
            inputMode="numeric"
            maxLength={5}
            value={nocCode}
            error={form.error('nocCode')}
            onChange={(e) => setNocCode(e.currentTarget.value)}
          />
          <Button type="submit" mt={25} loading={add.isPending} variant="light">
            {t('employees:jobChanges.add')}
          </Button>
        </Group>
        <FormError form={form} unlessFieldErrors variant="text" />
      </form>
    </Card>
  );
}
