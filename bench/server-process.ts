// Helpers of the API and import benchmarks: the server as a child process on a free port (as
// `npm start` runs it, without the web build), logins, and a description of the machine.
import { type ChildProcess, execFileSync, execSync, spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_PASSWORD = 'mutualis-demo';
export const BIG_MUTUAL_COORDINATOR = 'coordination@bench-001.demo';

export function requireDatabaseUrl(name: string): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      `${name}: skipped, DATABASE_URL is not set. It runs on PostgreSQL with the large seed:\n` +
        '  eval "$(scripts/throwaway-postgres.sh start)" && npm run seed -- --scale large && npm run bench',
    );
    process.exit(0);
  }
  return url;
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

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from the spawn to the first 200 of /api/health. */
  startMs: number;
  /** What the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The tree whose apps/server/src/main.ts runs (default: this one). */
  cwd?: string;
  /** Variables added to (or, with '', removed from) the environment. */
  env?: Record<string, string>;
  /** How long to wait for /api/health (default 120 s). */
  timeoutMs?: number;
  /** Options for node itself, before the server's module (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
  /** The Node.js binary the server runs on (default: this process's). */
  node?: string;
  /**
   * Runs the tree's built bundle as the Docker image does (`node --enable-source-maps
   * apps/server/dist/main.mjs`, no tsx) instead of the sources; build it first (buildBundle).
   */
  bundle?: boolean;
}

/** Builds `tree`'s server bundle if its sources changed since the last build (scripts/server-build.mjs). */
export function buildBundle(tree: string = root) {
  execFileSync(process.execPath, [path.join(tree, 'scripts/server-build.mjs'), '--if-changed', '--root', tree], {
    cwd: tree,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The version a Node.js binary reports, e.g. v24.11.1. */
export function nodeVersion(node: string = process.execPath): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * Starts apps/server/src/main.ts on a free port and waits for /api/health. By default on the
 * environment's database (DATABASE_URL), without the demo seed; `env` changes that.
 */
export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    SEED_DEMO: 'false',
    NODE_ENV: 'production',
    SESSION_SECRET: process.env.SESSION_SECRET ?? 'benchmark-session-secret-not-for-production-use',
  };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === '') delete env[key];
    else env[key] = value;
  }
  const spawnedAt = performance.now();
  const child: ChildProcess = spawn(
    options.node ?? process.execPath,
    [
      ...(options.nodeArgs ?? []),
      ...(options.bundle
        ? ['--enable-source-maps', 'apps/server/dist/main.mjs']
        : ['--import', 'tsx', 'apps/server/src/main.ts']),
    ],
    {
      cwd: options.cwd ?? root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startMs = performance.now() - spawnedAt;
  return {
    url,
    pid: child.pid ?? 0,
    startMs,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  me: { userId: string; mutualId: string | null; memberId: string | null };
}

export async function login(url: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) {
    throw new Error(
      `login as ${email} failed (${res.status}): ${await res.text()}\nDid you run: npm run seed -- --scale large ?`,
    );
  }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await res.json()) as Session['me'] & { csrfToken: string };
  return { cookie, csrfToken: me.csrfToken, me };
}

/** The machine the figures come from. */
export function describeMachine(): Record<string, string> {
  const run = (cmd: string) => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    cpu: `${os.cpus()[0]?.model ?? 'unknown'} (${run('nproc')} cores)`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    'load average at the end (1, 5, 15 min)': os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
    postgres: run(`psql "${process.env.DATABASE_URL}" -Atc "show server_version"`),
  };
}
