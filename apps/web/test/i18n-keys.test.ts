// Every visible string comes from locales/{fr,en}/<namespace>.json. This fails when a key exists in
// one language only, when the source calls t('…') with a key that exists in neither, and when an
// enum shown through a dynamic key (role, status, kind…) lacks a label.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  cellStatusSchema,
  courseStatusSchema,
  diagnosticStatusSchema,
  memberStatusSchema,
  mutualKindSchema,
  needPrioritySchema,
  needSourceSchema,
  needStatusSchema,
  outboxStatusSchema,
  providerKindSchema,
  quoteProviderStatusSchema,
  quoteRequestStatusSchema,
  roleSchema,
  trainingModeSchema,
  userStatusSchema,
} from '@mutualis/contracts';
import { PLAN_COMPARISON_KEYS, PLAN_SOLVER_STEPS } from '@mutualis/domain/pooling-runs/plan-measures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const localesDir = path.join(root, 'src/i18n/locales');
const LANGS = ['fr', 'en'] as const;
const DEFAULT_NS = 'common';
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    out.set(prefix, value); // objects too, so that dynamic prefixes can be checked
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
}

function load(lang: string): Map<string, unknown> {
  const keys = new Map<string, unknown>();
  for (const file of fs.readdirSync(path.join(localesDir, lang))) {
    if (!file.endsWith('.json')) continue;
    const ns = file.slice(0, -5);
    const data = JSON.parse(fs.readFileSync(path.join(localesDir, lang, file), 'utf8'));
    flatten(data, `${ns}:`, keys);
  }
  // the namespace roots are "ns:" — normalise "ns:.key" to "ns:key"
  return new Map([...keys].map(([k, v]) => [k.replace(':.', ':'), v]));
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const catalogs = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<
  (typeof LANGS)[number],
  Map<string, unknown>
>;
const leaves = (m: Map<string, unknown>) =>
  [...m].filter(([k, v]) => typeof v === 'string' && !k.endsWith(':')).map(([k]) => k);
const qualify = (key: string) => (key.includes(':') ? key : `${DEFAULT_NS}:${key}`);
const existsIn = (catalog: Map<string, unknown>, key: string) =>
  typeof catalog.get(key) === 'string' ||
  [...catalog.keys()].some((k) => PLURAL.test(k) && k.replace(PLURAL, '') === key);

describe('translation files', () => {
  it('given the French and English files, then both languages have exactly the same keys', () => {
    const fr = new Set(leaves(catalogs.fr));
    const en = new Set(leaves(catalogs.en));
    assert.ok(fr.size > 50, 'the French catalogue looks empty');
    assert.deepEqual(
      [...fr].filter((k) => !en.has(k)),
      [],
      'keys missing in English',
    );
    assert.deepEqual(
      [...en].filter((k) => !fr.has(k)),
      [],
      'keys missing in French',
    );
  });

  it('given the same key, then no translation is empty', () => {
    for (const lang of LANGS) {
      const empty = [...catalogs[lang]].filter(([, v]) => v === '').map(([k]) => k);
      assert.deepEqual(empty, [], `empty strings in ${lang}`);
    }
  });

  it('given a count in a text, then its noun agrees with it: plural keys, no "place(s)" (issue #9, point 4)', () => {
    for (const lang of LANGS) {
      const hedged = [...catalogs[lang]]
        .filter(([, v]) => typeof v === 'string' && /\w\((s|es)\)/.test(v))
        .map(([k]) => k);
      assert.deepEqual(hedged, [], `hedged plurals in ${lang}`);
    }
  });

  it("given the source, then every t('key') exists in a translation file", () => {
    const missing: string[] = [];
    const missingPrefixes: string[] = [];
    let count = 0;
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      const rel = path.relative(root, file);
      for (const match of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) {
        count++;
        const key = qualify(match[2]);
        if (!LANGS.some((l) => existsIn(catalogs[l], key))) missing.push(`${rel}: ${key}`);
      }
      // t(`ns:prefix.${value}`): the prefix must be a group of keys
      for (const match of text.matchAll(/\bt\(\s*`([^`$]+)\.\$\{/g)) {
        const prefix = qualify(match[1]);
        if (!LANGS.every((l) => typeof catalogs[l].get(prefix) === 'object'))
          missingPrefixes.push(`${rel}: ${prefix}.*`);
      }
    }
    assert.ok(count > 100, `only ${count} t() calls found: is the scan broken?`);
    assert.deepEqual(missing, [], 'keys used in the source but in no translation file');
    assert.deepEqual(missingPrefixes, [], 'dynamic key groups missing');
  });

  it('given the enums shown through dynamic keys, then each value has a label in both languages', () => {
    const groups: Array<[string, readonly string[]]> = [
      ['common:role', roleSchema.options],
      ['members:status', memberStatusSchema.options],
      ['users:status', userStatusSchema.options],
      ['outbox:status', outboxStatusSchema.options],
      ['mutuals:kinds', mutualKindSchema.options],
      ['employees:import.actions', ['create', 'update', 'invalid']],
      ['needs:status', needStatusSchema.options],
      ['needs:priority', needPrioritySchema.options],
      ['needs:source', needSourceSchema.options],
      ['needs:mode', trainingModeSchema.options],
      ['needs:diagnosticStatus', diagnosticStatusSchema.options],
      ['demand:status', cellStatusSchema.options],
      ['catalogue:kinds', providerKindSchema.options],
      ['catalogue:courseStatus', courseStatusSchema.options],
      ['quotes:status', quoteRequestStatusSchema.options],
      ['quotes:providerStatus', quoteProviderStatusSchema.options],
      ['pooling:technical.steps', PLAN_SOLVER_STEPS],
      ['pooling:figureKeys', PLAN_COMPARISON_KEYS],
    ];
    const missing: string[] = [];
    for (const [prefix, values] of groups) {
      for (const value of values)
        for (const lang of LANGS)
          if (!existsIn(catalogs[lang], `${prefix}.${value}`)) missing.push(`${lang} ${prefix}.${value}`);
    }
    assert.deepEqual(missing, []);
  });
});
