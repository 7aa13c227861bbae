// The access log's rows written together (decision 77). Every read of personal data writes a row,
// and its answer waits until that row is committed, so no read is answered unlogged. Written one
// statement per read, each row was a transaction of its own, with its commit and its WAL flush: on
// PostgreSQL that doubled the cost of an employee page (0.41 ms of PostgreSQL's CPU for the page
// alone, 0.9–1.1 ms with its row; a statement of 20 rows cost 2.4 ms, 0.12 ms a row).
//
// So rows that arrive while a statement is being written wait for it to finish, then go together in
// the next one: the first read of a quiet moment is written at once, alone; under load, a statement
// carries the rows of every read that finished meanwhile. Each read's promise settles when its own
// row is committed, or fails with the error. A statement that fails is tried again row by row, so
// that one bad row (a user deleted meanwhile) fails only its own read.
//
// One writer per database handle and process; the rows of a transaction are not batched (they
// belong to it: the repository writes them in it). On the embedded database a page and its row stay
// one statement (audit-repository.ts, readLoggingAccess); single-record reads use the writer there too.

/** One access-log row: who read which records, of what kind, for what. */
export interface AccessEntry {
  mutualId: string | null;
  actorUserId: string;
  entityType: string;
  entityIds: string[];
  purpose: string;
}

/** Rows in one statement at most (each lists up to a page's ids). */
export const ACCESS_LOG_ROWS_PER_STATEMENT = 200;

interface Waiting {
  entry: AccessEntry;
  written: () => void;
  failed: (error: unknown) => void;
}

export interface AccessLogWriter {
  /** Settles once `entry` is committed. */
  write(entry: AccessEntry): Promise<void>;
  /** Statements written so far (each of one or more rows). */
  readonly statements: number;
}

/** A writer that inserts its rows with `insert` (one statement, committed when it resolves). */
export function accessLogWriter(insert: (entries: AccessEntry[]) => Promise<void>): AccessLogWriter {
  let waiting: Waiting[] = [];
  let writing = false;
  let statements = 0;

  const insertCounted = async (entries: AccessEntry[]) => {
    statements += 1;
    await insert(entries);
  };

  const writeWaiting = async () => {
    writing = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting.slice(0, ACCESS_LOG_ROWS_PER_STATEMENT);
        waiting = waiting.slice(batch.length);
        try {
          await insertCounted(batch.map((w) => w.entry));
          for (const w of batch) w.written();
        } catch (error) {
          if (batch.length === 1) {
            batch[0].failed(error);
            continue;
          }
          for (const w of batch) {
            try {
              await insertCounted([w.entry]);
              w.written();
            } catch (own) {
              w.failed(own);
            }
          }
        }
      }
    } finally {
      writing = false;
    }
  };

  return {
    write(entry) {
      return new Promise<void>((written, failed) => {
        waiting.push({ entry, written, failed });
        if (!writing) void writeWaiting();
      });
    },
    get statements() {
      return statements;
    },
  };
}
