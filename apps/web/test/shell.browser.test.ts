// The shell around every page, in French and English: a page opened by a role it is not for shows one
// clean "not allowed" page (#9.11); the skip link, the focus after each navigation and a visible focus on
// every control, and axe's WCAG 2.1 A/AA rules on the main pages (#9.17); the same on a 390 px phone.
// SCREENSHOT_DIR=<folder> saves what the tests look at.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { matchWebPage, mayOpenPage } from '@mutualis/contracts/web-paths';
import type { Role } from '@mutualis/domain/accounts/roles';
import type { Browser, Page } from 'playwright-core';
import {
  apiSession,
  COORDINATOR,
  launchBrowser,
  login,
  newPage,
  type RunningServer,
  startServer,
} from './browser-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const axePath = path.resolve(here, '../../../node_modules/axe-core/axe.min.js');
const MEMBER_CONTACT = 'rh@acier-hetu.demo';
const TRAINER = 'formateur@formaction-joliette.demo';
const PHONE = { width: 390, height: 844 };
/** What the shell around every page asks for (the account, the mutual's standing banner, the footer's privacy officer); the rest is the page's. */
const SHELL_CALLS = ['/api/auth/me', '/api/recognition/standing', '/api/privacy/officer'];
const shots = process.env.SCREENSHOT_DIR;
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`) });
};

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string, vars: Record<string, string> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => vars[v] ?? '');
}

let server: RunningServer;
let browser: Browser;
let memberId: string;
let sessionId: string;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const coordinator = await apiSession(server.url, COORDINATOR);
  memberId = (await coordinator.get<{ items: { id: string }[] }>('/api/members?pageSize=1')).items[0].id;
  sessionId = (await coordinator.get<{ items: { id: string }[] }>('/api/sessions?pageSize=1')).items[0].id;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

/** What has the focus: tag, id, class, text, for messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? {
          tag: el.tagName.toLowerCase(),
          id: el.id,
          className: String(el.className),
          text: (el.textContent ?? '').trim().slice(0, 80),
        }
      : null;
  });

/** axe with the WCAG 2.0 and 2.1 A and AA rules; any violation fails, whatever its impact. */
async function checkWcag(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (
      await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      })
    ).violations;
  })) as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  const lines = violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
  assert.deepEqual(lines, [], `WCAG 2.1 A/AA problems on ${label}`);
}

// Runs in the page (a plain script: the test's TypeScript is compiled with helpers the page lacks).
// step(i) records how the focused element and its neighbours look; missing() compares with how they look
// without the focus and names the elements with no ring (outline or box shadow) of 3:1 against what is behind.
const FOCUS_SCRIPT = `
(() => {
  const looks = new Map();
  const related = (e) => [e, e.parentElement, e.parentElement && e.parentElement.parentElement,
    e.parentElement && e.parentElement.parentElement && e.parentElement.parentElement.parentElement, e.nextElementSibling].filter(Boolean);
  const look = (e) => {
    const cs = getComputedStyle(e);
    return { outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth), outlineColor: cs.outlineColor, boxShadow: cs.boxShadow };
  };
  const rgb = (c) => {
    const m = c.match(/rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)/);
    return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
  };
  const lum = (c) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const contrast = (a, b) => {
    const x = rgb(a), y = rgb(b);
    if (!x || !y || x.a === 0) return 0;
    const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  // the ring sits outside the element: what is behind it is its first ancestor with an opaque background
  const behind = (e) => {
    for (let p = e.parentElement; p; p = p.parentElement) {
      const c = rgb(getComputedStyle(p).backgroundColor);
      if (c && c.a > 0.5) return getComputedStyle(p).backgroundColor;
    }
    return 'rgb(255, 255, 255)';
  };
  window.__focus = {
    step(i) {
      const el = document.activeElement;
      if (!el || el === document.body) return -1;
      if (el.dataset.focusStep) return -2;
      el.dataset.focusStep = String(i);
      looks.set(i, related(el).map(look));
      return i;
    },
    missing() {
      const out = [];
      for (const el of document.querySelectorAll('[data-focus-step]')) {
        const focused = looks.get(Number(el.dataset.focusStep)) || [];
        const ok = related(el).some((r, k) => {
          const f = focused[k];
          if (!f) return false;
          const u = getComputedStyle(r);
          const bg = behind(r);
          const ring = f.outlineStyle !== 'none' && f.outlineWidth >= 2 &&
            (u.outlineStyle === 'none' || u.outlineColor !== f.outlineColor || parseFloat(u.outlineWidth) !== f.outlineWidth);
          if (ring && (f.outlineStyle === 'auto' || contrast(f.outlineColor, bg) >= 3)) return true;
          const shadow = (f.boxShadow.match(/rgba?\\([^)]*\\)/) || [])[0];
          return f.boxShadow !== 'none' && f.boxShadow !== u.boxShadow && !!shadow && contrast(shadow, bg) >= 3;
        });
        if (!ok) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40) + '"');
        delete el.dataset.focusStep;
      }
      return out;
    },
  };
})();
`;

/**
 * Tabs through the whole page from its top and checks that each element the Tab key reaches shows a focus
 * indicator: an outline or a box shadow that it (or, for a visually hidden input, its label, its parents or
 * the next element) has when focused and not otherwise, 3:1 or more against the background behind it.
 */
async function checkFocusIndicators(page: Page, label: string) {
  await page.waitForLoadState('networkidle');
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  await page.addScriptTag({ content: FOCUS_SCRIPT });
  await page.mouse.move(0, 0);
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  let reached = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const index = (await page.evaluate(`window.__focus.step(${i})`)) as number;
    if (index === -2 || (index === -1 && reached > 0)) break; // back at the top: the whole page is done
    if (index >= 0) reached++;
  }
  assert.ok(reached > 3, `${label}: the Tab key reached ${reached} elements`);
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  assert.deepEqual(
    await page.evaluate('window.__focus.missing()'),
    [],
    `${label}: controls without a visible focus indicator`,
  );
}

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string, vars?: Record<string, string>) => text(lang, key, vars);

  describe(`a page for other roles (${lang})`, () => {
    it('given a member contact opening coordinator pages, then each shows "not allowed" with a link home, no error, no buttons and no call to its API', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, MEMBER_CONTACT);
        await h1(page, 'Acier Hétu inc.');
        const calls: string[] = [];
        page.on('request', (r) => {
          const url = new URL(r.url());
          if (url.pathname.startsWith('/api/') && !SHELL_CALLS.includes(url.pathname)) calls.push(url.pathname);
        });
        for (const path of ['/members', '/pooling', '/audit', '/users', `/members/${memberId}`]) {
          await page.goto(path);
          await h1(page, t('common:notAllowed.title'));
          await page.getByText(t('common:notAllowed.text', { role: t('common:role.member_contact') })).waitFor();
          await page.waitForLoadState('networkidle');
          assert.equal(await page.locator('main button').count(), 0, `${path}: the page's buttons`);
          assert.equal(
            await page.locator('.mantine-Notification-root, main [role=alert]').count(),
            0,
            `${path}: an error is shown`,
          );
          assert.equal(await page.title(), `${t('common:notAllowed.title')} · Mutualis`);
        }
        assert.deepEqual(calls, [], 'the pages called their API');
        await shot(page, `not-allowed-${lang}`);
        await checkWcag(page, 'not allowed');
        await page.getByRole('link', { name: t('common:notAllowed.home') }).click();
        await h1(page, 'Acier Hétu inc.');
        assert.equal(new URL(page.url()).pathname, '/my-firm');
      } finally {
        await context.close();
      }
    });

    it('given a trainer opening the members page, then it is "not allowed" too, and its home is its provider page', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, TRAINER);
        await page.goto('/members');
        await h1(page, t('common:notAllowed.title'));
        assert.equal(await page.locator('main button').count(), 0);
        assert.equal(await page.locator('.mantine-Notification-root').count(), 0);
        await page.getByRole('link', { name: t('common:notAllowed.home') }).click();
        assert.equal(new URL(page.url()).pathname, '/my-provider');
      } finally {
        await context.close();
      }
    });
  });

  describe(`keyboard and focus (${lang})`, () => {
    it('given a page opened afresh, then Tab reaches the skip link first, which shows and moves the focus to the main area', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/members');
        await h1(page, t('members:list.title'));
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: t('common:skipLink') });
        assert.deepEqual(await focused(page), { tag: 'a', id: '', className: 'skip-link', text: t('common:skipLink') });
        const box = await skip.boundingBox();
        assert.ok(box && box.y >= 0 && box.height > 10, 'the skip link shows when focused');
        await shot(page, `skip-link-${lang}`);
        await page.keyboard.press('Enter');
        assert.equal((await focused(page))?.id, 'main-content');
        assert.equal(new URL(page.url()).pathname, '/members', 'no navigation');
        await page.keyboard.press('Tab');
        assert.equal(
          await page.evaluate(() => !!document.activeElement?.closest('main')),
          true,
          'the next Tab goes into the page',
        );
      } finally {
        await context.close();
      }
    });

    it('given a navigation by mouse, keyboard or the back button, then the focus is on the new page’s heading', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await h1(page, t('dashboard:title'));
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        await nav.getByRole('link', { name: t('nav:members'), exact: true }).click();
        await h1(page, t('members:list.title'));
        await page.waitForFunction(
          (name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === name,
          t('members:list.title'),
        );
        await nav.getByRole('link', { name: t('nav:sessions'), exact: true }).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === name,
          t('delivery:sessions.title'),
        );
        await page.goBack();
        await page.waitForFunction(
          (name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === name,
          t('members:list.title'),
        );
        // a link inside a page: the member's own page, its heading coming with its data
        await page.locator('main tbody a').first().click();
        await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
        await page.waitForFunction(
          () => document.activeElement?.tagName === 'H1' && document.activeElement.closest('main') !== null,
        );
      } finally {
        await context.close();
      }
    });
  });

  describe(`on a ${PHONE.width} px phone (${lang})`, () => {
    /** A logged-in phone: 390 × 844, touch, a mobile browser's viewport rules. */
    async function phone(email: string) {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        bypassCSP: true,
      });
      await context.addInitScript((l) => {
        if (!localStorage.getItem('mutualis.locale')) localStorage.setItem('mutualis.locale', l);
      }, lang);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await login(page, email);
      return { context, page };
    }
    const onScreen = async (what: string, box: { x: number; y: number; width: number; height: number } | null) => {
      assert.ok(box, `${what} has a box`);
      assert.ok(
        box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0 && box.y + box.height <= PHONE.height,
        `${what} is on the screen: ${JSON.stringify(box)}`,
      );
    };

    it('given a member contact opening a coordinator page, then "not allowed" fits the screen, passes axe, and its link goes home', async () => {
      const { context, page } = await phone(MEMBER_CONTACT);
      try {
        await page.goto('/pooling');
        await h1(page, t('common:notAllowed.title'));
        await page.waitForLoadState('networkidle');
        assert.ok(
          (await page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width,
          'no wider than the screen',
        );
        await onScreen(
          'the link home',
          await page.getByRole('link', { name: t('common:notAllowed.home') }).boundingBox(),
        );
        assert.equal(await page.locator('main button').count(), 0);
        await shot(page, `not-allowed-${lang}-390`);
        await checkWcag(page, 'not allowed at 390 px');
        await page.getByRole('link', { name: t('common:notAllowed.home') }).tap();
        await h1(page, 'Acier Hétu inc.');
      } finally {
        await context.close();
      }
    });

    it('given the skip link and the menu, then the skip link shows on the screen, and a page opened from the menu has the focus on its heading', async () => {
      const { context, page } = await phone(COORDINATOR);
      try {
        await page.goto('/members');
        await h1(page, t('members:list.title'));
        await page.keyboard.press('Tab');
        assert.equal((await focused(page))?.className, 'skip-link');
        await onScreen(
          'the focused skip link',
          await page.getByRole('link', { name: t('common:skipLink') }).boundingBox(),
        );
        await shot(page, `skip-link-${lang}-390`);
        await page.keyboard.press('Enter');
        assert.equal((await focused(page))?.id, 'main-content');
        // the menu is behind the burger on a phone
        await page.getByRole('button', { name: t('common:nav.toggle') }).tap();
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        await nav.getByRole('link', { name: t('nav:sessions'), exact: true }).tap();
        await page.waitForFunction(
          (name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === name,
          t('delivery:sessions.title'),
        );
        await onScreen('the focused heading', await page.locator('main h1').boundingBox());
        // the menu slides away over the page (a transition)
        await page.waitForFunction((label) => {
          const menu = document.querySelector(`nav[aria-label="${label}"]`);
          return !menu || menu.getBoundingClientRect().right <= 0 || getComputedStyle(menu).visibility === 'hidden';
        }, t('common:nav.label'));
        await shot(page, `focus-heading-${lang}-390`);
      } finally {
        await context.close();
      }
    });
  });

  describe(`WCAG 2.1 A and AA on the main pages (${lang})`, () => {
    it('given each role’s main pages, then axe finds nothing, and every link they show opens a page of the table that the role may open', async () => {
      const pages: [string, Role, string[]][] = [
        [
          COORDINATOR,
          'coordinator',
          [
            '/dashboard',
            '/members',
            `/members/${memberId}`,
            '/employees',
            '/needs',
            '/pooling',
            '/sessions',
            `/sessions/${sessionId}`,
            '/users',
            '/audit',
            '/account',
          ],
        ],
        [MEMBER_CONTACT, 'member_contact', ['/my-firm', '/my-employees', '/my-needs', '/sessions', '/my-savings']],
        [TRAINER, 'trainer', ['/my-provider', '/sessions']],
        ['ca@lanaudiere.demo', 'board_viewer', ['/dashboard', '/scorecard', '/board', '/partners']],
        ['bailleur@cpmt.demo', 'funder', ['/observatory', '/emulation']],
      ];
      const wrongLinks: string[] = [];
      const checkLinks = async (page: Page, role: Role, label: string) => {
        const hrefs = await page.evaluate(() =>
          [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        );
        for (const href of new Set(hrefs)) {
          if (!href.startsWith('/') || href.startsWith('/api/') || href === '/') continue;
          const target = matchWebPage(href);
          if (!target) wrongLinks.push(`${label}: ${href} is no page`);
          else if (!mayOpenPage(target.name, role))
            wrongLinks.push(`${label}: ${href} opens ${target.name}, not for ${role}`);
        }
      };
      for (const [email, role, paths] of pages) {
        const { context, page } = await newPage(browser, server.url, lang);
        try {
          if (email === COORDINATOR) {
            await page.goto('/login');
            await checkWcag(page, 'login');
          }
          await login(page, email);
          for (const p of paths) {
            await page.goto(p);
            await page.locator('main h1').waitFor();
            await checkWcag(page, `${email} ${p}`);
            await checkLinks(page, role, `${email} ${p}`);
          }
          if (role === 'member_contact' || role === 'trainer') {
            // a session of theirs, as they reach it from the list
            await page.goto('/sessions');
            await page.locator('main tbody a[href^="/sessions/"]').first().click();
            await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
            await page.locator('main h1').waitFor();
            await checkWcag(page, `${email} a session`);
            await checkLinks(page, role, `${email} ${new URL(page.url()).pathname}`);
          }
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(wrongLinks, []);
    });
  });
}

describe('visible focus', () => {
  it('given the main pages, then every control the Tab key reaches shows a focus ring of 3:1 or more', async () => {
    const pages: [string | null, string[]][] = [
      [null, ['/login']],
      [
        COORDINATOR,
        [
          '/dashboard',
          '/members',
          `/members/${memberId}`,
          '/needs',
          '/pooling',
          '/sessions',
          `/sessions/${sessionId}`,
          '/users',
          '/account',
        ],
      ],
      [MEMBER_CONTACT, ['/my-firm', '/my-employees', '/my-needs']],
    ];
    for (const [email, paths] of pages) {
      const { context, page } = await newPage(browser, server.url, 'fr');
      try {
        if (email) await login(page, email);
        for (const p of paths) {
          await page.goto(p);
          await page.locator('h1').first().waitFor();
          await checkFocusIndicators(page, `${email ?? 'visitor'} ${p}`);
        }
      } finally {
        await context.close();
      }
    }
  });
});
