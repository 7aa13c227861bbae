import {
  GOVERNANCE_READER_ROLES,
  MEMBER_RECORD_ROLES,
  MUTUAL_ADMIN_ROLES,
  OBSERVER_ROLES,
  PROVIDER_RECORD_ROLES,
  type Role,
  SESSION_ROLES,
  SESSION_WORKER_ROLES,
} from '@mutualis/domain/accounts/roles';

// The pages of the web app, once: the router builds its routes from this table (apps/web/src/app/routes.tsx),
// the server builds every link it e-mails or prints from it (apps/server/src/links.ts), so a link cannot name
// a page that does not exist. Each page also says who it is for: the router shows the "not allowed" page to
// anyone else, without rendering the page or calling its API. Adding a page is one line here (and its
// component in routes.tsx, which TypeScript asks for).

/** Who may open a page: anyone (`public`, no login), any logged-in account (`authenticated`), or these roles. */
export type PageAccess = 'public' | 'authenticated' | readonly Role[];

export interface WebPage {
  /** React Router syntax: `/sessions/:sessionId`. */
  path: string;
  access: PageAccess;
}

const COORDINATOR = ['coordinator'] as const satisfies readonly Role[];
const MEMBER_CONTACT = ['member_contact'] as const satisfies readonly Role[];
/** The evidence pages' readers, as in their menus: the mutual's coordinators and board, funders and researchers. */
const EVIDENCE_READERS = ['coordinator', 'board_viewer', 'funder', 'researcher'] as const satisfies readonly Role[];

/** Every page of the web app but `/` (which sends each caller to its home), with who may open it. */
export const WEB_PAGES = {
  // before login: sign-in, e-mailed token links, public questionnaires and attestation checks
  login: { path: '/login', access: 'public' },
  invitation: { path: '/invitation', access: 'public' },
  passwordReset: { path: '/password-reset', access: 'public' },
  passwordResetConfirm: { path: '/password-reset/confirm', access: 'public' },
  resetPassword: { path: '/reset-password', access: 'public' },
  questionnaire: { path: '/questionnaire/:token', access: 'public' },
  verifyAttestation: { path: '/verify/:number', access: 'public' },
  outcomeForm: { path: '/outcome-form/:token', access: 'public' },
  participationForm: { path: '/participation-form/:token', access: 'public' },
  // the logged-in app
  dashboard: { path: '/dashboard', access: ['coordinator', 'board_viewer'] },
  members: { path: '/members', access: COORDINATOR },
  memberNew: { path: '/members/new', access: COORDINATOR },
  member: { path: '/members/:memberId', access: COORDINATOR },
  memberEdit: { path: '/members/:memberId/edit', access: COORDINATOR },
  memberEmployeeImport: { path: '/members/:memberId/employees/import', access: COORDINATOR },
  employees: { path: '/employees', access: COORDINATOR },
  employeeNew: { path: '/employees/new', access: MEMBER_RECORD_ROLES },
  employee: { path: '/employees/:employeeId', access: MEMBER_RECORD_ROLES },
  myFirm: { path: '/my-firm', access: MEMBER_CONTACT },
  myEmployees: { path: '/my-employees', access: MEMBER_CONTACT },
  myEmployeeImport: { path: '/my-employees/import', access: MEMBER_CONTACT },
  myProvider: { path: '/my-provider', access: ['trainer'] },
  demand: { path: '/demand', access: COORDINATOR },
  needs: { path: '/needs', access: COORDINATOR },
  myNeeds: { path: '/my-needs', access: MEMBER_CONTACT },
  diagnostics: { path: '/diagnostics', access: COORDINATOR },
  diagnostic: { path: '/diagnostics/:diagnosticId', access: COORDINATOR },
  myDiagnostics: { path: '/my-diagnostics', access: MEMBER_CONTACT },
  myDiagnostic: { path: '/my-diagnostics/:diagnosticId', access: MEMBER_CONTACT },
  quotes: { path: '/quotes', access: PROVIDER_RECORD_ROLES },
  quoteNew: { path: '/quotes/new', access: COORDINATOR },
  quote: { path: '/quotes/:quoteRequestId', access: PROVIDER_RECORD_ROLES },
  courses: { path: '/courses', access: COORDINATOR },
  courseNew: { path: '/courses/new', access: PROVIDER_RECORD_ROLES },
  course: { path: '/courses/:courseId', access: PROVIDER_RECORD_ROLES },
  providers: { path: '/providers', access: COORDINATOR },
  topics: { path: '/topics', access: COORDINATOR },
  users: { path: '/users', access: MUTUAL_ADMIN_ROLES },
  outbox: { path: '/outbox', access: MUTUAL_ADMIN_ROLES },
  pooling: { path: '/pooling', access: COORDINATOR },
  poolingRun: { path: '/pooling/runs/:runId', access: COORDINATOR },
  poolingCompare: { path: '/pooling/compare', access: COORDINATOR },
  mySavings: { path: '/my-savings', access: MEMBER_CONTACT },
  sessions: { path: '/sessions', access: SESSION_ROLES },
  sessionNew: { path: '/sessions/new', access: COORDINATOR },
  session: { path: '/sessions/:sessionId', access: SESSION_ROLES },
  register: { path: '/register', access: COORDINATOR },
  evaluation: { path: '/evaluation', access: SESSION_WORKER_ROLES },
  attestations: { path: '/attestations', access: MEMBER_RECORD_ROLES },
  calendar: { path: '/calendar', access: SESSION_ROLES },
  schedule: { path: '/schedule', access: SESSION_ROLES },
  expiries: { path: '/expiries', access: MEMBER_RECORD_ROLES },
  deliverySettings: { path: '/delivery-settings', access: COORDINATOR },
  audit: { path: '/audit', access: MUTUAL_ADMIN_ROLES },
  mutuals: { path: '/admin/mutuals', access: ['platform_admin'] },
  // a mutual's governance, for its coordinators and board
  recognition: { path: '/recognition', access: GOVERNANCE_READER_ROLES },
  board: { path: '/board', access: GOVERNANCE_READER_ROLES },
  meeting: { path: '/board/meetings/:meetingId', access: GOVERNANCE_READER_ROLES },
  leaders: { path: '/leaders', access: GOVERNANCE_READER_ROLES },
  partners: { path: '/partners', access: GOVERNANCE_READER_ROLES },
  partner: { path: '/partners/:partnerId', access: GOVERNANCE_READER_ROLES },
  scorecard: { path: '/scorecard', access: GOVERNANCE_READER_ROLES },
  // across mutuals, for observers
  observatory: { path: '/observatory', access: OBSERVER_ROLES },
  observedScorecard: { path: '/observatory/:mutualId', access: OBSERVER_ROLES },
  funders: { path: '/admin/funders', access: ['platform_admin'] },
  emulation: { path: '/emulation', access: OBSERVER_ROLES },
  scenario: { path: '/emulation/:scenarioId', access: OBSERVER_ROLES },
  // outcomes and evidence
  outcomes: { path: '/outcomes', access: COORDINATOR },
  myOutcomes: { path: '/my-outcomes', access: MEMBER_CONTACT },
  evidence: { path: '/evidence', access: EVIDENCE_READERS },
  targeting: { path: '/targeting', access: EVIDENCE_READERS },
  prospects: { path: '/prospects', access: COORDINATOR },
  participation: { path: '/participation', access: EVIDENCE_READERS },
  // personal information (Law 25), for the coordinator who answers for the privacy officer
  privacy: { path: '/privacy', access: COORDINATOR },
  personFile: { path: '/privacy/people/:employeeId', access: COORDINATOR },
  incidents: { path: '/privacy/incidents', access: COORDINATOR },
  privacySettings: { path: '/privacy/settings', access: COORDINATOR },
  // money: the coordinator's books, invoicing and funding; the board's annual report; a firm's own invoices
  invoicing: { path: '/finance/invoicing', access: COORDINATOR },
  invoice: { path: '/finance/invoices/:invoiceId', access: COORDINATOR },
  bills: { path: '/finance/bills', access: COORDINATOR },
  dues: { path: '/finance/dues', access: COORDINATOR },
  onePercent: { path: '/finance/one-percent', access: COORDINATOR },
  ledger: { path: '/finance/ledger', access: COORDINATOR },
  financeSettings: { path: '/finance/settings', access: COORDINATOR },
  funding: { path: '/funding', access: COORDINATOR },
  claims: { path: '/funding/claims', access: COORDINATOR },
  claim: { path: '/funding/claims/:claimId', access: COORDINATOR },
  annualReport: { path: '/annual-report', access: ['coordinator', 'board_viewer'] },
  myInvoices: { path: '/my-invoices', access: MEMBER_CONTACT },
  myInvoice: { path: '/my-invoices/:invoiceId', access: MEMBER_CONTACT },
  myOnePercent: { path: '/my-one-percent', access: MEMBER_CONTACT },
  account: { path: '/account', access: 'authenticated' },
} as const satisfies Record<string, WebPage>;

export type WebPageName = keyof typeof WEB_PAGES;
export const WEB_PAGE_NAMES = Object.keys(WEB_PAGES) as WebPageName[];

/** A path of the web app built from the table (only `webPath` and `webPaths` make one). */
export type WebPath = string & { readonly webPath: unique symbol };

type ParamsOf<P extends string> = P extends `${string}:${infer Param}/${infer Rest}`
  ? Param | ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Param}`
    ? Param
    : never;
/** The path parameters a page needs, e.g. `{ sessionId: string }` for `/sessions/:sessionId`. */
export type WebPageParams<N extends WebPageName> = { [K in ParamsOf<(typeof WEB_PAGES)[N]['path']>]: string };

type Query = Record<string, string | number | undefined>;

/** The path of a page with its parameters filled in (URL-encoded) and an optional query string. */
export function webPath<N extends WebPageName>(name: N, params: WebPageParams<N>, query: Query = {}): WebPath {
  const values = params as Record<string, string>;
  const path = WEB_PAGES[name].path.replace(/:(\w+)/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined || value === '') throw new Error(`${WEB_PAGES[name].path}: missing ${key}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  const qs = search.toString();
  return (qs ? `${path}?${qs}` : path) as WebPath;
}

type Locale = 'fr' | 'en';

/** The pages other places link to, by what they show. `lang` on a page read before login opens it in the reader's language. */
export const webPaths = {
  home: () => '/' as WebPath,
  expiries: () => webPath('expiries', {}),
  login: () => webPath('login', {}),
  /** The login page after a single sign-on that did not open a session: the mutual and the reason (a code). */
  loginSsoRefused: (ssoError: string, mutual?: string) => webPath('login', {}, { mutual, ssoError }),
  invitation: (token: string, lang: Locale) => webPath('invitation', {}, { token, lang }),
  resetPassword: (token: string, lang: Locale) => webPath('resetPassword', {}, { token, lang }),
  questionnaire: (token: string, lang: Locale) => webPath('questionnaire', { token }, { lang }),
  verifyAttestation: (number: string) => webPath('verifyAttestation', { number }),
  outcomeForm: (token: string, lang: Locale) => webPath('outcomeForm', { token }, { lang }),
  participationForm: (token: string, lang: Locale) => webPath('participationForm', { token }, { lang }),
  session: (sessionId: string) => webPath('session', { sessionId }),
  quote: (quoteRequestId: string) => webPath('quote', { quoteRequestId }),
  member: (memberId: string) => webPath('member', { memberId }),
  myInvoice: (invoiceId: string) => webPath('myInvoice', { invoiceId }),
  employee: (employeeId: string) => webPath('employee', { employeeId }),
  course: (courseId: string) => webPath('course', { courseId }),
  poolingRun: (runId: string) => webPath('poolingRun', { runId }),
};

/** The page a path (with or without query string) opens, and its parameters; null when no page has this path. */
export function matchWebPage(pathWithQuery: string): { name: WebPageName; params: Record<string, string> } | null {
  const path = pathWithQuery.split(/[?#]/)[0];
  const segments = path.split('/').filter(Boolean);
  let found: { name: WebPageName; params: Record<string, string>; score: number } | null = null;
  for (const name of WEB_PAGE_NAMES) {
    const pattern = WEB_PAGES[name].path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let score = 0;
    const fits = pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segments[i]);
        return true;
      }
      score++;
      return part === segments[i];
    });
    // like the router, a literal segment wins over a parameter (`/sessions/new` is not session "new")
    if (fits && (!found || score > found.score)) found = { name, params, score };
  }
  return found && { name: found.name, params: found.params };
}

/** True when an account of this role (null: nobody logged in) may open the page. */
export function mayOpenPage(name: WebPageName, role: Role | null): boolean {
  const access: PageAccess = WEB_PAGES[name].access;
  if (access === 'public') return true;
  if (role === null) return false;
  return access === 'authenticated' || access.includes(role);
}
