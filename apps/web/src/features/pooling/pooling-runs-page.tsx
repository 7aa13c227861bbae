import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type AllocationRule, allocationRuleSchema } from '@mutualis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../components/error-alert.tsx';
import { dollarsToCents, useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { poolingRunIsActive, upcomingPeriods, usePoolingRuns, useStartPoolingRun } from './api.ts';
import { RunStatusBadge } from './run-status-badge.tsx';

const RULES = allocationRuleSchema.options;

/** /pooling: build a run (periods and policy), the list of runs, and picking two runs to compare. */
export function PoolingRunsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const runs = usePoolingRuns();
  const start = useStartPoolingRun();
  const message = useErrorMessage();
  const form = useFieldErrors();
  const [label, setLabel] = useState('');
  const [periods, setPeriods] = useState<string[]>(() => upcomingPeriods(6).slice(1, 4));
  const [penalty, setPenalty] = useState<number | string>(1000);
  const [minFirms, setMinFirms] = useState<number | string>('');
  const [timeLimit, setTimeLimit] = useState<number | string>(30);
  const [rule, setRule] = useState<AllocationRule>('per_seat');
  const [discount, setDiscount] = useState<number | string>(25);
  const [chosen, setChosen] = useState<string[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate(
      {
        ...(label.trim() ? { label: label.trim() } : {}),
        periods,
        policy: {
          unservedSeatPenaltyCents: dollarsToCents(Number(penalty) || 0),
          ...(minFirms !== '' ? { minMembersPerSession: Number(minFirms) } : {}),
          timeLimitSeconds: Number(timeLimit) || 30,
          allocationRule: rule,
          ...(rule === 'small_firm_discount' ? { smallFirmDiscount: (Number(discount) || 0) / 100 } : {}),
        },
      },
      {
        onSuccess: (run) => navigate(`/pooling/runs/${run.id}`),
        onError: (error) => {
          form.fromError(error);
          notifications.show({ color: 'red', message: message(error) });
        },
      },
    );
  };

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-2)));

  return (
    <>
      <PageHeader title={t('pooling:title')} subtitle={t('pooling:subtitle')} />
      <Card withBorder mb="lg" component="form" onSubmit={submit} aria-labelledby="new-run-title">
        <Title order={2} size="h4" id="new-run-title" mb="sm">
          {t('pooling:newRun.title')}
        </Title>
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t('pooling:newRun.label')}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              maxLength={200}
            />
            <MultiSelect
              label={t('pooling:newRun.periods')}
              description={t('pooling:newRun.periodsHelp')}
              data={upcomingPeriods(24)}
              value={periods}
              onChange={(v) => {
                setPeriods(v);
                form.clear('periods');
              }}
              error={form.errors.periods}
              required
              searchable
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <NumberInput
              label={t('pooling:policy.penalty')}
              description={t('pooling:policy.penaltyHelp')}
              value={penalty}
              onChange={setPenalty}
              min={0}
              step={100}
              prefix="$ "
              error={form.errors.unservedSeatPenaltyCents}
            />
            <NumberInput
              label={t('pooling:policy.minFirms')}
              description={t('pooling:policy.minFirmsHelp')}
              value={minFirms}
              onChange={setMinFirms}
              min={1}
              max={50}
              error={form.errors.minMembersPerSession}
            />
            <NumberInput
              label={t('pooling:policy.timeLimit')}
              description={t('pooling:policy.timeLimitHelp')}
              value={timeLimit}
              onChange={setTimeLimit}
              min={1}
              max={600}
              error={form.errors.timeLimitSeconds}
            />
            <Select
              label={t('pooling:policy.rule')}
              description={t('pooling:policy.ruleHelp')}
              data={RULES.map((r) => ({ value: r, label: t(`pooling:rules.${r}`) }))}
              value={rule}
              onChange={(v) => setRule((v as AllocationRule) ?? 'per_seat')}
              allowDeselect={false}
            />
          </SimpleGrid>
          {rule === 'small_firm_discount' && (
            <NumberInput
              label={t('pooling:policy.discount')}
              value={discount}
              onChange={setDiscount}
              min={0}
              max={90}
              suffix=" %"
              w={220}
              error={form.errors.smallFirmDiscount}
            />
          )}
          <Group>
            <Button type="submit" loading={start.isPending} disabled={periods.length === 0}>
              {t('pooling:newRun.start')}
            </Button>
          </Group>
        </Stack>
      </Card>

      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('pooling:runs.title')}
        </Title>
        <Button
          variant="light"
          disabled={chosen.length !== 2}
          onClick={() => navigate(`/pooling/compare?a=${chosen[0]}&b=${chosen[1]}`)}
        >
          {t('pooling:runs.compare')}
        </Button>
      </Group>
      <ErrorAlert error={runs.error} />
      {runs.data && runs.data.items.length === 0 && <Text c="dimmed">{t('pooling:runs.empty')}</Text>}
      {runs.data && runs.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={880}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('pooling:runs.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pooling:runs.pick')}</Table.Th>
                <Table.Th>{t('pooling:runs.run')}</Table.Th>
                <Table.Th>{t('pooling:runs.status')}</Table.Th>
                <Table.Th>{t('pooling:runs.periods')}</Table.Th>
                <Table.Th ta="right">{t('pooling:runs.needs')}</Table.Th>
                <Table.Th ta="right">{t('pooling:figures.realCost')}</Table.Th>
                <Table.Th ta="right">{t('pooling:figures.seatsServed')}</Table.Th>
                <Table.Th ta="right">{t('pooling:totals.gap')}</Table.Th>
                <Table.Th>{t('pooling:runs.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('pooling:runs.pickRun', { name: r.label ?? format.dateTime(r.createdAt) })}
                      checked={chosen.includes(r.id)}
                      disabled={!r.totals}
                      onChange={() => toggle(r.id)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/pooling/runs/${r.id}`}>
                      {r.label ?? t('pooling:runs.unnamed')}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(r.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RunStatusBadge status={r.status} accepted={!!r.acceptedAt} />
                    {poolingRunIsActive(r.status) && (
                      <Progress
                        value={Number(r.progress.percent ?? 0)}
                        size="sm"
                        mt={4}
                        aria-label={t('pooling:progress.label')}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>{format.periods(r.periods)}</Table.Td>
                  <Table.Td ta="right">{format.number(r.needCount)}</Table.Td>
                  <Table.Td ta="right">{r.totals ? format.money(dollarsToCents(r.totals.cost)) : ''}</Table.Td>
                  <Table.Td ta="right">
                    {r.totals
                      ? t('pooling:figures.seatsOf', {
                          served: format.number(r.totals.seatsServed),
                          requested: format.number(r.totals.seatsServed + r.totals.seatsUnserved),
                        })
                      : ''}
                  </Table.Td>
                  <Table.Td ta="right">{r.bound ? format.percent(r.bound.gap, 2) : ''}</Table.Td>
                  <Table.Td>{r.createdByName ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
