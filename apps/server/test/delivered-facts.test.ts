import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/db/seed/demo.ts';
import { type Client, createTestContext, login, type TestContext } from './harness.ts';

// Point 1 of issue #9: the activity register (s.15) and the attestations (s.14) state the same
// dates, hours and participants, because both come from the delivered facts (meeting days and
// attendance). Checked on every demo session held, and on one delivered through the API.

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON answers
type Json = Record<string, any>;

const HELD = ['in_delivery', 'delivered', 'evaluated'];
const COORDINATORS = ['coordination@lanaudiere.demo', 'coordination@alimentaire.demo'];

async function documentsOf(coordinator: Client, sessionId: string) {
  const register: Json = await (await coordinator.get(`/api/sessions/${sessionId}/register`)).json();
  const roster: Json = await (await coordinator.get(`/api/sessions/${sessionId}/roster`)).json();
  const attestations: Json[] = (
    await (await coordinator.get(`/api/attestations?sessionId=${sessionId}&pageSize=500`)).json()
  ).items;
  const session: Json = await (await coordinator.get(`/api/sessions/${sessionId}`)).json();
  return { register, roster, attestations, session };
}

/** The register's dates, hours and participants against the attestations' and the roster's. */
function assertSameFacts(
  label: string,
  { register, roster, attestations, session }: Awaited<ReturnType<typeof documentsOf>>,
) {
  const days = session.meetingDays as { day: string; hours: number }[];
  const hours = days.reduce((sum, d) => sum + d.hours, 0);
  assert.equal(register.durationHours, hours, `${label}: the register's duration is the meeting days' ${hours} h`);
  assert.equal(register.firstDay, days[0].day, label);
  assert.equal(register.lastDay, days[days.length - 1].day, label);
  assert.deepEqual(register.meetingDays, [...new Set(days.map((d) => d.day))], label);
  const people = roster.participants as { name: string; hoursAttended: number; status: string }[];
  assert.equal(
    register.participants,
    people.filter((p) => p.hoursAttended > 0).length,
    `${label}: participants present`,
  );
  assert.equal(
    register.participantHours,
    people.reduce((sum, p) => sum + p.hoursAttended, 0),
    `${label}: participant-hours`,
  );
  if (session.status === 'in_delivery') return;
  assert.equal(attestations.length, register.completed, `${label}: one attestation per participant who completed`);
  for (const a of attestations) {
    assert.equal(a.dateFrom, register.firstDay, `${label}: ${a.number} from`);
    assert.equal(a.dateTo, register.lastDay, `${label}: ${a.number} to`);
    const person = people.find((p) => p.name === a.participantName);
    assert.ok(person, `${label}: ${a.participantName} is on the roster`);
    assert.equal(a.hours, person.hoursAttended, `${label}: ${a.participantName}'s hours`);
    assert.ok(a.hours <= register.durationHours, label);
  }
}

describe('register and attestations from the same delivered facts (issue #9, point 1)', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
    await seedDemoIfEmpty(ctx.deps.db);
  });
  after(() => ctx.close());

  it('given every demo session held, then the register states the dates, hours and participants of its attestations', async () => {
    let checked = 0;
    let withAttestations = 0;
    for (const email of COORDINATORS) {
      const coordinator = await login(ctx, email, DEMO_PASSWORD);
      const sessions: Json[] = (await (await coordinator.get('/api/sessions?pageSize=500')).json()).items;
      for (const s of sessions.filter((x) => HELD.includes(x.status))) {
        const docs = await documentsOf(coordinator, s.id);
        assertSameFacts(`${email} ${s.status} ${s.title}`, docs);
        checked++;
        if (docs.attestations.length > 0) withAttestations++;
      }
    }
    assert.ok(checked >= 6, `${checked} sessions checked`);
    assert.ok(withAttestations >= 4, `${withAttestations} sessions with attestations`);
  });

  it('given the demo session in delivery delivered through the API, then its new attestations agree with its register', async () => {
    const coordinator = await login(ctx, COORDINATORS[0], DEMO_PASSWORD);
    ctx.setNow('2026-11-01T20:00:00Z'); // the demo's as-of date: the session's second meeting day
    const s = ((await (await coordinator.get('/api/sessions?status=in_delivery')).json()).items as Json[])[0];
    const roster: Json = await (await coordinator.get(`/api/sessions/${s.id}/roster`)).json();
    const people = (roster.participants as Json[]).filter((p) => p.status === 'confirmed');
    // everyone present, but the first person only 3 h of the second day
    const entries = people.flatMap((p, i) =>
      (roster.meetingDays as Json[]).map((d, k) => ({
        enrolmentId: p.enrolmentId,
        meetingDayId: d.id,
        present: true,
        ...(i === 0 && k === 1 ? { hours: 3 } : {}),
      })),
    );
    assert.equal((await coordinator.put(`/api/sessions/${s.id}/attendance`, { entries })).status, 200);
    assert.equal(
      (
        await coordinator.put(`/api/sessions/${s.id}/register`, {
          objectives: 'Objectifs',
          content: 'Contenu',
          evaluationResult: 'Tous présents',
        })
      ).status,
      200,
    );
    const res = await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 200, await res.clone().text());
    const docs = await documentsOf(coordinator, s.id);
    assert.equal(docs.register.durationHours, 14);
    // 10 h of 14 is under the 80 % threshold: everyone but the first completed
    assert.equal(docs.register.completed, people.length - 1);
    assertSameFacts('delivered through the API', docs);
    assert.equal(docs.register.participantHours, people.length * 14 - 4);
  });
});
