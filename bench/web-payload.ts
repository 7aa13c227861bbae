// Web payload (issue #15): what the first visit of the login page and of the coordinator's dashboard
// transfers (cold cache), measured in Debian's Chromium, and their Lighthouse scores (desktop preset,
// against the local server). "after" is this tree; "before" (default: the commit before issue #15) is
// built and started beside it in the same run.
//   node --import tsx bench/web-payload.ts [--before 0ffd782] [--no-before] [--no-lighthouse] [--runs 1]
// Lighthouse 12.2.3 (the last to run on Node 20) is run with `npx --yes lighthouse@12.2.3`, not a
// dependency of the project. Targets (PASS/FAIL, exit status 1 on a FAIL), on "after": < 400 KB
// transferred on each page; no layout shift (cumulative layout shift ≤ 0.01, measured in the same
// Chromium load, and by Lighthouse); Lighthouse performance ≥ 95 and accessibility 100 on each page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BEFORE_REV, checkoutBefore } from './before.ts';
import { describeMachine, login, root, type ServerProcess, startServer } from './server-process.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string', default: BEFORE_REV },
    'no-before': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const COORDINATOR = 'coordination@lanaudiere.demo';
const LIMIT_BYTES = 400 * 1024;
const LIMIT_CLS = 0.01;
/** How long after the network is idle layout shifts are still counted (a late render would show here). */
const SETTLE_MS = 1500;
const runs = Number(values.runs);

interface Resource {
  url: string;
  type: string;
  encoding: string;
  cacheControl: string;
  bytes: number;
}
interface PageFigures {
  page: string;
  side: string;
  transferred: number;
  requests: number;
  /** Cumulative layout shift of the load, from Chromium's layout-shift entries (without user input). */
  cls: number;
  byType: Record<string, number>;
  resources: Resource[];
  lighthouse?: {
    performance: number;
    accessibility: number;
    totalByteWeight: number;
    fcp: number;
    lcp: number;
    tbt: number;
    cls: number;
    si: number;
  };
}

if (!fs.existsSync(CHROMIUM)) {
  console.error(
    `bench/web-payload: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
  process.exit(0);
}

/** Builds the tree's web app if its sources changed (this tree: the stamp; before: always). */
function buildWeb(tree: string) {
  const script = path.join(tree, 'scripts/web-build.mjs');
  const result = fs.existsSync(script)
    ? spawnSync(process.execPath, [script, '--if-changed'], { cwd: tree, stdio: 'inherit' })
    : spawnSync(
        process.execPath,
        [
          path.join(
            path.dirname(createRequire(path.join(root, 'apps/web/package.json')).resolve('vite/package.json')),
            'bin/vite.js',
          ),
          'build',
        ],
        {
          cwd: path.join(tree, 'apps/web'),
          stdio: 'inherit',
        },
      );
  if (result.status !== 0) throw new Error(`the web build of ${tree} failed`);
}

/** Loads `url` in a fresh browser context (cold cache) and adds up what came over the network. */
async function measure(
  baseUrl: string,
  pathName: string,
  cookie: string | null,
  ready: string,
): Promise<Omit<PageFigures, 'page' | 'side'>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    if (cookie) {
      const [name, value] = cookie.split('=');
      await context.addCookies([{ name, value, url: baseUrl }]);
    }
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __layoutShift: number };
      w.__layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) w.__layoutShift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const byId = new Map<string, Resource>();
    cdp.on('Network.responseReceived', (e) => {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      byId.set(e.requestId, {
        url: e.response.url,
        type: e.type,
        encoding: h['content-encoding'] ?? '',
        cacheControl: h['cache-control'] ?? '',
        bytes: 0,
      });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = byId.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength;
    });
    await page.goto(`${baseUrl}${pathName}`, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    const cls = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
    const resources = [...byId.values()].filter((r) => r.url.startsWith(baseUrl));
    const byType: Record<string, number> = {};
    for (const r of resources) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
    return {
      transferred: resources.reduce((s, r) => s + r.bytes, 0),
      requests: resources.length,
      cls,
      byType,
      resources,
    };
  } finally {
    await browser.close();
  }
}

function lighthouse(url: string, cookie: string | null): PageFigures['lighthouse'] {
  const out = path.join(os.tmpdir(), `mutualis-lighthouse-${process.pid}-${Date.now()}.json`);
  const args = [
    '--yes',
    'lighthouse@12.2.3',
    url,
    '--preset=desktop',
    '--only-categories=performance,accessibility',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const result = spawnSync('npx', args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (!fs.existsSync(out)) throw new Error(`lighthouse failed (${result.status}): ${result.stderr?.slice(-2000)}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const a = report.audits;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    totalByteWeight: a['total-byte-weight'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    si: a['speed-index'].numericValue,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const results: PageFigures[] = [];
const before = values['no-before'] ? null : checkoutBefore(values.before);
const servers: { side: string; server: ServerProcess; dataDir: string }[] = [];
try {
  const trees = [
    ...(before ? [{ side: `before (${before.rev})`, tree: before.root }] : []),
    { side: 'after', tree: root },
  ];
  for (const { side, tree } of trees) {
    buildWeb(tree);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-payload-'));
    const server = await startServer({
      cwd: tree === root ? undefined : tree,
      env: { DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'true' },
      timeoutMs: 600_000,
    });
    servers.push({ side, server, dataDir });
  }
  for (const { side, server } of servers) {
    const { cookie } = await login(server.url, COORDINATOR);
    const pages = [
      { page: 'login', path: '/login', cookie: null, ready: 'input[type=email]' },
      { page: 'dashboard', path: '/dashboard', cookie, ready: 'h1' },
    ];
    for (const p of pages) {
      const figures: PageFigures = { page: p.page, side, ...(await measure(server.url, p.path, p.cookie, p.ready)) };
      if (!values['no-lighthouse']) {
        // Lighthouse sometimes fails to record a trace under load (NO_NAVSTART): such a run is run again, once
        const all: NonNullable<PageFigures['lighthouse']>[] = [];
        for (let run = 0; run < runs; run++) {
          for (let attempt = 1; attempt <= 2; attempt++) {
            try {
              const l = lighthouse(`${server.url}${p.path}`, p.cookie);
              if (l) all.push(l);
              break;
            } catch (error) {
              if (attempt === 2) throw error;
              console.warn(
                `${p.page}, ${side}: Lighthouse run ${run + 1} failed, run again: ${(error as Error).message}`,
              );
            }
          }
        }
        figures.lighthouse = {
          performance: median(all.map((l) => l.performance)),
          accessibility: median(all.map((l) => l.accessibility)),
          totalByteWeight: median(all.map((l) => l.totalByteWeight)),
          fcp: median(all.map((l) => l.fcp)),
          lcp: median(all.map((l) => l.lcp)),
          tbt: median(all.map((l) => l.tbt)),
          cls: median(all.map((l) => l.cls)),
          si: median(all.map((l) => l.si)),
        };
      }
      results.push(figures);
      const l = figures.lighthouse;
      console.log(
        `${p.page}, ${side}: ${kb(figures.transferred)} in ${figures.requests} requests, layout shift ${figures.cls.toFixed(3)}` +
          (l
            ? `; Lighthouse performance ${l.performance}, accessibility ${l.accessibility}, bytes ${kb(l.totalByteWeight)}`
            : '') +
          ` (load ${os.loadavg()[0].toFixed(1)})`,
      );
      for (const r of figures.resources.sort((a, b) => b.bytes - a.bytes)) {
        console.log(
          `    ${kb(r.bytes).padStart(7)} ${r.type.padEnd(10)} ${(r.encoding || '-').padEnd(5)} ${r.cacheControl.padEnd(36)} ${r.url.replace(server.url, '')}`,
        );
      }
    }
  }
} finally {
  for (const s of servers) {
    await s.server.stop();
    fs.rmSync(s.dataDir, { recursive: true, force: true });
  }
  before?.remove();
}

console.log('\nmachine:', JSON.stringify(describeMachine()));
console.log(
  '\n| Page | Code | Transferred | Requests | Scripts | Styles | API (fetch) | Lighthouse performance | accessibility | FCP | LCP | TBT | CLS |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const l = r.lighthouse;
  console.log(
    `| ${r.page} | ${r.side} | ${kb(r.transferred)} | ${r.requests} | ${kb(r.byType.Script ?? 0)} | ${kb(r.byType.Stylesheet ?? 0)} | ${kb((r.byType.Fetch ?? 0) + (r.byType.XHR ?? 0))} | ` +
      (l
        ? `${l.performance} | ${l.accessibility} | ${(l.fcp / 1000).toFixed(2)} s | ${(l.lcp / 1000).toFixed(2)} s | ${l.tbt.toFixed(0)} ms | ${l.cls.toFixed(3)} |`
        : '— | — | — | — | — | — |'),
  );
}

let failed = 0;
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};
console.log('');
for (const r of results.filter((x) => x.side === 'after')) {
  check(r.transferred < LIMIT_BYTES, `${r.page}: ${kb(r.transferred)} transferred < 400 KB`);
  check(r.cls <= LIMIT_CLS, `${r.page}: cumulative layout shift ${r.cls.toFixed(3)} ≤ ${LIMIT_CLS} (Chromium)`);
  if (r.lighthouse) {
    check(
      r.lighthouse.cls <= LIMIT_CLS,
      `${r.page}: Lighthouse cumulative layout shift ${r.lighthouse.cls.toFixed(3)} ≤ ${LIMIT_CLS}`,
    );
    check(
      r.lighthouse.totalByteWeight < LIMIT_BYTES,
      `${r.page}: Lighthouse total byte weight ${kb(r.lighthouse.totalByteWeight)} < 400 KB`,
    );
    check(r.lighthouse.performance >= 95, `${r.page}: Lighthouse performance ${r.lighthouse.performance} ≥ 95`);
    check(
      r.lighthouse.accessibility === 100,
      `${r.page}: Lighthouse accessibility ${r.lighthouse.accessibility} = 100`,
    );
  }
}
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (bytes do not depend on it; Lighthouse's times do: re-run idle)`,
);
process.exit(failed > 0 ? 1 : 0);
