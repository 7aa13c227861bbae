import { Accordion, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format.ts';
import type { PoolingRunDetail } from '../api.ts';
import { usePercent, useSolverMethodText } from '../plan-figures-text.ts';

type Figures = NonNullable<PoolingRunDetail['figures']>;

/**
 * The optimiser's own measures, folded away: its objective (real cost plus a weight for each unserved
 * seat: a score that steers the search, not money), its proven bound, the baseline's objective and
 * the method. Amounts here are scores, written as plain numbers.
 */
export function TechnicalDetails({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = usePercent();
  const methodText = useSolverMethodText();
  const tech = figures.technical;
  const score = (n: number) => format.number(Math.round(n));
  return (
    <Accordion variant="contained">
      <Accordion.Item value="technical">
        <Accordion.Control>{t('pooling:technical.title')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="sm">
              {tech.penaltyPerUnservedSeat === null
                ? t('pooling:technical.objectiveAllServed', { objective: score(tech.objective) })
                : t('pooling:technical.objective', {
                    objective: score(tech.objective),
                    cost: score(figures.realCostCents / 100),
                    weight: score(tech.penaltyPerUnservedSeat),
                    count: figures.seatsUnserved,
                    seats: format.number(figures.seatsUnserved),
                  })}
            </Text>
            <Text size="sm">
              {tech.optimal
                ? t('pooling:technical.optimal')
                : t('pooling:technical.bound', { bound: score(tech.lowerBound), gap: percent(tech.gap) })}
            </Text>
            {tech.baselineObjective !== null && tech.improvementOnObjective !== null && (
              <Text size="sm">
                {t('pooling:technical.baseline', {
                  objective: score(tech.baselineObjective),
                  rate: percent(tech.improvementOnObjective),
                })}
              </Text>
            )}
            <Text size="sm">
              {t('pooling:technical.method', { method: methodText(tech) })}
              {tech.milliseconds !== null &&
                ` · ${t('pooling:technical.seconds', { seconds: format.number(Math.round(tech.milliseconds / 100) / 10) })}`}
            </Text>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
