import { Button, Group, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { FUNDER_KINDS, useCreateFunder, useFunders, useLinkFunder, usePlatformFunders, useProgrammes } from './api.ts';
import { BudgetTable } from './budget-table.tsx';
import { FundingTabs } from './funding-tabs.tsx';
import { ProgrammeForm } from './programme-form.tsx';

/** /funding: funders, their programmes (terms as data) and the budget used against agreed. */
export function FundingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const funders = useFunders();
  const programmes = useProgrammes();
  const createFunder = useCreateFunder();
  const platformFunders = usePlatformFunders();
  const linkFunder = useLinkFunder();
  const errorMessage = useErrorMessage();
  const platformOptions = (platformFunders.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  const form = useFieldErrors();
  const [name, setName] = useState('');
  const [platformFunderId, setPlatformFunderId] = useState<string | null>(null);
  const [kind, setKind] = useState<(typeof FUNDER_KINDS)[number]>('government');
  const [adding, setAdding] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    createFunder.mutate(
      { name, kind, platformFunderId },
      {
        onSuccess: (f) => {
          notify({ color: 'green', message: t('funding:funders.added', { code: f.accountCode }) });
          setName('');
          setPlatformFunderId(null);
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <>
      <PageHeader
        title={t('funding:title')}
        subtitle={t('funding:subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
            disabled={(funders.data?.items.length ?? 0) === 0}
          >
            {t('funding:programmes.add')}
          </Button>
        }
      />
      <FundingTabs />
      <ErrorAlert error={funders.error ?? programmes.error} />
      <Title order={2} size="h4" mb="xs">
        {t('funding:programmes.title')}
      </Title>
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-label={t('funding:programmes.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('funding:programmes.name')}</Table.Th>
              <Table.Th>{t('funding:programmes.term')}</Table.Th>
              <Table.Th ta="right">{t('funding:programmes.coverage')}</Table.Th>
              <Table.Th>{t('funding:programmes.categories')}</Table.Th>
              <Table.Th>{t('funding:programmes.caps')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programmes.data?.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {p.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.funderName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {format.date(p.startsOn)} – {format.date(p.endsOn)}
                </Table.Td>
                <Table.Td ta="right">{format.ppm(p.coveragePpm)}</Table.Td>
                <Table.Td>{p.eligibleCategories.map((c) => t(`funding:category.${c}`)).join(', ')}</Table.Td>
                <Table.Td>
                  {[
                    p.caps.perParticipantHourCents !== null &&
                      t('funding:caps.perHour', { amount: format.amount(p.caps.perParticipantHourCents) }),
                    p.caps.perActivityCents !== null &&
                      t('funding:caps.perActivity', { amount: format.amount(p.caps.perActivityCents) }),
                    p.caps.perMemberPerYearCents !== null &&
                      t('funding:caps.perMember', { amount: format.amount(p.caps.perMemberPerYearCents) }),
                    p.caps.perYearCents !== null &&
                      t('funding:caps.perYear', { amount: format.amount(p.caps.perYearCents) }),
                  ]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('funding:budget.title')}
      </Title>
      <BudgetTable />
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('funding:funders.title')}
      </Title>
      <Table striped aria-label={t('funding:funders.title')} mb="sm">
        <Table.Tbody>
          {funders.data?.items.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{f.name}</Table.Td>
              <Table.Td>{t(`funding:kind.${f.kind}`)}</Table.Td>
              <Table.Td>{t('funding:funders.account', { code: f.accountCode ?? '—' })}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${t('funding:funders.platformFunder')} — ${f.name}`}
                  placeholder={t('funding:funders.platformFunderNone')}
                  data={platformOptions}
                  value={f.platformFunderId}
                  clearable
                  searchable
                  size="xs"
                  w={260}
                  onChange={(v) =>
                    linkFunder.mutate(
                      { mutualFunderId: f.id, platformFunderId: v },
                      {
                        onSuccess: () => notify({ color: 'green', message: t('funding:funders.linked') }),
                        onError: (e) => notify({ color: 'red', message: errorMessage(e) }),
                      },
                    )
                  }
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label={t('funding:funders.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            w={360}
            error={form.error('name')}
          />
          <Select
            label={t('funding:funders.kind')}
            data={FUNDER_KINDS.map((k) => ({ value: k, label: t(`funding:kind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as typeof kind)}
            allowDeselect={false}
            w={220}
          />
          <Select
            label={t('funding:funders.platformFunder')}
            description={t('funding:funders.platformFunderHelp')}
            placeholder={t('funding:funders.platformFunderNone')}
            data={platformOptions}
            value={platformFunderId}
            onChange={setPlatformFunderId}
            clearable
            searchable
            w={320}
            error={form.error('platformFunderId')}
          />
          <Button type="submit" variant="default" loading={createFunder.isPending}>
            {t('funding:funders.add')}
          </Button>
        </Group>
        <FormError form={form} unlessFieldErrors mt="sm" />
      </form>
      <ProgrammeForm opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}
