// The first download's budget (issue #15): what the login page and the coordinator's dashboard fetch
// from the build before their first paint must stay well under the 400 KB the issue allows, so that the
// next features do not tip it. Read from the build the browser tests use (run-tests.mjs `browser` builds
// apps/web/dist first): index.html's scripts and style sheets, plus, for the dashboard, its page's chunk,
// each with every chunk it imports statically, at their Brotli size (what the server sends). The
// HTML, the API answers and the headers come on top (about 20 KB on the dashboard:
// bench/web-payload.ts measures the whole in Chromium).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const assets = path.join(dist, 'assets');
const KB = 1024;
/** Budgets on the built files (the whole first load, measured in Chromium, was 286 KB and 358 KB). */
const BUDGET = { login: 300 * KB, dashboard: 350 * KB };

/** The size the server sends: the Brotli copy when the build made one (small files have none). */
function sentBytes(file: string): number {
  const brotli = path.join(assets, `${file}.br`);
  return fs.statSync(fs.existsSync(brotli) ? brotli : path.join(assets, file)).size;
}

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`); not its import() calls. */
function staticImports(file: string): string[] {
  const code = fs.readFileSync(path.join(assets, file), 'utf8');
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
}

/** `starts` and every chunk they import statically, transitively. */
function closure(starts: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

function firstLoad(pageChunkPrefix: string | null) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]);
  const scripts = linked.filter((f) => f.endsWith('.js'));
  const styles = linked.filter((f) => f.endsWith('.css'));
  assert.ok(scripts.length > 0 && styles.length > 0, `no script or style sheet in ${dist}/index.html`);
  if (pageChunkPrefix) {
    const page = fs.readdirSync(assets).filter((f) => f.startsWith(pageChunkPrefix) && f.endsWith('.js'));
    assert.equal(page.length, 1, `one chunk named ${pageChunkPrefix}*.js in ${assets}: ${page.join(', ')}`);
    scripts.push(page[0]);
  }
  const files = [...closure(scripts), ...styles];
  const bytes = files.reduce((sum, f) => sum + sentBytes(f), 0);
  const list = files
    .map((f) => ({ f, b: sentBytes(f) }))
    .sort((a, b) => b.b - a.b)
    .map(({ f, b }) => `${f} ${(b / KB).toFixed(1)} KB`)
    .join(', ');
  return { bytes, files, list };
}

describe('first download of the built web app', () => {
  it('is built (run `npm run build -w @mutualis/web`, as `run-tests.mjs browser` does)', () => {
    assert.ok(fs.existsSync(path.join(dist, 'index.html')), `no ${dist}/index.html`);
  });

  it(`login page: scripts and styles ≤ ${BUDGET.login / KB} KB compressed`, () => {
    const { bytes, list } = firstLoad(null);
    assert.ok(bytes <= BUDGET.login, `${(bytes / KB).toFixed(1)} KB > ${BUDGET.login / KB} KB: ${list}`);
  });

  it(`coordinator's dashboard: scripts and styles ≤ ${BUDGET.dashboard / KB} KB compressed, English texts not among them`, () => {
    const { bytes, files, list } = firstLoad('dashboard-');
    assert.ok(bytes <= BUDGET.dashboard, `${(bytes / KB).toFixed(1)} KB > ${BUDGET.dashboard / KB} KB: ${list}`);
    // French is bundled; the English texts are fetched only when the app is shown in English (src/i18n)
    assert.ok(!files.some((f) => f.startsWith('texts-')), `a language's texts in the first download: ${list}`);
    // the charting library is for the pages that draw with it (vite.config.ts)
    assert.ok(!files.some((f) => f.startsWith('charts-')), `the charting library in the first download: ${list}`);
  });
});
