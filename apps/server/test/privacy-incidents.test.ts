import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Client, createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';

const incident = {
  occurredOn: '2026-10-28',
  occurredUntil: '2026-10-30',
  discoveredOn: '2026-11-02',
  description: 'Liste des participants envoyée par courriel à une autre entreprise',
  informationInvolved: 'Noms, postes et résultats de 12 participants',
  personsConcerned: 12,
  riskAssessment: 'Résultats d’évaluation : sensibles; diffusion à un concurrent probable',
  seriousInjuryRisk: true,
};

describe('the register of confidentiality incidents (Law 25)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let otherCoordinator: Client;
  let contact: Client;
  let id: string;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    coordinator = (
      await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { display_name: 'Claire Coordonnatrice' })
    ).client;
    otherCoordinator = (await loginAs(ctx, 'coordinator', { mutualId: other.id })).client;
    contact = (
      await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: (await newMember(ctx, mutual.id)).id })
    ).client;
  });
  after(() => ctx.close());

  it('given an incident with a risk of serious injury, then the register says which notices are due and until when it is kept', async () => {
    const res = await coordinator.post('/api/privacy/incidents', incident);
    assert.equal(res.status, 201, await res.clone().text());
    const created = await res.json();
    id = created.id;
    assert.deepEqual(created.noticesDue, ['commission', 'persons']);
    assert.equal(created.keptUntil, '2031-11-02');
    assert.equal(created.createdByName, 'Claire Coordonnatrice');
    assert.equal(created.measures, '');
    const due = await (await coordinator.get('/api/privacy/incidents?noticesDue=true')).json();
    assert.deepEqual(
      due.items.map((i: { id: string }) => i.id),
      [id],
    );
  });

  it('given the notifications and measures, then nothing is due any more and the change is audited', async () => {
    const res = await coordinator.patch(`/api/privacy/incidents/${id}`, {
      commissionNotifiedOn: '2026-11-03',
      personsNotifiedOn: '2026-11-04',
      measures: 'Envoi par lien protégé désormais',
    });
    assert.equal(res.status, 200, await res.clone().text());
    const updated = await res.json();
    assert.deepEqual(updated.noticesDue, []);
    assert.equal(updated.description, incident.description);
    assert.equal((await (await coordinator.get('/api/privacy/incidents?noticesDue=true')).json()).total, 0);
    assert.equal((await (await coordinator.get('/api/privacy/incidents?noticesDue=false')).json()).total, 1);
    const audit = await (
      await coordinator.get(`/api/audit-log?entityType=confidentiality_incident&entityId=${id}`)
    ).json();
    assert.deepEqual(
      audit.items.map((e: { action: string }) => e.action),
      ['incident.update', 'incident.create'],
    );
    assert.deepEqual(audit.items[0].change.commissionNotifiedOn, { from: null, to: '2026-11-03' });
  });

  it('given dates out of order, then the field at fault is named', async () => {
    const res = await coordinator.post('/api/privacy/incidents', { ...incident, discoveredOn: '2026-10-01' });
    assert.equal(res.status, 400);
    const problem = await res.json();
    assert.deepEqual(problem.errors, [
      { field: 'discoveredOn', code: 'before_incident_start', message: 'Précède le début de l’incident' },
    ]);
    assert.equal(problem.detail, 'discoveredOn : Précède le début de l’incident');
    assert.equal(
      (await coordinator.patch(`/api/privacy/incidents/${id}`, { occurredUntil: '2026-10-01' })).status,
      400,
    );
  });

  it('given another mutual or a member contact, then the register is out of reach', async () => {
    assert.equal((await otherCoordinator.patch(`/api/privacy/incidents/${id}`, { measures: 'x' })).status, 404);
    assert.equal((await (await otherCoordinator.get('/api/privacy/incidents')).json()).total, 0);
    assert.equal((await contact.get('/api/privacy/incidents')).status, 403);
    assert.equal((await contact.post('/api/privacy/incidents', incident)).status, 403);
  });
});
