import { Anchor, Badge, Button, Card, Checkbox, Table, Text, Title } from '@mantine/core';
import type { EmulationScenario } from '@mutualis/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useScenarios } from './api.ts';

/** Saved emulation scenarios, and up to four of them compared side by side. */
export function ScenariosPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useScenarios();
  const [chosen, setChosen] = useState<string[]>([]);
  const compared = (data?.items ?? []).filter((s) => chosen.includes(s.id));
  return (
    <>
      <PageHeader
        title={t('emulation:title')}
        subtitle={t('emulation:subtitle')}
        actions={
          <Button component={Link} to="/emulation/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('emulation:new')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Card withBorder mb="md">
        <Table striped aria-label={t('emulation:title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('emulation:compare')}</Table.Th>
              <Table.Th>{t('emulation:fields.name')}</Table.Th>
              <Table.Th>{t('emulation:fields.territory')}</Table.Th>
              <Table.Th>{t('emulation:status.label')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('emulation:result.savings')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('emulation:result.membersNeeded')}</Table.Th>
              <Table.Th>{t('emulation:updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.items ?? []).map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('emulation:compareThis', { name: s.name })}
                    checked={chosen.includes(s.id)}
                    disabled={!s.result || (!chosen.includes(s.id) && chosen.length >= 4)}
                    onChange={(e) =>
                      setChosen(e.currentTarget.checked ? [...chosen, s.id] : chosen.filter((id) => id !== s.id))
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/emulation/${s.id}`}>
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{s.territory}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={s.status === 'done' ? 'green' : s.status === 'failed' ? 'red' : 'gray'}
                    styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
                  >
                    {t(`emulation:status.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {s.result ? format.money(s.result.chosen.savingsCents) : '—'}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {s.result ? (s.result.membersNeeded ?? t('emulation:result.notReached')) : '—'}
                </Table.Td>
                <Table.Td>{format.dateTime(s.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data && data.total === 0 && (
          <Text size="sm" c="dimmed">
            {t('emulation:none')}
          </Text>
        )}
      </Card>
      {compared.length > 0 && <Comparison scenarios={compared} />}
    </>
  );
}

function Comparison({ scenarios }: { scenarios: EmulationScenario[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pct = (x: number) => `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(x * 100)} %`;
  const rows: [string, (s: EmulationScenario) => string][] = [
    [t('emulation:fields.territory'), (s) => s.territory],
    [t('emulation:result.firmsIn'), (s) => format.number(s.result?.firmsInTerritory)],
    [t('emulation:fields.participationRate'), (s) => pct(s.assumptions.participationRate)],
    [t('emulation:result.firms'), (s) => format.number(s.result?.chosen.firms)],
    [t('emulation:result.sessions'), (s) => format.number(s.result?.chosen.sessions)],
    [t('emulation:result.firmsPerSession'), (s) => format.number(s.result?.chosen.firmsPerSession)],
    [t('emulation:result.pooled'), (s) => format.money(s.result?.chosen.pooledCostCents)],
    [t('emulation:result.alone'), (s) => format.money(s.result?.chosen.standaloneCostCents)],
    [
      t('emulation:result.savings'),
      (s) => (s.result ? `${format.money(s.result.chosen.savingsCents)} (${pct(s.result.chosen.savingsShare)})` : ''),
    ],
    [t('emulation:result.perFirm'), (s) => format.money(s.result?.chosen.savingsPerFirmCents)],
    [
      t('emulation:result.membersNeeded'),
      (s) =>
        s.result?.membersNeeded === null ? t('emulation:result.notReached') : format.number(s.result?.membersNeeded),
    ],
    [t('emulation:fields.operatingCost'), (s) => format.money(s.assumptions.operatingCostCents)],
    [t('emulation:fields.publicFundingShare'), (s) => pct(s.assumptions.publicFundingShare)],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="compare-title">
      <Title order={2} size="h4" id="compare-title" mb="sm">
        {t('emulation:comparison')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped aria-labelledby="compare-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {scenarios.map((s) => (
                <Table.Th key={s.id}>{s.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                {scenarios.map((s) => (
                  <Table.Td key={s.id}>{value(s)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
