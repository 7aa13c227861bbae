import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidNeq } from '../members/neq.ts';
import { isValidNoc } from '../reference/noc.ts';
import { EDUCATION_CODES, END_REASON_CODES } from '../reference/people.ts';
import { isValidRegion } from '../reference/regions.ts';
import { isKnownScian } from '../reference/scian.ts';
import type { GeneratedFirm } from './generate.ts';
import { benchFirms, DEMO_AS_OF, generateDemoDataset, planBench } from './index.ts';

const EDUCATION = new Set<string>(EDUCATION_CODES);
const END_REASONS = new Set<string>(END_REASON_CODES);

function assertFirmIsCoherent(firm: GeneratedFirm, asOf: string) {
  assert.ok(isValidNeq(firm.neq), `${firm.legalName}: NEQ ${firm.neq}`);
  assert.ok(isKnownScian(firm.scianCode), `${firm.legalName}: SCIAN ${firm.scianCode}`);
  assert.ok(isValidRegion(firm.regionCode), `${firm.legalName}: region ${firm.regionCode}`);
  if (firm.status === 'lapsed' || firm.status === 'withdrawn') {
    assert.ok(firm.statusReason, `${firm.legalName} has a reason`);
    assert.ok(firm.joinedOn && firm.leftOn && firm.leftOn > firm.joinedOn, `${firm.legalName} joined before it left`);
  }
  if (firm.status === 'prospect') assert.equal(firm.joinedOn, null);
  const onStaff = firm.employees.filter((e) => e.endDate === null);
  if (firm.employees.length > 0) assert.equal(firm.headcount, onStaff.length, `${firm.legalName} headcount`);
  for (const e of firm.employees) {
    const where = `${firm.legalName} / ${e.firstName} ${e.lastName}`;
    assert.ok(isValidNoc(e.nocCode), `${where}: NOC ${e.nocCode}`);
    assert.equal(e.teer, Number(e.nocCode[1]), `${where}: TEER is the second digit of the NOC code`);
    assert.ok(EDUCATION.has(e.educationLevel), `${where}: education ${e.educationLevel}`);
    assert.ok(e.hireDate <= asOf, `${where}: hired ${e.hireDate}`);
    if (e.endDate) {
      assert.ok(e.endDate >= e.hireDate && e.endDate <= asOf, `${where}: left ${e.endDate}`);
      assert.ok(e.endReason && END_REASONS.has(e.endReason), where);
    } else assert.equal(e.endReason, null);
    assert.ok(e.wages.length >= 1 && e.wages.length <= 3, `${where}: ${e.wages.length} wage rows`);
    assert.equal(e.wages[0].effectiveOn >= e.hireDate, true, where);
    for (let i = 1; i < e.wages.length; i++) {
      assert.ok(e.wages[i].effectiveOn > e.wages[i - 1].effectiveOn, `${where}: wage dates increase`);
      assert.ok(e.wages[i].hourlyWageCents >= e.wages[i - 1].hourlyWageCents, `${where}: wages do not fall`);
    }
    assert.ok(
      e.wages.every((w) => Number.isInteger(w.hourlyWageCents) && w.hourlyWageCents > 0),
      where,
    );
    assert.ok(e.birthYear < Number(e.hireDate.slice(0, 4)) - 15, `${where}: at least 16 at hire`);
  }
}

describe('demo dataset', () => {
  const demo = generateDemoDataset();
  const [regional, sectoral] = demo.mutuals;

  it('given the same seed, when generated twice, then the data is the same', () => {
    assert.deepEqual(generateDemoDataset({ seed: 7 }), generateDemoDataset({ seed: 7 }));
    assert.deepEqual(generateDemoDataset(), demo);
  });

  it('given another seed, when generated, then the firms differ', () => {
    const other = generateDemoDataset({ seed: 8 });
    assert.notDeepEqual(
      other.mutuals[0].firms.map((f) => f.legalName),
      regional.firms.map((f) => f.legalName),
    );
  });

  it('when generated, then the regional mutual of Lanaudière has about 40 mostly small firms and about 600 employees', () => {
    assert.equal(regional.name, 'Mutuelle de formation Lanaudière');
    assert.equal(regional.regionCode, '14');
    assert.ok(regional.firms.length >= 35 && regional.firms.length <= 45, `${regional.firms.length} firms`);
    const employees = regional.firms.flatMap((f) => f.employees);
    assert.ok(employees.length >= 500 && employees.length <= 700, `${employees.length} employees`);
    assert.ok(regional.firms.filter((f) => f.headcount < 100).length >= regional.firms.length - 2);
    assert.ok(regional.firms.filter((f) => f.headcount < 10).length >= 10, 'many micro firms');
    assert.ok(
      employees.some((e) => e.endDate !== null),
      'some departures',
    );
    assert.ok(new Set(employees.map((e) => e.teer)).size === 6, 'every TEER level occurs');
  });

  it('when generated, then a few regional firms have a payroll above $2M (the 1 % law) and all four statuses occur', () => {
    const subject = regional.firms.filter((f) => f.annualPayrollCents > 200_000_000);
    assert.ok(subject.length >= 2 && subject.length <= 8, `${subject.length} firms over $2M`);
    const statuses = new Set(regional.firms.map((f) => f.status));
    assert.deepEqual([...statuses].sort(), ['active', 'lapsed', 'prospect', 'withdrawn']);
    assert.ok(regional.firms.filter((f) => f.status === 'active').length > regional.firms.length / 2);
  });

  it('when generated, then the sectoral food mutual is smaller and distinct', () => {
    assert.equal(sectoral.kind, 'sectoral');
    assert.ok(sectoral.firms.length >= 8 && sectoral.firms.length <= 10);
    const employees = sectoral.firms.reduce((n, f) => n + f.employees.length, 0);
    assert.ok(employees >= 80 && employees <= 160, `${employees} employees`);
    assert.ok(sectoral.firms.every((f) => f.scianCode === '311' || f.scianCode === '312'));
  });

  it('when generated, then every firm and employee is coherent', () => {
    for (const mutual of demo.mutuals) for (const firm of mutual.firms) assertFirmIsCoherent(firm, DEMO_AS_OF);
    const neqs = demo.mutuals.flatMap((m) => m.firms.map((f) => f.neq));
    assert.equal(new Set(neqs).size, neqs.length, 'NEQs are unique');
  });

  it('given a NEQ rule, when generated, then every NEQ passes it', () => {
    const even = (neq: string) => Number(neq[9]) % 2 === 0;
    const data = generateDemoDataset({ isValidNeq: even });
    assert.ok(data.mutuals.every((m) => m.firms.every((f) => even(f.neq))));
  });

  it('when generated, then there is one account per role, one per firm, unique e-mails, and the README logins exist', () => {
    const emails = demo.accounts.map((a) => a.email.toLowerCase());
    assert.equal(new Set(emails).size, emails.length);
    for (const email of [
      'admin@mutualis.demo',
      'coordination@lanaudiere.demo',
      'ca@lanaudiere.demo',
      'coordination@alimentaire.demo',
    ]) {
      assert.ok(emails.includes(email), email);
    }
    const roles = new Set(demo.accounts.map((a) => a.role));
    assert.deepEqual([...roles].sort(), ['board_viewer', 'coordinator', 'member_contact', 'platform_admin', 'trainer']);
    const firms = demo.mutuals.reduce((n, m) => n + m.firms.length, 0);
    assert.equal(demo.accounts.filter((a) => a.role === 'member_contact').length, firms);
    // README.md documents these two: change it if they change.
    assert.deepEqual(
      demo.featuredMemberLogins.map((l) => l.email),
      ['rh@soudure-bedard.demo', 'rh@acier-hetu.demo'],
    );
  });
});

describe('benchmark dataset', () => {
  it('given totals, when planned, then firms and employee rows add up exactly and the first mutual is the biggest', () => {
    const plan = planBench({ mutuals: 10, firms: 300, employees: 7_000 });
    assert.equal(plan.mutuals.length, 10);
    assert.equal(
      plan.mutuals.reduce((n, m) => n + m.firmSizes.length, 0),
      300,
    );
    assert.equal(
      plan.mutuals.reduce((n, m) => n + m.firmSizes.reduce((a, b) => a + b, 0), 0),
      7_000,
    );
    assert.ok(plan.mutuals[0].firmSizes.length > plan.mutuals[9].firmSizes.length);
  });

  it('given a plan, when its firms are generated, then each has exactly its planned rows and is coherent', () => {
    const plan = planBench({ seed: 3, mutuals: 3, firms: 40, employees: 900 });
    const used = new Set<string>();
    let total = 0;
    for (const mutual of plan.mutuals) {
      const firms = [...benchFirms(plan, mutual, used)];
      assert.deepEqual(
        firms.map((f) => f.employees.length),
        mutual.firmSizes,
      );
      for (const firm of firms) assertFirmIsCoherent(firm, plan.asOf);
      total += firms.reduce((n, f) => n + f.employees.length, 0);
    }
    assert.equal(total, 900);
  });
});
