import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ReachEmployee, type ReachFirm, type ReachParticipant, targetingReport } from './reach.ts';

const firm = (id: string, headcount: number): ReachFirm => ({
  id,
  name: `Firm ${id}`,
  headcount,
  regionCode: '14',
  scianCode: '332',
  active: true,
});

describe('targeting', () => {
  const firms = [firm('a', 5), firm('b', 8), firm('c', 40), firm('d', 60), firm('e', 150), firm('f', 3)];
  const employees: ReachEmployee[] = firms.flatMap((f) =>
    Array.from({ length: 6 }, (_, i) => ({
      memberId: f.id,
      nocCode: i < 3 ? '94100' : '72106',
      teer: i < 3 ? 4 : 2,
      educationLevel: i < 2 ? 'secondary' : 'college',
      employed: true,
    })),
  );
  const participants: ReachParticipant[] = ['a', 'c', 'd', 'e'].flatMap((memberId) =>
    Array.from({ length: 3 }, (_, i) => ({
      employeeId: `${memberId}${i}`,
      memberId,
      nocCode: '72106',
      teer: 2,
      educationLevel: i === 0 ? 'secondary' : 'college',
    })),
  );

  it('given served firms mostly medium and few low-skilled participants, then the shares fall below target and alerts name them', () => {
    const report = targetingReport(firms, employees, participants, {
      microSmallFirmsPct: 80,
      microFirmsPct: 30,
      lowSkilledPct: 40,
    });
    assert.equal(report.servedFirms, 4);
    assert.equal(report.shares.microSmallFirmsPct, 75);
    assert.equal(report.shares.microFirmsPct, 25);
    assert.equal(Math.round(report.shares.lowSkilledPct!), 33);
    assert.deepEqual(
      report.alerts.map((a) => a.kind),
      ['micro_small_firms', 'micro_firms', 'low_skilled'],
    );
  });

  it('given the same report with lower targets, then there is no alert', () => {
    assert.deepEqual(
      targetingReport(firms, employees, participants, { microSmallFirmsPct: 50, microFirmsPct: 20, lowSkilledPct: 30 })
        .alerts,
      [],
    );
  });

  it('then the firms never served and the job classes never trained are listed', () => {
    const report = targetingReport(firms, employees, participants, {
      microSmallFirmsPct: 50,
      microFirmsPct: 20,
      lowSkilledPct: 30,
    });
    assert.deepEqual(
      report.neverServed.map((f) => f.id),
      ['b', 'f'],
    );
    assert.deepEqual(
      report.untrainedJobClasses.map((j) => [j.nocCode, j.employees, j.firms]),
      [['94100', 18, 6]],
    );
  });

  it('given a cell of fewer than 3 firms, then its counts are suppressed', () => {
    const report = targetingReport(firms, employees, participants, {
      microSmallFirmsPct: 50,
      microFirmsPct: 20,
      lowSkilledPct: 30,
    });
    const micro = report.bySizeClass.find((c) => c.key === 'micro')!;
    assert.equal(micro.firms, null); // 1 served micro firm
    const byEducation = report.byEducation.find((c) => c.key === 'college')!;
    assert.equal(byEducation.participants, 8);
  });
});
