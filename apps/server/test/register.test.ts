import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { newCourse, sessionInDelivery } from './delivery-builders.ts';
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

describe('activity register (s.15)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let world: Awaited<ReturnType<typeof sessionInDelivery>>;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx, { name: 'Mutuelle Chaudière' });
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { objectives: '', minSeats: 2 });
    const a = await newMember(ctx, mutual.id, { legal_name: 'Alpha inc.' });
    const b = await newMember(ctx, mutual.id, { legal_name: 'Bêta ltée' });
    world = await sessionInDelivery(ctx, course, [
      { member: a, employee: await newEmployee(ctx, a) },
      { member: b, employee: await newEmployee(ctx, b) },
    ]);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const entries = world.enrolments.flatMap((enrolmentId) =>
      world.days.map((meetingDayId) => ({ enrolmentId, meetingDayId, present: true })),
    );
    assert.equal((await coordinator.put(`/api/sessions/${world.session.id}/attendance`, { entries })).status, 200);
  });
  after(() => ctx.close());

  it('given an entry without objectives nor evaluation result, then it is incomplete and blocks delivery', async () => {
    const entry = await (await coordinator.get(`/api/sessions/${world.session.id}/register`)).json();
    assert.deepEqual(entry.missing, ['objectives', 'evaluationResult']);
    assert.deepEqual(entry.employers, ['Alpha inc.', 'Bêta ltée']);
    assert.equal(entry.participants, 2);
    assert.deepEqual(entry.employmentClasses, ['94100']);
    assert.equal(entry.durationHours, 14); // two meeting days of 7 h, not the course's nominal 7 h
    const res = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 409);
    const problem = await res.json();
    assert.equal(problem.code, 'register_incomplete');
    assert.deepEqual(
      problem.errors.map((e: { field: string }) => e.field),
      ['objectives', 'evaluationResult'],
    );
  });

  it('given bad register values, then 400 naming the field', async () => {
    const res = await coordinator.put(`/api/sessions/${world.session.id}/register`, {
      durationHours: -3,
      costCents: 1.5,
    });
    assert.equal(res.status, 400);
    assert.deepEqual((await res.json()).errors.map((e: { field: string }) => e.field).sort(), [
      'costCents',
      'durationHours',
    ]);
  });

  it('given the missing values stated, then the entry is complete and the session can be delivered', async () => {
    let res = await coordinator.put(`/api/sessions/${world.session.id}/register`, {
      objectives: 'Conduire en sécurité',
      evaluationResult: 'Tous ont réussi l’épreuve pratique',
    });
    assert.equal(res.status, 200);
    const entry = await res.json();
    assert.equal(entry.complete, true);
    res = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 200, await res.clone().text());
  });

  it('given a year, then the register lists its activities and exports to XLSX and PDF', async () => {
    const list = (await (await coordinator.get('/api/register?year=2026')).json()).items;
    assert.deepEqual(
      list.map((e: { sessionId: string }) => e.sessionId),
      [world.session.id],
    );
    assert.deepEqual(await (await coordinator.get('/api/register?year=2025')).json(), {
      items: [],
      total: 0,
      page: 1,
      pageSize: 50,
    });
    const bad = await coordinator.get('/api/register?year=abc');
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).errors[0].field, 'query.year');

    const xlsx = await coordinator.get('/api/register/export.xlsx?year=2026');
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const ws = wb.worksheets[0];
    const row = ws.getRow(3).values as unknown[];
    assert.equal(row[1], '19–20 novembre 2026');
    assert.equal(row[3], 'Conduire en sécurité');
    assert.equal(row[7], 'Alpha inc., Bêta ltée');
    assert.equal(row[8], 2);
    assert.equal(row[9], 28); // participant-hours: 2 people present 2 × 7 h
    assert.equal(row[10], 2); // attestations due
    assert.equal(row[12], 2520);

    const pdf = await coordinator.get('/api/register/export.pdf?year=2026');
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  });
});
