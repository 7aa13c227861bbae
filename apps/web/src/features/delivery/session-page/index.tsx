import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ActivityFeed } from '../../audit/activity-feed.tsx';
import { useMe } from '../../auth/session.ts';
import { downloadSignInSheet, sessionIsDelivered, sessionWasHeld, useSession } from '../api.ts';
import { SessionStateBadge } from '../sessions-page.tsx';
import { AttestationsCard } from './attestations-card.tsx';
import { EnrolmentsCard } from './enrolments-card.tsx';
import { FactsCard } from './facts-card.tsx';
import { LifecycleCard } from './lifecycle-card.tsx';
import { QuestionnaireSheetsCard } from './questionnaire-sheets-card.tsx';
import { ReservationsCard } from './reservations-card.tsx';
import { RosterCard } from './roster-card.tsx';
import { ScheduleCard } from './schedule-card.tsx';
import { SessionEvaluationCard } from './session-evaluation-card.tsx';

/** Downloads the roster and sign-in sheet (PDF) in the interface's language. */
function SignInSheetButton({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadSignInSheet(sessionId, i18n.language.startsWith('en') ? 'en' : 'fr');
    } catch (error) {
      notify({ color: 'red', message: message(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onClick={() => void download()}
    >
      {t('delivery:signInSheet.download')}
    </Button>
  );
}

/** /sessions/:sessionId — what each role does with a session. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId } = useParams();
  const { data: me } = useMe();
  const session = useSession(sessionId);
  const s = session.data;
  const format = useFormat();
  const role = me?.role ?? 'coordinator';
  const runs = role === 'coordinator' || role === 'trainer';
  const hasSheet = s && runs && s.status !== 'proposed' && s.status !== 'cancelled';
  return (
    <>
      <PageHeader
        title={s ? format.text({ fr: s.titleFr, en: s.titleEn }) : t('delivery:sessions.title')}
        subtitle={s ? <SessionStateBadge state={s.status} /> : undefined}
        actions={hasSheet ? <SignInSheetButton sessionId={s.id} /> : undefined}
      />
      <ErrorAlert error={session.error} />
      {s && (
        <>
          <FactsCard s={s} />
          {role === 'coordinator' && <LifecycleCard s={s} />}
          {role === 'coordinator' && <ScheduleCard s={s} />}
          {role === 'coordinator' && <ReservationsCard s={s} />}
          {(role === 'coordinator' || role === 'member_contact') && (
            <EnrolmentsCard s={s} role={role} memberId={me?.memberId ?? null} />
          )}
          {runs && sessionWasHeld(s.status) && <RosterCard s={s} canRecord />}
          {runs && (s.status === 'in_delivery' || s.status === 'delivered') && <QuestionnaireSheetsCard s={s} />}
          {(runs || role === 'member_contact') && sessionIsDelivered(s.status) && <SessionEvaluationCard s={s} />}
          {role !== 'trainer' && sessionIsDelivered(s.status) && <AttestationsCard s={s} />}
          {role === 'coordinator' && <ActivityFeed entityType="training_session" entityId={s.id} />}
        </>
      )}
    </>
  );
}
