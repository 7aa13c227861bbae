// Retention periods and the daily purge (Law 25): data older than its period is anonymised or deleted,
// newer data stays, and what the law obliges a mutual to keep (attestations s.14, enrolments behind the
// registers s.15) stays; the coordinator sees the periods, changes them within bounds, and sees what the
// last purges did.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { purgeDueData } from '../src/privacy/index.ts';
import { newCourse, newSession } from './delivery-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

describe('retention periods and the daily purge', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contact: Client;
  let mutualId: string;
  let otherMutualId: string;
  const ids: Record<string, string> = {};

  before(async () => {
    ctx = await createTestContext(); // now: 2026-11-20
    const db = ctx.deps.db;
    const mutual = await newMutual(ctx);
    mutualId = mutual.id;
    otherMutualId = (await newMutual(ctx)).id;
    const member = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId }, { locale: 'fr' })).client;
    contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: member.id })).client;

    // employees: one who left long ago (anonymised), one who left recently (kept), one still employed
    const oldLeaver = await newEmployee(ctx, member, { first_name: 'Ancienne' });
    const recentLeaver = await newEmployee(ctx, member, { first_name: 'Recente' });
    const current = await newEmployee(ctx, member, { first_name: 'Actuelle' });
    ids.oldLeaver = oldLeaver.id;
    ids.recentLeaver = recentLeaver.id;
    ids.current = current.id;
    await db
      .updateTable('employee')
      .set({ end_date: '2023-01-15', end_reason: 'resignation' })
      .where('id', '=', oldLeaver.id)
      .execute();
    await db
      .updateTable('employee')
      .set({ end_date: '2024-06-01', end_reason: 'resignation' })
      .where('id', '=', recentLeaver.id)
      .execute();
    const wage = (employeeId: string, effective_on: string, cents: number) =>
      db
        .insertInto('wage')
        .values({
          mutual_id: mutualId,
          member_id: member.id,
          employee_id: employeeId,
          effective_on,
          hourly_wage_cents: cents,
        })
        .execute();
    await wage(oldLeaver.id, '2021-01-01', 2200);
    await wage(current.id, '2017-01-01', 2000); // replaced in 2018, more than 84 months ago: due
    await wage(current.id, '2018-01-01', 2100); // replaced in 2025: stays
    await wage(current.id, '2025-01-01', 2500); // the current wage: stays

    // the old leaver was trained: an enrolment (register, s.15) and an attestation (s.14)
    const course = await newCourse(ctx, mutualId, (await newProvider(ctx, mutualId)).id);
    const session = await newSession(ctx, course, { status: 'evaluated' });
    const enrolment = await db
      .insertInto('enrolment')
      .values({
        mutual_id: mutualId,
        session_id: session.id,
        member_id: member.id,
        employee_id: oldLeaver.id,
        status: 'confirmed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.enrolment = enrolment.id;
    await db
      .insertInto('attestation')
      .values({
        mutual_id: mutualId,
        number: '2022-000001-RETAINED',
        enrolment_id: enrolment.id,
        session_id: session.id,
        member_id: member.id,
        employee_id: oldLeaver.id,
        participant_name: `Ancienne ${oldLeaver.last_name}`,
        course_title_fr: 'SIMDUT',
        course_title_en: 'WHMIS',
        date_from: '2022-03-01',
        date_to: '2022-03-01',
        hours: 4,
      })
      .execute();
    // questionnaires of the current employee: one sent more than 12 months ago (its address and link are dropped)
    const currentEnrolment = await db
      .insertInto('enrolment')
      .values({
        mutual_id: mutualId,
        session_id: session.id,
        member_id: member.id,
        employee_id: current.id,
        status: 'confirmed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const questionnaire = (sent_at: string, level: 1 | 2) =>
      db
        .insertInto('questionnaire')
        .values({
          mutual_id: mutualId,
          session_id: session.id,
          level,
          enrolment_id: currentEnrolment.id,
          member_id: member.id,
          to_address: 'actuelle@example.test',
          token_hash: `hash-${sent_at}`,
          send_on: sent_at.slice(0, 10),
          sent_at,
          answered_at: sent_at,
          answers: JSON.stringify({ q1: 5 }),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    ids.oldQuestionnaire = (await questionnaire('2025-06-01T15:00:00Z', 1)).id;
    ids.newQuestionnaire = (await questionnaire('2026-06-01T15:00:00Z', 2)).id;

    // reads of personal data, in both mutuals
    for (const [m, at] of [
      [mutualId, '2025-06-01T15:00:00Z'],
      [mutualId, '2026-06-01T15:00:00Z'],
      [otherMutualId, '2025-06-01T15:00:00Z'],
    ] as const)
      await db
        .insertInto('access_log')
        .values({ mutual_id: m, at, entity_type: 'employee', entity_ids: [current.id], purpose: `test ${at}` })
        .execute();

    // e-mails: an old sent one (due), an old one still pending (stays), a recent sent one (stays)
    for (const [status, created_at, to] of [
      ['sent', '2025-06-01T15:00:00Z', 'old-sent@example.test'],
      ['pending', '2025-06-01T15:00:00Z', 'old-pending@example.test'],
      ['sent', '2026-10-01T15:00:00Z', 'recent-sent@example.test'],
    ] as const)
      await db
        .insertInto('outbox')
        .values({
          mutual_id: mutualId,
          kind: 'invitation',
          to_address: to,
          subject: 'S',
          text_body: 'T',
          status,
          created_at,
        })
        .execute();

    // confidentiality incidents: learned of more than five years ago (due), and less (stays)
    for (const discovered_on of ['2021-01-10', '2022-01-01'])
      await db
        .insertInto('confidentiality_incident')
        .values({
          mutual_id: mutualId,
          occurred_on: discovered_on,
          discovered_on,
          description: `Incident ${discovered_on}`,
          information_involved: 'Noms',
          persons_concerned: 1,
          risk_assessment: 'Faible',
          serious_injury_risk: false,
        })
        .execute();

    // a login session that expired long ago (due) beside the coordinator's own (stays)
    const { user } = await loginAs(ctx, 'coordinator', { mutualId });
    await db
      .insertInto('user_session')
      .values({ id: 'expired-session-of-test', user_id: user.id, csrf_token: 'x', expires_at: '2026-01-01T00:00:00Z' })
      .execute();
  });
  after(() => ctx.close());

  it('given the defaults, then the coordinator sees every kind with its period and bounds, what is never purged, and the next run', async () => {
    const res = await coordinator.get('/api/privacy/retention');
    assert.equal(res.status, 200, await res.clone().text());
    const body = await res.json();
    assert.deepEqual(
      body.periods.map((p: { kind: string; months: number; own: boolean }) => [p.kind, p.months, p.own]),
      [
        ['former_employees', 36, false],
        ['superseded_wages', 84, false],
        ['questionnaire_addresses', 12, false],
        ['read_log', 24, false],
        ['login_sessions', 3, false],
        ['outbox_messages', 12, false],
        ['incidents', 60, false],
      ],
    );
    assert.deepEqual(body.kept, ['attestations', 'registers', 'money_vouchers']);
    assert.equal(body.nextRunAt, '2026-11-21T07:23:00.000Z');
    assert.deepEqual(body.runs, []);
    assert.equal((await contact.get('/api/privacy/retention')).status, 403);
  });

  it('given a period outside its bounds, then 400 naming the field in French, and nothing changes', async () => {
    const res = await coordinator.put('/api/privacy/retention', { periods: [{ kind: 'read_log', months: 6 }] });
    assert.equal(res.status, 400);
    const problem = await res.json();
    const field =
      problem.errors?.find?.((e: { field: string }) => e.field === 'periods.0.months') ??
      problem.fields?.find?.((e: { field: string }) => e.field === 'periods.0.months');
    assert.ok(field, JSON.stringify(problem));
    assert.match(JSON.stringify(problem), /de 12 à 120 mois/);
    const incidents = await coordinator.put('/api/privacy/retention', { periods: [{ kind: 'incidents', months: 24 }] });
    assert.equal(incidents.status, 400, 'the incident register is kept at least five years');
    assert.equal(
      (await contact.put('/api/privacy/retention', { periods: [{ kind: 'read_log', months: 12 }] })).status,
      403,
    );
  });

  it('given the coordinator shortens the read log to 12 months, then the period is the mutual’s own', async () => {
    const res = await coordinator.put('/api/privacy/retention', { periods: [{ kind: 'read_log', months: 12 }] });
    assert.equal(res.status, 200, await res.clone().text());
    const readLog = (await res.json()).periods.find((p: { kind: string }) => p.kind === 'read_log');
    assert.deepEqual([readLog.months, readLog.own], [12, true]);
  });

  it('when the daily purge runs, then what is older than its period is gone or anonymised, newer data stays, and kept documents stay', async () => {
    const db = ctx.deps.db;
    await purgeDueData(ctx.deps);

    const employee = (id: string) =>
      db.selectFrom('employee').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const old = await employee(ids.oldLeaver);
    assert.equal(old.first_name, '—', 'the old leaver is anonymised');
    assert.ok(old.erased_at);
    assert.equal((await employee(ids.recentLeaver)).first_name, 'Recente');
    assert.equal((await employee(ids.current)).first_name, 'Actuelle');

    const wages = await db
      .selectFrom('wage')
      .select(['employee_id', 'effective_on'])
      .where('mutual_id', '=', mutualId)
      .orderBy('effective_on')
      .execute();
    assert.deepEqual(
      wages.map((w) => [w.employee_id === ids.current ? 'current' : 'other', w.effective_on]),
      [
        ['current', '2018-01-01'],
        ['current', '2025-01-01'],
      ],
      'the 2017 wage is gone, and so are the old leaver’s; the current wage and the one replaced recently stay',
    );

    // kept by law: the attestation with the participant's name, the enrolment behind the register
    const attestation = await db
      .selectFrom('attestation')
      .select('participant_name')
      .where('employee_id', '=', ids.oldLeaver)
      .executeTakeFirstOrThrow();
    assert.match(attestation.participant_name, /^Ancienne /);
    assert.ok(await db.selectFrom('enrolment').select('id').where('id', '=', ids.enrolment).executeTakeFirst());

    const questionnaires = await db
      .selectFrom('questionnaire')
      .select(['id', 'to_address', 'token_hash', 'answers'])
      .where('mutual_id', '=', mutualId)
      .execute();
    const oldQ = questionnaires.find((q) => q.id === ids.oldQuestionnaire);
    const newQ = questionnaires.find((q) => q.id === ids.newQuestionnaire);
    assert.deepEqual([oldQ?.to_address, oldQ?.token_hash], [null, null]);
    assert.deepEqual(oldQ?.answers, { q1: 5 }, 'the answers stay behind the register (s.15)');
    assert.equal(newQ?.to_address, 'actuelle@example.test');

    const reads = await db
      .selectFrom('access_log')
      .select(['mutual_id', 'at'])
      .where('mutual_id', 'in', [mutualId, otherMutualId])
      .execute();
    assert.deepEqual(
      reads.map((r) => [r.mutual_id === mutualId ? 'A' : 'B', new Date(r.at).toISOString().slice(0, 10)]).sort(),
      [
        ['A', '2026-06-01'],
        ['B', '2025-06-01'],
      ],
      'A keeps 12 months of reads, B the default 24',
    );
    // the read report's kept counts (migration 0099) lose the purged reads with them
    const kept = await db
      .selectFrom('access_read_day')
      .select(['mutual_id', 'day', 'reads'])
      .where('mutual_id', 'in', [mutualId, otherMutualId])
      .execute();
    assert.deepEqual(
      kept.map((r) => [r.mutual_id === mutualId ? 'A' : 'B', String(r.day).slice(0, 10), Number(r.reads)]).sort(),
      [
        ['A', '2026-06-01', 1],
        ['B', '2025-06-01', 1],
      ],
      'the purged day of A is gone from the kept counts',
    );

    const outbox = await db
      .selectFrom('outbox')
      .select('to_address')
      .where('mutual_id', '=', mutualId)
      .orderBy('to_address')
      .execute();
    assert.deepEqual(
      outbox.map((m) => m.to_address),
      ['old-pending@example.test', 'recent-sent@example.test'],
    );

    const incidents = await db
      .selectFrom('confidentiality_incident')
      .select('discovered_on')
      .where('mutual_id', '=', mutualId)
      .execute();
    assert.deepEqual(
      incidents.map((i) => String(i.discovered_on).slice(0, 10)),
      ['2022-01-01'],
    );

    assert.equal(
      await db.selectFrom('user_session').select('id').where('id', '=', 'expired-session-of-test').executeTakeFirst(),
      undefined,
    );
    assert.equal((await coordinator.get('/api/privacy/retention')).status, 200, 'the current login session stays');
  });

  it('given the purge ran, then the coordinator sees what it purged by kind, it is audited, and a second run the same day purges nothing', async () => {
    const expected = {
      former_employees: 1,
      superseded_wages: 1,
      questionnaire_addresses: 1,
      read_log: 1,
      login_sessions: 1,
      outbox_messages: 1,
      incidents: 1,
    };
    const first = (await (await coordinator.get('/api/privacy/retention')).json()).runs;
    assert.equal(first.length, 1);
    assert.deepEqual(first[0].counts, expected);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('change')
      .where('action', '=', 'retention.purge')
      .where('mutual_id', '=', mutualId)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal((audit[0].change as Record<string, number>).former_employees, 1);

    ctx.setNow('2026-11-20T18:00:00Z');
    await purgeDueData(ctx.deps);
    const runs = (await (await coordinator.get('/api/privacy/retention')).json()).runs;
    assert.equal(runs.length, 2);
    assert.deepEqual(Object.values(runs[0].counts), [0, 0, 0, 0, 0, 0, 0]);
  });
});
