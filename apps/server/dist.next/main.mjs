import {
  DatabaseLockedError,
  openDatabase
} from "./chunk-YUWU5PAN.mjs";
import "./chunk-EL6XNUTQ.mjs";
import "./chunk-HFS7U24M.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/main.ts
import fs from "node:fs";
import { fileURLToPath } from "node:url";

// apps/server/src/config.ts
import { z } from "zod";
var booleanish = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
var configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3e3),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://").optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  /**
   * PGlite only: run the embedded database in a thread of its own (queries beside the HTTP work, on
   * the other core). `false` runs it in the server's thread, as before.
   */
  PGLITE_THREAD: booleanish.default(true),
  /** PostgreSQL only: connections in the pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /**
   * API requests in progress at once (the rest wait in arrival order). Default: 4 on PGlite (one
   * connection: a few overlap their JavaScript with the database), the pool size on PostgreSQL.
   */
  API_CONCURRENCY: z.coerce.number().int().min(1).max(1e3).optional(),
  /** API requests waiting for their turn at most; one more is answered 503 at once. */
  API_QUEUE_LIMIT: z.coerce.number().int().min(0).max(1e5).default(1e3),
  /** How long an API request may wait for its turn before it is answered 503 with Retry-After (milliseconds). */
  API_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(6e4).default(1500),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: booleanish.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().email().default("no-reply@mutualis.local"),
  /** How often the outbox sender looks for due e-mails (milliseconds). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).max(36e5).default(15e3),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").default("development-only-secret-change-me-in-production"),
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  /** Behind a reverse proxy: take the caller's address from X-Forwarded-For (rate limits). */
  TRUST_PROXY: booleanish.default(false),
  DEFAULT_LOCALE: z.enum(["fr", "en"]).default("fr"),
  SEED_DEMO: booleanish.default(true),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development")
});
var ConfigError = class extends Error {
  static {
    __name(this, "ConfigError");
  }
};
function loadConfig(env = process.env) {
  const relevant = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== void 0 && value !== "") relevant[key] = value;
  }
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:
${lines.join("\n")}`);
  }
  if (parsed.data.NODE_ENV === "production" && parsed.data.SESSION_SECRET.startsWith("development-only")) {
    throw new ConfigError("Invalid configuration:\n  SESSION_SECRET: must be set in production");
  }
  return parsed.data;
}
__name(loadConfig, "loadConfig");

// apps/server/src/main.ts
var steps = [];
var lap = 0;
var cpuLap = 0;
function step(name) {
  const now = performance.now();
  const cpu = process.cpuUsage();
  const cpuNow = (cpu.user + cpu.system) / 1e3;
  steps.push(`${name} ${Math.round(now - lap)} ms (CPU ${Math.round(cpuNow - cpuLap)} ms)`);
  lap = now;
  cpuLap = cpuNow;
}
__name(step, "step");
var config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
step("config");
var template = fileURLToPath(new URL("./new-database.tar.gz", import.meta.url));
var opening = openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  poolSize: config.DATABASE_POOL_SIZE,
  worker: config.PGLITE_THREAD,
  template: fs.existsSync(template) ? template : void 0
});
opening.catch(() => {
});
var [
  { serve },
  { admissionExempt, buildApp },
  { migrate },
  { seedDemoIfEmpty },
  { createDeps },
  { AdmissionQueue },
  { startBackgroundJobs }
] = await Promise.all([
  import("@hono/node-server"),
  import("./app-JG3M5RD3.mjs"),
  import("./migrate-QTMVFWWG.mjs"),
  import("./demo-2BTKHETW.mjs"),
  import("./deps-CKCBESYO.mjs"),
  import("./admission-IIU3MYCS.mjs"),
  import("./jobs-ZG2AYYJV.mjs")
]);
step("code");
var handle;
try {
  handle = await opening;
  if (handle.fromTemplate) console.log("new database made from the bundled template (no initdb)");
  step("database");
} catch (error) {
  if (error instanceof DatabaseLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}
var deps = createDeps({ db: handle.db, config });
await migrate(handle, (line) => console.log(line));
step("migrations");
if (config.SEED_DEMO) {
  const seeded = await seedDemoIfEmpty(deps.db, { log: /* @__PURE__ */ __name((line) => console.log(line), "log") });
  if (seeded) console.log("demo data seeded (see README for the logins)");
  step("demo seed");
}
var jobs = startBackgroundJobs(deps);
var queue = new AdmissionQueue({
  concurrency: config.API_CONCURRENCY ?? (handle.kind === "pglite" ? 4 : config.DATABASE_POOL_SIZE),
  queueLimit: config.API_QUEUE_LIMIT,
  maxWaitMs: config.API_QUEUE_WAIT_MS,
  exempt: admissionExempt
});
var app = buildApp(deps, { serveWeb: true, admission: queue });
step("app");
var server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  step("listen");
  const total = (performance.now() / 1e3).toFixed(1);
  console.log(`Mutualis is listening on ${config.PUBLIC_URL} (port ${info.port}, ${handle.kind} database)`);
  console.log(`ready ${total} s after the process started (${steps.join(", ")})`);
});
var stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  server.close();
  await jobs.stop();
  await handle.close();
  process.exit(0);
}
__name(shutdown, "shutdown");
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
//# sourceMappingURL=main.mjs.map
