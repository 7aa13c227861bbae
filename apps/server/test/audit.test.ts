import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { newCourse, newSession } from './delivery-builders.ts';
import { createTestContext, loginAs, newMember, newMutual, newProvider, type TestContext } from './harness.ts';

describe('audit log browsing', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given the access log’s search by person, then on PGlite new entries go straight into its index (no autovacuum to merge a pending list: migration 0096), on PostgreSQL through the pending list autovacuum merges (0097)', async () => {
    const { rows } = await sql<{ options: string[] | null }>`
      select reloptions as options from pg_class where relname = 'access_log_entity_ids_idx'`.execute(ctx.deps.db);
    assert.deepEqual(rows[0].options, [ctx.handle.kind === 'pglite' ? 'fastupdate=off' : 'fastupdate=on']);
  });

  it("given actions in two mutuals, then a coordinator sees its mutual's entries with who, when, action, entity and change", async () => {
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const { client, user } = await loginAs(
      ctx,
      'coordinator',
      { mutualId: mutual.id },
      { display_name: 'Julie Gagnon' },
    );
    const invited = await (
      await client.post('/api/users', { email: 'audit-1@example.test', displayName: 'A', role: 'board_viewer' })
    ).json();
    await loginAs(ctx, 'coordinator', { mutualId: other.id });

    const page = await (await client.get('/api/audit-log')).json();
    assert.ok(page.items.every((e: { mutualId: string }) => e.mutualId === mutual.id));
    const invite = page.items.find((e: { action: string }) => e.action === 'invite');
    assert.equal(invite.actorName, 'Julie Gagnon');
    assert.equal(invite.actorUserId, user.id);
    assert.equal(invite.entityType, 'user');
    assert.equal(invite.entityId, invited.id);
    assert.equal(invite.change.email, 'audit-1@example.test');
    assert.ok(!Number.isNaN(Date.parse(invite.at)));
  });

  it('given filters, then only matching entries are listed, newest first, paged; days are Montreal days, stamped by the injected clock', async () => {
    const mutual = await newMutual(ctx);
    ctx.setNow('2026-11-21T18:00:00Z'); // 13:00 on 21 November in Montreal
    const { client, user } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const a = await (
      await client.post('/api/users', { email: 'audit-2@example.test', displayName: 'B', role: 'board_viewer' })
    ).json();
    ctx.setNow('2026-11-22T03:30:00Z'); // 22:30 on 21 November in Montreal, already the 22nd in UTC
    assert.equal((await client.post(`/api/users/${a.id}/deactivate`)).status, 200);
    ctx.setNow('2026-11-22T05:30:00Z'); // 00:30 on 22 November in Montreal (within the 12-hour login)
    assert.equal((await client.post(`/api/users/${a.id}/reactivate`)).status, 200);

    const byEntity = await (await client.get(`/api/audit-log?entityType=user&entityId=${a.id}`)).json();
    assert.deepEqual(
      byEntity.items.map((e: { action: string; at: string }) => [e.action, e.at]),
      [
        ['reactivate', '2026-11-22T05:30:00.000Z'],
        ['deactivate', '2026-11-22T03:30:00.000Z'],
        ['invite', '2026-11-21T18:00:00.000Z'],
      ],
    );
    const onThe21st = await (await client.get(`/api/audit-log?entityId=${a.id}&from=2026-11-21&to=2026-11-21`)).json();
    assert.deepEqual(
      onThe21st.items.map((e: { action: string }) => e.action),
      ['deactivate', 'invite'],
    );
    const fromThe22nd = await (await client.get(`/api/audit-log?entityId=${a.id}&from=2026-11-22`)).json();
    assert.deepEqual(
      fromThe22nd.items.map((e: { action: string }) => e.action),
      ['reactivate'],
    );
    const byActor = await (await client.get(`/api/audit-log?actorUserId=${user.id}&pageSize=1`)).json();
    assert.equal(byActor.items.length, 1);
    assert.ok(byActor.total >= 4, 'login, invite, deactivate, reactivate');
    const bad = await client.get('/api/audit-log?from=yesterday');
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).errors[0].field, 'query.from');
  });

  it('given the platform administrator, then it sees every mutual, but not which member record changed nor how', async () => {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id);
    await ctx.deps.db
      .insertInto('audit_log')
      .values({
        mutual_id: mutual.id,
        member_id: member.id,
        action: 'update',
        entity_type: 'employee',
        entity_id: 'secret-employee-id',
        change: JSON.stringify({ wage: 1 }),
      })
      .execute();
    const { client } = await loginAs(ctx, 'platform_admin');
    const page = await (await client.get(`/api/audit-log?mutualId=${mutual.id}`)).json();
    const entry = page.items.find((e: { entityType: string }) => e.entityType === 'employee');
    assert.equal(entry.entityId, null);
    assert.equal(entry.change, null);
    const probe = await (await client.get('/api/audit-log?entityId=secret-employee-id')).json();
    assert.equal(probe.total, 0);
  });

  it('given member contacts, trainers and board viewers, then the audit log is refused', async () => {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id);
    const { client } = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id });
    assert.equal((await client.get('/api/audit-log')).status, 403);
    const viewer = await loginAs(ctx, 'board_viewer', { mutualId: mutual.id });
    assert.equal((await viewer.client.get('/api/audit-log')).status, 403);
  });

  it('given the widest date range a user can type, then the log is listed (no 500), and a year 0000 is refused naming the field', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    await client.post('/api/users', { email: 'audit-range@example.test', displayName: 'R', role: 'board_viewer' });
    const wide = await client.get('/api/audit-log?from=0001-01-01&to=9999-12-31');
    assert.equal(wide.status, 200);
    assert.ok((await wide.json()).items.some((e: { action: string }) => e.action === 'invite'));
    const zero = await client.get('/api/audit-log?from=0000-01-01');
    assert.equal(zero.status, 400);
    const problem = await zero.json();
    assert.ok(
      problem.errors.some((e: { field: string }) => e.field.endsWith('from')),
      JSON.stringify(problem),
    );
  });

  it('given a page past 1,000,000 on the audit log, users or outbox, then it is refused naming the page', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    for (const path of ['/api/audit-log', '/api/users', '/api/outbox']) {
      const res = await client.get(`${path}?page=1000001`);
      assert.equal(res.status, 400, path);
      assert.ok(
        (await res.json()).errors.some((e: { field: string }) => e.field.endsWith('page')),
        path,
      );
    }
  });

  // Issue #9, point 16: who did what to which named record, the change as before → after, and
  // filters from closed lists.
  describe('readable entries', () => {
    type Entry = {
      action: string;
      entityType: string;
      entityName: string | null;
      changes: { field: string; before: unknown; after: unknown }[];
    };
    it('given a firm renamed, then its entry names the firm and shows the name before → after', async () => {
      const mutual = await newMutual(ctx);
      const member = await newMember(ctx, mutual.id);
      const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'fr' });
      assert.equal(
        (await client.request('PATCH', `/api/members/${member.id}`, { legalName: 'Acier Hétu inc.' })).status,
        200,
      );
      const page = (await (await client.get('/api/audit-log?entityType=member')).json()) as { items: Entry[] };
      const renamed = page.items.find((e) => e.action === 'member.update');
      assert.ok(renamed, JSON.stringify(page.items));
      assert.equal(renamed.entityName, 'Acier Hétu inc.');
      assert.deepEqual(
        renamed.changes.find((c) => c.field === 'legalName'),
        { field: 'legalName', before: member.legal_name, after: 'Acier Hétu inc.' },
      );
    });
    it('given a session, then its entries name it in the reader’s language', async () => {
      const mutual = await newMutual(ctx);
      const provider = await newProvider(ctx, mutual.id);
      const course = await newCourse(ctx, mutual.id, provider.id);
      const session = await newSession(ctx, course);
      await ctx.deps.db
        .insertInto('audit_log')
        .values({
          mutual_id: mutual.id,
          action: 'session.confirmed',
          entity_type: 'training_session',
          entity_id: session.id,
          change: JSON.stringify({ from: 'proposed', to: 'confirmed' }),
        })
        .execute();
      const nameFor = async (locale: 'fr' | 'en') => {
        const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale });
        const page = (await (
          await client.get(`/api/audit-log?entityType=training_session&entityId=${session.id}`)
        ).json()) as { items: Entry[] };
        assert.deepEqual(page.items[0].changes, [{ field: 'status', before: 'proposed', after: 'confirmed' }]);
        return page.items[0].entityName;
      };
      assert.equal(await nameFor('en'), course.title_en);
      assert.equal(await nameFor('fr'), course.title_fr);
    });
    it('given a kind of record or an action not in the closed lists, then it is refused naming the filter', async () => {
      const mutual = await newMutual(ctx);
      const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
      for (const [query, field] of [
        ['entityType=employe', 'entityType'],
        ['action=member.rename', 'action'],
      ]) {
        const res = await client.get(`/api/audit-log?${query}`);
        assert.equal(res.status, 400, query);
        const problem = (await res.json()) as { errors: { field: string }[] };
        assert.ok(
          problem.errors.some((e) => e.field === `query.${field}`),
          JSON.stringify(problem),
        );
      }
    });
  });
});
