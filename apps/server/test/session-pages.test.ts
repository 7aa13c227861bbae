import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { newCourse, newSession, setMeetingDays } from './delivery-builders.ts';
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

/** Every page of a list (pages of 2) put together, and the total each page gave. */
async function pagesOf(client: Client, path: string, idOf: (item: Record<string, unknown>) => string) {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let page = 1; page <= 12; page++) {
    const res = await client.get(`${path}${path.includes('?') ? '&' : '?'}pageSize=2&page=${page}`);
    assert.equal(res.status, 200, path);
    const body = await res.json();
    totals.add(body.total);
    ids.push(...body.items.map(idOf));
  }
  assert.equal(totals.size, 1, `${path}: one total on every page`);
  return { ids, total: [...totals][0] };
}

describe('paged lists of sessions (sessions, billable sessions, register: migration 0103_session_pages)', () => {
  let ctx: TestContext;
  after(() => ctx.close());

  it('given sessions in every state, a firm enrolled in one and holding a reservation in another, and meeting days inserted, moved and deleted, then each list page by page is the whole list in order with its total, and each session summary is the one its own page gives', async () => {
    ctx = await createTestContext();
    const { db } = ctx.deps;
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const course = await newCourse(ctx, mutual.id, (await newProvider(ctx, mutual.id)).id);
    const firmA = await newMember(ctx, mutual.id);
    const firmB = await newMember(ctx, mutual.id);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: firmA.id })).client;
    const states = ['proposed', 'confirmed', 'scheduled', 'in_delivery', 'delivered', 'evaluated', 'cancelled'];
    const sessions: { id: string }[] = [];
    for (let i = 0; i < 11; i++) {
      const reservations = i === 0 ? [{ memberId: firmA.id, seats: 2 }] : [];
      const s = await newSession(ctx, course, { status: states[i % states.length], reservations });
      // periods and creation instants shared by several sessions (the order falls back on the id)
      await sql`update training_session set period = ${['2026-03', '2026-05', '2026'][i % 3]},
        created_at = ${`2026-01-0${1 + (i % 2)}T12:00:00Z`} where id = ${s.id}`.execute(db);
      sessions.push(s);
    }
    // firm A takes part in a delivered session, firm B in an evaluated one
    for (const [firm, session] of [
      [firmA, sessions[4]],
      [firmB, sessions[5]],
    ] as const) {
      const employee = await newEmployee(ctx, firm);
      await db
        .insertInto('enrolment')
        .values({
          mutual_id: mutual.id,
          session_id: session.id,
          member_id: firm.id,
          employee_id: employee.id,
          status: 'confirmed',
        })
        .execute();
    }
    // another mutual's session is never listed
    await newSession(ctx, await newCourse(ctx, other.id, (await newProvider(ctx, other.id)).id), {
      status: 'delivered',
    });
    for (const [i, s] of sessions.entries()) {
      if (i % 4 === 3) continue; // some sessions have no meeting day
      await setMeetingDays(ctx, s.id, mutual.id, [
        `2026-0${1 + (i % 5)}-1${i % 3}`,
        `2026-0${2 + (i % 5)}-0${1 + (i % 4)}`,
      ]);
    }

    // what each list held before its ids were taken first and its days kept on the session
    const sessionsExpected = async (memberId: string | null, where = sql`true`) =>
      (
        await sql<{ id: string }>`select s.id from training_session s
          where s.mutual_id = ${mutual.id} and ${where}
          and (${memberId === null} or s.status in ('confirmed', 'scheduled')
            or exists (select 1 from session_reservation r where r.session_id = s.id and r.member_id = ${memberId})
            or exists (select 1 from enrolment e where e.session_id = s.id and e.member_id = ${memberId}))
          order by s.period, s.created_at, s.id`.execute(db)
      ).rows.map((r) => r.id);
    const billableExpected = async () =>
      (
        await sql<{ id: string }>`select s.id from training_session s
          where s.mutual_id = ${mutual.id} and s.status in ('delivered', 'evaluated')
          order by (select max(d.day) from session_meeting_day d where d.session_id = s.id) desc nulls last, s.id`.execute(
          db,
        )
      ).rows.map((r) => r.id);
    const registerExpected = async (year: number) =>
      (
        await sql<{ id: string }>`select s.id from training_session s
          where s.mutual_id = ${mutual.id} and s.status in ('in_delivery', 'delivered', 'evaluated')
          and coalesce(to_char((select min(d.day) from session_meeting_day d where d.session_id = s.id), 'YYYY'), substr(s.period, 1, 4)) = ${String(year)}
          order by (select min(d.day) from session_meeting_day d where d.session_id = s.id) nulls first, s.id`.execute(
          db,
        )
      ).rows.map((r) => r.id);
    const whole = (ids: string[]) => ({ ids, total: ids.length });
    const byId = (item: Record<string, unknown>) => String(item.id);
    const bySessionId = (item: Record<string, unknown>) => String(item.sessionId);

    const check = async (step: string) => {
      const kept = await sql<{ bad: number }>`select count(*)::int as bad from training_session s
        where s.first_day is distinct from (select min(d.day) from session_meeting_day d where d.session_id = s.id)
           or s.last_day is distinct from (select max(d.day) from session_meeting_day d where d.session_id = s.id)`.execute(
        db,
      );
      assert.equal(kept.rows[0].bad, 0, `${step}: first and last days kept on every session`);
      assert.deepEqual(await pagesOf(coordinator, '/api/sessions', byId), whole(await sessionsExpected(null)), step);
      assert.deepEqual(
        await pagesOf(coordinator, '/api/sessions?status=delivered', byId),
        whole(await sessionsExpected(null, sql`s.status = 'delivered'`)),
        `${step}: delivered`,
      );
      assert.deepEqual(
        await pagesOf(coordinator, '/api/sessions?period=2026-05', byId),
        whole(await sessionsExpected(null, sql`s.period like '2026-05%'`)),
        `${step}: period`,
      );
      assert.deepEqual(
        await pagesOf(contactA, '/api/sessions', byId),
        whole(await sessionsExpected(firmA.id)),
        `${step}: firm A's contact`,
      );
      assert.deepEqual(
        await pagesOf(coordinator, '/api/finance/sessions?state=all', bySessionId),
        whole(await billableExpected()),
        `${step}: billable sessions`,
      );
      for (const year of [2025, 2026, 2027])
        assert.deepEqual(
          await pagesOf(coordinator, `/api/register?year=${year}`, bySessionId),
          whole(await registerExpected(year)),
          `${step}: register ${year}`,
        );
    };

    await check('inserted');
    assert.equal((await pagesOf(contactA, '/api/sessions', byId)).total, 6); // two confirmed, two scheduled, one reserved, one enrolled
    // a list's summaries (read for the whole page at once) are those of each session read alone
    for (const client of [coordinator, contactA]) {
      const page = await (await client.get('/api/sessions?pageSize=50')).json();
      for (const item of page.items) {
        const alone = await (await client.get(`/api/sessions/${item.id}`)).json();
        for (const key of Object.keys(item)) assert.deepEqual(item[key], alone[key], `${item.id} ${key}`);
      }
    }
    // days moved into 2025 and 2027 in one statement, others deleted, one session left with none
    await db
      .updateTable('session_meeting_day')
      .set({ day: sql`day - 400` })
      .where('session_id', 'in', [sessions[4].id, sessions[5].id])
      .execute();
    await db
      .updateTable('session_meeting_day')
      .set({ day: sql`day + 400` })
      .where('session_id', '=', sessions[10].id)
      .execute();
    await db.deleteFrom('session_meeting_day').where('session_id', '=', sessions[6].id).execute();
    await db
      .deleteFrom('session_meeting_day')
      .where('session_id', '=', sessions[9].id)
      .where('day', '=', sql<string>`(select min(day) from session_meeting_day where session_id = ${sessions[9].id})`)
      .execute();
    await check('moved and deleted');
  });
});
