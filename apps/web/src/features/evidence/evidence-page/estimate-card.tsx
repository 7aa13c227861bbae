import { Accordion, Alert, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntervalChart } from '../../../components/evidence-charts.tsx';
import { useFormat } from '../../../components/format.ts';
import { TableDownloadButton } from '../../../components/table-download.tsx';
import type { EstimateAnswer } from '../api.ts';

export type EstimateUnit = 'percent' | 'points';

/** A signed estimate in its unit: "+4,1 %" (log points ≈ %) or "+8,0 points". */
export function useSigned() {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (v: number, digits = 1) =>
    new Intl.NumberFormat(format.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }).format(v);
  return (v: number, unit: EstimateUnit) =>
    unit === 'percent' ? `${number(v)} %` : t('evidence:unit.points', { value: number(v) });
}

function GroupCount({ label, size }: { label: string; size: { units: number | null; firms: number | null } }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label} :{' '}
      </Text>
      {size.units === null
        ? t('evidence:suppressedCount')
        : t('evidence:groupCount', { units: size.units, firms: size.firms })}
    </Text>
  );
}

/**
 * One effect estimate as people read it: the number, its 95 % interval, the method, the number of
 * units on each side, the balance of the covariates, the same effect by other methods as a check,
 * plain-language caveats — or "not enough data" below the minimum sample.
 */
export function EstimateCard({
  id,
  title,
  answer,
  checks = [],
  unit,
  caveats,
  filename,
}: {
  id: string;
  title: string;
  answer: EstimateAnswer;
  checks?: EstimateAnswer[];
  unit: EstimateUnit;
  caveats: string[];
  filename: string;
}) {
  const { t } = useTranslation();
  const signed = useSigned();
  const format = useFormat();
  const method = (a: EstimateAnswer) => t(`evidence:method.${a.method}`);
  const all = [answer, ...checks];
  const estimated = all.filter((a): a is Extract<EstimateAnswer, { status: 'estimated' }> => a.status === 'estimated');
  const fixed = (v: number, d = 2) =>
    new Intl.NumberFormat(format.locale, { maximumFractionDigits: d, minimumFractionDigits: d }).format(v);
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          <Badge variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }} color="gray">
            {method(answer)}
          </Badge>
        </Group>
        {answer.status === 'estimated' ? (
          <>
            <Group gap="xl" align="flex-end" wrap="wrap">
              <Stack gap={0}>
                <Text fz={32} fw={800} lh={1.1}>
                  {signed(answer.estimate, unit)}
                </Text>
                <Text size="sm">
                  {t('evidence:ci', { low: signed(answer.ci95[0], unit), high: signed(answer.ci95[1], unit) })}
                </Text>
              </Stack>
              <Text size="sm" c="dimmed" maw={420}>
                {answer.ci95[0] > 0
                  ? t('evidence:reading.positive')
                  : answer.ci95[1] < 0
                    ? t('evidence:reading.negative')
                    : t('evidence:reading.unclear')}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <GroupCount label={t('evidence:group.trained')} size={answer.treated} />
              <GroupCount label={t('evidence:group.comparison')} size={answer.comparison} />
            </SimpleGrid>
          </>
        ) : answer.status === 'not_enough_data' ? (
          <Alert color="gray" variant="light" title={t('evidence:notEnoughData')}>
            <Stack gap={4}>
              <Text size="sm">{t('evidence:notEnoughDataDetail', { minimum: answer.minimum })}</Text>
              <GroupCount label={t('evidence:group.trained')} size={answer.treated} />
              <GroupCount label={t('evidence:group.comparison')} size={answer.comparison} />
            </Stack>
          </Alert>
        ) : (
          <Alert
            color="yellow"
            variant="light"
            title={t('evidence:notEstimable')}
            styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
          >
            <Text size="sm">{answer.reason}</Text>
          </Alert>
        )}
        {estimated.length > 0 && (
          <>
            <IntervalChart
              rows={estimated.map((a) => ({
                label: t(`evidence:methodShort.${a.method}`),
                estimate: a.estimate,
                low: a.ci95[0],
                high: a.ci95[1],
                strong: a === answer,
              }))}
              summary={`${title}: ${estimated.map((a) => `${method(a)} ${signed(a.estimate, unit)} (${signed(a.ci95[0], unit)} – ${signed(a.ci95[1], unit)})`).join('; ')}`}
              format={(v) =>
                new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v)
              }
            />
            <Text size="xs" c="dimmed">
              {t('evidence:chartHelp')}
            </Text>
          </>
        )}
        <Group justify="flex-end">
          <TableDownloadButton
            filename={`${filename}.csv`}
            headers={[
              'method',
              'status',
              'estimate',
              'standard_error',
              'ci95_low',
              'ci95_high',
              'treated',
              'treated_firms',
              'comparison',
              'comparison_firms',
            ]}
            rows={all.map((a) => [
              a.method,
              a.status,
              a.status === 'estimated' ? a.estimate : null,
              a.status === 'estimated' ? a.standardError : null,
              a.status === 'estimated' ? a.ci95[0] : null,
              a.status === 'estimated' ? a.ci95[1] : null,
              a.treated.units,
              a.treated.firms,
              a.comparison.units,
              a.comparison.firms,
            ])}
          />
        </Group>
        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="caveats">
            <Accordion.Control>{t('evidence:caveatsTitle')}</Accordion.Control>
            <Accordion.Panel>
              <List size="sm" spacing={4}>
                {caveats.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
          {answer.status === 'estimated' && answer.balance.length > 0 && (
            <Accordion.Item value="balance">
              <Accordion.Control>{t('evidence:balance.title')}</Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" mb="xs">
                  {t('evidence:balance.help')}
                </Text>
                <Table striped aria-label={t('evidence:balance.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('evidence:balance.covariate')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('evidence:balance.before')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('evidence:balance.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {answer.balance.map((b) => (
                      <Table.Tr key={b.covariate}>
                        <Table.Td>{t(`evidence:covariate.${b.covariate}`, { defaultValue: b.covariate })}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          {b.smdBefore === null ? '—' : fixed(b.smdBefore)}
                        </Table.Td>
                        <Table.Td
                          style={{
                            textAlign: 'right',
                            fontWeight: b.smdAfter !== null && Math.abs(b.smdAfter) > 0.1 ? 700 : 400,
                          }}
                        >
                          {b.smdAfter === null ? '—' : fixed(b.smdAfter)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Accordion.Panel>
            </Accordion.Item>
          )}
          {answer.status === 'estimated' && (
            <Accordion.Item value="notes">
              <Accordion.Control>{t('evidence:technicalNotes')}</Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" mb="xs">
                  {t('evidence:standardError', { value: fixed(answer.standardError, 3) })}
                </Text>
                <List size="xs" spacing={2} lang="en">
                  {answer.notes.map((n) => (
                    <List.Item key={n}>{n}</List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          )}
        </Accordion>
      </Stack>
    </Card>
  );
}
