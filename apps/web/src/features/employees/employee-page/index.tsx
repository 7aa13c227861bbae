import { Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { LANGUAGES } from '@mutualis/domain/reference/people';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { teerOfNoc, useReference } from '../../../api/reference.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { dollarsToCents, useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFieldErrors } from '../../../components/use-field-errors.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { LearnerRecordCard } from '../../learning/learner-record-card.tsx';
import { type Employee, type EmployeeInput, useEmployee, useSaveEmployee } from '../api.ts';
import { EndEmploymentCard } from './end-employment-card.tsx';
import { JobChangesCard } from './job-changes-card.tsx';
import { WagesCard } from './wages-card.tsx';

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

/** /employees/new?memberId=… and /employees/:id: the employee form, learner record, wage history and end of employment. */
export function EmployeePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { employeeId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ref = useReference();
  const format = useFormat();
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
  const backTo =
    me.role === 'member_contact' ? '/my-employees' : memberId ? `/members/${memberId}?tab=employees` : '/employees';

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
      language: (values.language ?? 'fr') as EmployeeInput['language'],
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
          <Group>
            {me.role === 'coordinator' && employeeId && (
              <Button variant="default" onClick={() => navigate(`/privacy/people/${employeeId}`)}>
                {t('privacy:file.open')}
              </Button>
            )}
            <Button variant="default" onClick={() => navigate(backTo)}>
              {t('common:actions.back')}
            </Button>
          </Group>
        }
      />
      {employee?.endDate && (
        <Alert color="gray" mb="md" role="status">
          {t('employees:end.ended', {
            date: format.date(employee.endDate),
            reason: ref.endReasonLabel(employee.endReason),
          })}
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
                <TextInput
                  label={t('employees:fields.firstName')}
                  required
                  value={values.firstName}
                  error={form.error('firstName')}
                  onChange={(e) => set('firstName', e.currentTarget.value)}
                />
                <TextInput
                  label={t('employees:fields.lastName')}
                  required
                  value={values.lastName}
                  error={form.error('lastName')}
                  onChange={(e) => set('lastName', e.currentTarget.value)}
                />
                <TextInput
                  label={t('employees:fields.jobTitle')}
                  required
                  value={values.jobTitle}
                  error={form.error('jobTitle')}
                  onChange={(e) => set('jobTitle', e.currentTarget.value)}
                />
                <TextInput
                  label={t('employees:fields.email')}
                  type="email"
                  value={values.email}
                  error={form.error('email')}
                  onChange={(e) => set('email', e.currentTarget.value)}
                />
                <TextInput
                  label={t('employees:fields.noc')}
                  description={
                    teer !== undefined
                      ? t('employees:form.teerIs', {
                          teer: ref.teerLabel(teer),
                          category: ref.nocCategoryLabel(values.nocCode.trim()),
                        })
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
                  data={LANGUAGES.map((l) => ({ value: l.code, label: t(`common:languages.${l.code}`) }))}
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
        {employee && <LearnerRecordCard employeeId={employee.id} />}
        {employee && <WagesCard employee={employee} />}
        {employee && <JobChangesCard employee={employee} />}
        {employee && !employee.endDate && <EndEmploymentCard employee={employee} />}
      </Stack>
    </>
  );
}
