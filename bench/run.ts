// npm run bench [-- api|import|pooling|demand …]: runs the benchmarks one after the other, each in its
// own process (so that one's memory and JIT state do not colour the next). With no name, all.
// The API and import benchmarks need DATABASE_URL and the large seed (they say so and skip otherwise);
// web-payload, fair-service and start run on the embedded database with the demo data, this tree beside
// the commit before issue #15 (bench/before.ts), and web-payload needs Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ALL = [
  'pooling',
  'import',
  'api',
  'lists',
  'demand',
  'enrolment',
  'evidence',
  'evidence-dashboard',
  'governance',
  'web-payload',
  'fair-service',
  'start',
  'finance',
];
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = names.length > 0 ? names : ALL;

let failed = 0;
for (const name of chosen) {
  const file = path.join(here, `${name}.ts`);
  if (!fs.existsSync(file)) {
    if (names.length === 0) {
      console.log(`\n=== bench/${name}.ts: not there yet, skipped`);
      continue;
    }
    console.error(`bench: no benchmark ${name} (bench/${name}.ts); known: ${ALL.join(', ')}`);
    failed++;
    continue;
  }
  console.log(`\n=== bench/${name}.ts`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], {
    stdio: 'inherit',
    cwd: path.join(here, '..'),
  });
  console.log(
    `=== bench/${name}.ts ${result.status === 0 ? 'done' : `failed (${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
