import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../src/db/tables.ts';
import { anonymous, type Client, createTestContext, loginAs, type TestContext } from './harness.ts';
import { buildWorld, tenancyRegistry, type World } from './tenancy-registry.ts';

// Runs EVERY API route of the OpenAPI document:
//  1. as each role that the route's x-access does not list → 401/403;
//  2. with path ids of another mutual's (and, for a member contact, another member's) records → 403/404;
//  3. list routes: no foreign id appears anywhere in the answer.
// A route with a path parameter or a body that tenancy-registry.ts does not know fails the test:
// every new route must be added there.

type Operation = { 'x-access': string[]; parameters?: { in: string; name: string }[] };

describe('tenancy and access: every route, every role', () => {
  let ctx: TestContext;
  let world: World;
  let clients: Record<Role, Client>;
  let operations: { method: string; path: string; op: Operation }[];

  before(async () => {
    ctx = await createTestContext();
    world = await buildWorld(ctx);
    const { mutualA, memberA1, providerA } = world;
    clients = {
      platform_admin: (await loginAs(ctx, 'platform_admin')).client,
      coordinator: (await loginAs(ctx, 'coordinator', { mutualId: mutualA.id })).client,
      member_contact: (await loginAs(ctx, 'member_contact', { mutualId: mutualA.id, memberId: memberA1.id })).client,
      trainer: (await loginAs(ctx, 'trainer', { mutualId: mutualA.id, providerId: providerA.id })).client,
      board_viewer: (await loginAs(ctx, 'board_viewer', { mutualId: mutualA.id })).client,
      // funder A funds mutual A only; the researcher sees consenting mutuals (A, not B)
      funder: (await loginAs(ctx, 'funder', { funderId: world.extra.funderA.id })).client,
      researcher: (await loginAs(ctx, 'researcher')).client,
    };
    const doc = await (await anonymous(ctx).get('/api/openapi.json')).json();
    operations = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, op] of Object.entries(ops)) operations.push({ method: method.toUpperCase(), path, op });
    }
  });
  after(() => ctx.close());

  const fill = (path: string, ids: Record<string, string>) =>
    path.replace(/\{(\w+)\}/g, (_, name) => {
      const id = ids[name];
      if (!id) throw new Error(`tenancy-registry.ts: no id for path parameter {${name}} (${path})`);
      return id;
    });

  it('knows every path parameter and every write body (add new routes to tenancy-registry.ts)', () => {
    const missing: string[] = [];
    for (const { method, path } of operations) {
      for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
        if (!tenancyRegistry.params[name]) missing.push(`{${name}} in ${method} ${path}`);
      }
      if (!['GET', 'DELETE'].includes(method) && !(`${method} ${path}` in tenancyRegistry.bodies)) {
        missing.push(`body of ${method} ${path}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('denies every role that a route does not declare', async () => {
    const failures: string[] = [];
    for (const { method, path, op } of operations) {
      const access = op['x-access'];
      if (access.includes('public')) continue;
      const ids = Object.fromEntries(
        Object.entries(tenancyRegistry.params).map(([name, p]) => [name, p.own(world, 'coordinator')]),
      );
      const url = fill(path, ids);
      const body = tenancyRegistry.bodies[`${method} ${path}`]?.(world);
      const anon = await anonymous(ctx).request(method, url, body);
      if (anon.status !== 401) failures.push(`anonymous ${method} ${path}: ${anon.status}`);
      for (const role of Object.keys(clients) as Role[]) {
        if (access.includes('authenticated') || access.includes(role)) continue;
        const res = await clients[role].request(method, url, body);
        if (res.status !== 403) failures.push(`${role} ${method} ${path}: ${res.status}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it("refuses another mutual's and another member's records on every route with an id", async () => {
    const failures: string[] = [];
    for (const { method, path, op } of operations) {
      if (!path.includes('{')) continue;
      const access = op['x-access'];
      for (const role of Object.keys(clients) as Role[]) {
        if (!(access.includes('authenticated') || access.includes(role) || access.includes('public'))) continue;
        for (const [name, param] of Object.entries(tenancyRegistry.params)) {
          if (!path.includes(`{${name}}`)) continue;
          for (const foreign of param.foreign(world, role)) {
            const ids: Record<string, string> = {};
            for (const [n, p] of Object.entries(tenancyRegistry.params)) ids[n] = p.own(world, role);
            ids[name] = foreign;
            const body = tenancyRegistry.bodies[`${method} ${path}`]?.(world);
            const res = await clients[role].request(method, fill(path, ids), body);
            if (res.status !== 403 && res.status !== 404) {
              failures.push(`${role} ${method} ${path} with foreign {${name}}=${foreign}: ${res.status}`);
            }
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('refuses a funder or a researcher a mutual it does not observe on every route taking ?mutualId=', async () => {
    // Funder A funds mutual A only; mutual A consents to research, B does not (tenancy-governance.ts).
    // Every route whose query names the observed mutual: the own mutual answers, mutual B and an
    // unknown mutual are 403/404 and carry none of B's records.
    const observers: Role[] = ['funder', 'researcher'];
    const routes = operations.filter(
      ({ method, path, op }) =>
        method === 'GET' &&
        !path.includes('{') &&
        (op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'mutualId') &&
        observers.some((role) => op['x-access'].includes(role)),
    );
    // the evidence dashboard and settings, the research export and dictionary, targeting, participation
    assert.ok(routes.length >= 6, `routes taking ?mutualId=: ${routes.map((r) => r.path).join(', ')}`);
    const failures: string[] = [];
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const { path, op } of routes) {
      for (const role of observers) {
        if (!op['x-access'].includes(role)) continue;
        const own = await clients[role].get(`${path}?mutualId=${world.mutualA.id}`);
        if (own.status !== 200) failures.push(`${role} GET ${path} on its own mutual: ${own.status}`);
        for (const foreign of [world.mutualB.id, unknown]) {
          const res = await clients[role].get(`${path}?mutualId=${foreign}`);
          const text = await res.text();
          if (res.status !== 403 && res.status !== 404)
            failures.push(`${role} GET ${path}?mutualId=${foreign}: ${res.status}`);
          for (const id of [world.memberB1.id, world.employeeB1.id, world.extra.prospectB.id]) {
            if (text.includes(id)) failures.push(`${role} GET ${path}?mutualId=${foreign} shows ${id}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('never shows foreign ids in list answers', async () => {
    const failures: string[] = [];
    for (const { method, path, op } of operations) {
      if (method !== 'GET' || path.includes('{') || tenancyRegistry.notLists.includes(path)) continue;
      const access = op['x-access'];
      for (const role of Object.keys(clients) as Role[]) {
        if (!(access.includes('authenticated') || access.includes(role))) continue;
        const res = await clients[role].get(path);
        if (res.status !== 200) continue;
        const text = await res.text();
        for (const foreign of tenancyRegistry.foreignIdsInLists(world, role)) {
          if (text.includes(foreign)) failures.push(`${role} GET ${path} shows ${foreign}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
