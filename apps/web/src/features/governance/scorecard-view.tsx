import { Sparkline } from '@mantine/charts';
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import type { Scorecard, ScorecardIndicator } from '@mutualis/contracts';
import { DIMENSION_NAMES, INDICATOR_TEXTS } from '@mutualis/domain/governance/indicator-texts';
import { SCORECARD_DIMENSIONS } from '@mutualis/domain/governance/scorecard';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight, IconQuestionMark } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { notify } from '../../components/notify.ts';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { useSetThresholds } from './api.ts';

const RATING_COLOR = { green: 'green', amber: 'yellow', red: 'red', none: 'gray' } as const;

/** Formats an indicator's value in its unit: shares as %, money in dollars, flags as yes/no. */
export function useIndicatorFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  return (unit: ScorecardIndicator['unit'], value: number | null): string => {
    if (value === null) return '—';
    if (unit === 'share')
      return `${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(value * 100)} %`;
    if (unit === 'cents') return format.money(value);
    if (unit === 'flag') return value >= 1 ? t('common:yes') : t('common:no');
    return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(value);
  };
}

/** The language of the page's texts in the domain's bilingual definitions. */
export const useLang = () => (useTranslation().i18n.language.startsWith('en') ? 'en' : 'fr');

/** The scorecard: indicators by dimension, each with its value, rating and reason, trend and trajectory. */
export function ScorecardView({
  scorecard,
  canManage,
  onYear,
}: {
  scorecard: Scorecard;
  canManage: boolean;
  onYear: (year: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group gap="lg">
          <Select
            label={t('governance:scorecard.year')}
            data={[...scorecard.years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
            value={String(scorecard.year)}
            allowDeselect={false}
            onChange={(y) => y && onYear(Number(y))}
            w={120}
          />
          {scorecard.dimensions.map((d) => (
            <Stack key={d.dimension} gap={0}>
              <Text size="xs" c="dimmed">
                {DIMENSION_NAMES[d.dimension][lang]}
              </Text>
              <Text size="sm" fw={600}>
                {t('governance:scorecard.counts', { green: d.green, amber: d.amber, red: d.red })}
              </Text>
            </Stack>
          ))}
        </Group>
        {canManage && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('governance:scorecard.thresholds')}
          </Button>
        )}
      </Group>
      {scorecard.suppressed && (
        <Text size="sm" c="dimmed">
          {t('governance:scorecard.suppressedNote')}
        </Text>
      )}
      {SCORECARD_DIMENSIONS.map((dimension) => (
        <section key={dimension} aria-labelledby={`dim-${dimension}`}>
          <Title order={2} size="h4" id={`dim-${dimension}`} mb="xs">
            {DIMENSION_NAMES[dimension][lang]}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {scorecard.indicators
              .filter((i) => i.dimension === dimension)
              .map((i) => (
                <IndicatorCard key={i.key} indicator={i} years={scorecard.years} />
              ))}
          </SimpleGrid>
        </section>
      ))}
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        size="lg"
        title={t('governance:scorecard.thresholds')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <ThresholdsForm scorecard={scorecard} onDone={() => setEditing(false)} />
      </Modal>
    </Stack>
  );
}

function IndicatorCard({ indicator: i, years }: { indicator: ScorecardIndicator; years: number[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fmt = useIndicatorFormat();
  const text = INDICATOR_TEXTS[i.key][lang];
  const Arrow =
    i.trend.direction === 'rising'
      ? IconArrowUpRight
      : i.trend.direction === 'falling'
        ? IconArrowDownRight
        : i.trend.direction === 'steady'
          ? IconArrowRight
          : IconQuestionMark;
  const reason = t(`governance:reasons.${i.reason}`, {
    value: fmt(i.unit, i.current.value),
    green: i.threshold ? fmt(i.unit, i.threshold.green) : '',
    amber: i.threshold ? fmt(i.unit, i.threshold.amber) : '',
  });
  const series = i.values.map((v) => v.value);
  const titleId = `ind-${i.key}`;
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={titleId} data-indicator={i.key}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Tooltip label={text.definition} multiline w={280} withArrow>
          <Text fw={700} size="sm" id={titleId} tabIndex={0}>
            {text.name}
          </Text>
        </Tooltip>
        <Badge
          color={RATING_COLOR[i.rating]}
          variant="light"
          styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
        >
          {t(`governance:ratings.${i.rating}`)}
        </Badge>
      </Group>
      <Text fz={26} fw={800}>
        {i.current.status === 'suppressed'
          ? t('governance:scorecard.suppressed')
          : i.current.status === 'not_enough_data'
            ? t('governance:scorecard.notEnoughData')
            : fmt(i.unit, i.current.value)}
      </Text>
      <Text size="xs" data-testid="reason">
        {reason}
      </Text>
      <Group gap={4} mt={4}>
        <Arrow size={14} aria-hidden />
        <Text size="xs">
          {t(`governance:trends.${i.trend.direction}`)}
          {i.trend.improving === true
            ? ` — ${t('governance:trends.better')}`
            : i.trend.improving === false
              ? ` — ${t('governance:trends.worse')}`
              : ''}
        </Text>
      </Group>
      {series.some((v) => v !== null) && (
        <div
          role="img"
          aria-label={`${text.name}: ${i.values.map((v) => `${v.year} ${v.status === 'ok' ? fmt(i.unit, v.value) : '—'}`).join(', ')}`}
        >
          <Sparkline
            h={36}
            mt={6}
            data={series}
            curveType="linear"
            color={RATING_COLOR[i.rating] === 'gray' ? 'blue' : RATING_COLOR[i.rating]}
            fillOpacity={0.2}
          />
          <Group justify="space-between">
            <Text size="10px" c="dimmed">
              {years[0]}
            </Text>
            <Text size="10px" c="dimmed">
              {years.at(-1)}
            </Text>
          </Group>
        </div>
      )}
      <Text size="10px" c="dimmed" mt={4}>
        {text.definition}
      </Text>
    </Card>
  );
}

function ThresholdsForm({ scorecard, onDone }: { scorecard: Scorecard; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFieldErrors();
  const save = useSetThresholds();
  const settable = scorecard.indicators.filter((i) => i.threshold !== null);
  // shares are edited in %, money in dollars
  const scale = (i: ScorecardIndicator) => (i.unit === 'share' ? 100 : i.unit === 'cents' ? 0.01 : 1);
  const [values, setValues] = useState(() =>
    Object.fromEntries(
      settable.map((i) => [
        i.key,
        { green: (i.threshold?.green ?? 0) * scale(i), amber: (i.threshold?.amber ?? 0) * scale(i) },
      ]),
    ),
  );
  const submit = () => {
    form.reset();
    save.mutate(
      {
        thresholds: settable.map((i) => ({
          indicator: i.key,
          green: values[i.key].green / scale(i),
          amber: values[i.key].amber / scale(i),
        })),
      },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('governance:saved') });
          onDone();
        },
        onError: form.fromError,
      },
    );
  };
  return (
    <Stack>
      <Text size="sm">{t('governance:scorecard.thresholdsHelp')}</Text>
      <FormError form={form} />
      <ScrollArea h={420}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('governance:scorecard.indicator')}</Table.Th>
              <Table.Th>{t('governance:ratings.green')}</Table.Th>
              <Table.Th>{t('governance:ratings.amber')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {settable.map((i) => (
              <Table.Tr key={i.key}>
                <Table.Td>
                  <Text size="sm">{INDICATOR_TEXTS[i.key][lang].name}</Text>
                  <Text size="xs" c="dimmed">
                    {i.better === 'higher'
                      ? t('governance:scorecard.higherBetter')
                      : t('governance:scorecard.lowerBetter')}{' '}
                    · {t(`governance:units.${i.unit}`)}
                  </Text>
                </Table.Td>
                {(['green', 'amber'] as const).map((k) => (
                  <Table.Td key={k}>
                    <NumberInput
                      aria-label={`${INDICATOR_TEXTS[i.key][lang].name} — ${t(`governance:ratings.${k}`)}`}
                      value={values[i.key][k]}
                      decimalScale={2}
                      w={120}
                      onChange={(n) => setValues({ ...values, [i.key]: { ...values[i.key], [k]: Number(n) || 0 } })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="flex-end">
        <Button onClick={submit} loading={save.isPending}>
          {t('common:actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
