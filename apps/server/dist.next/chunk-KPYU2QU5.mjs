import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/db/migrate.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
var migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
async function migrate(handle, log = () => {
}) {
  await handle.execScript(
    "create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now());"
  );
  const done = new Set(
    (await sql`select name from schema_migration`.execute(handle.db)).rows.map((r) => r.name)
  );
  const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith(".sql")).sort();
  const applied = [];
  for (const file of files) {
    if (done.has(file)) continue;
    if (!/^[0-9a-z_.-]+$/.test(file)) throw new Error(`bad migration file name: ${file}`);
    const text = fs.readFileSync(path.join(migrationsDir, file), "utf8");
    try {
      await handle.execScript(`begin;
${text}
;insert into schema_migration (name) values ('${file}');
commit;`);
    } catch (error) {
      await handle.execScript("rollback;").catch(() => {
      });
      throw new Error(`migration ${file} failed: ${error.message}`);
    }
    log(`migrated ${file}`);
    applied.push(file);
  }
  return applied;
}
__name(migrate, "migrate");

export {
  migrate
};
//# sourceMappingURL=chunk-KPYU2QU5.mjs.map
