import type { Role } from '../src/db/tables.ts';
import { newEmployee, newMember, newMutual, newProvider, type TestContext } from './harness.ts';
import { deliveryBodies, deliveryForeignIds, deliveryParams, prepareDelivery } from './tenancy-delivery.ts';
import { evidenceBodies, evidenceForeignIds, evidenceParams, prepareEvidence } from './tenancy-evidence.ts';
import { financeBodies, financeForeignIds, financeParams, prepareFinance } from './tenancy-finance.ts';
import { governanceBodies, governanceForeignIds, governanceParams, prepareGovernance } from './tenancy-governance.ts';
import { learningBodies, learningForeignIds, prepareLearning } from './tenancy-learning.ts';
import { needsBodies, needsForeignIds, needsParams, prepareNeeds } from './tenancy-needs.ts';
import { preparePrivacy, privacyBodies, privacyForeignIds, privacyParams } from './tenancy-privacy.ts';

type Row = { id: string; mutual_id?: string };

/** The records the tenancy test creates: mutual A (members A1, A2) and mutual B (member B1). */
export interface World {
  ctx: TestContext;
  mutualA: Row;
  mutualB: Row;
  memberA1: Row & { mutual_id: string };
  memberA2: Row & { mutual_id: string };
  memberB1: Row & { mutual_id: string };
  providerA: Row;
  providerB: Row;
  employeeA1: Row;
  employeeA2: Row;
  employeeB1: Row;
  /** Records that later features add in prepare(). */
  extra: Record<string, Row>;
}

export interface ParamIds {
  /** An id the role may legitimately use (of its own mutual / member), to fill the other params. */
  own(world: World, role: Role): string;
  /** Ids the role must never reach: another mutual's, and for a member contact another member's. */
  foreign(world: World, role: Role): string[];
}

/** Accounts, e-mails and audit entries in mutual A and mutual B (users, outbox, audit routes). */
async function prepareAccounts(world: World) {
  const db = world.ctx.deps.db;
  for (const [key, mutual] of [
    ['A', world.mutualA],
    ['B', world.mutualB],
  ] as const) {
    const user = await db
      .insertInto('app_user')
      .values({
        email: `tenancy-viewer-${key}-${mutual.id}@example.test`,
        display_name: `Viewer ${key}`,
        role: 'board_viewer',
        mutual_id: mutual.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.extra[`user${key}`] = { id: user.id, mutual_id: mutual.id };
    const message = await db
      .insertInto('outbox')
      .values({
        mutual_id: mutual.id,
        kind: 'invitation',
        to_address: `x-${key}@example.test`,
        subject: 'Test',
        text_body: 'Test',
        status: 'failed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.extra[`outbox${key}`] = { id: String(message.id), mutual_id: mutual.id };
  }
  await db
    .insertInto('audit_log')
    .values({
      mutual_id: world.mutualB.id,
      action: 'update',
      entity_type: 'member',
      entity_id: world.memberB1.id,
      change: '{}',
    })
    .execute();
}

/** Pooling runs in mutual A and mutual B (pooling routes). */
async function preparePooling(world: World) {
  const db = world.ctx.deps.db;
  for (const [key, mutual] of [
    ['A', world.mutualA],
    ['B', world.mutualB],
  ] as const) {
    const user = await db
      .insertInto('app_user')
      .values({
        email: `tenancy-pooler-${key}-${mutual.id}@example.test`,
        display_name: `Pooler ${key}`,
        role: 'coordinator',
        mutual_id: mutual.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const run = await db
      .insertInto('pooling_run')
      .values({
        mutual_id: mutual.id,
        status: 'failed',
        request: '{}',
        problem: JSON.stringify({ periods: ['2027-01'], needs: [], offers: [] }),
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.extra[`poolingRun${key}`] = { id: run.id, mutual_id: mutual.id };
  }
}

/** Member contacts and employee import previews in members A1, A2 and B1 (member and employee routes). */
async function prepareMembersEmployees(world: World) {
  const db = world.ctx.deps.db;
  for (const [key, member] of [
    ['A1', world.memberA1],
    ['A2', world.memberA2],
    ['B1', world.memberB1],
  ] as const) {
    const contact = await db
      .insertInto('member_contact')
      .values({ mutual_id: member.mutual_id, member_id: member.id, name: `Contact ${key}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.extra[`contact${key}`] = { id: contact.id, mutual_id: member.mutual_id };
    const preview = await db
      .insertInto('employee_import')
      .values({
        mutual_id: member.mutual_id,
        member_id: member.id,
        filename: `import-${key}.csv`,
        row_count: 0,
        error_count: 0,
        rows: '[]',
        errors: '[]',
        ignored_columns: '[]',
        present_fields: '[]',
        expires_at: '2999-01-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.extra[`import${key}`] = { id: preview.id, mutual_id: member.mutual_id };
  }
}

const otherMemberFor = (role: Role, a2: Row, b1: Row) => (role === 'member_contact' ? [a2.id, b1.id] : [b1.id]);

/**
 * Every path parameter and every write body of the API. Add yours when you add a route:
 * the tenancy test fails on a route it does not know.
 */
export const tenancyRegistry = {
  /** Creates extra records (e.g. needs, sessions) in mutual A (member A1, A2) and mutual B. */
  prepare: async (world: World) => {
    for (const step of tenancyRegistry.preparers) await step(world);
  },
  /** The steps of prepare(): add yours to the list. */
  preparers: [
    prepareAccounts,
    preparePooling,
    prepareMembersEmployees,
    prepareDelivery,
    prepareNeeds,
    prepareEvidence,
    prepareFinance,
    prepareGovernance,
    prepareLearning,
    preparePrivacy,
  ] as ((world: World) => Promise<void>)[],
  params: {
    memberId: {
      own: (w, role) => (role === 'member_contact' ? w.memberA1.id : w.memberA1.id),
      foreign: (w, role) => otherMemberFor(role, w.memberA2, w.memberB1),
    },
    employeeId: {
      own: (w) => w.employeeA1.id,
      foreign: (w, role) => otherMemberFor(role, w.employeeA2, w.employeeB1),
    },
    // The public start of a single sign-on: every mutual's may be started by anyone (a login); that one
    // mutual's provider never opens another mutual's account is tested in oidc-login.test.ts.
    mutualSlugOrId: {
      own: (w) => w.mutualA.id,
      foreign: () => [],
    },
    mutualId: {
      own: (w) => w.mutualA.id,
      foreign: (w, role) => (role === 'platform_admin' ? [] : [w.mutualB.id]),
    },
    providerId: {
      own: (w) => w.providerA.id,
      foreign: (w) => [w.providerB.id],
    },
    userId: {
      own: (w) => w.extra.userA.id,
      foreign: (w, role) => (role === 'platform_admin' ? [] : [w.extra.userB.id]),
    },
    messageId: {
      own: (w) => w.extra.outboxA.id,
      foreign: (w, role) => (role === 'platform_admin' ? [] : [w.extra.outboxB.id]),
    },
    runId: {
      own: (w) => w.extra.poolingRunA.id,
      foreign: (w) => [w.extra.poolingRunB.id],
    },
    contactId: {
      own: (w) => w.extra.contactA1.id,
      foreign: (w, role) => otherMemberFor(role, w.extra.contactA2, w.extra.contactB1),
    },
    importId: {
      own: (w) => w.extra.importA1.id,
      foreign: (w, role) => otherMemberFor(role, w.extra.importA2, w.extra.importB1),
    },
    ...deliveryParams,
    ...needsParams,
    ...financeParams,
    ...evidenceParams,
    ...governanceParams,
    ...privacyParams,
  } as Record<string, ParamIds>,
  /** A valid body for each write route, keyed "METHOD /api/path/{param}". */
  bodies: {
    'POST /api/auth/login': () => ({ email: 'nobody@example.test', password: 'x' }),
    'POST /api/auth/logout': () => undefined,
    'POST /api/auth/invitations/accept': () => ({
      token: 'not-a-real-token-at-all',
      password: 'a long enough password',
    }),
    'POST /api/auth/password-reset': () => ({ email: 'nobody@example.test' }),
    'POST /api/auth/password-reset/confirm': () => ({
      token: 'not-a-real-token-at-all',
      password: 'a long enough password',
    }),
    'PATCH /api/auth/me': () => ({ locale: 'fr' }),
    'PUT /api/auth/sso/settings': () => ({
      providerName: 'Entra',
      issuer: 'https://login.example.test',
      clientId: 'mutualis',
      enabled: false,
    }),
    'POST /api/auth/me/password': () => ({ currentPassword: 'wrong', newPassword: 'a long enough password' }),
    'POST /api/users': (w) => ({
      email: `invitee-${Math.random().toString(36).slice(2)}@example.test`,
      displayName: 'Invitee',
      role: 'member_contact',
      memberId: w.memberA1.id,
      mutualId: w.mutualA.id,
    }),
    'PATCH /api/users/{userId}': () => ({ displayName: 'Renamed' }),
    'POST /api/users/{userId}/deactivate': () => undefined,
    'POST /api/users/{userId}/reactivate': () => undefined,
    'POST /api/users/{userId}/resend-invitation': () => undefined,
    'POST /api/mutuals': () => ({
      name: 'Tenancy mutual',
      slug: `tenancy-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'regional',
    }),
    'PATCH /api/mutuals/{mutualId}': () => ({ name: 'Renamed mutual' }),
    'PATCH /api/mutuals/{mutualId}/delivery-settings': () => ({ withdrawalDeadlineDays: 7 }),
    'POST /api/outbox/{messageId}/retry': () => undefined,
    'POST /api/pooling/runs': () => ({ periods: ['2027-01'], policy: { timeLimitSeconds: 5 } }),
    'POST /api/pooling/runs/{runId}/cancel': () => undefined,
    'POST /api/pooling/runs/{runId}/rerun': () => ({}),
    'POST /api/pooling/runs/{runId}/accept': () => ({}),
    'POST /api/members': () => ({
      legalName: 'Tenancy firm',
      neq: `11${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      scianCode: '332',
      regionCode: '06',
      headcount: 12,
      annualPayrollCents: 60_000_000,
    }),
    'PATCH /api/members/{memberId}': () => ({ phone: '514 555-0100' }),
    'POST /api/members/{memberId}/status': () => ({ status: 'lapsed', reason: 'Tenancy test' }),
    'POST /api/members/{memberId}/contacts': () => ({ name: 'New contact' }),
    'PATCH /api/members/{memberId}/contacts/{contactId}': () => ({ roleTitle: 'RH' }),
    'POST /api/members/{memberId}/employees': () => ({
      firstName: 'Léa',
      lastName: 'Roy',
      jobTitle: 'Soudeuse',
      nocCode: '72106',
      educationLevel: 'vocational',
      hireDate: '2021-01-04',
    }),
    'POST /api/members/{memberId}/employees/imports': () => ({
      filename: 'employees.csv',
      contentBase64: Buffer.from(
        'First name,Last name,Job title,NOC code,Education,Hire date\r\nLéa,Roy,Soudeuse,72106,vocational,2021-01-04\r\n',
      ).toString('base64'),
    }),
    'POST /api/members/{memberId}/employees/imports/{importId}/commit': () => undefined,
    'PATCH /api/employees/{employeeId}': () => ({ jobTitle: 'Soudeuse' }),
    'POST /api/employees/{employeeId}/end': () => ({ endDate: '2026-01-31', endReason: 'resignation' }),
    'POST /api/employees/{employeeId}/wages': () => ({ effectiveOn: '2024-01-01', hourlyWageCents: 2500 }),
    ...deliveryBodies,
    ...needsBodies,
    ...financeBodies,
    ...evidenceBodies,
    ...learningBodies,
    ...governanceBodies,
    ...privacyBodies,
  } as Record<string, (world: World) => unknown>,
  /** GET routes without path parameters that are not lists of records (no leak check needed). */
  notLists: ['/api/health', '/api/ready', '/api/openapi.json', '/api/auth/me'] as string[],
  /** Ids that must never appear in any list answer for the role. */
  foreignIdsInLists(w: World, role: Role): string[] {
    const ids = [w.mutualB.id, w.memberB1.id, w.employeeB1.id, w.providerB.id];
    if (role === 'member_contact') ids.push(w.memberA2.id, w.employeeA2.id);
    if (role === 'platform_admin') return [w.employeeB1.id, w.employeeA1.id, w.employeeA2.id];
    if (w.extra.userB) ids.push(w.extra.userB.id);
    if (w.extra.poolingRunB) ids.push(w.extra.poolingRunB.id);
    ids.push(...deliveryForeignIds(w, role));
    ids.push(...needsForeignIds(w, role));
    ids.push(...financeForeignIds(w, role));
    ids.push(...evidenceForeignIds(w, role));
    ids.push(...learningForeignIds(w, role));
    ids.push(...governanceForeignIds(w, role));
    ids.push(...privacyForeignIds(w));
    return ids;
  },
};

/** Builds the world of the tenancy and robustness tests: mutual A (members A1, A2), mutual B (B1), then prepare(). */
export async function buildWorld(ctx: TestContext): Promise<World> {
  const mutualA = await newMutual(ctx);
  const mutualB = await newMutual(ctx);
  const memberA1 = await newMember(ctx, mutualA.id);
  const memberA2 = await newMember(ctx, mutualA.id);
  const memberB1 = await newMember(ctx, mutualB.id);
  const world: World = {
    ctx,
    mutualA,
    mutualB,
    memberA1,
    memberA2,
    memberB1,
    providerA: await newProvider(ctx, mutualA.id),
    providerB: await newProvider(ctx, mutualB.id),
    employeeA1: await newEmployee(ctx, memberA1),
    employeeA2: await newEmployee(ctx, memberA2),
    employeeB1: await newEmployee(ctx, memberB1),
    extra: {},
  };
  await tenancyRegistry.prepare?.(world);
  return world;
}
