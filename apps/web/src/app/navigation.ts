import type { Role } from '@mutualis/domain/accounts/roles';
import {
  IconAdjustments,
  IconAffiliate,
  IconBuildingBank,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconCalendarDue,
  IconCalendarEvent,
  IconCalendarMonth,
  IconCalendarShare,
  IconCash,
  IconCertificate,
  IconChalkboard,
  IconChartBar,
  IconChartDots,
  IconChartLine,
  IconChecklist,
  IconClipboardList,
  IconDatabaseExport,
  IconFileDollar,
  IconFileInvoice,
  IconFlag,
  IconGavel,
  IconGridDots,
  IconHeartRateMonitor,
  IconHistory,
  IconLicense,
  IconLock,
  IconMailForward,
  IconMapSearch,
  IconMessageQuestion,
  IconNotebook,
  IconPercentage,
  IconPigMoney,
  IconReportAnalytics,
  IconSchool,
  IconTarget,
  IconTelescope,
  IconTopologyStar3,
  IconUserSearch,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

export interface NavItem {
  to: string;
  /** Translation key in the "nav" namespace. */
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
}

const dashboard: NavItem = { to: '/dashboard', label: 'dashboard', icon: IconChartBar };
const audit: NavItem = { to: '/audit', label: 'audit', icon: IconHistory };
const privacy: NavItem = { to: '/privacy', label: 'privacy', icon: IconLock };
const users: NavItem = { to: '/users', label: 'users', icon: IconUsers };
const sessions: NavItem = { to: '/sessions', label: 'sessions', icon: IconCalendarEvent };
const outbox: NavItem = { to: '/outbox', label: 'outbox', icon: IconMailForward };
const register: NavItem = { to: '/register', label: 'register', icon: IconNotebook };
const evaluation: NavItem = { to: '/evaluation', label: 'evaluation', icon: IconChartDots };
const attestations: NavItem = { to: '/attestations', label: 'attestations', icon: IconCertificate };
const schedule: NavItem = { to: '/schedule', label: 'schedule', icon: IconCalendarMonth };
const expiries: NavItem = { to: '/expiries', label: 'expiries', icon: IconCalendarDue };
const calendar: NavItem = { to: '/calendar', label: 'calendar', icon: IconCalendarShare };
const annualReport: NavItem = { to: '/annual-report', label: 'annualReport', icon: IconReportAnalytics };
const evidence: NavItem = { to: '/evidence', label: 'evidence', icon: IconChartLine };
const targeting: NavItem = { to: '/targeting', label: 'targeting', icon: IconTarget };
const participation: NavItem = { to: '/participation', label: 'participation', icon: IconMessageQuestion };
const deliverySettings: NavItem = { to: '/delivery-settings', label: 'deliverySettings', icon: IconAdjustments };
const scorecard: NavItem = { to: '/scorecard', label: 'scorecard', icon: IconHeartRateMonitor };
const recognition: NavItem = { to: '/recognition', label: 'recognition', icon: IconLicense };
const board: NavItem = { to: '/board', label: 'board', icon: IconGavel };
const leaders: NavItem = { to: '/leaders', label: 'leaders', icon: IconFlag };
const partners: NavItem = { to: '/partners', label: 'partners', icon: IconAffiliate };
const observatory: NavItem = { to: '/observatory', label: 'observatory', icon: IconTelescope };
const emulation: NavItem = { to: '/emulation', label: 'emulation', icon: IconMapSearch };

/** What each role finds in the navigation; the API enforces the same limits. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  platform_admin: [
    { to: '/admin/mutuals', label: 'mutuals', icon: IconBuildingCommunity },
    observatory,
    { to: '/admin/funders', label: 'funders', icon: IconBuildingBank },
    emulation,
    users,
    outbox,
    audit,
  ],
  coordinator: [
    dashboard,
    { to: '/members', label: 'members', icon: IconBuildingFactory2 },
    { to: '/employees', label: 'employees', icon: IconUsersGroup },
    { to: '/demand', label: 'demand', icon: IconGridDots },
    { to: '/needs', label: 'needs', icon: IconChecklist },
    { to: '/diagnostics', label: 'diagnostics', icon: IconClipboardList },
    { to: '/quotes', label: 'quotes', icon: IconFileDollar },
    { to: '/courses', label: 'catalogue', icon: IconSchool },
    { to: '/pooling', label: 'pooling', icon: IconTopologyStar3 },
    sessions,
    { to: '/outcomes', label: 'outcomes', icon: IconDatabaseExport },
    evidence,
    targeting,
    { to: '/prospects', label: 'prospects', icon: IconUserSearch },
    participation,
    schedule,
    register,
    evaluation,
    attestations,
    expiries,
    calendar,
    { to: '/finance/invoicing', label: 'money', icon: IconCash },
    { to: '/funding', label: 'funding', icon: IconBuildingBank },
    annualReport,
    users,
    outbox,
    audit,
    privacy,
    deliverySettings,
    scorecard,
    recognition,
    board,
    leaders,
    partners,
  ],
  member_contact: [
    { to: '/my-firm', label: 'myFirm', icon: IconBuildingFactory2 },
    { to: '/my-employees', label: 'myEmployees', icon: IconUsersGroup },
    { to: '/my-needs', label: 'myNeeds', icon: IconChecklist },
    { to: '/my-diagnostics', label: 'myDiagnostics', icon: IconClipboardList },
    sessions,
    schedule,
    attestations,
    expiries,
    calendar,
    { to: '/my-savings', label: 'mySavings', icon: IconPigMoney },
    { to: '/my-invoices', label: 'myInvoices', icon: IconFileInvoice },
    { to: '/my-one-percent', label: 'myOnePercent', icon: IconPercentage },
    { to: '/my-outcomes', label: 'myOutcomes', icon: IconDatabaseExport },
  ],
  trainer: [
    { to: '/my-provider', label: 'myProvider', icon: IconChalkboard },
    { to: '/quotes', label: 'quotes', icon: IconFileDollar },
    sessions,
    schedule,
    evaluation,
    calendar,
  ],
  board_viewer: [
    dashboard,
    annualReport,
    evidence,
    targeting,
    participation,
    scorecard,
    recognition,
    board,
    leaders,
    partners,
  ],
  funder: [observatory, emulation, evidence, targeting, participation],
  researcher: [observatory, emulation, evidence, targeting, participation],
};

export function homeOf(role: Role): string {
  return NAVIGATION[role][0].to;
}
