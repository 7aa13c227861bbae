import { BarChart } from '@mantine/charts';
import { Anchor, Button, Card, Modal, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { PartnerSummary } from '@mutualis/contracts';
import { PARTNER_KINDS, type PartnerKind } from '@mutualis/domain/governance/ecosystem';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { type Column, DataTable, useTableState } from '../../components/data-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { today, useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useCreatePartner, useEcosystem, usePartners } from './api.ts';
import { NetworkView } from './network-view.tsx';

/** The ecosystem: partner organisations, the support they give over time, and the network at a glance. */
export function PartnersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={t('governance:partners.title')}
        subtitle={t('governance:partners.subtitle')}
        actions={
          me.role === 'coordinator' && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              {t('governance:partners.add')}
            </Button>
          )
        }
      />
      <Tabs defaultValue="network" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="network">{t('governance:partners.network')}</Tabs.Tab>
          <Tabs.Tab value="list">{t('governance:partners.list')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="network">
          <EcosystemPanel />
        </Tabs.Panel>
        <Tabs.Panel value="list">
          <PartnerList />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={opened}
        onClose={close}
        title={t('governance:partners.add')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <PartnerForm onDone={close} />
      </Modal>
    </>
  );
}

function EcosystemPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useEcosystem();
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const timeline = data.timeline.map((y) => ({
    year: String(y.year),
    financial: y.financialCents / 100,
    partners: y.activePartners,
    material: y.material,
    organisational: y.organisational,
  }));
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }}>
      <Card withBorder component="section" aria-labelledby="network-title">
        <Title order={2} size="h4" id="network-title" mb="sm">
          {t('governance:partners.network')}
        </Title>
        <NetworkView ecosystem={data} />
      </Card>
      <Stack>
        <Card withBorder component="section" aria-labelledby="support-title">
          <Title order={2} size="h4" id="support-title" mb="sm">
            {t('governance:partners.financialByYear')}
          </Title>
          <div
            role="img"
            aria-label={`${t('governance:partners.financialByYear')}: ${timeline.map((y) => `${y.year} ${format.money(y.financial * 100)}`).join(', ')}`}
          >
            <BarChart
              h={220}
              data={timeline}
              dataKey="year"
              series={[{ name: 'financial', label: t('governance:supportKinds.financial'), color: 'teal.8' }]}
              valueFormatter={(v) => format.money(v * 100)}
            />
          </div>
        </Card>
        <Card withBorder component="section" aria-labelledby="relations-title">
          <Title order={2} size="h4" id="relations-title" mb="sm">
            {t('governance:partners.relationsByYear')}
          </Title>
          <div
            role="img"
            aria-label={`${t('governance:partners.relationsByYear')}: ${timeline.map((y) => `${y.year} ${y.partners}`).join(', ')}`}
          >
            <BarChart
              h={220}
              data={timeline}
              dataKey="year"
              series={[
                { name: 'partners', label: t('governance:partners.activePartners'), color: 'blue.8' },
                { name: 'material', label: t('governance:supportKinds.material'), color: 'orange.8' },
                { name: 'organisational', label: t('governance:supportKinds.organisational'), color: 'grape.8' },
              ]}
            />
          </div>
        </Card>
      </Stack>
    </SimpleGrid>
  );
}

function PartnerList() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, update } = useTableState({ pageSize: 50 });
  const { data, isLoading, error } = usePartners({ page: state.page, pageSize: state.pageSize, ...state.filters });
  const columns: Column<PartnerSummary>[] = [
    {
      key: 'name',
      header: t('governance:fields.name'),
      render: (p) => (
        <Anchor component={Link} to={`/partners/${p.id}`}>
          {p.name}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('governance:fields.partnerKind'), render: (p) => t(`governance:partnerKinds.${p.kind}`) },
    {
      key: 'support',
      header: t('governance:fields.support'),
      render: (p) => p.supportKinds.map((k) => t(`governance:supportKinds.${k}`)).join(', '),
    },
    {
      key: 'financial',
      header: t('governance:supportKinds.financial'),
      align: 'right',
      render: (p) => format.money(p.financialCents),
    },
    { key: 'since', header: t('governance:fields.since'), render: (p) => format.date(p.since) },
    {
      key: 'active',
      header: t('governance:fields.active'),
      render: (p) => (p.active ? t('common:yes') : t('common:no')),
    },
  ];
  return (
    <DataTable
      caption={t('governance:partners.list')}
      columns={columns}
      data={data}
      isLoading={isLoading}
      error={error}
      rowKey={(p) => p.id}
      state={state}
      onChange={update}
      toolbar={
        <Select
          label={t('governance:fields.partnerKind')}
          placeholder={t('common:filters.all')}
          clearable
          data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`governance:partnerKinds.${k}`) }))}
          value={state.filters.kind ?? null}
          onChange={(v) => update({ filters: { kind: v } })}
          w={260}
        />
      }
    />
  );
}

function PartnerForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFieldErrors();
  const create = useCreatePartner();
  const [v, setV] = useState({ name: '', kind: 'college' as PartnerKind, since: today(), website: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.reset();
    create.mutate(
      { name: v.name, kind: v.kind, since: v.since, website: v.website },
      {
        onSuccess: (p) => {
          onDone();
          navigate(`/partners/${p.id}`);
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError form={form} unlessFieldErrors />
        <TextInput
          label={t('governance:fields.name')}
          required
          value={v.name}
          error={form.error('name')}
          onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
        />
        <Select
          label={t('governance:fields.partnerKind')}
          data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`governance:partnerKinds.${k}`) }))}
          value={v.kind}
          allowDeselect={false}
          onChange={(k) => k && setV({ ...v, kind: k as PartnerKind })}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          type="date"
          label={t('governance:fields.since')}
          value={v.since}
          error={form.error('since')}
          onChange={(e) => setV({ ...v, since: e.currentTarget.value })}
        />
        <TextInput
          label={t('governance:fields.website')}
          value={v.website}
          onChange={(e) => setV({ ...v, website: e.currentTarget.value })}
        />
        <Text size="xs" c="dimmed">
          {t('governance:partners.addHelp')}
        </Text>
        <Button type="submit" loading={create.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}
