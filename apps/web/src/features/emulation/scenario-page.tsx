import { LineChart } from '@mantine/charts';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { EmulationAssumptionsInput, EmulationScenario, FirmCount } from '@mutualis/contracts';
import { DEFAULT_EMULATION_ASSUMPTIONS } from '@mutualis/domain/governance/emulation';
import { SIZE_CLASS_CODES, type SizeClass } from '@mutualis/domain/reference/size-class';
import { IconDownload, IconPlayerPlay, IconPlus, IconTrash, IconUpload } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useReference } from '../../api/reference.ts';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import {
  downloadBrief,
  useCreateScenario,
  useDeleteScenario,
  useImportFirmCounts,
  useRunScenario,
  useScenario,
  useUpdateScenario,
} from './api.ts';

const EMPTY_COUNTS: FirmCount[] = [
  { scianCode: '332', sizeClass: 'micro', firms: 0 },
  { scianCode: '332', sizeClass: 'small', firms: 0 },
];

/** A scenario: the territory's firms and the assumptions, then the engine's result with the assumptions beside it. */
export function ScenarioPage() {
  const { t } = useTranslation();
  const { scenarioId } = useParams();
  const isNew = !scenarioId || scenarioId === 'new';
  const { data, error, isLoading } = useScenario(isNew ? undefined : scenarioId);
  if (!isNew && isLoading) return <PageLoading />;
  return (
    <>
      <PageHeader
        title={isNew ? t('emulation:new') : (data?.name ?? t('emulation:title'))}
        subtitle={<Link to="/emulation">{t('emulation:back')}</Link>}
      />
      <ErrorAlert error={error} />
      {(isNew || data) && <ScenarioEditor key={data?.id ?? 'new'} scenario={data ?? null} />}
    </>
  );
}

function ScenarioEditor({ scenario }: { scenario: EmulationScenario | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const ref = useReference();
  const message = useErrorMessage();
  const form = useFieldErrors();
  const create = useCreateScenario();
  const update = useUpdateScenario(scenario?.id ?? '');
  const run = useRunScenario(scenario?.id ?? '');
  const remove = useDeleteScenario();
  const importCounts = useImportFirmCounts();
  const [name, setName] = useState(scenario?.name ?? '');
  const [territory, setTerritory] = useState(scenario?.territory ?? '');
  const [regionCode, setRegionCode] = useState<string | null>(scenario?.regionCode ?? null);
  // each row keeps a key of its own while rows are added and removed
  const [counts, setRows] = useState<(FirmCount & { key: number })[]>(() =>
    (scenario?.firmCounts ?? EMPTY_COUNTS).map((c, key) => ({ ...c, key })),
  );
  const setCounts = (rows: (FirmCount & { key?: number })[]) =>
    setRows(rows.map((r, i) => ({ ...r, key: r.key ?? Date.now() + i })));
  const countsBody = () => counts.filter((c) => c.firms > 0).map(({ key: _, ...c }) => c);
  const [a, setA] = useState<EmulationAssumptionsInput>(scenario?.assumptions ?? DEFAULT_EMULATION_ASSUMPTIONS);
  useEffect(() => {
    if (scenario) setA(scenario.assumptions);
  }, [scenario]);
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    form.reset();
    const body = { name, territory, regionCode, firmCounts: countsBody(), assumptions: a };
    if (!scenario) {
      create.mutate(body, {
        onSuccess: (s) => navigate(`/emulation/${s.id}`, { replace: true }),
        onError: form.fromError,
      });
    } else {
      update.mutate(body, {
        onSuccess: () => notify({ color: 'green', message: t('emulation:saved') }),
        onError: form.fromError,
      });
    }
  };
  const num = (label: string, value: number, set: (n: number) => void, props: Record<string, unknown> = {}) => (
    <NumberInput label={label} value={value} onChange={(n) => set(Number(n) || 0)} {...props} />
  );
  const pct = (label: string, value: number, set: (n: number) => void) =>
    num(label, Math.round(value * 1000) / 10, (n) => set(n / 100), { min: 0, max: 100, decimalScale: 1, suffix: ' %' });
  const dollars = (label: string, cents: number, set: (n: number) => void) =>
    num(label, cents / 100, (n) => set(Math.round(n * 100)), { min: 0, thousandSeparator: ' ', prefix: '$ ' });

  return (
    <form onSubmit={save} noValidate>
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Stack>
          <Card withBorder component="section" aria-labelledby="territory-title">
            <Title order={2} size="h4" id="territory-title" mb="sm">
              {t('emulation:territoryTitle')}
            </Title>
            <FormError form={form} unlessFieldErrors />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('emulation:fields.name')}
                required
                value={name}
                error={form.error('name')}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <TextInput
                label={t('emulation:fields.territory')}
                required
                value={territory}
                error={form.error('territory')}
                onChange={(e) => setTerritory(e.currentTarget.value)}
              />
              <Select
                label={t('emulation:fields.region')}
                clearable
                searchable
                data={ref.regionOptions}
                value={regionCode}
                onChange={setRegionCode}
              />
            </SimpleGrid>
            <Group justify="space-between" mt="md" mb="xs">
              <Title order={3} size="h5">
                {t('emulation:counts')}
              </Title>
              <FileButton
                accept=".csv,.xlsx"
                onChange={(file) =>
                  file &&
                  importCounts.mutate(file, {
                    onSuccess: (r) => {
                      setCounts(r.firmCounts);
                      notify({
                        color: 'green',
                        message: t('emulation:imported', { rows: r.firmCounts.length, firms: r.firms }),
                      });
                    },
                    onError: (e) => notify({ color: 'red', message: message(e) }),
                  })
                }
              >
                {(props) => (
                  <Button
                    {...props}
                    size="xs"
                    variant="default"
                    leftSection={<IconUpload size={14} aria-hidden />}
                    loading={importCounts.isPending}
                  >
                    {t('emulation:importCounts')}
                  </Button>
                )}
              </FileButton>
            </Group>
            <Text size="xs" c="dimmed" mb="xs">
              {t('emulation:importHelp')}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('emulation:fields.sector')}</Table.Th>
                  <Table.Th>{t('emulation:fields.sizeClass')}</Table.Th>
                  <Table.Th>{t('emulation:fields.firms')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {counts.map((c, i) => (
                  <Table.Tr key={c.key}>
                    <Table.Td>
                      <Select
                        aria-label={`${t('emulation:fields.sector')} ${i + 1}`}
                        searchable
                        data={ref.scianOptions}
                        value={c.scianCode}
                        onChange={(v) => v && setCounts(counts.map((x, j) => (j === i ? { ...x, scianCode: v } : x)))}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`${t('emulation:fields.sizeClass')} ${i + 1}`}
                        data={SIZE_CLASS_CODES.map((s) => ({ value: s, label: ref.sizeClassLabel(s) }))}
                        value={c.sizeClass}
                        allowDeselect={false}
                        onChange={(v) =>
                          v && setCounts(counts.map((x, j) => (j === i ? { ...x, sizeClass: v as SizeClass } : x)))
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`${t('emulation:fields.firms')} ${i + 1}`}
                        min={0}
                        value={c.firms}
                        onChange={(n) =>
                          setCounts(counts.map((x, j) => (j === i ? { ...x, firms: Number(n) || 0 } : x)))
                        }
                        w={110}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('emulation:removeRow', { n: i + 1 })}
                        onClick={() => setCounts(counts.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="space-between" mt="xs">
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() =>
                  setCounts([...counts, { scianCode: counts.at(-1)?.scianCode ?? '332', sizeClass: 'small', firms: 0 }])
                }
              >
                {t('emulation:addRow')}
              </Button>
              <Text size="sm">{t('emulation:totalFirms', { count: counts.reduce((n, c) => n + c.firms, 0) })}</Text>
            </Group>
            {form.error('firmCounts') && (
              <Text c="red.8" size="sm" role="alert">
                {form.error('firmCounts')}
              </Text>
            )}
          </Card>
          <Card withBorder component="section" aria-labelledby="assumptions-title">
            <Title order={2} size="h4" id="assumptions-title" mb="sm">
              {t('emulation:assumptions')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              {pct(t('emulation:fields.participationRate'), a.participationRate, (n) =>
                setA({ ...a, participationRate: n }),
              )}
              {num(
                t('emulation:fields.needsMicro'),
                a.needsPerFirm.micro,
                (n) => setA({ ...a, needsPerFirm: { ...a.needsPerFirm, micro: n } }),
                { min: 0, decimalScale: 1 },
              )}
              {num(
                t('emulation:fields.needsSmall'),
                a.needsPerFirm.small,
                (n) => setA({ ...a, needsPerFirm: { ...a.needsPerFirm, small: n } }),
                { min: 0, decimalScale: 1 },
              )}
              {num(
                t('emulation:fields.needsMedium'),
                a.needsPerFirm.medium,
                (n) => setA({ ...a, needsPerFirm: { ...a.needsPerFirm, medium: n } }),
                { min: 0, decimalScale: 1 },
              )}
              {num(
                t('emulation:fields.needsLarge'),
                a.needsPerFirm.large,
                (n) => setA({ ...a, needsPerFirm: { ...a.needsPerFirm, large: n } }),
                { min: 0, decimalScale: 1 },
              )}
              {num(t('emulation:fields.topics'), a.topics, (n) => setA({ ...a, topics: n }), { min: 1, max: 60 })}
              {num(t('emulation:fields.periods'), a.periods, (n) => setA({ ...a, periods: n }), { min: 1, max: 12 })}
              {pct(t('emulation:fields.virtualShare'), a.virtualShare, (n) => setA({ ...a, virtualShare: n }))}
              {dollars(t('emulation:fields.fixedCost'), a.coursePrice.fixedCostCents, (n) =>
                setA({ ...a, coursePrice: { ...a.coursePrice, fixedCostCents: n } }),
              )}
              {dollars(t('emulation:fields.seatCost'), a.coursePrice.seatCostCents, (n) =>
                setA({ ...a, coursePrice: { ...a.coursePrice, seatCostCents: n } }),
              )}
              {num(
                t('emulation:fields.minSeats'),
                a.coursePrice.minSeats,
                (n) => setA({ ...a, coursePrice: { ...a.coursePrice, minSeats: n } }),
                { min: 1 },
              )}
              {num(
                t('emulation:fields.maxSeats'),
                a.coursePrice.maxSeats,
                (n) => setA({ ...a, coursePrice: { ...a.coursePrice, maxSeats: n } }),
                { min: 1 },
              )}
              {num(t('emulation:fields.minFirms'), a.minFirmsPerSession, (n) => setA({ ...a, minFirmsPerSession: n }), {
                min: 1,
              })}
              {dollars(t('emulation:fields.operatingCost'), a.operatingCostCents, (n) =>
                setA({ ...a, operatingCostCents: n }),
              )}
              {pct(t('emulation:fields.publicFundingShare'), a.publicFundingShare, (n) =>
                setA({ ...a, publicFundingShare: n }),
              )}
              {num(t('emulation:fields.timeLimit'), a.timeLimitSeconds, (n) => setA({ ...a, timeLimitSeconds: n }), {
                min: 1,
                max: 30,
              })}
              {num(t('emulation:fields.seed'), a.seed, (n) => setA({ ...a, seed: n }), { min: 0 })}
            </SimpleGrid>
            <Group justify="flex-end" mt="md">
              {scenario && (
                <Button
                  variant="subtle"
                  color="red"
                  c="red.9"
                  onClick={() => remove.mutate(scenario.id, { onSuccess: () => navigate('/emulation') })}
                  leftSection={<IconTrash size={16} aria-hidden />}
                >
                  {t('emulation:delete')}
                </Button>
              )}
              <Button
                type="submit"
                variant={scenario ? 'default' : 'filled'}
                loading={create.isPending || update.isPending}
              >
                {t('emulation:save')}
              </Button>
              {scenario && (
                <Button
                  leftSection={<IconPlayerPlay size={16} aria-hidden />}
                  loading={run.isPending}
                  onClick={() =>
                    update.mutate(
                      { name, territory, regionCode, firmCounts: countsBody(), assumptions: a },
                      {
                        onSuccess: () =>
                          run.mutate(undefined, { onError: (e) => notify({ color: 'red', message: message(e) }) }),
                        onError: form.fromError,
                      },
                    )
                  }
                >
                  {t('emulation:run')}
                </Button>
              )}
            </Group>
          </Card>
        </Stack>
        <Stack>
          {scenario ? (
            <ResultPanel scenario={scenario} running={run.isPending} lang={lang} />
          ) : (
            <Text c="dimmed">{t('emulation:saveFirst')}</Text>
          )}
        </Stack>
      </SimpleGrid>
    </form>
  );
}

function ResultPanel({
  scenario,
  running,
  lang,
}: {
  scenario: EmulationScenario;
  running: boolean;
  lang: 'fr' | 'en';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const pct = (x: number) => `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(x * 100)} %`;
  const r = scenario.result;
  const a = scenario.assumptions;
  if (running) return <PageLoading />;
  if (scenario.status === 'failed')
    return (
      <Alert color="red" title={t('emulation:failed')}>
        {scenario.error}
      </Alert>
    );
  if (!r) return <Text c="dimmed">{t('emulation:notRun')}</Text>;
  const c = r.chosen;
  const facts: [string, string][] = [
    [t('emulation:result.firmsIn'), format.number(r.firmsInTerritory)],
    [t('emulation:result.firms'), `${format.number(c.firms)} (${pct(c.participationRate)})`],
    [t('emulation:result.sessions'), format.number(c.sessions)],
    [t('emulation:result.firmsPerSession'), format.number(c.firmsPerSession)],
    [t('emulation:result.seats'), `${format.number(c.seatsServed)} / ${format.number(c.seats)}`],
    [t('emulation:result.pooled'), format.money(c.pooledCostCents)],
    [t('emulation:result.alone'), format.money(c.standaloneCostCents)],
    [t('emulation:result.savings'), `${format.money(c.savingsCents)} (${pct(c.savingsShare)})`],
    [t('emulation:result.perFirm'), format.money(c.savingsPerFirmCents)],
  ];
  const beside: [string, string][] = [
    [t('emulation:fields.participationRate'), pct(a.participationRate)],
    [
      t('emulation:fields.needsPerFirm'),
      `${a.needsPerFirm.micro} / ${a.needsPerFirm.small} / ${a.needsPerFirm.medium} / ${a.needsPerFirm.large}`,
    ],
    [t('emulation:fields.topics'), String(a.topics)],
    [t('emulation:fields.periods'), String(a.periods)],
    [t('emulation:fields.virtualShare'), pct(a.virtualShare)],
    [
      t('emulation:fields.price'),
      `${format.money(a.coursePrice.fixedCostCents)} + ${format.money(a.coursePrice.seatCostCents)}`,
    ],
    [t('emulation:fields.seats'), `${a.coursePrice.minSeats} – ${a.coursePrice.maxSeats}`],
    [t('emulation:fields.minFirms'), String(a.minFirmsPerSession)],
    [t('emulation:fields.operatingCost'), format.money(a.operatingCostCents)],
    [t('emulation:fields.publicFundingShare'), pct(a.publicFundingShare)],
  ];
  const chart = r.points.map((p) => ({
    rate: pct(p.participationRate),
    savings: p.savingsCents / 100,
    uncovered: p.uncoveredCostCents / 100,
    sessions: p.sessions,
  }));
  const download = async (l: 'fr' | 'en') => {
    try {
      await downloadBrief(scenario.id, l);
    } catch (e) {
      notify({ color: 'red', message: message(e) });
    }
  };
  return (
    <>
      <Card withBorder component="section" aria-labelledby="result-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="result-title">
            {t('emulation:result.title')}
          </Title>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => void download(lang)}
            >
              {t('emulation:brief')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => void download(lang === 'fr' ? 'en' : 'fr')}>
              {lang === 'fr' ? 'EN' : 'FR'}
            </Button>
          </Group>
        </Group>
        <Alert
          color={r.membersNeeded !== null && r.membersNeeded <= c.firms ? 'green' : 'orange'}
          variant="light"
          mb="sm"
          data-testid="viability"
        >
          {r.membersNeeded === null
            ? t('emulation:result.neverViable', { cost: format.money(c.uncoveredCostCents) })
            : t('emulation:result.viableFrom', {
                members: format.number(r.membersNeeded),
                cost: format.money(c.uncoveredCostCents),
              })}
        </Alert>
        <SimpleGrid cols={2} spacing="lg">
          <Table aria-label={t('emulation:result.title')}>
            <Table.Tbody>
              {facts.map(([k, v]) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row">{k}</Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>{v}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Table aria-label={t('emulation:assumptions')}>
            <Table.Caption>{t('emulation:assumptions')}</Table.Caption>
            <Table.Tbody>
              {beside.map(([k, v]) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="xs">{k}</Text>
                  </Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Text size="xs">{v}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SimpleGrid>
      </Card>
      <Card withBorder component="section" aria-labelledby="levels-title">
        <Title order={2} size="h4" id="levels-title" mb="sm">
          {t('emulation:levels')}
        </Title>
        <div
          role="img"
          aria-label={`${t('emulation:levels')}: ${r.points.map((p) => `${pct(p.participationRate)} ${format.money(p.savingsCents)}`).join(', ')}`}
        >
          <LineChart
            h={220}
            data={chart}
            dataKey="rate"
            withLegend
            valueFormatter={(v) => format.money(v * 100)}
            series={[
              { name: 'savings', label: t('emulation:result.savings'), color: 'teal.8' },
              { name: 'uncovered', label: t('emulation:result.uncovered'), color: 'red.8', strokeDasharray: '5 5' },
            ]}
          />
        </div>
        <Table striped mt="sm" aria-labelledby="levels-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('emulation:fields.participationRate')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('emulation:result.firms')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('emulation:result.sessions')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('emulation:result.savings')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('emulation:result.perFirm')}</Table.Th>
              <Table.Th>{t('emulation:result.viable')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.points.map((p) => (
              <Table.Tr key={p.participationRate}>
                <Table.Td>{pct(p.participationRate)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{format.number(p.firms)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{format.number(p.sessions)}</Table.Td>
                <Table.Td
                  style={{ textAlign: 'right' }}
                >{`${format.money(p.savingsCents)} (${pct(p.savingsShare)})`}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{format.money(p.savingsPerFirmCents)}</Table.Td>
                <Table.Td>{p.viable ? t('common:yes') : t('common:no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          {t('emulation:method', { ms: format.number(r.solverMilliseconds) })}
        </Text>
      </Card>
    </>
  );
}
