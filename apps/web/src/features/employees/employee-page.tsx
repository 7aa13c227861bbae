import type { EndEmployeeRequest } from '@mutualis/contracts';
import { Alert, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notify } from '../../components/notify.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { teerOfNoc, useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents, today, useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { type Employee, type EmployeeInput, useAddWage, useEmployee, useEndEmployment, useSaveEmployee, useWages } from './api.ts';

interface FormState {
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  nocCode: string;
  educationLevel: string | null;
  language: string | null;
  birthYear: number | string;
  hireDate: string;
  hourlyWage: number | string;
}

const empty: FormState = {
  firstName: '',
  lastName: '',
  email: '',
  jobTitle: '',
  nocCode: '',
  educationLevel: null,
  language: 'fr',
  birthYear: '',
  hireDate: '',
  hourlyWage: '',
};

function fromEmployee(e: Employee): FormState {
  return {
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email ?? '',
    jobTitle: e.jobTitle,
    nocCode: e.nocCode,
    educationLevel: e.educationLevel,
    language: e.language,
    birthYear: e.birthYear ?? '',
    hireDate: e.hireDate,
    hourlyWage: '',
  };
}

/** /employees/new?memberId=… and /employees/:id: the employee form, wage history and end of employment. */
export function EmployeePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { employeeId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ref = useReference();
  const existing = useEmployee(employeeId);
  const memberId = existing.data?.memberId ?? params.get('memberId') ?? me.memberId ?? undefined;
  const save = useSaveEmployee(employeeId, memberId);
  const form = useFieldErrors();
  // Only the fields typed and not saved yet; the others show the server's values, so a refetch never
  // wipes what is being typed.
  const [draft, setDraft] = useState<Partial<FormState>>({});
  const values: FormState = { ...(existing.data ? fromEmployee(existing.data) : empty), ...draft };

  const set = <K extends keyof FormState>(key: K, value: FormState[K], field: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(field);
  };
  const backTo = me.role === 'member_contact' ? '/my-employees' : memberId ? `/members/${memberId}?tab=employees` : '/employees';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const body: EmployeeInput = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim() || null,
      jobTitle: values.jobTitle.trim(),
      nocCode: values.nocCode.trim(),
      educationLevel: (values.educationLevel ?? '') as EmployeeInput['educationLevel'],
      language: (values.language ?? 'fr') as 'fr' | 'en',
      birthYear: values.birthYear === '' ? null : Number(values.birthYear),
      hireDate: values.hireDate,
    };
    if (!employeeId && values.hourlyWage !== '') body.hourlyWageCents = dollarsToCents(values.hourlyWage);
    save.mutate(body, {
      onSuccess: (employee) => {
        setDraft({});
        notify({ color: 'green', message: t('employees:form.saved') });
        if (!employeeId) navigate(`/employees/${employee.id}`, { replace: true });
      },
      onError: form.fromError,
    });
  };

  if (employeeId && existing.error) return <ErrorAlert error={existing.error} />;
  const teer = teerOfNoc(values.nocCode.trim());
  const employee = existing.data;
  const title = employee ? `${employee.firstName} ${employee.lastName}` : t('employees:form.createTitle');

  return (
    <>
      <PageHeader
        title={title}
        subtitle={employee?.memberName}
        actions={
          <Button variant="default" onClick={() => navigate(backTo)}>
            {t('common:actions.back')}
          </Button>
        }
      />
      {employee?.endDate && (
        <Alert color="gray" mb="md" role="status">
          {t('employees:end.ended', { date: employee.endDate, reason: ref.endReasonLabel(employee.endReason) })}
        </Alert>
      )}
      <Stack maw={960}>
        <Card withBorder component="section" aria-labelledby="employee-form-title">
          <Title order={2} size="h4" id="employee-form-title" mb="sm">
            {t('employees:form.section')}
          </Title>
          <form onSubmit={submit} noValidate>
            <Stack>
              <FormError form={form} titled />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('employees:fields.firstName')} required value={values.firstName} error={form.error('firstName')} onChange={(e) => set('firstName', e.currentTarget.value)} />
                <TextInput label={t('employees:fields.lastName')} required value={values.lastName} error={form.error('lastName')} onChange={(e) => set('lastName', e.currentTarget.value)} />
                <TextInput label={t('employees:fields.jobTitle')} required value={values.jobTitle} error={form.error('jobTitle')} onChange={(e) => set('jobTitle', e.currentTarget.value)} />
                <TextInput label={t('employees:fields.email')} type="email" value={values.email} error={form.error('email')} onChange={(e) => set('email', e.currentTarget.value)} />
                <TextInput
                  label={t('employees:fields.noc')}
                  description={
                    teer !== undefined
                      ? t('employees:form.teerIs', { teer: ref.teerLabel(teer), category: ref.nocCategoryLabel(values.nocCode.trim()) })
                      : t('employees:form.nocHelp')
                  }
                  required
                  inputMode="numeric"
                  maxLength={5}
                  value={values.nocCode}
                  error={form.error('nocCode')}
                  onChange={(e) => set('nocCode', e.currentTarget.value)}
                />
                <Select
                  label={t('employees:fields.education')}
                  required
                  data={ref.educationOptions}
                  value={values.educationLevel}
                  error={form.error('educationLevel')}
                  onChange={(v) => set('educationLevel', v)}
                />
                <Select
                  label={t('employees:fields.language')}
                  data={[
                    { value: 'fr', label: t('common:languages.fr') },
                    { value: 'en', label: t('common:languages.en') },
                  ]}
                  allowDeselect={false}
                  value={values.language}
                  error={form.error('language')}
                  onChange={(v) => set('language', v)}
                />
                <NumberInput
                  hideControls
                  label={t('employees:fields.birthYear')}
                  min={1900}
                  max={2100}
                  allowDecimal={false}
                  value={values.birthYear}
                  error={form.error('birthYear')}
                  onChange={(v) => set('birthYear', v)}
                />
                <TextInput
                  label={t('employees:fields.hireDate')}
                  type="date"
                  required
                  value={values.hireDate}
                  error={form.error('hireDate')}
                  onChange={(e) => set('hireDate', e.currentTarget.value)}
                />
                {!employeeId && (
                  <NumberInput
                  hideControls
                    label={t('employees:fields.hourlyWage')}
                    min={0}
                    decimalScale={2}
                    value={values.hourlyWage}
                    error={form.error('hourlyWageCents')}
                    onChange={(v) => set('hourlyWage', v, 'hourlyWageCents')}
                  />
                )}
              </SimpleGrid>
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('common:actions.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {employee && <WagesCard employee={employee} />}
        {employee && !employee.endDate && <EndEmploymentCard employee={employee} />}
      </Stack>
    </>
  );
}

function WagesCard({ employee }: { employee: Employee }) {
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
                  {format.date(w.effectiveOn)} {i === 0 && <Badge variant="light" color="green" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>{t('employees:wages.current')}</Badge>}
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

function EndEmploymentCard({ employee }: { employee: Employee }) {
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
