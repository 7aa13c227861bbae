// The default chart of accounts of a Quebec non-profit training mutual. Each mutual gets a copy
// it may edit (rename, add accounts); the codes below are the ones the posting rules use.

export const ACCOUNT_KINDS = ['asset', 'liability', 'equity', 'revenue', 'expense'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** The accounts the posting rules need: each business event posts to these by role. */
export const ACCOUNT_ROLES = [
  'bank',
  'members_receivable',
  'grants_receivable',
  'sales_tax_recoverable',
  'payables',
  'gst_payable',
  'qst_payable',
  'deferred_revenue',
  'refundable_to_fund',
  'net_assets',
  'dues_revenue',
  'session_fees_revenue',
  'grant_revenue',
  'one_percent_remittances',
  'fees_revenue',
  'interest_revenue',
  'trainer_costs',
  'trainee_wage_reimbursements',
  'administration',
  'bad_debts',
] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface DefaultAccount {
  code: string;
  role: AccountRole;
  kind: AccountKind;
  fr: string;
  en: string;
}

/** The default accounts, by code (a 4-digit plan: 1 assets, 2 liabilities, 3 net assets, 4 revenue, 5 expenses). */
export const DEFAULT_CHART: readonly DefaultAccount[] = [
  {
    code: '1010',
    role: 'bank',
    kind: 'asset',
    fr: 'Encaisse — compte distinct de la mutuelle',
    en: "Bank — the mutual's separate account",
  },
  {
    code: '1200',
    role: 'members_receivable',
    kind: 'asset',
    fr: 'Comptes clients — membres',
    en: 'Receivables — members',
  },
  { code: '1210', role: 'grants_receivable', kind: 'asset', fr: 'Subventions à recevoir', en: 'Grants receivable' },
  {
    code: '1300',
    role: 'sales_tax_recoverable',
    kind: 'asset',
    fr: 'TPS et TVQ à recouvrer',
    en: 'GST and QST recoverable',
  },
  { code: '2100', role: 'payables', kind: 'liability', fr: 'Comptes fournisseurs', en: 'Payables' },
  { code: '2200', role: 'gst_payable', kind: 'liability', fr: 'TPS à payer', en: 'GST payable' },
  { code: '2210', role: 'qst_payable', kind: 'liability', fr: 'TVQ à payer', en: 'QST payable' },
  { code: '2400', role: 'deferred_revenue', kind: 'liability', fr: 'Produits reportés', en: 'Deferred revenue' },
  {
    code: '2500',
    role: 'refundable_to_fund',
    kind: 'liability',
    fr: 'Sommes à remettre au FDRCMO',
    en: 'Amounts owed to the FDRCMO',
  },
  { code: '3100', role: 'net_assets', kind: 'equity', fr: 'Actif net', en: 'Net assets' },
  { code: '4100', role: 'dues_revenue', kind: 'revenue', fr: 'Cotisations des membres', en: "Members' dues" },
  {
    code: '4200',
    role: 'session_fees_revenue',
    kind: 'revenue',
    fr: 'Quotes-parts des activités de formation',
    en: 'Session fees (members’ shares)',
  },
  { code: '4300', role: 'grant_revenue', kind: 'revenue', fr: 'Subventions', en: 'Grants' },
  {
    code: '4400',
    role: 'one_percent_remittances',
    kind: 'revenue',
    fr: 'Sommes versées au titre de la loi du 1 %',
    en: '1 % law remittances',
  },
  {
    code: '4500',
    role: 'fees_revenue',
    kind: 'revenue',
    fr: 'Frais d’annulation et d’absence',
    en: 'Cancellation and no-show fees',
  },
  { code: '4900', role: 'interest_revenue', kind: 'revenue', fr: 'Intérêts', en: 'Interest' },
  { code: '5100', role: 'trainer_costs', kind: 'expense', fr: 'Honoraires de formation', en: 'Trainer fees' },
  {
    code: '5200',
    role: 'trainee_wage_reimbursements',
    kind: 'expense',
    fr: 'Remboursement des salaires des participants',
    en: 'Trainee-wage reimbursements',
  },
  { code: '5800', role: 'administration', kind: 'expense', fr: 'Frais d’administration', en: 'Administration' },
  {
    code: '5900',
    role: 'bad_debts',
    kind: 'expense',
    fr: 'Créances irrécouvrables et subventions refusées',
    en: 'Bad debts and refused subsidies',
  },
];

/** The side on which an account of this kind normally carries its balance. */
export const normalSide = (kind: AccountKind): 'debit' | 'credit' =>
  kind === 'asset' || kind === 'expense' ? 'debit' : 'credit';
