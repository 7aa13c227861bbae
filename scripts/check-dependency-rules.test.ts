import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// Runs the real script on small fixture trees written to a temporary folder.
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-dependency-rules.mjs');
const roots: string[] = [];

function fixture(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-deprule-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

function check(root: string) {
  const result = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const pureDomain = {
  'packages/domain/src/index.ts': "export * from './members/size.ts';\n",
  'packages/domain/src/members/size.ts': "import { z } from 'zod';\nexport const size = z.number();\n",
  'packages/domain/src/pooling/solve.ts': "import highs from 'highs';\nexport const solver = highs;\n",
  // the evidence engine's numeric libraries: pure JavaScript, no I/O
  'packages/domain/src/evidence/fit.ts':
    "import { Matrix } from 'ml-matrix';\nimport chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';\nexport const fit = [Matrix, chisquareCdf];\n",
  'packages/contracts/src/index.ts':
    "import { z } from 'zod';\nimport { size } from '@mutualis/domain/members/size';\nexport const x = z.object({ size });\n",
};

after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('dependency rule script', () => {
  it('given pure domain and contracts packages, when checked, then it passes', () => {
    const { status, output } = check(fixture(pureDomain));
    assert.equal(status, 0, output);
  });

  it('given a domain file that imports kysely, when checked, then it fails naming file and line', () => {
    const root = fixture({
      ...pureDomain,
      'packages/domain/src/members/store.ts':
        "// members\nimport type { Kysely } from 'kysely';\nexport type K = Kysely<unknown>;\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(output, /packages\/domain\/src\/members\/store\.ts:2: .*kysely/);
  });

  it('given a domain file that reads files through node:fs, when checked, then it fails', () => {
    const root = fixture({
      ...pureDomain,
      'packages/domain/src/load.ts': "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(output, /packages\/domain\/src\/load\.ts:1: .*node:fs/);
  });

  it('given a multi-line import of hono and a dynamic import of pg in contracts, when checked, then both are reported', () => {
    const root = fixture({
      ...pureDomain,
      'packages/contracts/src/http.ts':
        "import {\n  Hono,\n} from 'hono';\nexport const app = new Hono();\nexport const load = () => import('pg');\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(output, /packages\/contracts\/src\/http\.ts:3: .*hono/);
    assert.match(output, /packages\/contracts\/src\/http\.ts:5: .*pg/);
  });

  it('given SQL in server repositories and migrations, and only repository calls and kysely types elsewhere, when checked, then it passes', () => {
    const root = fixture({
      ...pureDomain,
      'apps/server/src/accounts/user-repository.ts':
        "import { sql } from 'kysely';\nexport const users = (db) => ({ all: () => db.selectFrom('app_user').select(sql<number>`1`.as('one')).execute() });\n",
      'apps/server/src/needs/repository.ts':
        "export const needs = (db) => db.selectFrom('need').selectAll().execute();\n",
      'apps/server/src/db/migrate.ts':
        "import { sql } from 'kysely';\nexport const m = (db) => sql`select 1`.execute(db);\n",
      'apps/server/src/accounts/list-users.ts':
        "import type { Updateable } from 'kysely';\nimport { users } from './user-repository.ts';\n// not db.selectFrom('app_user') here\nexport const list = (db) => users(db).all();\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 0, output);
  });

  it('given a query builder in a service and an sql template in a route, when checked, then both fail naming file and line', () => {
    const root = fixture({
      ...pureDomain,
      'apps/server/src/delivery/notify.ts':
        "export const coordinators = (db) =>\n  db\n    .selectFrom('app_user')\n    .selectAll()\n    .execute();\n",
      'apps/server/src/health/routes.ts':
        "import { sql } from 'kysely';\nexport const ping = (db) => sql<Record<string, number> | null>`select 1`.execute(db);\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(output, /apps\/server\/src\/delivery\/notify\.ts:3: .*Kysely query/);
    assert.match(output, /apps\/server\/src\/health\/routes\.ts:2: .*sql`` template/);
  });

  it('given a domain file that reaches into the server app by a relative path, when checked, then it fails', () => {
    const root = fixture({
      ...pureDomain,
      'apps/server/src/db/client.ts': 'export const db = 1;\n',
      'packages/domain/src/bad.ts':
        "import { db } from '../../../apps/server/src/db/client.ts';\nexport const x = db;\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(output, /packages\/domain\/src\/bad\.ts:1: .*outside/);
  });

  it('given contracts that import a domain module which loads the solver, when checked, then it fails with the chain', () => {
    const root = fixture({
      ...pureDomain,
      'packages/contracts/src/pooling.ts':
        "import { solver } from '@mutualis/domain/pooling/solve';\nexport const s = solver;\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(output, /packages\/contracts\/src\/pooling\.ts:1: .*highs/);
  });

  it('given a forbidden import named only in a comment, when checked, then it passes', () => {
    const root = fixture({
      ...pureDomain,
      'packages/domain/src/note.ts':
        "// we never import x from 'kysely' here\n/* nor fetch('x') */\nexport const n = 1;\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 0, output);
  });
  const areas = {
    ...pureDomain,
    'apps/server/src/http/api.ts': 'export const serve = () => 1;\n',
    'apps/server/src/caller.ts': 'export type Caller = { userId: string };\n',
    'apps/server/src/needs/repository.ts': "export const needRepository = (db) => db.selectFrom('need');\n",
    'apps/server/src/needs/change-need-status.ts':
      "import { needRepository } from './repository.ts';\nexport const change = (db) => needRepository(db);\n",
    'apps/server/src/needs/index.ts': "export { changeNeedStatus } from './change-need-status.ts';\n",
    'apps/server/src/needs/routes.ts': "import { serve } from '../http/api.ts';\nexport const routes = serve;\n",
    'apps/server/src/diagnostics/validate-diagnostic.ts':
      "import type { Caller } from '../caller.ts';\nimport { changeNeedStatus } from '../needs/index.ts';\nexport const v = (c: Caller) => changeNeedStatus(c);\n",
    'apps/server/src/app.ts':
      "import { serve } from './http/api.ts';\nimport { routes } from './needs/index.ts';\nexport const app = [serve, routes];\n",
  };

  it('given areas that reach each other through index.ts and routes that use http/, when checked, then it passes', () => {
    const { status, output } = check(fixture(areas));
    assert.equal(status, 0, output);
  });

  it("given an area that reaches into another area's internals, when checked, then it fails naming the file, the line and the index to use", () => {
    const root = fixture({
      ...areas,
      'apps/server/src/diagnostics/validate-diagnostic.ts':
        "// diagnostics\nimport { needRepository } from '../needs/repository.ts';\nexport const v = needRepository;\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(
      output,
      /apps\/server\/src\/diagnostics\/validate-diagnostic\.ts:2: .*needs area: go through needs\/index\.ts/,
    );
  });

  it('given a use case or a shared block that imports http/, when checked, then it fails', () => {
    const root = fixture({
      ...areas,
      'apps/server/src/needs/create-need.ts':
        "import type { Caller } from '../caller.ts';\nimport { serve } from '../http/api.ts';\nexport const c = (x: Caller) => serve(x);\n",
      'apps/server/src/documents/register-pdf.ts': "import { serve } from '../http/api.ts';\nexport const d = serve;\n",
    });
    const { status, output } = check(root);
    assert.equal(status, 1);
    assert.match(output, /apps\/server\/src\/needs\/create-need\.ts:2: .*HTTP/);
    assert.match(output, /apps\/server\/src\/documents\/register-pdf\.ts:1: .*HTTP/);
  });
});
