import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentDateErrors, incidentKeptUntil, noticesDue } from './incidents.ts';

describe('confidentiality incidents', () => {
  it('given no risk of serious injury, then no notice is due', () => {
    assert.deepEqual(noticesDue({ seriousInjuryRisk: false, commissionNotifiedOn: null, personsNotifiedOn: null }), []);
  });

  it('given a risk of serious injury, then the Commission and the persons must be notified until they are', () => {
    assert.deepEqual(noticesDue({ seriousInjuryRisk: true, commissionNotifiedOn: null, personsNotifiedOn: null }), [
      'commission',
      'persons',
    ]);
    assert.deepEqual(
      noticesDue({ seriousInjuryRisk: true, commissionNotifiedOn: '2026-11-03', personsNotifiedOn: null }),
      ['persons'],
    );
    assert.deepEqual(
      noticesDue({ seriousInjuryRisk: true, commissionNotifiedOn: '2026-11-03', personsNotifiedOn: '2026-11-04' }),
      [],
    );
  });

  it('given the day the mutual learned of it, then the incident is kept five years', () => {
    assert.equal(incidentKeptUntil('2026-11-02'), '2031-11-02');
    assert.equal(incidentKeptUntil('2024-02-29'), '2029-03-01');
    assert.equal(incidentKeptUntil('2028-02-29'), '2033-03-01');
  });

  it('given dates out of order, then the field at fault is named', () => {
    assert.deepEqual(
      incidentDateErrors({ occurredOn: '2026-11-02', occurredUntil: '2026-11-01', discoveredOn: '2026-10-30' }),
      {
        occurredUntil: 'before_incident_start',
        discoveredOn: 'before_incident_start',
      },
    );
    assert.deepEqual(
      incidentDateErrors({ occurredOn: '2026-11-02', occurredUntil: null, discoveredOn: '2026-11-02' }),
      {},
    );
  });
});
