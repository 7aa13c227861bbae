// Builds the dependencies of the app once (main.ts, tests, benchmarks): database, config, clock
// and the ports' implementations for this process.
import { createLoginSessionCache } from './accounts/index.ts';
import { createBatchQueue } from './batch-queue.ts';
import type { Clock, Deps } from './caller.ts';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { createEvidenceDashboardCache } from './evidence/index.ts';
import { createKeptAnswers } from './kept-answers.ts';
import { type MailTransport, smtpTransportFromConfig } from './mail/transport.ts';
import { createPoolingRunner } from './pooling/index.ts';

/** List pages kept per process: a page of 1 % statements is about 50 KB. */
const KEPT_PAGES = 256;
/** Unmet needs' judgements kept per process: the demand benchmark mutual's takes about 15 MB. */
const UNMET_JUDGEMENTS = 4;

export function createDeps(options: {
  db: Db;
  config: Config;
  now?: Clock;
  mailer?: MailTransport | null;
  /**
   * Whether other processes may change this database (PostgreSQL, default true); false for PGlite,
   * whose data folder one process holds: the session cache then skips the shared version read.
   */
  sharedDatabase?: boolean;
}): Deps {
  const deps = {
    db: options.db,
    config: options.config,
    now: options.now ?? (() => new Date()),
    mailer: options.mailer === undefined ? smtpTransportFromConfig(options.config) : options.mailer,
    loginSessions: createLoginSessionCache(options.db, { shared: options.sharedDatabase ?? true }),
    evidenceDashboards: createEvidenceDashboardCache(),
    keptPages: createKeptAnswers(KEPT_PAGES),
    unmetJudgements: createKeptAnswers(UNMET_JUDGEMENTS),
    batches: createBatchQueue(),
    lifecycle: { stopping: false },
  } as Omit<Deps, 'poolingRuns'> as Deps;
  deps.poolingRuns = createPoolingRunner(deps);
  return deps;
}
