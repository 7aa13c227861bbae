import { Anchor, Button, Group, Select, Table, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { MoneyBadge } from '../finance/status.tsx';
import { useClaims, useCreateClaim, useProgrammes } from './api.ts';
import { FundingTabs } from './funding-tabs.tsx';

/** /funding/claims: claims to funders, and a new claim gathering a period's unclaimed subsidies. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const claims = useClaims();
  const programmes = useProgrammes();
  const create = useCreateClaim();
  const form = useFieldErrors();
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate(
      { programmeId: programmeId ?? '', periodFrom: from, periodTo: to },
      { onSuccess: (c) => navigate(`/funding/claims/${c.id}`), onError: form.fromError },
    );
  };
  return (
    <>
      <PageHeader title={t('funding:claims.title')} subtitle={t('funding:claims.subtitle')} />
      <FundingTabs />
      <form onSubmit={submit}>
        <Group align="flex-end" mb="md">
          <Select
            label={t('funding:claims.programme')}
            data={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={programmeId}
            onChange={setProgrammeId}
            required
            w={340}
            error={form.error('programmeId')}
          />
          <TextInput
            type="date"
            label={t('funding:claims.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t('funding:claims.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            required
            error={form.error('periodTo')}
          />
          <Button type="submit" loading={create.isPending}>
            {t('funding:claims.create')}
          </Button>
        </Group>
        <FormError form={form} unlessFieldErrors mt="xs" />
      </form>
      <ErrorAlert error={claims.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('funding:claims.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('funding:claims.number')}</Table.Th>
              <Table.Th>{t('funding:claims.programme')}</Table.Th>
              <Table.Th>{t('funding:claims.period')}</Table.Th>
              <Table.Th ta="right">{t('funding:claims.claimed')}</Table.Th>
              <Table.Th ta="right">{t('funding:claims.received')}</Table.Th>
              <Table.Th>{t('funding:claims.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {claims.data?.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/funding/claims/${c.id}`} fw={600}>
                    {c.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.programmeName}</Table.Td>
                <Table.Td>
                  {format.date(c.periodFrom)} – {format.date(c.periodTo)}
                </Table.Td>
                <Table.Td ta="right">{format.amount(c.claimedCents)}</Table.Td>
                <Table.Td ta="right">{format.amount(c.receivedCents)}</Table.Td>
                <Table.Td>
                  <MoneyBadge status={c.status} labelKey="funding:status" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
