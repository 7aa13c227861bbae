import { Container } from '@mantine/core';
import { WEB_PAGE_NAMES, WEB_PAGES, type WebPageName } from '@mutualis/contracts/web-paths';
import { type ComponentType, createElement, lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.tsx';
import { InvitationPage } from '../features/auth/invitation-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { PasswordResetConfirmPage, PasswordResetRequestPage } from '../features/auth/password-reset-pages.tsx';
import { useMe } from '../features/auth/session.ts';
import { useFocusOnNavigation } from './focus-on-navigation.ts';
import { ForRoles } from './for-roles.tsx';
import { homeOf } from './navigation.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PrivacyFooter } from './privacy-footer.tsx';
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
const finance = () => import('../features/finance/pages.ts');
const funding = () => import('../features/funding/pages.ts');
const evidence = () => import('../features/evidence/pages.ts');
const outcomes = () => import('../features/outcomes/pages.ts');
const participation = () => import('../features/participation/pages.ts');
const memberHome = () => import('../features/member-home/member-home-pages.tsx');
const members = () => import('../features/members/pages.ts');
const needs = () => import('../features/needs/pages.ts');
const pooling = () => import('../features/pooling/pages.ts');
const publicDelivery = () => import('../features/delivery/public-pages.tsx');
const quotes = () => import('../features/quotes/pages.ts');
const reports = () => import('../features/reports/pages.ts');
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
const PrivacySettingsPage = lazyPage(() => import('../features/privacy/settings-page.tsx'), 'PrivacySettingsPage');
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
const ParticipationFormPage = lazyPage(
  () => import('../features/participation/participation-form-page.tsx'),
  'ParticipationFormPage',
);
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
const AnnualReportPage = lazyPage(reports, 'AnnualReportPage');
const BillsPage = lazyPage(finance, 'BillsPage');
const ClaimPage = lazyPage(funding, 'ClaimPage');
const ClaimsPage = lazyPage(funding, 'ClaimsPage');
const DuesPage = lazyPage(finance, 'DuesPage');
const FinanceSettingsPage = lazyPage(finance, 'FinanceSettingsPage');
const FundingPage = lazyPage(funding, 'FundingPage');
const InvoicePage = lazyPage(finance, 'InvoicePage');
const InvoicingPage = lazyPage(finance, 'InvoicingPage');
const LedgerPage = lazyPage(finance, 'LedgerPage');
const MyInvoicesPage = lazyPage(finance, 'MyInvoicesPage');
const MyOnePercentPage = lazyPage(reports, 'MyOnePercentPage');
const OnePercentPage = lazyPage(reports, 'OnePercentPage');
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

/** The component of each page of the table (packages/contracts/src/web-paths.ts: path and roles); TypeScript asks for every page. */
const PAGES: Record<WebPageName, ComponentType> = {
  login: LoginPage,
  invitation: InvitationPage,
  passwordReset: PasswordResetRequestPage,
  passwordResetConfirm: PasswordResetConfirmPage,
  resetPassword: PasswordResetConfirmPage,
  questionnaire: QuestionnairePage,
  verifyAttestation: VerifyAttestationPage,
  outcomeForm: OutcomeFormPage,
  participationForm: ParticipationFormPage,
  dashboard: DashboardPage,
  members: MembersPage,
  memberNew: MemberFormPage,
  member: MemberPage,
  memberEdit: MemberFormPage,
  memberEmployeeImport: EmployeeImportPage,
  employees: EmployeesPage,
  employeeNew: EmployeePage,
  employee: EmployeePage,
  myFirm: MyFirmPage,
  myEmployees: MyEmployeesPage,
  myEmployeeImport: EmployeeImportPage,
  myProvider: MyProviderPage,
  demand: DemandPage,
  needs: NeedsPage,
  myNeeds: MyNeedsPage,
  diagnostics: DiagnosticsPage,
  diagnostic: DiagnosticPage,
  myDiagnostics: DiagnosticsPage,
  myDiagnostic: DiagnosticPage,
  quotes: QuotesPage,
  quoteNew: QuoteNewPage,
  quote: QuotePage,
  courses: CoursesPage,
  courseNew: CoursePage,
  course: CoursePage,
  providers: ProvidersPage,
  topics: TopicsPage,
  users: UsersPage,
  outbox: OutboxPage,
  pooling: PoolingRunsPage,
  poolingRun: PoolingRunPage,
  poolingCompare: PoolingComparePage,
  mySavings: MySavingsPage,
  sessions: SessionsPage,
  sessionNew: SessionNewPage,
  session: SessionPage,
  register: RegisterPage,
  evaluation: EvaluationPage,
  attestations: AttestationsPage,
  calendar: CalendarFeedsPage,
  schedule: SchedulePage,
  expiries: ExpiriesPage,
  deliverySettings: DeliverySettingsPage,
  audit: AuditPage,
  mutuals: MutualsPage,
  recognition: RecognitionPage,
  board: BoardPage,
  meeting: MeetingPage,
  leaders: LeadersPage,
  partners: PartnersPage,
  partner: PartnerPage,
  scorecard: ScorecardPage,
  observatory: ObservatoryPage,
  observedScorecard: ObservedScorecardPage,
  funders: FundersPage,
  emulation: ScenariosPage,
  scenario: ScenarioPage,
  outcomes: OutcomesPage,
  myOutcomes: MyOutcomesPage,
  evidence: EvidencePage,
  targeting: TargetingPage,
  prospects: ProspectsPage,
  participation: ParticipationPage,
  privacy: ReadsPage,
  personFile: PersonFilePage,
  incidents: IncidentsPage,
  privacySettings: PrivacySettingsPage,
  invoicing: InvoicingPage,
  invoice: InvoicePage,
  bills: BillsPage,
  dues: DuesPage,
  onePercent: OnePercentPage,
  ledger: LedgerPage,
  financeSettings: FinanceSettingsPage,
  funding: FundingPage,
  claims: ClaimsPage,
  claim: ClaimPage,
  annualReport: AnnualReportPage,
  myInvoices: MyInvoicesPage,
  myInvoice: InvoicePage,
  myOnePercent: MyOnePercentPage,
  account: AccountPage,
};

const publicPages = WEB_PAGE_NAMES.filter((name) => WEB_PAGES[name].access === 'public');
const shellPages = WEB_PAGE_NAMES.filter((name) => WEB_PAGES[name].access !== 'public');
const route = (name: WebPageName, element: ReactNode) => (
  <Route key={name} path={WEB_PAGES[name].path} element={element} />
);

/** The pages open to anyone, with the platform's privacy officer at their foot (Law 25). */
function PublicPages() {
  return (
    <>
      <Outlet />
      <Container size="sm" px="md">
        <PrivacyFooter mutualId={null} />
      </Container>
    </>
  );
}

export function AppRoutes() {
  useFocusOnNavigation();
  return (
    <Suspense fallback={<PageLoading fullScreen />}>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route element={<PublicPages />}>{publicPages.map((name) => route(name, createElement(PAGES[name])))}</Route>
        <Route element={<AuthenticatedShell />}>
          {/* a page opened by a role it is not for shows "not allowed", without rendering it or calling its API */}
          {shellPages.map((name) => route(name, <ForRoles page={name}>{createElement(PAGES[name])}</ForRoles>))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
