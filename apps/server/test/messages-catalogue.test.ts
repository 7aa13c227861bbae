import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MESSAGES, messageText } from '../src/messages/index.ts';

// Every message code the server, the domain's checks and the contracts' checks use has a French
// and an English text with the same parameters (issue #9, point 3). The compiler already refuses a
// code the catalogue lacks where it is typed; this reads the sources, so a cast cannot slip one by.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const PATTERNS: { where: string; pattern: RegExp; suffix?: string }[] = [
  { where: 'apps/server/src', pattern: /\binvalid\(\s*[^,()]+(?:\([^()]*\))?[^,()]*,\s*'(\w+)'/g },
  { where: 'apps/server/src', pattern: /new AppError\(\s*'\w+',\s*'(\w+)'/g },
  { where: 'apps/server/src', pattern: /\bforbidden\(\s*'(\w+)'/g },
  { where: 'apps/server/src', pattern: /\bnotFound\(\s*'(\w+)'\)/g, suffix: '_not_found' },
  { where: 'apps/server/src', pattern: /\bproblem\(\s*c,\s*\d+,\s*'\w+',\s*'(\w+)'/g },
  { where: 'apps/server/src', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/contracts/src', pattern: /\bcheckCode\(\s*'(\w+)'\)/g },
  // the domain's checks that the server answers with
  { where: 'packages/domain/src/employees', pattern: /\b(?:code|error):\s*'(\w+)'/g },
  { where: 'packages/domain/src/needs', pattern: /\bfail\(\s*'\w+',\s*'(\w+)'/g },
  { where: 'packages/domain/src/needs', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/members', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/members', pattern: /return '(neq_\w+)'/g },
  { where: 'packages/domain/src/catalogue', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/delivery/evaluation.ts', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/delivery/lifecycle.ts', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/pooling-runs/adjustments.ts', pattern: /,\s*'(\w+)',\s*\{/g },
  { where: 'packages/domain/src/privacy/incidents.ts', pattern: /\berrors\.\w+ = '(\w+)'/g },
  { where: 'packages/domain/src/finance/ledger.ts', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/finance/invoice.ts', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/finance/claims.ts', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/finance/fiscal-year.ts', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/participation/questionnaires.ts', pattern: /\bcode:\s*'(\w+)'/g },
  { where: 'packages/domain/src/outcomes/outcome-import.ts', pattern: /\bcode:\s*'(\w+)'/g },
  // the form's errors, not the measures' codes
  { where: 'packages/domain/src/outcomes/firm-year.ts', pattern: /\{\s*field[^{}]*?\bcode:\s*'(\w+)'/g },
];

function codesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { where, pattern, suffix = '' } of PATTERNS) {
    const full = path.join(root, where);
    const files = fs.statSync(full).isDirectory() ? sources(full) : [full];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(pattern)) found.set(`${m[1]}${suffix}`, path.relative(root, file));
    }
  }
  return found;
}

// a parameter written plain ({count}) or with its plural forms ({count|# place|# places})
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\|[^|}]*\|[^|}]*)?\}/g)].map((m) => m[1]))].sort();

describe('the server’s message catalogue', () => {
  const used = codesInSources();
  const catalogue = MESSAGES as Record<string, { fr: string; en: string }>;

  it('given the sources, then they use many message codes (the scan finds them)', () => {
    assert.ok(used.size > 150, `only ${used.size} codes found: the patterns no longer match the sources`);
    for (const code of [
      'noc_code',
      'password_too_short',
      'seats_or_employees',
      'member_not_found',
      'neq_ten_digits',
      'not_scheduled',
      'notice_too_short',
      'before_incident_start',
      'entry_unbalanced',
      'more_than_expected',
      'year_range',
      'days_per_employee',
      'year_already_on_row',
      'distinct_among',
      'bill_already_approved',
      'session_invoiced_once_confirmed',
    ])
      assert.ok(used.has(code), code);
  });

  it('given every code used, then each has a French and an English text', () => {
    const missing = [...used]
      .filter(([code]) => !catalogue[code]?.fr?.trim() || !catalogue[code]?.en?.trim())
      .map(([code, file]) => `${code} (${file})`);
    assert.deepEqual(missing, []);
  });

  it('given the area files, then each code is written once: a second one would silently replace the first in MESSAGES', () => {
    const dir = path.join(root, 'apps/server/src/messages');
    const files = [
      ...fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'language.ts')
        .map((f) => path.join(dir, f)),
      path.join(root, 'packages/contracts/src/messages.ts'),
    ];
    const where = new Map<string, string[]>();
    for (const file of files)
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/^ {2}(\w+): \{/gm))
        where.set(m[1], [...(where.get(m[1]) ?? []), path.basename(file)]);
    assert.equal(where.size, Object.keys(catalogue).length, 'the scan reads every code of the catalogue');
    const twice = [...where].filter(([, in_]) => in_.length > 1).map(([code, in_]) => `${code} (${in_.join(', ')})`);
    assert.deepEqual(twice, []);
  });

  it('given every text, then French and English take the same parameters', () => {
    const differ = Object.entries(catalogue)
      .filter(([, t]) => placeholders(t.fr).join() !== placeholders(t.en).join())
      .map(([code]) => code);
    assert.deepEqual(differ, []);
  });

  it('given every French text, then it is French: not the English one copied', () => {
    const same = Object.entries(catalogue)
      .filter(([, t]) => t.fr === t.en)
      .map(([code]) => code);
    assert.deepEqual(same, []);
  });

  it('given every text, then a count agrees with its noun: no "place(s)" (issue #9, point 4)', () => {
    const hedged = Object.entries(catalogue)
      .filter(([, t]) => /\w\(s\)/.test(t.fr) || /\w\(s\)/.test(t.en))
      .map(([code]) => code);
    assert.deepEqual(hedged, []);
  });

  it('given a count, then the form it agrees with, the number written for the language', () => {
    const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    assert.equal(
      messageText('seats_free_for_firm', 'fr', { room: 1, maximum: 3 }),
      'Seulement 1 place libre pour cette entreprise (maximum 3)',
    );
    assert.equal(
      messageText('seats_free_for_firm', 'fr', { room: 2, maximum: 3 }),
      'Seulement 2 places libres pour cette entreprise (maximum 3)',
    );
    assert.equal(
      messageText('seats_free_for_firm', 'en', { room: 1, maximum: 3 }),
      'Only 1 seat is free for this firm (maximum 3)',
    );
    assert.equal(
      nb(messageText('file_has_errors', 'fr', { count: 1200 })),
      'Rien n’a été importé : 1 200 erreurs dans le fichier',
    );
    assert.equal(messageText('file_has_errors', 'en', { count: 1 }), 'Nothing imported: 1 error in the file');
  });

  it('given an amount in cents (a parameter named …Cents), then it is written as money in the language', () => {
    const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    assert.equal(nb(messageText('more_than_due', 'fr', { dueCents: 123_450 })), 'Dépasse le solde dû (1 234,50 $)');
    assert.equal(messageText('more_than_due', 'en', { dueCents: 123_450 }), 'Is more than the $1,234.50 due');
    // a year passed as text is not grouped as a number
    assert.equal(messageText('year_range', 'fr', { from: '2000', to: '2026' }), 'Une année de 2000 à 2026');
  });
});
