import { Button, Group } from '@mantine/core';
import type { DiagnosticCoordinatorMove } from '@mutualis/domain/diagnostics/diagnostic-status';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormat } from '../../../components/format.ts';
import { notify } from '../../../components/notify.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useCurrentUser } from '../../auth/session.ts';
import { canTransitionDiagnostic, type Diagnostic, useDiagnostic, useDiagnosticStatus } from '../api.ts';
import { CoordinatorView } from './coordinator-view.tsx';
import { MemberView } from './member-view.tsx';

/** /diagnostics/:id (coordinator runs it) and /my-diagnostics/:id (member contact validates its lines). */
export function DiagnosticPage() {
  const { t } = useTranslation();
  const { diagnosticId } = useParams();
  const me = useCurrentUser();
  const format = useFormat();
  const { data: d, error } = useDiagnostic(diagnosticId);
  if (error) return <ErrorAlert error={error} />;
  if (!d) return null;
  const coordinator = me.role === 'coordinator';
  return (
    <>
      <PageHeader
        title={t('needs:diagnostic.title', { member: d.memberName })}
        subtitle={
          <Group gap="xs" component="span">
            <span>{t('needs:diagnostic.scheduled', { date: format.date(d.scheduledOn) })}</span>
            <StatusBadge status={d.status} labelKey="needs:diagnosticStatus" />
          </Group>
        }
        actions={coordinator && <StatusActions diagnostic={d} />}
      />
      {coordinator ? <CoordinatorView key={d.id} diagnostic={d} /> : <MemberView diagnostic={d} />}
    </>
  );
}

/** The coordinator's moves allowed from the diagnostic's status: start, complete, reopen, cancel. */
function StatusActions({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const { t } = useTranslation();
  const change = useDiagnosticStatus(d.id);
  const go = (status: DiagnosticCoordinatorMove) =>
    change.mutate(status, {
      onError: (e) => notify({ color: 'red', message: e instanceof Error ? e.message : String(e) }),
    });
  return (
    <>
      {d.status === 'scheduled' && <Button onClick={() => go('in_progress')}>{t('needs:diagnostic.start')}</Button>}
      {canTransitionDiagnostic(d.status, 'completed') && (
        <Button onClick={() => go('completed')}>{t('needs:diagnostic.complete')}</Button>
      )}
      {d.status === 'completed' && (
        <Button variant="default" onClick={() => go('in_progress')}>
          {t('needs:diagnostic.reopen')}
        </Button>
      )}
      {canTransitionDiagnostic(d.status, 'cancelled') && (
        <Button variant="default" color="red" onClick={() => go('cancelled')}>
          {t('needs:diagnostic.cancel')}
        </Button>
      )}
    </>
  );
}
