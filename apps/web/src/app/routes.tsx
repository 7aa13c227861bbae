import { type ComponentType, lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.tsx';
import { InvitationPage } from '../features/auth/invitation-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { PasswordResetConfirmPage, PasswordResetRequestPage } from '../features/auth/password-reset-pages.tsx';
import { useMe } from '../features/auth/session.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { homeOf } from './navigation.ts';
import { AuthenticatedShell } from './shell.tsx';

// The sign-in pages and the shell come with the first download; every feature area is its own
// chunk, fetched the first time one of its pages opens (a multi-page area through its pages.ts).
function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const catalogue = () => import('../features/catalogue/pages.ts');
const delivery = () => import('../features/delivery/pages.ts');
const diagnostics = () => import('../features/diagnostics/pages.ts');
const learning = () => import('../features/learning/pages.ts');
const employees = () => import('../features/employees/pages.ts');
const evidence = () => import('../features/evidence/pages.ts');
const outcomes = () => import('../features/outcomes/pages.ts');
const participation = () => import('../features/participation/pages.ts');
const memberHome = () => import('../features/member-home/member-home-pages.tsx');
const members = () => import('../features/members/pages.ts');
const needs = () => import('../features/needs/pages.ts');
const pooling = () => import('../features/pooling/pages.ts');
const publicDelivery = () => import('../features/delivery/public-pages.tsx');
const quotes = () => import('../features/quotes/pages.ts');
const governance = () => import('../features/governance/pages.ts');
const observatory = () => import('../features/observatory/pages.ts');
const emulation = () => import('../features/emulation/pages.ts');

const account = () => import('../features/account/account-page.tsx');
const audit = () => import('../features/audit/audit-page.tsx');
const dashboard = () => import('../features/dashboard/dashboard-page.tsx');
const demand = () => import('../features/demand/demand-page/index.tsx');
const mutuals = () => import('../features/mutuals/mutuals-page.tsx');
const outbox = () => import('../features/outbox/outbox-page.tsx');
const users = () => import('../features/users/users-page.tsx');

/**
 * The area a path opens, by its first segment. A page's code is fetched when the page first renders,
 * which inside the shell is after the account (/api/auth/me) has arrived: fetching the area of the
 * address the app starts on at once, beside that request, saves a round trip on the first page.
 * A path missing here is only not fetched early.
 */
const AREA_OF_FIRST_SEGMENT: Record<string, () => Promise<unknown>> = {
  account,
  admin: mutuals,
  attestations: delivery,
  audit,
  board: governance,
  calendar: delivery,
  courses: catalogue,
  dashboard,
  'delivery-settings': delivery,
  demand,
  diagnostics,
  emulation,
  employees,
  evaluation: delivery,
  members,
  'my-diagnostics': diagnostics,
  'my-employees': memberHome,
  'my-firm': memberHome,
  'my-needs': needs,
  'my-provider': catalogue,
  'my-savings': pooling,
  leaders: governance,
  needs,
  observatory,
  outbox,
  partners: governance,
  pooling,
  providers: catalogue,
  questionnaire: publicDelivery,
  quotes,
  recognition: governance,
  register: delivery,
  scorecard: governance,
  sessions: delivery,
  topics: catalogue,
  users,
  verify: publicDelivery,
};

/** Starts fetching the code of the page at `pathname` (once; the browser keeps the module). */
export function preloadPageOf(pathname: string) {
  const load = AREA_OF_FIRST_SEGMENT[pathname.split('/')[1] ?? ''];
  if (load) void load().catch(() => {}); // a failure shows when the page itself loads
}

const AccountPage = lazyPage(account, 'AccountPage');
const AuditPage = lazyPage(audit, 'AuditPage');
const ReadsPage = lazyPage(() => import('../features/privacy/reads-page.tsx'), 'ReadsPage');
const IncidentsPage = lazyPage(() => import('../features/privacy/incidents-page.tsx'), 'IncidentsPage');
const PersonFilePage = lazyPage(() => import('../features/privacy/person-file-page.tsx'), 'PersonFilePage');
const CoursePage = lazyPage(catalogue, 'CoursePage');
const CoursesPage = lazyPage(catalogue, 'CoursesPage');
const MyProviderPage = lazyPage(catalogue, 'MyProviderPage');
const ProvidersPage = lazyPage(catalogue, 'ProvidersPage');
const TopicsPage = lazyPage(catalogue, 'TopicsPage');
const DashboardPage = lazyPage(dashboard, 'DashboardPage');
const DemandPage = lazyPage(demand, 'DemandPage');
const DiagnosticPage = lazyPage(diagnostics, 'DiagnosticPage');
const DiagnosticsPage = lazyPage(diagnostics, 'DiagnosticsPage');
const AttestationsPage = lazyPage(delivery, 'AttestationsPage');
const CalendarFeedsPage = lazyPage(delivery, 'CalendarFeedsPage');
const EvaluationPage = lazyPage(delivery, 'EvaluationPage');
const RegisterPage = lazyPage(delivery, 'RegisterPage');
const SchedulePage = lazyPage(delivery, 'SchedulePage');
const SessionNewPage = lazyPage(delivery, 'SessionNewPage');
const SessionPage = lazyPage(delivery, 'SessionPage');
const SessionsPage = lazyPage(delivery, 'SessionsPage');
const DeliverySettingsPage = lazyPage(delivery, 'DeliverySettingsPage');
const QuestionnairePage = lazyPage(publicDelivery, 'QuestionnairePage');
const VerifyAttestationPage = lazyPage(publicDelivery, 'VerifyAttestationPage');
const EvidencePage = lazyPage(evidence, 'EvidencePage');
const OutcomesPage = lazyPage(outcomes, 'OutcomesPage');
const MyOutcomesPage = lazyPage(outcomes, 'MyOutcomesPage');
const OutcomeFormPage = lazyPage(() => import('../features/outcomes/outcome-form-page.tsx'), 'OutcomeFormPage');
const ParticipationPage = lazyPage(participation, 'ParticipationPage');
const ProspectsPage = lazyPage(participation, 'ProspectsPage');
const ParticipationFormPage = lazyPage(() => import('../features/participation/participation-form-page.tsx'), 'ParticipationFormPage');
const TargetingPage = lazyPage(() => import('../features/targeting/targeting-page.tsx'), 'TargetingPage');
const EmployeeImportPage = lazyPage(employees, 'EmployeeImportPage');
const ExpiriesPage = lazyPage(learning, 'ExpiriesPage');
const EmployeePage = lazyPage(employees, 'EmployeePage');
const EmployeesPage = lazyPage(employees, 'EmployeesPage');
const MyEmployeesPage = lazyPage(memberHome, 'MyEmployeesPage');
const MyFirmPage = lazyPage(memberHome, 'MyFirmPage');
const MemberFormPage = lazyPage(members, 'MemberFormPage');
const MemberPage = lazyPage(members, 'MemberPage');
const MembersPage = lazyPage(members, 'MembersPage');
const MutualsPage = lazyPage(mutuals, 'MutualsPage');
const MyNeedsPage = lazyPage(needs, 'MyNeedsPage');
const NeedsPage = lazyPage(needs, 'NeedsPage');
const OutboxPage = lazyPage(outbox, 'OutboxPage');
const MySavingsPage = lazyPage(pooling, 'MySavingsPage');
const PoolingComparePage = lazyPage(pooling, 'PoolingComparePage');
const PoolingRunPage = lazyPage(pooling, 'PoolingRunPage');
const PoolingRunsPage = lazyPage(pooling, 'PoolingRunsPage');
const QuoteNewPage = lazyPage(quotes, 'QuoteNewPage');
const QuotePage = lazyPage(quotes, 'QuotePage');
const QuotesPage = lazyPage(quotes, 'QuotesPage');
const BoardPage = lazyPage(governance, 'BoardPage');
const LeadersPage = lazyPage(governance, 'LeadersPage');
const MeetingPage = lazyPage(governance, 'MeetingPage');
const PartnerPage = lazyPage(governance, 'PartnerPage');
const PartnersPage = lazyPage(governance, 'PartnersPage');
const RecognitionPage = lazyPage(governance, 'RecognitionPage');
const ScorecardPage = lazyPage(governance, 'ScorecardPage');
const FundersPage = lazyPage(observatory, 'FundersPage');
const ObservatoryPage = lazyPage(observatory, 'ObservatoryPage');
const ObservedScorecardPage = lazyPage(observatory, 'ObservedScorecardPage');
const ScenarioPage = lazyPage(emulation, 'ScenarioPage');
const ScenariosPage = lazyPage(emulation, 'ScenariosPage');
const UsersPage = lazyPage(users, 'UsersPage');

function Home() {
  const { data: me, isLoading } = useMe();
  if (isLoading) return <PageLoading fullScreen />;
  return <Navigate to={me ? homeOf(me.role) : '/login'} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading fullScreen />}>
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
        <Route path="/outcome-form/:token" element={<OutcomeFormPage />} />
        <Route path="/participation-form/:token" element={<ParticipationFormPage />} />
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
          <Route path="/schedule" element={<SchedulePage />} />
          {/* the page the attestation expiry reminders link to (learning/send-expiry-reminders.ts) */}
          <Route path="/expiries" element={<ExpiriesPage />} />
          <Route path="/delivery-settings" element={<DeliverySettingsPage />} />
          <Route path="/evidence" element={<EvidencePage />} />
          <Route path="/outcomes" element={<OutcomesPage />} />
          <Route path="/my-outcomes" element={<MyOutcomesPage />} />
          <Route path="/targeting" element={<TargetingPage />} />
          <Route path="/prospects" element={<ProspectsPage />} />
          <Route path="/participation" element={<ParticipationPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/privacy" element={<ReadsPage />} />
          <Route path="/privacy/people/:employeeId" element={<PersonFilePage />} />
          <Route path="/privacy/incidents" element={<IncidentsPage />} />
          <Route path="/admin/mutuals" element={<MutualsPage />} />
          <Route path="/recognition" element={<RecognitionPage />} />
          <Route path="/board" element={<BoardPage />} />
          <Route path="/board/meetings/:meetingId" element={<MeetingPage />} />
          <Route path="/leaders" element={<LeadersPage />} />
          <Route path="/partners" element={<PartnersPage />} />
          <Route path="/partners/:partnerId" element={<PartnerPage />} />
          <Route path="/scorecard" element={<ScorecardPage />} />
          <Route path="/observatory" element={<ObservatoryPage />} />
          <Route path="/observatory/:mutualId" element={<ObservedScorecardPage />} />
          <Route path="/admin/funders" element={<FundersPage />} />
          <Route path="/emulation" element={<ScenariosPage />} />
          <Route path="/emulation/:scenarioId" element={<ScenarioPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
