// Every page of the logged-in app is reachable from the navigation of a role that may use it, and
// every navigation entry opens a page that exists. Pages reached from inside another page (a detail,
// a form, a tab) are listed below with the page that links to them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchWebPage, mayOpenPage, WEB_PAGE_NAMES, WEB_PAGES } from '@mutualis/contracts/web-paths';
import type { Role } from '@mutualis/domain/accounts/roles';
import { homeOf, NAVIGATION } from '../src/app/navigation.ts';

// The router builds its routes from the page table (routes.tsx), so the table's paths are the app's.
const appPaths: string[] = WEB_PAGE_NAMES.filter((name) => WEB_PAGES[name].access !== 'public').map(
  (name) => WEB_PAGES[name].path,
);

/** Pages opened from another page rather than from the menu: path → the page that links to it. */
const REACHED_FROM: Record<string, string> = {
  '/providers': '/courses (catalogue tabs)',
  '/topics': '/courses (catalogue tabs)',
  '/pooling/compare': '/pooling',
  '/privacy/incidents': '/privacy (a button in its header)',
  '/privacy/settings': '/privacy (a button in its header)',
  '/account': 'the account menu of the header',
  '/finance/bills': '/finance/invoicing (money tabs)',
  '/finance/dues': '/finance/invoicing (money tabs)',
  '/finance/one-percent': '/finance/invoicing (money tabs)',
  '/finance/ledger': '/finance/invoicing (money tabs)',
  '/finance/settings': '/finance/invoicing (money tabs)',
  '/funding/claims': '/funding (funding tabs)',
};
const isDetailOrForm = (p: string) => p.includes(':') || p.endsWith('/new') || p.endsWith('/import');

describe('navigation', () => {
  it('given the routes of the logged-in app, then each list page is in the navigation of some role or linked from a named page', () => {
    assert.ok(appPaths.length > 20, `only ${appPaths.length} routes found: is the scan broken?`);
    const inMenus = new Set(Object.values(NAVIGATION).flatMap((items) => items.map((i) => i.to)));
    const orphans = appPaths.filter((p) => !isDetailOrForm(p) && !inMenus.has(p) && !(p in REACHED_FROM));
    assert.deepEqual(orphans, [], 'pages no menu leads to: add them to NAVIGATION or to REACHED_FROM');
  });

  it('given every role, then each navigation entry opens an existing page and the role has a home', () => {
    for (const [role, items] of Object.entries(NAVIGATION)) {
      assert.ok(items.length > 0, `${role} has no home`);
      for (const item of items) assert.ok(appPaths.includes(item.to), `${role}: ${item.to} has no route`);
    }
  });

  it('given every role, then its navigation and its home lead only to pages the page table gives that role', () => {
    for (const [role, items] of Object.entries(NAVIGATION) as [Role, { to: string }[]][]) {
      for (const to of [homeOf(role), ...items.map((i) => i.to)]) {
        const page = matchWebPage(to);
        assert.ok(page, `${role}: ${to} is no page`);
        assert.ok(
          mayOpenPage(page.name, role),
          `${role}: ${to} is in its menu, but the page table does not give it ${page.name}`,
        );
      }
    }
  });

  it('given the platform administrator, then mutuals, the observatory, funders, the emulation planner, users, outgoing e-mail and audit log are in its menu', () => {
    assert.deepEqual(
      NAVIGATION.platform_admin.map((i) => i.to),
      ['/admin/mutuals', '/observatory', '/admin/funders', '/emulation', '/users', '/outbox', '/audit'],
    );
  });

  it('given a funder or a researcher, then the observatory, the emulation planner and the evidence of a mutual they observe (evidence, targeting, why firms join) are all their menu holds', () => {
    for (const role of ['funder', 'researcher'] as const)
      assert.deepEqual(
        NAVIGATION[role].map((i) => i.to),
        ['/observatory', '/emulation', '/evidence', '/targeting', '/participation'],
      );
  });
});
