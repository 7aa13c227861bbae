import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
import { pdfText } from './pdf-text.ts';

describe('personal information (Law 25): a person’s file, the read report, erasure', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let coordinatorEn: Client;
  let otherCoordinator: Client;
  let contactA: Client;
  let coordinatorUserId: string;
  let emilie: { id: string; last_name: string };
  let other: { id: string };
  let foreign: { id: string };
  let sessionId: string;
  let memberAId: string;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const mutualB = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 1 });
    const a = await newMember(ctx, mutual.id);
    memberAId = a.id;
    emilie = await newEmployee(ctx, a, { first_name: 'Émilie' });
    other = await newEmployee(ctx, a, { first_name: 'Paul' });
    foreign = await newEmployee(ctx, await newMember(ctx, mutualB.id));
    const world = await sessionInDelivery(ctx, course, [{ member: a, employee: emilie }]);
    sessionId = world.session.id;
    const login = await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { display_name: 'Claire Coordonnatrice' });
    coordinator = login.client;
    coordinatorUserId = login.user.id;
    coordinatorEn = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'en' })).client;
    otherCoordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutualB.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: a.id })).client;
    const [e1] = world.enrolments;
    assert.equal(
      (
        await coordinator.put(`/api/sessions/${sessionId}/attendance`, {
          entries: world.days.map((meetingDayId) => ({ enrolmentId: e1, meetingDayId, present: true })),
        })
      ).status,
      200,
    );
    await coordinator.put(`/api/sessions/${sessionId}/results`, { entries: [{ enrolmentId: e1, outcome: 'passed' }] });
    const delivered = await coordinator.post(`/api/sessions/${sessionId}/transitions`, { to: 'delivered' });
    assert.equal(delivered.status, 200, await delivered.text());
    assert.equal(
      (
        await coordinator.post(`/api/employees/${emilie.id}/wages`, {
          effectiveOn: '2024-01-01',
          hourlyWageCents: 2750,
        })
      ).status,
      201,
    );
    // a job class change recorded by her firm (outcome data, evidence area); Paul's must survive her erasure
    const jobChange = await contactA.post(`/api/outcomes/employees/${emilie.id}/job-changes`, {
      effectiveOn: '2025-06-01',
      jobTitle: 'Cheffe soudeuse',
      nocCode: '92100',
    });
    assert.equal(jobChange.status, 201, await jobChange.text());
    assert.equal(
      (
        await contactA.post(`/api/outcomes/employees/${other.id}/job-changes`, {
          effectiveOn: '2025-07-01',
          jobTitle: 'Chef de quai',
          nocCode: '92100',
        })
      ).status,
      201,
    );
    // reads of personal data, logged by the employees area
    assert.equal((await contactA.get(`/api/employees/${emilie.id}`)).status, 200);
    assert.equal((await coordinator.get(`/api/employees/${other.id}`)).status, 200);
    // a list read logs both employees in one access-log row
    assert.equal((await coordinator.get('/api/employees')).status, 200);
  });
  after(() => ctx.close());

  it('given an employee, then the file holds the record, wages, job changes, enrolments, attendance, attestations and who read it', async () => {
    const res = await coordinator.get(`/api/privacy/people/${emilie.id}`);
    assert.equal(res.status, 200, await res.clone().text());
    const file = await res.json();
    assert.equal(file.erasedAt, null);
    assert.equal(file.employee.firstName, 'Émilie');
    assert.deepEqual(file.wages, [{ effectiveOn: '2024-01-01', hourlyWageCents: 2750 }]);
    assert.equal(file.jobChanges.length, 1);
    assert.deepEqual(
      { ...file.jobChanges[0], createdAt: undefined },
      { effectiveOn: '2025-06-01', jobTitle: 'Cheffe soudeuse', nocCode: '92100', teer: 2, createdAt: undefined },
    );
    assert.equal(file.enrolments.length, 1);
    assert.equal(file.enrolments[0].sessionId, sessionId);
    assert.equal(file.attendance.length, 2);
    assert.ok(file.attendance.every((a: { present: boolean }) => a.present));
    assert.equal(file.attestations.length, 1);
    assert.equal(file.attestations[0].participantName, `Émilie ${emilie.last_name}`);
    const purposes = file.reads.map((r: { purpose: string }) => r.purpose);
    assert.ok(purposes.includes('employee.read'), purposes.join());
    assert.ok(purposes.includes('privacy.file'), 'the file read is itself logged');
    assert.ok(file.reads.some((r: { actorName: string }) => r.actorName === 'Claire Coordonnatrice'));
  });

  it('given another mutual’s coordinator, then the person is not found; a member contact may not ask', async () => {
    assert.equal((await otherCoordinator.get(`/api/privacy/people/${emilie.id}`)).status, 404);
    assert.equal((await otherCoordinator.get(`/api/privacy/people/${emilie.id}/file.pdf`)).status, 404);
    assert.equal(
      (await otherCoordinator.post(`/api/privacy/people/${emilie.id}/erase`, { reason: 'Demande reçue' })).status,
      404,
    );
    assert.equal((await coordinator.get(`/api/privacy/people/${foreign.id}`)).status, 404);
    assert.equal((await contactA.get(`/api/privacy/people/${emilie.id}`)).status, 403);
    const reads = await (await otherCoordinator.get('/api/privacy/reads')).json();
    assert.ok(reads.items.every((r: { employeeId: string }) => r.employeeId !== emilie.id));
  });

  it('given the reader’s language, then the PDF is written in it', async () => {
    const fr = await coordinator.get(`/api/privacy/people/${emilie.id}/file.pdf`);
    assert.equal(fr.status, 200);
    assert.equal(fr.headers.get('content-type'), 'application/pdf');
    const frText = pdfText(Buffer.from(await fr.arrayBuffer()));
    assert.match(frText, /Dossier de renseignements personnels/);
    assert.match(frText, /Émilie/);
    assert.match(frText, /Attestations de participation/);
    assert.match(frText, /Changements de poste/);
    assert.match(frText, /à compter du 2025-06-01 : Cheffe soudeuse \(CNP 92100, TEER 2\)/);
    const enText = pdfText(
      Buffer.from(await (await coordinatorEn.get(`/api/privacy/people/${emilie.id}/file.pdf`)).arrayBuffer()),
    );
    assert.match(enText, /Personal information file/);
    assert.match(enText, /27\.50 \/ h/);
    assert.match(enText, /Job changes/);
    assert.match(enText, /from 2025-06-01 : Cheffe soudeuse \(NOC 92100, TEER 2\)/);
  });

  it('given reads, then the report says who read whose data, filtered by person and days', async () => {
    const all = await (await coordinator.get('/api/privacy/reads?pageSize=200')).json();
    assert.ok(all.items.some((r: { employeeId: string }) => r.employeeId === other.id));
    const hers = await (await coordinator.get(`/api/privacy/reads?employeeId=${emilie.id}&pageSize=200`)).json();
    assert.ok(hers.total >= 3);
    assert.ok(
      hers.items.every((r: { employeeId: string }) => r.employeeId === emilie.id),
      'a list read shows only her row',
    );
    assert.ok(
      hers.items.some(
        (r: { purpose: string }) =>
          r.purpose !== 'employee.read' && r.purpose !== 'wage.list' && !r.purpose.startsWith('privacy'),
      ),
      'the list read is there',
    );
    assert.ok(
      hers.items.some(
        (r: { purpose: string; entityType: string }) => r.purpose === 'wage.list' || r.entityType === 'employee',
      ),
    );
    const byCoordinator = await (
      await coordinator.get(`/api/privacy/reads?employeeId=${emilie.id}&actorUserId=${coordinatorUserId}`)
    ).json();
    assert.ok(byCoordinator.items.length > 0);
    assert.ok(byCoordinator.items.every((r: { actorName: string }) => r.actorName === 'Claire Coordonnatrice'));
    const future = await (await coordinator.get(`/api/privacy/reads?employeeId=${emilie.id}&from=2999-01-01`)).json();
    assert.equal(future.total, 0);
    assert.equal((await contactA.get('/api/privacy/reads')).status, 403);
  });

  it('given reads of lists, records, wages and enrolments, then the report’s total is the number of its rows over every page, filtered or not', async () => {
    // reads in both mutuals, by several people, of one and of many employees (rows of 1 to 2 ids)
    for (const [client, path] of [
      [coordinator, '/api/employees'],
      [contactA, `/api/members/${memberAId}/employees`],
      [coordinator, `/api/employees/${emilie.id}/wages`],
      [coordinator, '/api/enrolments'],
      [otherCoordinator, '/api/employees'],
      [otherCoordinator, `/api/employees/${foreign.id}`],
    ] as const)
      assert.equal((await client.get(path)).status, 200, path);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Montreal' }).format(new Date());
    for (const filter of [
      '',
      `actorUserId=${coordinatorUserId}`,
      `from=${today}`,
      `from=${today}&to=${today}&actorUserId=${coordinatorUserId}`,
      'to=2000-01-01',
      `employeeId=${other.id}`,
      `employeeId=${emilie.id}&actorUserId=${coordinatorUserId}`,
      'from=2999-01-01',
    ]) {
      const rows: { id: number; employeeId: string }[] = [];
      let total = -1;
      for (let page = 1; page < 100; page++) {
        const res = await coordinator.get(`/api/privacy/reads?${filter}&pageSize=3&page=${page}`);
        assert.equal(res.status, 200, filter);
        const body = await res.json();
        if (total === -1) total = body.total;
        assert.equal(body.total, total, `${filter}: the same total on every page`);
        if (body.items.length === 0) break;
        rows.push(...body.items);
      }
      assert.equal(rows.length, total, `${filter}: the total counts the rows of every page`);
      const keys = rows.map((r) => `${r.id}/${r.employeeId}`);
      assert.equal(new Set(keys).size, keys.length, `${filter}: no row on two pages`);
      assert.ok(
        rows.every((r) => r.employeeId !== foreign.id),
        `${filter}: nothing of the other mutual`,
      );
      if (filter === '') assert.ok(total >= 8, `${filter}: every read of the mutual is there (${total})`);
      else if (filter.includes('2999') || filter.includes('2000')) assert.equal(total, 0, filter);
      else assert.ok(total > 0, `${filter}: reads are found`);
    }
  });

  it('given a consent given then withdrawn, then both records stay, the withdrawal is in force, and the file and its PDF show them', async () => {
    const url = `/api/privacy/people/${emilie.id}/consents`;
    const given = await coordinator.post(url, {
      kind: 'research_use',
      granted: true,
      method: 'signed_form',
      note: 'Formulaire au dossier RH',
    });
    assert.equal(given.status, 201, await given.clone().text());
    const record = await given.json();
    assert.deepEqual(
      [record.kind, record.granted, record.method, record.recordedByName !== null],
      ['research_use', true, 'signed_form', true],
    );
    ctx.setNow(new Date(ctx.deps.now().getTime() + 60_000).toISOString());
    assert.equal((await coordinator.post(url, { kind: 'research_use', granted: false, method: 'email' })).status, 201);

    const bad = await coordinator.post(url, { kind: 'photos', granted: true, method: 'email' });
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(await bad.json()), /kind/);
    assert.equal(
      (await otherCoordinator.post(url, { kind: 'research_use', granted: true, method: 'email' })).status,
      404,
    );
    assert.equal((await contactA.post(url, { kind: 'research_use', granted: true, method: 'email' })).status, 403);

    const file = await (await coordinator.get(`/api/privacy/people/${emilie.id}`)).json();
    assert.deepEqual(
      file.consents.map((c: { granted: boolean; method: string }) => [c.granted, c.method]),
      [
        [false, 'email'],
        [true, 'signed_form'],
      ],
      'newest first; the withdrawal is a new record',
    );
    assert.deepEqual(
      file.consentsInForce.map((c: { kind: string; granted: boolean | null }) => [c.kind, c.granted]),
      [
        ['evaluation_emails', null],
        ['research_use', false],
      ],
    );
    const pdf = pdfText(
      Buffer.from(await (await coordinator.get(`/api/privacy/people/${emilie.id}/file.pdf`)).arrayBuffer()),
    );
    assert.match(pdf, /recherche sur ses données de résultats : retiré ou refusé \(courriel/);
    assert.match(pdf, /recherche sur ses données de résultats : donné \(formulaire signé/);
  });

  it('given an erasure request, then identity, wages, job changes and needs go, attestations and register rows stay, and the answer says so', async () => {
    const res = await coordinatorEn.post(`/api/privacy/people/${emilie.id}/erase`, {
      reason: 'Request received 2026-12-01',
    });
    assert.equal(res.status, 200, await res.clone().text());
    const answer = await res.json();
    assert.deepEqual(answer.kept, ['attestations', 'enrolments', 'attendance', 'register']);
    assert.ok(answer.erased.includes('wages'));
    assert.ok(answer.erased.includes('jobChanges'));
    assert.match(answer.explanation, /job changes/);
    assert.equal(answer.keptNameOnAttestations, 1);
    assert.match(answer.explanation, /s\.14/);
    assert.match(answer.explanation, /s\.15/);

    const file = await (await coordinator.get(`/api/privacy/people/${emilie.id}`)).json();
    assert.ok(file.erasedAt);
    assert.equal(file.employee.firstName, '—');
    assert.equal(file.employee.email, null);
    assert.deepEqual(file.wages, []);
    assert.deepEqual(file.jobChanges, []);
    assert.equal((await (await coordinator.get(`/api/outcomes/employees/${emilie.id}/job-changes`)).json()).total, 0);
    assert.equal(
      (await (await coordinator.get(`/api/outcomes/employees/${other.id}/job-changes`)).json()).total,
      1,
      'another person’s job changes stay',
    );
    assert.equal(file.enrolments.length, 1);
    assert.equal(file.attendance.length, 2);
    assert.equal(
      file.attestations[0].participantName,
      `Émilie ${emilie.last_name}`,
      'the attestation keeps the name (s.14)',
    );
    const pdf = pdfText(
      Buffer.from(await (await coordinator.get(`/api/privacy/people/${emilie.id}/file.pdf`)).arrayBuffer()),
    );
    assert.match(pdf, /anonymis/);
    assert.doesNotMatch(pdf, /Cheffe soudeuse/);

    // audited with its reason; the record's earlier audit entries keep the fields changed, not the values
    const audit = await (await coordinator.get(`/api/audit-log?entityType=employee&entityId=${emilie.id}`)).json();
    const erase = audit.items.find((e: { action: string }) => e.action === 'employee.erase');
    assert.equal(erase.change.reason, 'Request received 2026-12-01');
    assert.equal(erase.change.jobChangesDeleted, 1);
    const jobAudit = audit.items.filter((e: { action: string }) => e.action === 'employee.job_change');
    assert.equal(jobAudit.length, 1);
    assert.equal(jobAudit[0].change.erased, true);
    assert.ok(
      !JSON.stringify(jobAudit[0].change).includes('92100'),
      'the job change’s audit entry keeps its fields, not its values',
    );
    const wageAudit = await (await coordinator.get('/api/audit-log?entityType=wage&action=wage.add')).json();
    assert.ok(wageAudit.items.length > 0);
    assert.ok(
      wageAudit.items.every((e: { change: Record<string, unknown> }) => !JSON.stringify(e.change).includes('2750')),
    );
    // the session's register still counts her
    const register = await coordinator.get(`/api/sessions/${sessionId}/roster`);
    assert.equal(register.status, 200);

    const again = await coordinator.post(`/api/privacy/people/${emilie.id}/erase`, { reason: 'Again' });
    assert.equal(again.status, 409);
    assert.equal((await again.json()).detail, 'Cet employé a déjà été anonymisé');
  });
});
