import { Card, Group, SegmentedControl, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/charts.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useMe } from '../auth/session.ts';
import { useCourses, useProviders } from '../catalogue/api.ts';
import { type EvaluationResults, useEvaluation } from './api.ts';

/** The charts of evaluation results: mean answers per question for each level, and participants' outcomes. */
export function EvaluationCharts({ results, idPrefix }: { results: EvaluationResults; idPrefix: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outcomes = [
    { label: t('delivery:outcome.passed'), count: results.outcomes.passed },
    { label: t('delivery:outcome.not_passed'), count: results.outcomes.notPassed },
    { label: t('delivery:evaluation.noOutcome'), count: results.outcomes.none },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {results.levels.map((level) => {
        const data = Object.entries(level.means).map(([question, mean]) => ({
          label: t(`delivery:evaluation.questions.${question}`),
          mean: mean ?? 0,
        }));
        const title = t(`delivery:evaluation.level${level.level}`);
        const summary = data.map((d) => `${d.label}: ${format.number(d.mean, 1)}`).join(', ');
        const id = `${idPrefix}-level-${level.level}`;
        return (
          <Card withBorder component="section" aria-labelledby={`${id}-title`} key={level.level}>
            <Title order={2} size="h4" id={`${id}-title`}>
              {title}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('delivery:evaluation.responses', {
                responses: t('common:count.responses', { count: level.responses }),
                sent: t('common:count.questionnaires', { count: level.sent }),
              })}
            </Text>
            {level.responses === 0 ? (
              <Text c="dimmed">{t('delivery:evaluation.noResponse')}</Text>
            ) : level.suppressed ? (
              <Text c="dimmed">{t('delivery:evaluation.suppressed', { min: 5 })}</Text>
            ) : (
              <div role="img" aria-label={`${title}: ${summary}`}>
                <BarChart
                  h={Math.max(160, data.length * 40)}
                  data={data}
                  dataKey="label"
                  orientation="vertical"
                  yAxisProps={{ width: 200, domain: [0, 5] }}
                  xAxisProps={{ domain: [0, 5] }}
                  series={[{ name: 'mean', label: t('delivery:evaluation.mean'), color: 'blue.7' }]}
                  gridAxis="x"
                />
              </div>
            )}
          </Card>
        );
      })}
      <Card withBorder component="section" aria-labelledby={`${idPrefix}-outcomes-title`}>
        <Title order={2} size="h4" id={`${idPrefix}-outcomes-title`} mb="sm">
          {t('delivery:evaluation.outcomes')}
        </Title>
        <div
          role="img"
          aria-label={`${t('delivery:evaluation.outcomes')}: ${outcomes.map((o) => `${o.label}: ${o.count}`).join(', ')}`}
        >
          <BarChart
            h={200}
            data={outcomes}
            dataKey="label"
            series={[{ name: 'count', label: t('delivery:evaluation.participants'), color: 'teal.8' }]}
            gridAxis="y"
          />
        </div>
      </Card>
    </SimpleGrid>
  );
}

// The pickers load their lists only when shown (a trainer may not list every provider).
function CourseSelect({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const courses = useCourses();
  const en = i18n.language.startsWith('en');
  return (
    <Select
      label={t('delivery:evaluation.course')}
      data={(courses.data ?? []).map((c) => ({ value: c.id, label: en ? c.titleEn : c.titleFr }))}
      value={value}
      onChange={onChange}
      searchable
      w={360}
    />
  );
}

function ProviderSelect({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const providers = useProviders();
  return (
    <Select
      label={t('delivery:evaluation.provider')}
      data={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={onChange}
      searchable
      w={320}
    />
  );
}

/** /evaluation: results over delivered sessions, for all, one course or one provider. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const coordinator = me?.role === 'coordinator';
  const [scope, setScope] = useState<'all' | 'course' | 'provider'>('all');
  const [courseId, setCourseId] = useState<string | null>(null);
  const [providerId, setProviderId] = useState<string | null>(null);
  const query =
    scope === 'course'
      ? { courseId: courseId ?? undefined }
      : scope === 'provider'
        ? { providerId: providerId ?? undefined }
        : {};
  const ready = scope === 'all' || (scope === 'course' && !!courseId) || (scope === 'provider' && !!providerId);
  const results = useEvaluation(query, ready);
  return (
    <>
      <PageHeader title={t('delivery:evaluation.title')} subtitle={t('delivery:evaluation.subtitle')} />
      <Group mb="md" align="flex-end">
        <div>
          <Text size="sm" fw={500} id="evaluation-scope-label" mb={4}>
            {t('delivery:evaluation.scope')}
          </Text>
          <SegmentedControl
            aria-labelledby="evaluation-scope-label"
            value={scope}
            onChange={(v) => setScope(v as typeof scope)}
            data={[
              { value: 'all', label: t('delivery:evaluation.scopeAll') },
              { value: 'course', label: t('delivery:evaluation.scopeCourse') },
              ...(coordinator ? [{ value: 'provider', label: t('delivery:evaluation.scopeProvider') }] : []),
            ]}
          />
        </div>
        {scope === 'course' && <CourseSelect value={courseId} onChange={setCourseId} />}
        {scope === 'provider' && <ProviderSelect value={providerId} onChange={setProviderId} />}
      </Group>
      <ErrorAlert error={results.error} />
      {results.data && (
        <>
          <Text mb="md">{t('delivery:evaluation.sessions', { count: results.data.sessions })}</Text>
          <EvaluationCharts results={results.data} idPrefix="evaluation" />
        </>
      )}
    </>
  );
}
