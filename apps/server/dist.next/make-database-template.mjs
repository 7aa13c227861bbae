import {
  openDatabase
} from "./chunk-YUWU5PAN.mjs";
import "./chunk-EL6XNUTQ.mjs";
import "./chunk-HFS7U24M.mjs";
import {
  migrate
} from "./chunk-KPYU2QU5.mjs";
import "./chunk-PAWJFY3S.mjs";

// apps/server/src/db/make-database-template.ts
import fs from "node:fs";
var out = process.argv[2];
if (!out) {
  console.error("usage: make-database-template <file>");
  process.exit(2);
}
var handle = await openDatabase({ memory: true });
try {
  await migrate(handle);
  const dump = await handle.dump?.("gzip");
  if (!dump) throw new Error("no dump from PGlite");
  fs.writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
} finally {
  await handle.close();
}
//# sourceMappingURL=make-database-template.mjs.map
