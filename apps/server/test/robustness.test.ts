import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../src/db/tables.ts';
import { anonymous, type Client, createTestContext, loginAs, type TestContext } from './harness.ts';
import { buildWorld, tenancyRegistry, type World } from './tenancy-registry.ts';

// Bad input never earns a 5xx. For EVERY operation of the OpenAPI document, as each role the
// route admits, this sends hostile inputs derived from the operation's own schema: malformed
// JSON, wrong content types, wrong types / out-of-range numbers / over-long strings / bad
// dates / bad enums / NUL bytes in each body property (nested ones too), unknown fields,
// path ids that are not ids, query parameters of the wrong type, empty or junk uploads.
// Every answer must be < 500; a 4xx must be application/problem+json with a stable code, a
// validation_failed answer must name at least one field, and no field may be named after a
// database constraint (the bad value got past validation). Each operation is run as every role
// it admits: the first gets every case, the others a deterministic third, plus the valid sample.

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Parameter = { in: string; name: string; schema?: Schema };
type Operation = {
  'x-access': string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
type Case = { label: string; url: string; body?: string | FormData; headers?: Record<string, string> };
type Path = (string | number)[];

const RAW = '__robustness_raw__';
const LONG = 'a'.repeat(100_000);
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const UNKNOWN_UUID = 'ffffffff-ffff-4fff-bfff-ffffffffffff';
const BAD_DATES = ['2026-02-30', 'yesterday', '2026-13-45', '0000-00-00', '99999-01-01', '2026-02-30T25:61:00Z'];
// Same-type values that are out of range, malformed or hostile; raw entries are written into the JSON as is.
const BAD_NUMBERS: { value?: unknown; raw?: string; label: string }[] = [
  { value: -1, label: '-1' },
  { value: 0, label: '0' },
  { value: 1.5, label: '1.5' },
  { value: 1e20, label: '1e20' },
  { value: -1e15, label: '-1e15' },
  { raw: '1e309', label: '1e309' },
  { raw: '-1e309', label: '-1e309' },
  { raw: '9007199254740993', label: '2^53+1' },
  { value: 'NaN', label: '"NaN"' },
  { value: '12', label: '"12"' },
];
const BAD_STRINGS: { value: string; label: string }[] = [
  { value: '', label: 'empty string' },
  { value: '   ', label: 'blank string' },
  { value: LONG, label: '100k chars' },
  { value: 'nul\u0000byte', label: 'NUL byte' },
  { value: 'lone \ud800 surrogate', label: 'lone surrogate' },
];
const WRONG_TYPES: { type: string; value: unknown }[] = [
  { type: 'string', value: 'robust' },
  { type: 'number', value: 42 },
  { type: 'boolean', value: true },
  { type: 'array', value: [] },
  { type: 'object', value: {} },
  { type: 'null', value: null },
];

function deref(doc: Doc, schema: Schema | undefined): Schema {
  let s = schema ?? {};
  while (s.$ref) s = doc.components.schemas[s.$ref.split('/').pop() as string] ?? {};
  return s;
}

/** The schema's main variant (unions: the one closest to the sample) and whether null is allowed. */
function shapeOf(
  doc: Doc,
  schema: Schema | undefined,
  sample?: unknown,
): { s: Schema; types: Set<string>; nullable: boolean } {
  let s = deref(doc, schema);
  let nullable = false;
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    const resolved = variants.map((v) => deref(doc, v));
    nullable = resolved.some((v) => v.type === 'null' || (Array.isArray(v.type) && v.type.includes('null')));
    const candidates = resolved.filter((v) => v.type !== 'null');
    const keys = sample && typeof sample === 'object' ? Object.keys(sample) : [];
    const score = (v: Schema) => keys.filter((k) => v.properties && k in v.properties).length;
    s = candidates.sort((a, b) => score(b) - score(a))[0] ?? {};
  }
  if (s.allOf) {
    const parts = s.allOf.map((p) => deref(doc, p));
    s = {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  const types = new Set<string>(s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);
  if (types.has('null')) nullable = true;
  types.delete('null');
  if (types.has('integer')) types.add('number');
  if (types.size === 0 && s.properties) types.add('object');
  if (types.size === 0 && (s.enum || s.const !== undefined)) types.add(typeof (s.enum?.[0] ?? s.const));
  return { s, types, nullable };
}

const looksLikeDate = (name: string, s: Schema) =>
  s.format === 'date' ||
  s.format === 'date-time' ||
  /\\d\{4\}/.test(s.pattern ?? '') ||
  /(date|On|At|From|To)$|^(from|to|date)$/i.test(name);
const looksLikeId = (name: string, s: Schema) => s.format === 'uuid' || /Id$/.test(name);

/** Hostile values for one property, given its schema and its valid sample value. */
function badValues(doc: Doc, name: string, schema: Schema, sample: unknown, required: boolean) {
  const { s, types, nullable } = shapeOf(doc, schema, sample);
  const out: { value?: unknown; raw?: string; remove?: boolean; label: string }[] = [];
  if (types.size > 0) {
    for (const w of WRONG_TYPES) {
      if (types.has(w.type) || (w.type === 'null' && nullable)) continue;
      out.push({ value: w.value, label: `${w.type} instead of ${[...types].join('|')}` });
    }
  }
  if (types.has('number')) {
    out.push(...BAD_NUMBERS);
    // Values the schema admits but a narrower column or a computation might not.
    const { maximum, minimum } = s as { maximum?: number; minimum?: number };
    if (maximum !== undefined) out.push({ value: maximum, label: `maximum ${maximum}` });
    if (minimum !== undefined) out.push({ value: minimum, label: `minimum ${minimum}` });
    out.push({ value: 2_147_483_648, label: '2^31' }, { value: Number.MAX_SAFE_INTEGER, label: '2^53-1' });
  }
  if (types.has('string')) {
    out.push(...BAD_STRINGS);
    if (looksLikeDate(name, s)) {
      for (const d of BAD_DATES) out.push({ value: d, label: `bad date ${d}` });
      out.push({ value: '9999-12-31', label: 'date 9999-12-31' }, { value: '0001-01-01', label: 'date 0001-01-01' });
    }
    const { maxLength } = s as { maxLength?: number };
    if (maxLength !== undefined && maxLength <= 100_000 && !s.enum && !s.pattern && !s.format)
      out.push({ value: 'é'.repeat(maxLength), label: `maxLength ${maxLength}` });
    if (looksLikeId(name, s))
      for (const id of ['x', ZERO_UUID, UNKNOWN_UUID]) out.push({ value: id, label: `id ${id}` });
    if (s.enum)
      out.push(
        { value: 'not_a_valid_value', label: 'bad enum' },
        { value: String(s.enum[0]).toUpperCase(), label: 'enum in capitals' },
      );
    if (s.format === 'email') out.push({ value: 'not-an-email', label: 'bad e-mail' });
    if (/period/i.test(name))
      out.push({ value: '2027-13', label: 'period 2027-13' }, { value: '2027-00', label: 'period 2027-00' });
  }
  if (types.has('boolean')) out.push({ value: 'true', label: '"true"' }, { value: 1, label: '1 for boolean' });
  if (types.has('array')) {
    const first = Array.isArray(sample) && sample.length > 0 ? sample[0] : 'robust';
    out.push(
      { value: [null], label: '[null]' },
      { value: [{}], label: '[{}]' },
      { value: ['robust'], label: '["robust"]' },
      { value: [first, first], label: 'duplicate items' },
      { value: Array(5000).fill(first), label: '5000 items' },
    );
  }
  if (types.has('object')) out.push({ value: { robustUnknown: 1 }, label: 'object with an unknown field only' });
  if (required) out.push({ remove: true, label: 'missing' });
  return out;
}

/** Every property reachable in the body (nested objects, first item of arrays), with its schema. */
function* targets(
  doc: Doc,
  schema: Schema | undefined,
  sample: unknown,
  path: Path = [],
  depth = 0,
): Generator<{ path: Path; name: string; schema: Schema; sample: unknown; required: boolean }> {
  if (depth > 3) return;
  const { s, types } = shapeOf(doc, schema, sample);
  if (types.has('object') && s.properties) {
    const obj = (sample && typeof sample === 'object' && !Array.isArray(sample) ? sample : {}) as Record<
      string,
      unknown
    >;
    for (const [key, sub] of Object.entries(s.properties)) {
      yield {
        path: [...path, key],
        name: key,
        schema: sub,
        sample: obj[key],
        required: (s.required ?? []).includes(key),
      };
      if (obj[key] !== undefined && obj[key] !== null) yield* targets(doc, sub, obj[key], [...path, key], depth + 1);
    }
  } else if (types.has('array') && Array.isArray(sample) && sample.length > 0) {
    yield* targets(doc, s.items, sample[0], [...path, 0], depth + 1);
  }
}

function withValue(sample: unknown, path: Path, change: { value?: unknown; raw?: string; remove?: boolean }): string {
  const root = structuredClone(sample ?? {}) as Record<string | number, unknown>;
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (change.remove) delete node[last];
  else node[last] = change.raw !== undefined ? RAW : change.value;
  const text = JSON.stringify(root);
  return change.raw !== undefined ? text.replace(`"${RAW}"`, change.raw) : text;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** All hostile cases for one operation, as the given role (own ids fill the path). */
function casesFor(
  doc: Doc,
  world: World,
  role: Role | 'anonymous',
  method: string,
  path: string,
  op: Operation,
): Case[] {
  const idRole: Role = role === 'anonymous' ? 'coordinator' : role;
  const own = (name: string) => tenancyRegistry.params[name]?.own(world, idRole) ?? UNKNOWN_UUID;
  const fill = (override: Record<string, string> = {}) =>
    path.replace(/\{(\w+)\}/g, (_, name) => override[name] ?? encodeURIComponent(own(name)));
  const url = fill();
  const sampleOf = () => tenancyRegistry.bodies[`${method} ${path}`]?.(world);
  const sample = sampleOf();
  const sampleText = sample === undefined ? undefined : JSON.stringify(sample);
  // The valid sample first: it shows that the role's requests reach the route at all.
  const cases: Case[] = [{ label: 'valid sample', url, body: sampleText, headers: sampleText ? JSON_HEADERS : {} }];
  const content = op.requestBody?.content ?? {};
  const jsonSchema = content['application/json']?.schema;

  for (const p of op.parameters ?? []) {
    if (p.in === 'path') {
      for (const bad of [
        'x',
        '..%2F..',
        '%00',
        'a'.repeat(200),
        '%E0%A4%A',
        '-1',
        '1e309',
        ZERO_UUID,
        UNKNOWN_UUID,
        "1'%3B--",
      ]) {
        cases.push({
          label: `path {${p.name}}=${bad.slice(0, 20)}`,
          url: fill({ [p.name]: bad }),
          body: sampleText,
          headers: sampleText ? JSON_HEADERS : {},
        });
      }
    }
    if (p.in === 'query') {
      const { types } = shapeOf(doc, p.schema);
      const values = [
        'x',
        '-1',
        '0',
        '1.5',
        '1e309',
        '99999999999999999999',
        'NaN',
        '',
        '%00',
        '%E0%A4%A',
        'a'.repeat(5000),
        ...BAD_DATES.slice(0, 2),
        ZERO_UUID,
      ];
      if (types.has('number')) values.push('1000000', '-99999999');
      for (const v of values) {
        const encoded = v.startsWith('%') ? v : encodeURIComponent(v);
        cases.push({ label: `query ${p.name}=${v.slice(0, 20)}`, url: `${url}?${p.name}=${encoded}` });
      }
      cases.push({ label: `query ${p.name} twice`, url: `${url}?${p.name}=1&${p.name}=2` });
    }
  }

  if (method !== 'GET' && method !== 'DELETE') {
    for (const [label, body] of [
      ['malformed JSON', '{"a":'],
      ['empty JSON body', ''],
      ['JSON null', 'null'],
      ['JSON array', '[]'],
      ['JSON string', '"x"'],
      ['JSON number', '42'],
      ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ] as const) {
      cases.push({ label, url, body, headers: JSON_HEADERS });
    }
    cases.push({ label: 'text/plain body', url, body: sampleText ?? 'x', headers: { 'content-type': 'text/plain' } });
    cases.push({
      label: 'form-urlencoded body',
      url,
      body: 'a=1&b=2',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    cases.push({ label: 'JSON without content-type', url, body: sampleText ?? '{}' });
    if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
      cases.push({
        label: 'unknown fields',
        url,
        body: JSON.stringify({ ...sample, robustUnknown: 'x', id: UNKNOWN_UUID, mutualId: world.mutualB.id }),
        headers: JSON_HEADERS,
      });
      cases.push({
        label: '__proto__ key',
        url,
        body: `{"__proto__":{"polluted":true},${JSON.stringify(sample).slice(1)}`,
        headers: JSON_HEADERS,
      });
    }
    if (jsonSchema) {
      for (const t of targets(doc, jsonSchema, sample)) {
        for (const bad of badValues(doc, t.name, t.schema, t.sample, t.required)) {
          const body = withValue(sampleOf(), t.path, bad);
          cases.push({ label: `${t.path.join('.')}: ${bad.label}`, url, body, headers: JSON_HEADERS });
        }
      }
    }
    if (content['multipart/form-data']) {
      const form = (fill: (f: FormData) => void) => {
        const f = new FormData();
        fill(f);
        return f;
      };
      cases.push({ label: 'empty multipart', url, body: form(() => {}) });
      cases.push({
        label: 'multipart empty file',
        url,
        body: form((f) => f.append('file', new Blob([]), 'empty.csv')),
      });
      cases.push({ label: 'multipart file as text field', url, body: form((f) => f.append('file', 'not a file')) });
      cases.push({
        label: 'multipart junk xlsx',
        url,
        body: form((f) => f.append('file', new Blob([Buffer.from('PK\u0003\u0004 not a workbook')]), 'junk.xlsx')),
      });
      cases.push({
        label: 'multipart binary csv',
        url,
        body: form((f) => f.append('file', new Blob([Buffer.from([0, 255, 254, 0, 1, 2, 3])]), 'junk.csv')),
      });
      cases.push({
        label: 'multipart without boundary',
        url,
        body: '--x\r\njunk',
        headers: { 'content-type': 'multipart/form-data' },
      });
      cases.push({
        label: 'multipart cut short',
        url,
        body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
      });
      if (sample && typeof sample === 'object') {
        for (const [label, filename, bytes] of [
          ['JSON junk xlsx', 'junk.xlsx', Buffer.from('PK\u0003\u0004 not a workbook')],
          ['JSON binary csv', 'junk.csv', Buffer.from([0, 255, 254, 0, 1, 2, 3])],
          ['JSON empty file', 'empty.csv', Buffer.alloc(0)],
          ['JSON headers only', 'headers.csv', Buffer.from('a,b,c\r\n')],
          ['JSON unknown extension', 'file.exe', Buffer.from('MZ')],
        ] as const) {
          cases.push({
            label,
            url,
            body: JSON.stringify({ ...sample, filename, contentBase64: bytes.toString('base64') }),
            headers: JSON_HEADERS,
          });
        }
        cases.push({
          label: 'JSON not base64',
          url,
          body: JSON.stringify({ ...sample, contentBase64: '!!!not base64!!!' }),
          headers: JSON_HEADERS,
        });
        // The sample file with hostile cells: NUL bytes, a 100k-character cell, 300 extra columns, bad dates.
        const base64 = (sample as { contentBase64?: string }).contentBase64;
        if (base64) {
          const [header, row] = Buffer.from(base64, 'base64').toString('utf8').split('\r\n');
          for (const [label, cells] of [
            ['NUL cells', row.split(',').map((cell) => `${cell}\u0000x`)],
            ['100k cell', row.split(',').map((cell, i) => (i === 0 ? LONG : cell))],
            ['300 extra columns', [...row.split(','), ...Array(300).fill('x')]],
            [
              'bad dates and numbers',
              row
                .split(',')
                .map((cell) => (/^\d{4}-\d{2}/.test(cell) ? '2026-02-30' : /^\d+$/.test(cell) ? '1e309' : cell)),
            ],
          ] as const) {
            const file = Buffer.from(`${header}\r\n${cells.join(',')}\r\n`);
            cases.push({
              label: `JSON file with ${label}`,
              url,
              body: JSON.stringify({ ...sample, contentBase64: file.toString('base64') }),
              headers: JSON_HEADERS,
            });
            cases.push({
              label: `multipart file with ${label}`,
              url,
              body: form((f) => f.append('file', new Blob([file]), (sample as { filename: string }).filename)),
            });
          }
        }
      }
    }
  }
  return cases;
}

const CALLER_ORDER: Role[] = [
  'coordinator',
  'member_contact',
  'trainer',
  'platform_admin',
  'board_viewer',
  'funder',
  'researcher',
];

describe('robustness: no route answers 5xx to bad input', () => {
  let ctx: TestContext;
  let world: World;
  let clients: Record<Role, Client>;
  let logoutClients: Client[];
  let doc: Doc;

  before(async () => {
    ctx = await createTestContext();
    world = await buildWorld(ctx);
    const { mutualA, memberA1, providerA } = world;
    const scope: Record<Role, Parameters<typeof loginAs>[2]> = {
      platform_admin: {},
      coordinator: { mutualId: mutualA.id },
      member_contact: { mutualId: mutualA.id, memberId: memberA1.id },
      trainer: { mutualId: mutualA.id, providerId: providerA.id },
      board_viewer: { mutualId: mutualA.id },
      funder: { funderId: world.extra.funderA.id },
      researcher: {},
    };
    clients = {} as Record<Role, Client>;
    for (const role of CALLER_ORDER) clients[role] = (await loginAs(ctx, role, scope[role])).client;
    // Logging out ends a session: the logout route gets throwaway sessions, logged in before the
    // login route's hostile cases can exhaust the login rate limit.
    logoutClients = [];
    for (let i = 0; i < 40; i++) logoutClients.push((await loginAs(ctx, 'coordinator', scope.coordinator)).client);
    doc = (await (await anonymous(ctx).get('/api/openapi.json')).json()) as Doc;
  });
  after(() => ctx.close());

  /** Sends one case and returns the broken promise, if any. */
  async function check(
    client: Client,
    method: string,
    c: Case,
    statuses: Map<number, number>,
  ): Promise<string | undefined> {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[1] ?? args[0]);
    let res: Response;
    try {
      res = await client.request(method, c.url, c.body, c.headers ?? {});
    } finally {
      console.error = original;
    }
    const text = await res.text();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const cause = () => {
      const e = logged[0] as { code?: string; message?: string } | undefined;
      return e
        ? ` (${e.code ?? ''} ${String(e.message ?? e)
            .split('\n')[0]
            .slice(0, 160)})`
        : ` ${text.slice(0, 160)}`;
    };
    if (res.status >= 500) return `${res.status}${cause()}`;
    if (res.status < 400) {
      // ROBUSTNESS_VERBOSE=1 lists the hostile inputs a route accepted (not a failure: free text, previews with row errors…).
      if (process.env.ROBUSTNESS_VERBOSE && c.label !== 'valid sample')
        console.log(`accepted ${res.status} ${method} ${c.url.slice(0, 120)} [${c.label}]`);
      return undefined;
    }
    if (!(res.headers.get('content-type') ?? '').startsWith('application/problem+json'))
      return `${res.status} not problem+json: ${res.headers.get('content-type')}`;
    let body: { code?: unknown; errors?: { field?: unknown }[] };
    try {
      body = JSON.parse(text);
    } catch {
      return `${res.status} problem body is not JSON`;
    }
    if (typeof body.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(body.code))
      return `${res.status} without a stable code: ${text.slice(0, 160)}`;
    // A field named after a constraint, or "request", means only the database noticed the bad value.
    const unnamed = body.errors?.find((e) => /_(fkey|key|check|pkey|excl)$|^request$/.test(String(e.field)));
    if (unnamed)
      return `${res.status} caught by the database, not validation: ${JSON.stringify(unnamed).slice(0, 160)}`;
    if (
      body.code === 'validation_failed' &&
      !(Array.isArray(body.errors) && body.errors.some((e) => typeof e.field === 'string' && e.field.length > 0))
    ) {
      return `${res.status} validation_failed names no field: ${text.slice(0, 160)}`;
    }
    return undefined;
  }

  it('answers every hostile input of every operation with < 500 and a problem document', async (t) => {
    const failures: string[] = [];
    const unreached: string[] = [];
    const all = new Map<number, number>();
    let sent = 0;
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
    assert.ok(operations.length > 100, 'the OpenAPI document lists the operations');
    for (const { method, path, op } of operations) {
      const access = op['x-access'];
      const callers: (Role | 'anonymous')[] = access.includes('public')
        ? ['anonymous']
        : CALLER_ORDER.filter((role) => access.includes('authenticated') || access.includes(role));
      const statuses = new Map<number, number>();
      for (const [rank, role] of callers.entries()) {
        const cases = casesFor(doc, world, role, method, path, op);
        // The first admitted role gets every case; the others a deterministic third of them.
        const chosen = rank === 0 ? cases : cases.filter((_, i) => i === 0 || i % 3 === rank % 3);
        for (const c of chosen) {
          const client =
            path === '/api/auth/logout'
              ? (logoutClients.pop() ?? anonymous(ctx))
              : role === 'anonymous'
                ? anonymous(ctx)
                : clients[role];
          const broken = await check(client, method, c, statuses);
          sent++;
          if (broken) failures.push(`${role} ${method} ${path} [${c.label}] → ${broken}`);
        }
      }
      // Answers that all stop at the door (401/403) would mean the inputs never reached the route.
      if ([...statuses.keys()].every((s) => s === 401 || s === 403)) unreached.push(`${method} ${path}`);
      for (const [s, n] of statuses) all.set(s, (all.get(s) ?? 0) + n);
    }
    t.diagnostic(
      `${sent} requests; answers: ${[...all]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
    assert.deepEqual(unreached, [], 'operations whose hostile requests all stopped at authentication');
    assert.ok(sent > 1000, `sent ${sent} hostile requests`);
    assert.deepEqual(failures, []);
  });

  it('answers 404 problem+json for unknown API routes and 404/405 for wrong methods', async () => {
    const client = clients.coordinator;
    for (const url of ['/api/nope', '/api/members/x/nothing-here', '/api/', '/api']) {
      const res = await client.get(url);
      assert.equal(res.status, 404, url);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal((await res.json()).code, 'not_found');
    }
    for (const [method, url] of [
      ['DELETE', '/api/members'],
      ['PUT', '/api/auth/login'],
      ['PATCH', '/api/health'],
      ['DELETE', '/api/openapi.json'],
      ['POST', `/api/members/${world.memberA1.id}/history`],
    ]) {
      const res = await client.request(method, url, {});
      assert.ok([404, 405].includes(res.status), `${method} ${url}: ${res.status}`);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    }
  });

  it('answers 413 problem+json to a body over 20 MB, with or without a content-length', async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    for (const [url, client] of [
      ['/api/auth/login', anonymous(ctx)],
      ['/api/members', clients.coordinator],
      [`/api/members/${world.memberA1.id}/employees/imports`, clients.coordinator],
    ] as const) {
      const withAndWithoutLength: Record<string, string>[] = [
        { 'content-type': 'application/json', 'content-length': String(big.length) },
        { 'content-type': 'application/json' },
      ];
      for (const headers of withAndWithoutLength) {
        const res = await client.request('POST', url, big, headers);
        assert.equal(res.status, 413, `${url} ${JSON.stringify(headers)}`);
        assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.equal((await res.json()).code, 'payload_too_large');
      }
    }
  });
});
