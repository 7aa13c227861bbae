import {
  parsers
} from "./chunk-EL6XNUTQ.mjs";
import {
  startWorkerThread
} from "./chunk-HFS7U24M.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/db/client.ts
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
for (const [oid, parse] of Object.entries(parsers))
  pg.types.setTypeParser(Number(oid), parse);
var DatabaseLockedError = class extends Error {
  static {
    __name(this, "DatabaseLockedError");
  }
};
function lockDataDir(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "mutualis.lock");
  const tryCreate = /* @__PURE__ */ __name(() => {
    const fd = fs.openSync(lockPath, "wx");
    fs.writeSync(fd, String(process.pid));
    fs.closeSync(fd);
  }, "tryCreate");
  try {
    tryCreate();
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    const holder = Number(fs.readFileSync(lockPath, "utf8"));
    let alive = false;
    try {
      if (holder > 0) {
        process.kill(holder, 0);
        alive = true;
      }
    } catch {
      alive = false;
    }
    if (alive && holder !== process.pid) {
      throw new DatabaseLockedError(
        `The database folder ${dataDir} is in use by another Mutualis process (pid ${holder}). Stop it first, or set DATA_DIR to another folder.`
      );
    }
    fs.rmSync(lockPath, { force: true });
    tryCreate();
  }
  return () => fs.rmSync(lockPath, { force: true });
}
__name(lockDataDir, "lockDataDir");
async function openDatabase(options) {
  if (options.databaseUrl) {
    const { Kysely, PostgresDialect } = await import("kysely");
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20 });
    const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: "postgres",
      execScript: /* @__PURE__ */ __name(async (text) => {
        await pool.query(text);
      }, "execScript"),
      close: /* @__PURE__ */ __name(() => db.destroy(), "close")
    };
  }
  const release = options.memory ? () => {
  } : lockDataDir(options.dataDir ?? "./data");
  try {
    const dataDir = options.memory ? void 0 : path.join(options.dataDir ?? "./data", "pglite");
    const template = dataDir && options.template && isNewFolder(dataDir) ? options.template : void 0;
    if (options.worker) {
      if (options.loadDataDir) throw new Error("openDatabase: loadDataDir is for PGlite in this thread");
      return await openPgliteWorker({ dataDir, template }, release);
    }
    const [{ PGlite }, { btree_gin }, { pg_trgm }, { Kysely }, { PGliteDialect }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("@electric-sql/pglite/contrib/btree_gin"),
      import("@electric-sql/pglite/contrib/pg_trgm"),
      import("kysely"),
      import("kysely-pglite-dialect")
    ]);
    const client = await PGlite.create({
      dataDir,
      parsers,
      loadDataDir: options.loadDataDir ?? (template ? new Blob([fs.readFileSync(template)]) : void 0),
      extensions: { pg_trgm, btree_gin }
    });
    const db = new Kysely({ dialect: new PGliteDialect(client) });
    let closed = false;
    return {
      db,
      kind: "pglite",
      fromTemplate: template !== void 0,
      execScript: /* @__PURE__ */ __name(async (text) => {
        await client.exec(text);
      }, "execScript"),
      dump: /* @__PURE__ */ __name(async (compression = "none") => await client.dumpDataDir(compression), "dump"),
      close: /* @__PURE__ */ __name(async () => {
        if (closed) return;
        closed = true;
        await db.destroy();
        if (!client.closed) await client.close();
        release();
      }, "close")
    };
  } catch (error) {
    release();
    throw error;
  }
}
__name(openDatabase, "openDatabase");
var DatabaseError = class extends Error {
  static {
    __name(this, "DatabaseError");
  }
};
function rebuildError(data) {
  const { message, name: _name, stack: _stack, ...fields } = data;
  return Object.assign(new DatabaseError(message), fields);
}
__name(rebuildError, "rebuildError");
function isNewFolder(dir) {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}
__name(isNewFolder, "isNewFolder");
async function openPgliteWorker(options, release) {
  const worker = startWorkerThread(new URL("./pglite-worker.ts", import.meta.url), { ...options });
  const pending = /* @__PURE__ */ new Map();
  let nextId = 1;
  let failure = null;
  let exited = false;
  const ready = new Promise((resolve, reject) => {
    worker.on("message", (reply) => {
      if (reply.id === 0) {
        if (reply.ready) resolve();
        else reject(rebuildError(reply.error ?? { message: "the database did not open" }));
        return;
      }
      const call2 = pending.get(reply.id);
      if (!call2) return;
      pending.delete(reply.id);
      if (reply.ok) call2.resolve(reply.value);
      else call2.reject(rebuildError(reply.error ?? { message: "database error" }));
    });
    const fail = /* @__PURE__ */ __name((error) => {
      failure ??= error;
      reject(error);
      for (const call2 of pending.values()) call2.reject(error);
      pending.clear();
    }, "fail");
    worker.on("error", fail);
    worker.on("exit", (code) => {
      exited = true;
      fail(new Error(`the database thread stopped (exit code ${code})`));
    });
  });
  ready.catch(() => {
  });
  const call = /* @__PURE__ */ __name((request) => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }, "call");
  const [{ Kysely }, { PGliteDialect }] = await Promise.all([import("kysely"), import("kysely-pglite-dialect")]);
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  let closed = false;
  const client = {
    get closed() {
      return closed;
    },
    query: /* @__PURE__ */ __name(async (sql, params = []) => {
      const reply = await call({ op: "query", sql, params });
      const rows = reply.json === void 0 ? reply.rows ?? [] : JSON.parse(reply.json);
      return { rows, affectedRows: reply.affectedRows };
    }, "query"),
    close: /* @__PURE__ */ __name(async () => {
      if (closed) return;
      closed = true;
      if (!exited) {
        await call({ op: "close" }).catch(() => {
        });
        await worker.terminate();
      }
    }, "close")
  };
  const db = new Kysely({ dialect: new PGliteDialect(client) });
  let handleClosed = false;
  return {
    db,
    kind: "pglite",
    fromTemplate: options.template !== void 0,
    execScript: /* @__PURE__ */ __name(async (text) => {
      await call({ op: "exec", sql: text });
    }, "execScript"),
    dump: /* @__PURE__ */ __name(async (compression = "none") => new Blob([await call({ op: "dump", compression })]), "dump"),
    close: /* @__PURE__ */ __name(async () => {
      if (handleClosed) return;
      handleClosed = true;
      await db.destroy();
      await client.close();
      release();
    }, "close")
  };
}
__name(openPgliteWorker, "openPgliteWorker");

export {
  DatabaseLockedError,
  openDatabase
};
//# sourceMappingURL=chunk-YUWU5PAN.mjs.map
