import {
  parsers
} from "./chunk-EL6XNUTQ.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/db/pglite-worker.ts
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
function errorData(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const data = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (value === void 0 || typeof value === "function") continue;
    data[key] = typeof value === "object" && value !== null ? JSON.parse(JSON.stringify(value)) : value;
  }
  return data;
}
__name(errorData, "errorData");
var NOT_JSON_SAFE = /* @__PURE__ */ new Set([17, 700, 701, 1001, 1021, 1022]);
var port = parentPort;
if (port) {
  const options = workerData;
  let client;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir,
      parsers,
      extensions: { pg_trgm, btree_gin },
      loadDataDir: options.template ? new Blob([fs.readFileSync(options.template)]) : void 0
    });
    port.postMessage({ id: 0, ready: true });
  } catch (error) {
    port.postMessage({ id: 0, ok: false, error: errorData(error) });
    process.exit(1);
  }
  port.on("message", async (request) => {
    try {
      let value;
      if (request.op === "query") {
        const result = await client.query(request.sql, request.params);
        value = result.fields.every((f) => !NOT_JSON_SAFE.has(f.dataTypeID)) ? { json: JSON.stringify(result.rows), affectedRows: result.affectedRows } : { rows: result.rows, affectedRows: result.affectedRows };
      } else if (request.op === "exec") {
        await client.exec(request.sql);
      } else if (request.op === "dump") {
        const blob = await client.dumpDataDir(request.compression);
        value = new Uint8Array(await blob.arrayBuffer());
      } else if (request.op === "close") {
        if (!client.closed) await client.close();
      }
      port.postMessage({ id: request.id, ok: true, value });
    } catch (error) {
      port.postMessage({ id: request.id, ok: false, error: errorData(error) });
    }
  });
}
export {
  errorData
};
//# sourceMappingURL=pglite-worker.mjs.map
