import { Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { sizeClassOf } from '@mutualis/domain/reference/index';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { dollarsToCents } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { type Member, type MemberInput, useMember, useSaveMember } from './api.ts';

interface FormState {
  legalName: string;
  neq: string;
  scianCode: string | null;
  regionCode: string | null;
  headcount: number | string;
  annualPayroll: number | string;
  consentOutcomeData: boolean;
  address: string;
  city: string;
  postalCode: string;
  phone: string;
  website: string;
}

const empty: FormState = {
  legalName: '',
  neq: '',
  scianCode: null,
  regionCode: null,
  headcount: '',
  annualPayroll: '',
  consentOutcomeData: false,
  address: '',
  city: '',
  postalCode: '',
  phone: '',
  website: '',
};

function fromMember(m: Member): FormState {
  return {
    legalName: m.legalName,
    neq: m.neq,
    scianCode: m.scianCode,
    regionCode: m.regionCode,
    headcount: m.headcount,
    annualPayroll: m.annualPayrollCents / 100,
    consentOutcomeData: m.consentOutcomeData,
    address: m.address ?? '',
    city: m.city ?? '',
    postalCode: m.postalCode ?? '',
    phone: m.phone ?? '',
    website: m.website ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** /members/new and /members/:id/edit: the member firm's identity, size and contact details. */
export function MemberFormPage() {
  const { t } = useTranslation();
  const { memberId } = useParams();
  const navigate = useNavigate();
  const ref = useReference();
  const existing = useMember(memberId);
  const save = useSaveMember(memberId);
  const form = useFieldErrors();
  // Only the fields typed and not saved yet; the others show the server's values, so a refetch never
  // wipes what is being typed.
  const [draft, setDraft] = useState<Partial<FormState>>({});
  const values: FormState = { ...(existing.data ? fromMember(existing.data) : empty), ...draft };

  const set = <K extends keyof FormState>(key: K, value: FormState[K], field: string = key) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clear(field);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const body = {
      legalName: values.legalName.trim(),
      neq: values.neq.replace(/[\s-]/g, ''),
      scianCode: values.scianCode ?? '',
      regionCode: values.regionCode ?? '',
      headcount: values.headcount === '' ? Number.NaN : Number(values.headcount),
      annualPayrollCents: values.annualPayroll === '' ? Number.NaN : dollarsToCents(values.annualPayroll),
      consentOutcomeData: values.consentOutcomeData,
      address: orNull(values.address),
      city: orNull(values.city),
      postalCode: orNull(values.postalCode),
      phone: orNull(values.phone),
      website: orNull(values.website),
    } as MemberInput;
    // JSON turns NaN into null, which the API reports as a field error: no duplicate client rules here.
    save.mutate(body, {
      onSuccess: (member) => {
        notify({ color: 'green', message: t('members:form.saved') });
        navigate(`/members/${member.id}`);
      },
      onError: form.fromError,
    });
  };

  const headcount = values.headcount === '' ? null : Number(values.headcount);
  const title = memberId ? t('members:form.editTitle') : t('members:form.createTitle');
  if (memberId && existing.error) return <ErrorAlert error={existing.error} />;

  return (
    <>
      <PageHeader title={title} subtitle={existing.data?.legalName} />
      <form onSubmit={submit} noValidate>
        <Stack maw={900}>
          <FormError form={form} titled />
          <Fieldset legend={t('members:form.identity')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('members:fields.legalName')}
                required
                value={values.legalName}
                error={form.error('legalName')}
                onChange={(e) => set('legalName', e.currentTarget.value)}
              />
              <TextInput
                label={t('members:fields.neq')}
                description={t('members:form.neqHelp')}
                required
                inputMode="numeric"
                value={values.neq}
                error={form.error('neq')}
                onChange={(e) => set('neq', e.currentTarget.value)}
              />
              <Select
                label={t('members:fields.scian')}
                required
                searchable
                data={ref.scianOptions}
                value={values.scianCode}
                error={form.error('scianCode')}
                onChange={(v) => set('scianCode', v)}
                nothingFoundMessage={t('common:filters.nothingFound')}
              />
              <Select
                label={t('members:fields.region')}
                required
                searchable
                data={ref.regionOptions}
                value={values.regionCode}
                error={form.error('regionCode')}
                onChange={(v) => set('regionCode', v)}
              />
              <NumberInput
                hideControls
                label={t('members:fields.headcount')}
                description={
                  headcount !== null && Number.isFinite(headcount) && headcount >= 0
                    ? t('members:form.sizeClassIs', { sizeClass: ref.sizeClassLabel(sizeClassOf(headcount)) })
                    : undefined
                }
                required
                min={0}
                allowDecimal={false}
                value={values.headcount}
                error={form.error('headcount')}
                onChange={(v) => set('headcount', v)}
              />
              <NumberInput
                hideControls
                label={t('members:fields.annualPayroll')}
                description={t('members:form.payrollHelp')}
                required
                min={0}
                decimalScale={2}
                thousandSeparator=" "
                value={values.annualPayroll}
                error={form.error('annualPayrollCents')}
                onChange={(v) => set('annualPayroll', v, 'annualPayrollCents')}
              />
            </SimpleGrid>
            <Checkbox
              mt="md"
              label={t('members:fields.consentOutcomeData')}
              description={t('members:form.consentHelp')}
              checked={values.consentOutcomeData}
              error={form.error('consentOutcomeData')}
              onChange={(e) => set('consentOutcomeData', e.currentTarget.checked)}
            />
          </Fieldset>
          <Fieldset legend={t('members:form.coordinates')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('members:fields.address')}
                value={values.address}
                error={form.error('address')}
                onChange={(e) => set('address', e.currentTarget.value)}
              />
              <TextInput
                label={t('members:fields.city')}
                value={values.city}
                error={form.error('city')}
                onChange={(e) => set('city', e.currentTarget.value)}
              />
              <TextInput
                label={t('members:fields.postalCode')}
                value={values.postalCode}
                error={form.error('postalCode')}
                onChange={(e) => set('postalCode', e.currentTarget.value)}
              />
              <TextInput
                label={t('members:fields.phone')}
                type="tel"
                value={values.phone}
                error={form.error('phone')}
                onChange={(e) => set('phone', e.currentTarget.value)}
              />
              <TextInput
                label={t('members:fields.website')}
                type="url"
                value={values.website}
                error={form.error('website')}
                onChange={(e) => set('website', e.currentTarget.value)}
              />
            </SimpleGrid>
          </Fieldset>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
            <Button variant="default" component={Link} to={memberId ? `/members/${memberId}` : '/members'}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
