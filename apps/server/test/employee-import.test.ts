import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { type Client, createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';

const csv = (lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;
const asJson = (filename: string, content: string | Uint8Array) => ({
  filename,
  contentBase64: Buffer.from(content).toString('base64'),
});

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Feuil1');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('employee import', () => {
  let ctx: TestContext;
  let contact: Client;
  let member: { id: string; mutual_id: string };
  const countEmployees = async () =>
    Number(
      (
        await ctx.deps.db
          .selectFrom('employee')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('member_id', '=', member.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    member = await newMember(ctx, mutual.id);
    contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id })).client;
  });
  after(() => ctx.close());

  it('previews a CSV with French headers and semicolons, then commits every row in one go', async () => {
    const file = csv([
      "Prénom;Nom;Courriel;Titre du poste;Code CNP;Scolarité;Date d'embauche;Salaire horaire",
      'Marie;Côté;marie@exemple.ca;Soudeuse;72106;DEP;15/03/2021;"27,50"',
      'Jean;Roy;;Journalier;95100;aucun;2020-01-06;',
    ]);
    const res = await contact.post(`/api/members/${member.id}/employees/imports`, asJson('employés.csv', file));
    assert.equal(res.status, 201);
    const preview = await res.json();
    assert.deepEqual(preview.counts, { rows: 2, valid: 2, invalid: 0, toCreate: 2, toUpdate: 0 });
    assert.deepEqual(preview.errors, []);
    assert.equal(preview.rows[0].hourlyWageCents, 2750);
    assert.equal(await countEmployees(), 0, 'nothing written by the preview');
    const again = await (await contact.get(`/api/members/${member.id}/employees/imports/${preview.importId}`)).json();
    assert.equal(again.counts.toCreate, 2);

    const commit = await contact.post(`/api/members/${member.id}/employees/imports/${preview.importId}/commit`);
    assert.equal(commit.status, 200);
    assert.deepEqual(await commit.json(), { importId: preview.importId, created: 2, updated: 0, wages: 1 });
    assert.equal(await countEmployees(), 2);
    const list = await (await contact.get(`/api/members/${member.id}/employees?search=cote`)).json();
    assert.equal(list.items[0].teer, 2);
    assert.equal(list.items[0].hireDate, '2021-03-15');
    assert.equal(list.items[0].currentHourlyWageCents, 2750);
    assert.equal(
      (await contact.post(`/api/members/${member.id}/employees/imports/${preview.importId}/commit`)).status,
      409,
      'only once',
    );
  });

  it('lists every bad row and field, and commits nothing (422) when a row is wrong', async () => {
    const before = await countEmployees();
    const file = csv([
      'First name,Last name,Email,Job title,NOC code,Education,Hire date',
      'Ann,Lee,ann@example.ca,Clerk,14110,college,2022-01-10',
      ',Lee,bad-email,Clerk,1411,college,2022-13-40',
      'Bob,Smith,,Driver,73300,secondary,2019-07-01',
    ]);
    const preview = await (
      await contact.post(`/api/members/${member.id}/employees/imports`, asJson('e.csv', file))
    ).json();
    assert.equal(preview.counts.invalid, 1);
    assert.deepEqual(preview.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`).sort(), [
      '3:email',
      '3:first_name',
      '3:hire_date',
      '3:noc_code',
    ]);
    const res = await contact.post(`/api/members/${member.id}/employees/imports/${preview.importId}/commit`);
    assert.equal(res.status, 422);
    const problem = await res.json();
    assert.equal(problem.code, 'import_failed');
    assert.ok(problem.errors.every((e: { row: number }) => e.row === 3));
    assert.equal(await countEmployees(), before, 'nothing written');
  });

  it('refuses a file without a required column (422 naming it) and a file that is not CSV or XLSX (415)', async () => {
    const res = await contact.post(
      `/api/members/${member.id}/employees/imports`,
      asJson('e.csv', csv(['Prénom,Nom', 'A,B'])),
    );
    assert.equal(res.status, 422);
    const fields = (await res.json()).errors.map((e: { field: string }) => e.field);
    assert.deepEqual(fields, ['job_title', 'noc_code', 'education_level', 'hire_date']);
    assert.equal(
      (await contact.post(`/api/members/${member.id}/employees/imports`, asJson('e.pdf', '%PDF-1.4'))).status,
      415,
    );
    assert.equal(
      (await contact.post(`/api/members/${member.id}/employees/imports`, { filename: 'e.csv' })).status,
      400,
    );
  });

  it('imports an XLSX sent as multipart, with real date cells, and updates employees matched by e-mail or by name and hire date', async () => {
    const bytes = await xlsx([
      [
        'First name',
        'Last name',
        'Email',
        'Job title',
        'NOC code',
        'Education',
        'Hire date',
        'Hourly wage',
        'Wage effective date',
      ],
      [
        'Marie',
        'Côté',
        'MARIE@exemple.ca',
        'Chef soudeuse',
        72106,
        'vocational',
        new Date(Date.UTC(2021, 2, 15)),
        30,
        new Date(Date.UTC(2024, 0, 1)),
      ],
      ['JEAN', 'roy', null, 'Cariste', 75101, 'none', '2020-01-06', null, null],
      ['Nouvelle', 'Personne', 'np@exemple.ca', 'Commis', 14110, 'college', new Date(Date.UTC(2025, 5, 2)), null, null],
    ]);
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'employees.xlsx');
    const res = await contact.post(`/api/members/${member.id}/employees/imports`, form);
    assert.equal(res.status, 201, await res.clone().text());
    const preview = await res.json();
    assert.deepEqual(preview.counts, { rows: 3, valid: 3, invalid: 0, toCreate: 1, toUpdate: 2 });
    const commit = await (
      await contact.post(`/api/members/${member.id}/employees/imports/${preview.importId}/commit`)
    ).json();
    assert.deepEqual([commit.created, commit.updated, commit.wages], [1, 2, 1]);
    const marie = (await (await contact.get(`/api/members/${member.id}/employees?search=marie`)).json()).items[0];
    assert.equal(marie.jobTitle, 'Chef soudeuse');
    assert.equal(marie.currentHourlyWageCents, 3000);
    const jean = (await (await contact.get(`/api/members/${member.id}/employees?search=jean`)).json()).items[0];
    assert.equal(jean.jobTitle, 'Cariste');
    assert.equal(jean.firstName, 'JEAN', 'the file is the source of the names it gives');
  });

  it('serves the import template in French and English, CSV and XLSX, and the template imports back', async () => {
    const fr = await contact.get('/api/employees/import-template?format=csv&lang=fr');
    assert.equal(fr.status, 200);
    const bytes = new Uint8Array(await fr.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = new TextDecoder().decode(bytes);
    assert.match(text, /^Prénom,Nom,Courriel,Titre du poste,Code CNP,Scolarité/);
    const en = await contact.get('/api/employees/import-template?format=xlsx&lang=en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await en.arrayBuffer());
    assert.equal(wb.worksheets[0].getCell('A1').value, 'First name');
    const preview = await (
      await contact.post(`/api/members/${member.id}/employees/imports`, asJson('modele.csv', text))
    ).json();
    assert.deepEqual(preview.errors, []);
    assert.equal(preview.counts.valid, 1);
  });

  it('imports 10,000 rows in one transaction (batched inserts)', async () => {
    const lines = ['First name,Last name,Email,Job title,NOC code,Education,Hire date,Hourly wage'];
    for (let i = 0; i < 10_000; i++)
      lines.push(`P${i},N${i},p${i}@bulk.example,Operator,94100,secondary,2020-02-03,22.50`);
    const preview = await (
      await contact.post(`/api/members/${member.id}/employees/imports`, asJson('bulk.csv', csv(lines)))
    ).json();
    assert.equal(preview.counts.toCreate, 10_000);
    const commit = await (
      await contact.post(`/api/members/${member.id}/employees/imports/${preview.importId}/commit`)
    ).json();
    assert.equal(commit.created, 10_000);
    assert.equal(commit.wages, 10_000);
  });
});
