import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LALONDE_COVARIATES, R_LALONDE, R_VETERAN } from '@mutualis/domain/evidence/fixtures/r-reference';
import type { CommandIo } from './command.ts';
import { runCli } from './run-cli.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/domain/src/evidence/fixtures');
const lalonde = join(fixtures, 'lalonde.csv');
const veteran = join(fixtures, 'veteran.csv');

function fakeIo(stdin = ''): CommandIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    readStdin: async () => stdin,
  };
  return io;
}

async function run(argv: string[], stdin = '') {
  const io = fakeIo(stdin);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

let dir: string | undefined;
async function csvFile(text: string): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), 'mutualis-evidence-'));
  const file = join(dir, `data-${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(file, text);
  return file;
}

/** Runs a command expected to refuse its input: exit 2, nothing on stdout, the message on stderr. */
async function refuses(argv: string[], message: RegExp, stdin = '') {
  const { code, out, err } = await run(argv, stdin);
  assert.equal(code, 2, `exit code for ${argv.join(' ')}: ${err}`);
  assert.equal(out, '');
  assert.match(err, message);
}

const effectArgs = (file: string, method: string, ...more: string[]) => [
  'effect',
  file,
  '--outcome',
  'wage',
  '--treatment',
  'trained',
  '--method',
  method,
  ...more,
];

describe('mutualis effect', () => {
  it('prints the contract’s JSON, field for field, and the estimate R gives (lalonde, regression)', async () => {
    const { code, out } = await run([
      'effect',
      lalonde,
      '--outcome',
      're78',
      '--treatment',
      'treat',
      '--covariates',
      LALONDE_COVARIATES.join(','),
      '--method',
      'regression',
    ]);
    assert.equal(code, 0);
    const answer = JSON.parse(out);
    assert.deepEqual(Object.keys(answer), [
      'method',
      'estimand',
      'estimate',
      'standardError',
      'robustStandardError',
      'ci95',
      'nTreated',
      'nControl',
      'balance',
      'notes',
    ]);
    assert.equal(answer.method, 'regression');
    assert.equal(answer.estimand, 'ATT');
    assert.ok(Math.abs(answer.estimate - R_LALONDE.regression.estimate) < 0.05);
    assert.ok(Math.abs(answer.robustStandardError - R_LALONDE.regression.robustStandardError) < 0.05);
    assert.equal(answer.ci95.length, 2);
    assert.deepEqual(Object.keys(answer.balance[0]), ['covariate', 'smdBefore', 'smdAfter']);
    assert.deepEqual(
      answer.balance.map((b: { covariate: string }) => b.covariate),
      LALONDE_COVARIATES,
    );
    assert.ok(answer.notes.every((n: unknown) => typeof n === 'string'));
  });

  it('runs every method on the same file; matching says its standard error is Abadie-Imbens', async () => {
    for (const method of ['difference', 'matching', 'weighting', 'did']) {
      const { code, out, err } = await run([
        'effect',
        lalonde,
        '--outcome=re78',
        '--treatment=treat',
        `--covariates=${method === 'did' ? '' : LALONDE_COVARIATES.join(',')}`,
        `--method=${method}`,
        '--pre=re75',
      ]);
      assert.equal(code, 0, err);
      const answer = JSON.parse(out);
      assert.equal(answer.method, method);
      assert.equal(answer.nTreated, 185);
      assert.equal(answer.nControl, 429);
      if (method === 'matching') {
        assert.ok(Math.abs(answer.estimate - R_LALONDE.matching.estimate) < 0.25 * R_LALONDE.matching.standardError);
        assert.match(answer.notes[0], /^standard error: Abadie-Imbens/);
      }
      if (method === 'did') assert.ok(Math.abs(answer.estimate - R_LALONDE.did.estimate) < 0.05);
    }
  });

  it('reads standard input with "-" and RFC 4180 quoting (a quoted comma, a doubled quote, CRLF)', async () => {
    const csv = '"wage","trained","note"\r\n10,1,"a, b"\r\n12,1,"say ""hi"""\r\n9,0,x\r\n8,0,"multi\nline"\r\n\r\n';
    const { code, out, err } = await run(effectArgs('-', 'difference'), csv);
    assert.equal(code, 0, err);
    const answer = JSON.parse(out);
    assert.equal(answer.estimate, 11 - 8.5);
    assert.deepEqual(answer.balance, []);
  });

  it('bad input exits 2 with a message naming the column and the row', async () => {
    const good = 'wage,trained,age,before\n10,1,30,9\n12,1,40,10\n9,0,35,9\n8,0,45,8\n11,0,38,10\n';
    await refuses(
      effectArgs(await csvFile(good), 'regression', '--covariates', 'tenure'),
      /column "tenure" \(--covariates\) is not in the file; its columns are: wage, trained, age, before/,
    );
    await refuses(
      effectArgs(await csvFile(good.replace('12,1,40', '12,1,forty')), 'regression', '--covariates', 'age'),
      /column "age" \(--covariates\), row 3: "forty" is not a number/,
    );
    await refuses(
      effectArgs(await csvFile(good.replace('12,1,40', ',1,40')), 'difference'),
      /column "wage" \(--outcome\), row 3: the cell is empty/,
    );
    await refuses(
      effectArgs(await csvFile(good.replace('9,0,35', '9,2,35')), 'difference'),
      /column "trained" \(--treatment\), row 4: must be 0 or 1/,
    );
    await refuses(
      effectArgs(await csvFile(good.replace(/,1,/g, ',0,')), 'difference'),
      /no treated rows: column "trained" \(--treatment\) is never 1/,
    );
    await refuses(
      effectArgs(await csvFile(good.replace(/,0,/g, ',1,')), 'difference'),
      /no control rows: column "trained" \(--treatment\) is never 0/,
    );
    await refuses(effectArgs(await csvFile(good), 'did'), /--method did needs --pre/);
    await refuses(
      effectArgs(await csvFile(good), 'regression', '--covariates', 'age,,before'),
      /--covariates has an empty name/,
    );
  });

  it('perfect separation in the propensity model exits 2 and names the covariate', async () => {
    const separated = 'wage,trained,x\n10,1,6\n11,1,7\n12,1,9\n8,0,1\n9,0,2\n7,0,4\n';
    await refuses(
      effectArgs(await csvFile(separated), 'matching', '--covariates', 'x'),
      /perfect separation in the propensity model: 3 treated row\(s\), the first row 2.*covariate "x"/,
    );
    await refuses(effectArgs(await csvFile(separated), 'weighting', '--covariates', 'x'), /perfect separation/);
  });

  it('an empty file, a header alone, a ragged row or an open quote exit 2', async () => {
    await refuses(effectArgs(await csvFile(''), 'difference'), /the file is empty/);
    await refuses(effectArgs(await csvFile('\n\n'), 'difference'), /the file is empty/);
    await refuses(effectArgs(await csvFile('wage,trained\n'), 'difference'), /header but no data rows/);
    await refuses(
      effectArgs(await csvFile('wage,trained\n10,1\n12,1,3\n'), 'difference'),
      /row 3 has 3 cells, the header has 2/,
    );
    await refuses(effectArgs(await csvFile('wage,trained\n10,1\n"12,1\n9,0\n'), 'difference'), /row 3: .*quote/);
  });

  it('wrong command lines exit 2 with the usage', async () => {
    await refuses(
      ['effect', lalonde, '--outcome', 're78', '--treatment', 'treat'],
      /--method is required\nusage: mutualis effect/,
    );
    await refuses(['effect', lalonde, '--treatment', 'treat', '--method', 'difference'], /--outcome is required/);
    await refuses(
      ['effect', lalonde, '--outcome', 're78', '--treatment', 'treat', '--method', 'magic'],
      /--method must be one of difference, regression, matching, weighting, did, got "magic"/,
    );
    await refuses(
      ['effect', lalonde, '--outcome', 're78', '--treatment', 'treat', '--method', 'difference', '--weights', 'w'],
      /unknown option --weights/,
    );
    await refuses(
      ['effect', '--outcome', 're78', '--treatment', 'treat', '--method', 'difference'],
      /no data file given/,
    );
    await refuses(
      ['effect', '/nonexistent/data.csv', '--outcome', 're78', '--treatment', 'treat', '--method', 'difference'],
      /cannot read \/nonexistent\/data.csv: no such file/,
    );
    await refuses(
      ['effect', lalonde, '--outcome', 're78', '--outcome', 'age', '--treatment', 'treat', '--method', 'difference'],
      /--outcome is given twice/,
    );
    await refuses(
      ['effect', lalonde, '--outcome', '--treatment', 'treat', '--method', 'difference'],
      /--outcome needs a value/,
    );
  });
});

describe('mutualis retention', () => {
  it('prints one curve per group and the log-rank test, as R (veteran by treatment arm)', async () => {
    const { code, out, err } = await run([
      'retention',
      veteran,
      '--time',
      'time',
      '--event',
      'status',
      '--group',
      'trt',
    ]);
    assert.equal(code, 0, err);
    const answer = JSON.parse(out);
    assert.deepEqual(Object.keys(answer), ['groups', 'logRank']);
    assert.deepEqual(Object.keys(answer.groups[0]), ['group', 'n', 'events', 'table', 'survivalAt']);
    assert.deepEqual(Object.keys(answer.groups[0].table[0]), ['time', 'atRisk', 'events', 'survival', 'standardError']);
    assert.deepEqual(
      answer.groups.map((g: { group: string }) => g.group),
      ['1', '2'],
    );
    assert.ok(Math.abs(answer.groups[0].survivalAt['12'] - R_VETERAN.trt1.at.survival[0]) < 1e-6);
    assert.deepEqual(Object.keys(answer.logRank), ['chiSquare', 'degreesOfFreedom', 'pValue']);
    assert.ok(Math.abs(answer.logRank.pValue - R_VETERAN.logRankTrt.pValue) < 1e-6);
    assert.equal(answer.logRank.degreesOfFreedom, 1);
  });

  it('without --group, one curve named "all" and no log-rank test', async () => {
    const { code, out } = await run(['retention', veteran, '--time', 'time', '--event', 'status']);
    assert.equal(code, 0);
    const answer = JSON.parse(out);
    assert.deepEqual(Object.keys(answer), ['groups']);
    assert.equal(answer.groups[0].group, 'all');
    assert.equal(answer.groups[0].n, 137);
  });

  it('bad input exits 2 with a message naming the column and the row', async () => {
    const file = async (text: string) => csvFile(text);
    const args = (f: string, ...more: string[]) => ['retention', f, '--time', 'months', '--event', 'left', ...more];
    await refuses(args(await file('months,left\n3,1\n4,2\n')), /column "left" \(--event\), row 3: must be 0 or 1/);
    await refuses(
      args(await file('months,left\n3,1\n-4,0\n')),
      /column "months" \(--time\), row 3: a follow-up time cannot be negative/,
    );
    await refuses(
      args(await file('months,left\n3,1\nfour,0\n')),
      /column "months" \(--time\), row 3: "four" is not a number/,
    );
    await refuses(args(await file('months,gone\n3,1\n')), /column "left" \(--event\) is not in the file/);
    await refuses(args(await file('months,left,g\n3,1,a\n4,0,a\n'), '--group', 'g'), /single value \("a"\)/);
    await refuses(args(await file('')), /the file is empty/);
    await refuses(['retention', veteran, '--time', 'time'], /--event is required/);
  });
});
