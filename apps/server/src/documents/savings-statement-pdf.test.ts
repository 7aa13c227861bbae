import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SavingsLine } from '@mutualis/contracts';
import PDFDocument from 'pdfkit';
import { renderSavingsStatementPdf, type SavingsStatementInput } from './savings-statement-pdf.ts';

// The savings statement's layout, read back from the PDF itself: every piece of text with its
// position (pdfkit writes one "x y Tm … TJ" per line, uncompressed here) and its width measured with
// pdfkit's own font metrics. Nothing may overlap, whatever the length of a course title.

interface Drawn {
  page: number;
  text: string;
  x: number;
  /** baseline, from the bottom of the page */
  y: number;
  size: number;
  width: number;
}

const FONTS: Record<string, string> = { F1: 'Helvetica', F2: 'Helvetica-Bold' };
// Windows-1252 codes that latin1 does not give back as the character drawn
const CP1252 = new Map([
  [0x85, '…'],
  [0x91, '‘'],
  [0x92, '’'],
  [0x93, '“'],
  [0x94, '”'],
  [0x96, '–'],
  [0x97, '—'],
]);
const decode = (hex: string) =>
  [...Buffer.from(hex, 'hex')].map((b) => CP1252.get(b) ?? String.fromCharCode(b)).join('');

/** The text lines of the PDF, page by page, with their box. */
function layout(pdf: Buffer): Drawn[] {
  const measure = new PDFDocument();
  const out: Drawn[] = [];
  const pages = [...pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
    .map((m) => m[1])
    .filter((s) => s.includes(' Tm'));
  pages.forEach((content, page) => {
    for (const m of content.matchAll(/1 0 0 1 ([\d.-]+) ([\d.-]+) Tm\s*\/(F\d+) ([\d.]+) Tf\s*\[([^\]]*)\] TJ/g)) {
      const text = [...m[5].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1])).join('');
      const size = Number(m[4]);
      const font = FONTS[m[3]];
      assert.ok(font, `font ${m[3]} is known`);
      out.push({
        page,
        text,
        x: Number(m[1]),
        y: Number(m[2]),
        size,
        width: measure.font(font).fontSize(size).widthOfString(text),
      });
    }
  });
  return out;
}

// Helvetica's ascender and descender (AFM), in thousandths of the size
const top = (d: Drawn) => d.y + 0.718 * d.size;
const foot = (d: Drawn) => d.y - 0.207 * d.size;

/** Pairs of text lines whose boxes overlap (beyond half a point, for rounding). */
function overlaps(drawn: Drawn[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i];
      const b = drawn[j];
      if (a.page !== b.page) continue;
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(top(a), top(b)) - Math.max(foot(a), foot(b));
      if (across > 0.5 && down > 0.5) found.push(`"${a.text}" and "${b.text}" on page ${a.page + 1}`);
    }
  return found;
}

/** The lines of the training column below its two headings. */
const titleLines = (drawn: Drawn[]) =>
  drawn.filter((d) => d.x === 105 && d.size === 8 && d.text !== 'Formation' && d.text !== 'Training');

const LONG_TITLE =
  'Conduite sécuritaire des chariots élévateurs et des transpalettes électriques en entrepôt, avec pratique supervisée sur les appareils du client et évaluation des compétences selon la norme CSA B335-15';

function line(n: number, title: string): SavingsLine {
  return {
    needId: `n${n}`,
    sessionId: `s${n}`,
    topicFr: 'Chariot élévateur',
    topicEn: 'Forklift operation',
    courseFr: title,
    courseEn: title,
    period: '2027-02',
    regionCode: '14',
    sessionStatus: 'confirmed',
    seats: 3,
    pooledCents: 104_143,
    standaloneCents: 234_000,
    savingsCents: 129_857,
  };
}

function statement(lines: SavingsLine[]): SavingsStatementInput {
  const sum = (k: 'seats' | 'pooledCents' | 'standaloneCents' | 'savingsCents') => lines.reduce((t, l) => t + l[k], 0);
  return {
    memberName: 'Soudure Bédard inc.',
    year: 2027,
    lines,
    yearToDate: {
      seats: sum('seats'),
      pooledCents: sum('pooledCents'),
      standaloneCents: sum('standaloneCents'),
      savingsCents: sum('savingsCents'),
    },
  };
}

describe('savings statement PDF layout', () => {
  assert.equal(LONG_TITLE.length, 200);

  for (const lang of ['fr', 'en'] as const) {
    it(`given a 200-character course title (${lang}), when the statement is drawn, then the title wraps within its column and nothing overlaps the total`, async () => {
      const drawn = layout(await renderSavingsStatementPdf(statement([line(1, LONG_TITLE)]), lang, '2027-03-01'));
      const title = titleLines(drawn);
      assert.ok(title.length >= 3, `the title takes several lines: ${JSON.stringify(title.map((d) => d.text))}`);
      assert.ok(title[0].text.startsWith('Conduite sécuritaire'), title[0].text);
      for (const d of title)
        assert.ok(d.x + d.width <= 300, `"${d.text}" stays in the training column (ends at ${d.x + d.width})`);
      const total = drawn.find((d) => d.text.startsWith(lang === 'fr' ? "Total de l'année" : 'Total for the year'));
      assert.ok(total, 'the total is drawn');
      const lowestTitle = Math.min(...title.map(foot));
      assert.ok(
        top(total) < lowestTitle,
        `the total (top ${top(total)}) is below the title's last line (foot ${lowestTitle})`,
      );
      assert.deepEqual(overlaps(drawn), []);
    });
  }

  it('given a title longer than six lines, then it is cut after the sixth line with an ellipsis', async () => {
    const drawn = layout(
      await renderSavingsStatementPdf(statement([line(1, `${LONG_TITLE} ${LONG_TITLE}`)]), 'fr', '2027-03-01'),
    );
    const title = titleLines(drawn);
    assert.equal(title.length, 6);
    assert.ok(title[5].text.endsWith('…'), title[5].text);
    assert.deepEqual(overlaps(drawn), []);
  });

  it('given 60 lines with long titles, when they run over several pages, then no row crosses the bottom margin and nothing overlaps', async () => {
    const drawn = layout(
      await renderSavingsStatementPdf(
        statement(Array.from({ length: 60 }, (_, i) => line(i, i % 2 ? LONG_TITLE : 'Excel pour la production'))),
        'en',
        '2027-03-01',
      ),
    );
    assert.ok(Math.max(...drawn.map((d) => d.page)) >= 2, 'several pages');
    const low = drawn.filter((d) => foot(d) < 50 - 0.5);
    assert.deepEqual(
      low.map((d) => d.text),
      [],
      'nothing in the bottom margin',
    );
    assert.equal(drawn.filter((d) => d.text.startsWith('Total for the year')).length, 1);
    assert.deepEqual(overlaps(drawn), []);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`given a year when the mutual was not recognised for a while (${lang}), then the statement says in both languages that payments to it did not count, above the table, and nothing overlaps (s.1)`, async () => {
      const input = {
        ...statement([line(1, LONG_TITLE)]),
        paymentsDidNotCount: [
          { from: '2027-01-01', to: '2027-03-14' },
          { from: '2027-11-13', to: '2027-11-13' },
        ],
      };
      const drawn = layout(await renderSavingsStatementPdf(input, lang, '2028-01-10'));
      const text = drawn.map((d) => d.text).join(' ');
      assert.ok(text.includes('Mutuelle non reconnue (2027-01-01 – 2027-03-14, 2027-11-13)'), text);
      assert.ok(text.includes('Mutual not recognised (2027-01-01 – 2027-03-14, 2027-11-13)'), text);
      const warning = drawn.find((d) =>
        d.text.startsWith(lang === 'fr' ? 'Mutuelle non reconnue' : 'Mutual not recognised'),
      );
      const heading = drawn.find((d) => d.text === (lang === 'fr' ? 'Formation' : 'Training'));
      assert.ok(warning && heading && warning.y > heading.y, 'the warning comes before the table');
      assert.deepEqual(overlaps(drawn), []);
    });
  }

  it('given a year when the mutual was recognised throughout, then the statement has no such warning', async () => {
    const text = layout(
      await renderSavingsStatementPdf(
        { ...statement([line(1, 'Excel')]), paymentsDidNotCount: [] },
        'fr',
        '2028-01-10',
      ),
    )
      .map((d) => d.text)
      .join(' ');
    assert.ok(!text.includes('non reconnue') && !text.includes('not recognised'));
  });
});
