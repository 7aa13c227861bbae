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

// Issue #9, point 4: documents follow their reader's language: "1 200,50 $", "19–20 novembre 2026",
// "14 heures" in French; "$1,200.50", "November 19–20, 2026" in English. Spaces inside figures are
// no-break spaces.

// The WinAnsi characters that differ from Latin-1.
const WIN_ANSI: Record<number, string> = {
  128: '€',
  133: '…',
  140: 'Œ',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  150: '–',
  151: '—',
  156: 'œ',
};

/** The text drawn in an uncompressed pdfkit PDF (hex strings of TJ operators, WinAnsi: dashes and œ included). */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
    lines.push([...Buffer.from(hex, 'hex')].map((byte) => WIN_ANSI[byte] ?? String.fromCharCode(byte)).join(''));
  }
  return lines.join('\n');
}
const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('documents in the reader’s formats', () => {
  let ctx: TestContext;
  let mutualId: string;
  let world: Awaited<ReturnType<typeof sessionInDelivery>>;
  const coordinator = async (locale: 'fr' | 'en'): Promise<Client> =>
    (await loginAs(ctx, 'coordinator', { mutualId }, { locale })).client;

  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx, { name: 'Mutuelle des Laurentides' })).id;
    const provider = await newProvider(ctx, mutualId);
    const course = await newCourse(ctx, mutualId, provider.id, { minSeats: 1 });
    const member = await newMember(ctx, mutualId, { legal_name: 'Gamma inc.' });
    world = await sessionInDelivery(ctx, course, [
      { member, employee: await newEmployee(ctx, member, { first_name: 'Zoé' }) },
    ]);
    const fr = await coordinator('fr');
    const entries = world.enrolments.flatMap((enrolmentId) =>
      world.days.map((meetingDayId) => ({ enrolmentId, meetingDayId, present: true })),
    );
    assert.equal((await fr.put(`/api/sessions/${world.session.id}/attendance`, { entries })).status, 200);
    const stated = { objectives: 'Conduire en sécurité', evaluationResult: 'Réussi', costCents: 120050 };
    assert.equal((await fr.put(`/api/sessions/${world.session.id}/register`, stated)).status, 200);
    assert.equal((await fr.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' })).status, 200);
  });
  after(() => ctx.close());

  it('given the activity register in French, then its PDF writes "1 200,50 $" and the dates in words', async () => {
    const text = pdfText(
      Buffer.from(await (await (await coordinator('fr')).get('/api/register/export.pdf?year=2026')).arrayBuffer()),
    );
    assert.ok(text.includes(nb('1 200,50 $')), text);
    assert.ok(text.includes('19–20 novembre 2026'), text);
    assert.ok(text.includes('Registre des activités'), text);
    assert.ok(!text.includes('2026-11-19'), 'no ISO date');
  });

  it('given the activity register in English, then its PDF writes "$1,200.50" and English dates', async () => {
    const text = pdfText(
      Buffer.from(await (await (await coordinator('en')).get('/api/register/export.pdf?year=2026')).arrayBuffer()),
    );
    assert.ok(text.includes('$1,200.50'), text);
    assert.ok(text.includes('November 19–20, 2026'), text);
    assert.ok(text.includes('Activity register'), text);
  });

  it('given the register as XLSX, then the amount is a number formatted for the language and the dates are words', async () => {
    for (const [lang, format, dates] of [
      ['fr', '#,##0.00 "$"', '19–20 novembre 2026'],
      ['en', '"$"#,##0.00', 'November 19–20, 2026'],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        (await (
          await (await coordinator(lang)).get('/api/register/export.xlsx?year=2026')
        ).arrayBuffer()) as ArrayBuffer,
      );
      const ws = wb.worksheets[0];
      const row = ws.getRow(3);
      assert.equal(row.getCell(1).value, dates);
      const cost = [...Array(ws.columnCount).keys()].map((i) => row.getCell(i + 1)).find((c) => c.value === 1200.5);
      assert.ok(cost, 'the cost is a number');
      assert.equal(cost.numFmt, format);
    }
  });

  it('given an attestation, then its French half writes "14 heures" and French dates, its English half English ones', async () => {
    const fr = await coordinator('fr');
    const [attestation] = (await (await fr.get(`/api/attestations?sessionId=${world.session.id}`)).json()).items as {
      id: string;
    }[];
    const text = pdfText(Buffer.from(await (await fr.get(`/api/attestations/${attestation.id}/pdf`)).arrayBuffer()));
    assert.ok(text.includes('du 19 novembre 2026 au 20 novembre 2026, durée : 14 heures'), text);
    assert.ok(text.includes('from November 19, 2026 to November 20, 2026, duration: 14 hours'), text);
    assert.match(text, /Délivrée le \d{1,2}(er)? \p{L}+ 2026/u);
  });
});
