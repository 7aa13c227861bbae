import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AccountPage } from '../features/account/account-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { InvitationPage } from '../features/auth/invitation-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { PasswordResetConfirmPage, PasswordResetRequestPage } from '../features/auth/password-reset-pages.tsx';
import { useMe } from '../features/auth/session.ts';
import { CoursePage } from '../features/catalogue/course-page.tsx';
import { CoursesPage } from '../features/catalogue/courses-page.tsx';
import { MyProviderPage } from '../features/catalogue/my-provider-page.tsx';
import { ProvidersPage } from '../features/catalogue/providers-page.tsx';
import { TopicsPage } from '../features/catalogue/topics-page.tsx';
import { DashboardPage } from '../features/dashboard/dashboard-page.tsx';
import { DemandPage } from '../features/demand/demand-page.tsx';
import { DiagnosticPage } from '../features/diagnostics/diagnostic-page.tsx';
import { DiagnosticsPage } from '../features/diagnostics/diagnostics-page.tsx';
import { AttestationsPage } from '../features/delivery/attestations-page.tsx';
import { CalendarFeedsPage } from '../features/delivery/calendar-page.tsx';
import { EvaluationPage } from '../features/delivery/evaluation-page.tsx';
import { QuestionnairePage, VerifyAttestationPage } from '../features/delivery/public-pages.tsx';
import { RegisterPage } from '../features/delivery/register-page.tsx';
import { SessionNewPage } from '../features/delivery/session-new-page.tsx';
import { DeliverySettingsPage } from '../features/delivery/settings-page.tsx';
import { SessionPage } from '../features/delivery/session-page.tsx';
import { SessionsPage } from '../features/delivery/sessions-page.tsx';
import { EmployeeImportPage } from '../features/employees/employee-import-page.tsx';
import { EmployeePage } from '../features/employees/employee-page.tsx';
import { EmployeesPage } from '../features/employees/employees-page.tsx';
import { MyEmployeesPage, MyFirmPage } from '../features/member-home/member-home-pages.tsx';
import { MemberFormPage } from '../features/members/member-form-page.tsx';
import { MemberPage } from '../features/members/member-page.tsx';
import { MembersPage } from '../features/members/members-page.tsx';
import { MutualsPage } from '../features/mutuals/mutuals-page.tsx';
import { MyNeedsPage } from '../features/needs/my-needs-page.tsx';
import { NeedsPage } from '../features/needs/needs-page.tsx';
import { OutboxPage } from '../features/outbox/outbox-page.tsx';
import { MySavingsPage } from '../features/pooling/my-savings-page.tsx';
import { PoolingComparePage } from '../features/pooling/pooling-compare-page.tsx';
import { PoolingRunPage } from '../features/pooling/pooling-run-page.tsx';
import { PoolingRunsPage } from '../features/pooling/pooling-runs-page.tsx';
import { QuoteNewPage } from '../features/quotes/quote-new-page.tsx';
import { QuotePage } from '../features/quotes/quote-page.tsx';
import { QuotesPage } from '../features/quotes/quotes-page.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { homeOf } from './navigation.ts';
import { AuthenticatedShell } from './shell.tsx';

function Home() {
  const { t } = useTranslation();
  const { data: me, isLoading } = useMe();
  if (isLoading)
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('common:loading')} />
      </Center>
    );
  return <Navigate to={me ? homeOf(me.role) : '/login'} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invitation" element={<InvitationPage />} />
      <Route path="/password-reset" element={<PasswordResetRequestPage />} />
      <Route path="/password-reset/confirm" element={<PasswordResetConfirmPage />} />
      {/* the path of the e-mailed link (services/request-password-reset.ts) */}
      <Route path="/reset-password" element={<PasswordResetConfirmPage />} />
      <Route path="/questionnaire/:token" element={<QuestionnairePage />} />
      <Route path="/verify/:number" element={<VerifyAttestationPage />} />
      <Route element={<AuthenticatedShell />}>
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/members" element={<MembersPage />} />
        <Route path="/members/new" element={<MemberFormPage />} />
        <Route path="/members/:memberId" element={<MemberPage />} />
        <Route path="/members/:memberId/edit" element={<MemberFormPage />} />
        <Route path="/members/:memberId/employees/import" element={<EmployeeImportPage />} />
        <Route path="/employees" element={<EmployeesPage />} />
        <Route path="/employees/new" element={<EmployeePage />} />
        <Route path="/employees/:employeeId" element={<EmployeePage />} />
        <Route path="/my-firm" element={<MyFirmPage />} />
        <Route path="/my-employees" element={<MyEmployeesPage />} />
        <Route path="/my-employees/import" element={<EmployeeImportPage />} />
        <Route path="/my-provider" element={<MyProviderPage />} />
        <Route path="/demand" element={<DemandPage />} />
        <Route path="/needs" element={<NeedsPage />} />
        <Route path="/my-needs" element={<MyNeedsPage />} />
        <Route path="/diagnostics" element={<DiagnosticsPage />} />
        <Route path="/diagnostics/:diagnosticId" element={<DiagnosticPage />} />
        <Route path="/my-diagnostics" element={<DiagnosticsPage />} />
        <Route path="/my-diagnostics/:diagnosticId" element={<DiagnosticPage />} />
        <Route path="/quotes" element={<QuotesPage />} />
        <Route path="/quotes/new" element={<QuoteNewPage />} />
        <Route path="/quotes/:quoteRequestId" element={<QuotePage />} />
        <Route path="/courses" element={<CoursesPage />} />
        <Route path="/courses/new" element={<CoursePage />} />
        <Route path="/courses/:courseId" element={<CoursePage />} />
        <Route path="/providers" element={<ProvidersPage />} />
        <Route path="/topics" element={<TopicsPage />} />
        <Route path="/users" element={<UsersPage />} />
        <Route path="/outbox" element={<OutboxPage />} />
        <Route path="/pooling" element={<PoolingRunsPage />} />
        <Route path="/pooling/runs/:runId" element={<PoolingRunPage />} />
        <Route path="/pooling/compare" element={<PoolingComparePage />} />
        <Route path="/my-savings" element={<MySavingsPage />} />
        <Route path="/sessions" element={<SessionsPage />} />
        <Route path="/sessions/new" element={<SessionNewPage />} />
        <Route path="/sessions/:sessionId" element={<SessionPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/evaluation" element={<EvaluationPage />} />
        <Route path="/attestations" element={<AttestationsPage />} />
        <Route path="/calendar" element={<CalendarFeedsPage />} />
        <Route path="/delivery-settings" element={<DeliverySettingsPage />} />
        <Route path="/audit" element={<AuditPage />} />
        <Route path="/admin/mutuals" element={<MutualsPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
