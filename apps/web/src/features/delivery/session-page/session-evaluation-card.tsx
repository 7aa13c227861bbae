import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { type SessionDetail, useEvaluation } from '../api.ts';
import { EvaluationCharts } from '../evaluation-page.tsx';

/** Evaluation results of a delivered session, with charts (coordinator or its trainer). */
export function SessionEvaluationCard({ s }: { s: SessionDetail }) {
  const { t } = useTranslation();
  const results = useEvaluation({ sessionId: s.id });
  return (
    <Card withBorder mb="md" aria-labelledby="session-evaluation-title">
      <Title order={2} size="h4" id="session-evaluation-title" mb="sm">
        {t('delivery:evaluation.title')}
      </Title>
      <ErrorAlert error={results.error} />
      {results.data && <EvaluationCharts results={results.data} idPrefix="session-evaluation" />}
    </Card>
  );
}
