// No code is shown to people (issue #9, point 4): every audit action, kind of audited record and
// kind of e-mail the server writes has a label in French and in English. The server's sources are
// read for the codes they use, so a new one without a label fails here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@mutualis/domain/audit/index';
import { EMAIL_KINDS } from '@mutualis/domain/outbox/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverSrc = path.resolve(here, '../../server/src');
const locales = path.resolve(here, '../src/i18n/locales');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The string literals of `key: 'x'` and `key: cond ? 'x' : 'y'` in the server's sources. */
function literalsOf(key: string): Set<string> {
  const found = new Set<string>();
  const property = new RegExp(`\\b${key}:\\s*([^,}\\n]+)`, 'g');
  for (const file of sources(serverSrc)) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(property)) {
      if (m[1].trim().startsWith('`')) continue;
      // the values, not what a condition compares: 'x', or after ? and : of a ternary
      for (const literal of `:${m[1]}`.matchAll(/[?:]\s*'([a-z0-9_.]+)'/g)) found.add(literal[1]);
    }
  }
  return found;
}

/** The kinds of e-mail put in the outbox (enqueueEmail) or sent to participants (notifyParticipants). */
function emailKindsSent(): string[] {
  const found = new Set<string>();
  for (const file of sources(serverSrc)) {
    const text = fs.readFileSync(file, 'utf8');
    // each call with what follows it up to its end (a call may be written over several lines)
    const calls = (name: string) =>
      text
        .split(`${name}(`)
        .slice(1)
        .map((rest) => rest.slice(0, 400).split(');')[0]);
    for (const call of calls('enqueueEmail')) {
      for (const m of call.matchAll(/\bkind:\s*[^,;]*?'([a-z0-9_]+)'(?:\s*:\s*[^,;]*?'([a-z0-9_]+)')*/g))
        for (const k of m.slice(1)) if (k) found.add(k);
      for (const m of call.matchAll(/'((?:questionnaire|level3_questionnaire)_\d)'/g)) found.add(m[1]);
    }
    for (const line of text.split('\n'))
      if (line.includes('notifyParticipants(')) for (const m of line.matchAll(/[?:,(]\s*'([a-z_]+)'/g)) found.add(m[1]);
  }
  return [...found];
}

/** A label by i18next's lookup: "a.b.c" is the path a → b → c in the JSON file. */
function label(lang: string, ns: string, key: string): unknown {
  let node: unknown = JSON.parse(fs.readFileSync(path.join(locales, lang, `${ns}.json`), 'utf8'));
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function unlabelled(ns: string, group: string, codes: readonly string[]): string[] {
  return ['fr', 'en'].flatMap((lang) =>
    codes
      .filter(
        (c) =>
          typeof label(lang, ns, `${group}.${c}`) !== 'string' || !(label(lang, ns, `${group}.${c}`) as string).trim(),
      )
      .map((c) => `${lang} ${ns}:${group}.${c}`),
  );
}

describe('labels of the codes the server records', () => {
  it('given the audit actions the server writes, then each is in the closed list (domain/audit)', () => {
    // 'invalid' is the action of an employee import's row, not an audit action
    const used = [...literalsOf('action')].filter((a) => a !== 'invalid');
    const notListed = used.filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a));
    assert.ok(used.length > 50, `only ${used.length} actions found: is the scan broken?`);
    assert.deepEqual(notListed, []);
  });

  it('given every audit action, then it has a French and an English label (register.update → "Registre des activités modifié")', () => {
    assert.deepEqual(unlabelled('audit', 'actions', AUDIT_ACTIONS), []);
    assert.equal(label('fr', 'audit', 'actions.register.update'), 'Registre des activités modifié');
  });

  it('given the kinds of records the server audits, then each is listed and labelled in both languages', () => {
    const notListed = [...literalsOf('entityType')].filter(
      (e) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(e),
    );
    assert.deepEqual(notListed, []);
    assert.deepEqual(unlabelled('audit', 'entities', AUDIT_ENTITY_TYPES), []);
  });

  it('given the e-mails the server sends, then each kind is listed and labelled in both languages (go_no_go_alert → words)', () => {
    const sent = emailKindsSent();
    const notListed = sent.filter((k) => !(EMAIL_KINDS as readonly string[]).includes(k));
    assert.ok(
      sent.includes('go_no_go_alert') && sent.includes('password_reset'),
      'the scan no longer finds the e-mail kinds',
    );
    assert.deepEqual(notListed, []);
    assert.deepEqual(unlabelled('outbox', 'kinds', EMAIL_KINDS), []);
    assert.equal(label('fr', 'outbox', 'kinds.go_no_go_alert'), 'Alerte de décision (go/no-go)');
  });
});
