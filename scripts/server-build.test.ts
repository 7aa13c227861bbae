import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  buildServer,
  DEMO_TEMPLATE_FILE,
  ensureServerBuild,
  serverBuildStatus,
  serverDistDir,
  serverMain,
  TEMPLATE_FILE,
} from './server-build.mjs';

// Issue #15: `npm start` runs the server from a bundle, rebuilt only when its sources changed.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A tree with the bundle's inputs: a server that finds its migrations and starts a thread, as the real one does. */
function fixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-serverbuild-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write('apps/server/src/main.ts', "const { answer } = await import('./answer.ts');\nconsole.log(answer);\n");
  write('apps/server/src/answer.ts', 'export const answer: number = 42;\n');
  write('apps/server/src/db/pglite-worker.ts', "console.log('database thread');\n");
  write('apps/server/src/pooling/pooling-worker.ts', "console.log('pooling thread');\n");
  write('apps/server/src/emulation/emulation-worker.ts', "console.log('emulation thread');\n");
  // the real one dumps a migrated database (or, with --demo, that database with the demo seeded); this one says it ran
  write(
    'apps/server/src/db/make-database-template.ts',
    [
      "import fs from 'node:fs';",
      "const demo = process.argv[2] === '--demo';",
      "fs.appendFileSync(demo ? 'demo-templates-made.log' : 'templates-made.log', 'made\\n');",
      "if (demo) fs.writeFileSync(process.argv[3], 'demo from ' + fs.readFileSync(process.argv[4], 'utf8'));",
      "else fs.writeFileSync(process.argv[2], 'template');",
      '',
    ].join('\n'),
  );
  write('apps/server/src/db/migrations/0001_first.sql', 'select 1;\n');
  write('apps/server/package.json', '{}');
  write('packages/contracts/src/index.ts', 'export const x = 1;');
  write('packages/domain/src/index.ts', 'export const y = 1;');
  write('package-lock.json', '{"lockfileVersion":3}');
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('server bundle: what npm start runs', () => {
  it('bundles the server and its threads beside the migrations and a new database, and is rebuilt only when a source changes', async () => {
    const dir = fixture();
    try {
      assert.deepEqual(serverBuildStatus(dir), { current: false, reason: 'no bundle yet' });
      await buildServer(dir);
      const dist = serverDistDir(dir);
      const made = (log: string) => fs.readFileSync(path.join(dir, log), 'utf8').split('\n').length - 1;
      const templatesMade = () => made('templates-made.log');
      const demoTemplatesMade = () => made('demo-templates-made.log');
      const files = [
        'main.mjs',
        'pglite-worker.mjs',
        'pooling-worker.mjs',
        'emulation-worker.mjs',
        'migrations/0001_first.sql',
      ];
      for (const file of [...files, TEMPLATE_FILE, DEMO_TEMPLATE_FILE]) {
        assert.ok(fs.existsSync(path.join(dist, file)), file);
      }
      assert.equal(serverBuildStatus(dir).current, true);

      // tests beside the sources do not go into the bundle
      fs.writeFileSync(path.join(dir, 'apps/server/src/answer.test.ts'), 'test');
      assert.equal(serverBuildStatus(dir).current, true);
      fs.writeFileSync(path.join(dir, 'apps/server/src/answer.ts'), 'export const answer: number = 43;\n');
      assert.deepEqual(serverBuildStatus(dir), { current: false, reason: 'its sources changed' });
      const lines: string[] = [];
      await ensureServerBuild(dir, (line) => lines.push(line));
      assert.match(lines[0], /^server bundled: its sources changed/);
      assert.match(fs.readFileSync(path.join(dist, 'main.mjs'), 'utf8') + readChunks(dist), /answer = 43/);
      assert.equal(templatesMade(), 1, 'the same migrations: the database template is kept');
      assert.equal(fs.readFileSync(path.join(dist, TEMPLATE_FILE), 'utf8'), 'template');
      // the demo is seeded by the bundle's code: a change to any source makes it again, from the template
      assert.equal(demoTemplatesMade(), 2, 'new sources: the demo is seeded again');
      assert.equal(fs.readFileSync(path.join(dist, DEMO_TEMPLATE_FILE), 'utf8'), 'demo from template');
      await ensureServerBuild(dir, (line) => lines.push(line));
      assert.match(lines[1], /^server bundle up to date .*not rebuilt/);
      fs.writeFileSync(path.join(dir, 'apps/server/src/db/migrations/0002_second.sql'), 'select 2;\n');
      assert.equal(serverBuildStatus(dir).current, false, 'a new migration');
      await ensureServerBuild(dir, () => {});
      assert.equal(templatesMade(), 2, 'a new migration: a new database template');
      assert.equal(demoTemplatesMade(), 3, 'and the demo seeded into it');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the real bundle makes a new embedded database from its template, serves the API and stops cleanly; its pooling and emulation threads load from it', async () => {
    await ensureServerBuild(root, () => {});

    const worker = new Worker(path.join(serverDistDir(root), 'pooling-worker.mjs'), {
      workerData: { problem: { not: 'a problem' }, adjustments: {} },
    });
    const message = await new Promise<{ type: string; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    assert.equal(message.type, 'failed', JSON.stringify(message));
    const emulation = new Worker(path.join(serverDistDir(root), 'emulation-worker.mjs'), {
      workerData: { counts: [], assumptions: {}, levels: [] },
    });
    const answer = await new Promise<{ type: string }>((resolve, reject) => {
      emulation.once('message', resolve);
      emulation.once('error', reject);
    });
    await emulation.terminate();
    assert.equal(answer.type, 'done', 'the emulation thread loads from the bundle');

    await withBundledServer({ SEED_DEMO: 'false' }, async (url, output) => {
      assert.match(output(), /pglite database/);
      assert.match(output(), /new database made from the bundled template new-database\.tar\.gz/);
      assert.match(output(), /ready .* \(config .*migrations/);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.test', password: 'not-the-password' }),
      });
      assert.equal(login.status, 401, 'the API answers from the database');
      const demo = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'coordination@lanaudiere.demo', password: 'mutualis-demo' }),
      });
      assert.equal(demo.status, 401, 'SEED_DEMO=false: no demo account');
      if (fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
        const page = await fetch(`${url}/`);
        assert.equal(page.status, 200, 'the bundle finds the web app where src/ does (../../web/dist)');
        assert.match(await page.text(), /<div id="root">/);
      }
    });
  });

  it('with the demo (the default), a first start loads the template with the demo seeded: the demo is whole when /api/health first answers', async () => {
    await ensureServerBuild(root, () => {});
    await withBundledServer({}, async (url, output) => {
      assert.match(output(), /new database made from the bundled template new-demo-database\.tar\.gz/);
      assert.doesNotMatch(output(), /demo data seeded/, 'nothing left to seed at start');
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'coordination@lanaudiere.demo', password: 'mutualis-demo' }),
      });
      assert.equal(login.status, 200, 'the demo coordinator logs in');
      const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
      const get = async (p: string) => {
        const r = await fetch(`${url}${p}`, { headers: { cookie } });
        assert.equal(r.status, 200, p);
        return r.json();
      };
      const members = await get('/api/members?page=1&pageSize=100');
      assert.ok(members.total >= 30, `Lanaudière’s firms: ${members.total}`);
      const invoices = await get('/api/invoices?page=1&pageSize=10');
      assert.ok(invoices.total > 50, `the money year: ${invoices.total} invoices`);
    });
  });
});

/** Runs the bundled server on a new data folder with `env`, waits for /api/health, runs `check`, stops it cleanly. */
async function withBundledServer(
  extraEnv: Record<string, string>,
  check: (url: string, output: () => string) => Promise<void>,
): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-bundle-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    SESSION_SECRET: 'test-session-secret-not-for-production-use',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  if (!('SEED_DEMO' in extraEnv)) delete env.SEED_DEMO;
  const child = spawn(process.execPath, [serverMain(root)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      assert.equal(child.exitCode, null, `the server exited:\n${output}`);
      const ok = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      assert.ok(Date.now() < deadline, `no /api/health in 120 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await check(url, () => output);
  } finally {
    child.kill('SIGTERM');
    const code = await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
    assert.equal(code, 0, output);
  }
}

function readChunks(dist: string): string {
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => fs.readFileSync(path.join(dist, f), 'utf8'))
    .join('\n');
}
