import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { ScorecardView } from '../governance/scorecard-view.tsx';
import { useObservedScorecard } from './api.ts';

/** One observed mutual's scorecard, as a funder or researcher sees it (small cells suppressed). */
export function ObservedScorecardPage() {
  const { t } = useTranslation();
  const { mutualId } = useParams();
  const [year, setYear] = useState<number | undefined>();
  const { data, error, isLoading } = useObservedScorecard(mutualId, year);
  if (isLoading) return <PageLoading />;
  return (
    <>
      <PageHeader
        title={data ? data.mutualName : t('observatory:title')}
        subtitle={<Link to="/observatory">{t('observatory:back')}</Link>}
      />
      <ErrorAlert error={error} />
      {data && <ScorecardView scorecard={data} canManage={false} onYear={setYear} />}
    </>
  );
}
