import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STARTER_TOPICS } from './starter-topics.ts';
import { NOC_CODE, TOPIC_CODE, topicCodeFor, topicWithDescendants, wouldCreateCycle } from './topics.ts';

describe('starter topics', () => {
  it('given the starter list, then it has at least 60 topics with unique valid codes', () => {
    assert.ok(STARTER_TOPICS.length >= 60, `only ${STARTER_TOPICS.length}`);
    const codes = STARTER_TOPICS.map((t) => t.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, TOPIC_CODE);
  });
  it('given the starter list, then every topic is named in French and English and its parent comes first', () => {
    const seen = new Set<string>();
    for (const t of STARTER_TOPICS) {
      assert.ok(t.nameFr.trim() && t.nameEn.trim(), t.code);
      if (t.parentCode) assert.ok(seen.has(t.parentCode), `${t.code} before its parent`);
      for (const noc of t.nocCodes) assert.match(noc, NOC_CODE, t.code);
      seen.add(t.code);
    }
  });
  it('given the starter list, then it covers the themes mutuals train in', () => {
    const roots = STARTER_TOPICS.filter((t) => !t.parentCode).map((t) => t.code);
    for (const theme of [
      'health-safety',
      'management',
      'production',
      'digital',
      'languages',
      'trades',
      'hr',
      'finance',
      'marketing',
      'administration',
    ]) {
      assert.ok(roots.includes(theme), theme);
    }
  });
});

describe('topic tree', () => {
  const tree = [
    { id: 'a', parentId: null },
    { id: 'b', parentId: 'a' },
    { id: 'c', parentId: 'b' },
    { id: 'd', parentId: null },
  ];
  it('given a chain a > b > c, when a is moved under c, then it is a cycle', () => {
    assert.equal(wouldCreateCycle(tree, 'a', 'c'), true);
  });
  it('given a chain a > b > c, when c is moved under d, then it is not a cycle', () => {
    assert.equal(wouldCreateCycle(tree, 'c', 'd'), false);
  });
  it('given a topic, when it is made its own parent, then it is a cycle', () => {
    assert.equal(wouldCreateCycle(tree, 'd', 'd'), true);
  });
  it('given a chain a > b > c, when asking for a with descendants, then a, b and c come back', () => {
    assert.deepEqual(topicWithDescendants(tree, 'a').sort(), ['a', 'b', 'c']);
  });
  it('given an English name with accents and spaces, then the code is a slug under the parent', () => {
    assert.equal(topicCodeFor('Élévateur: conduite  sûre', 'health-safety'), 'health-safety.elevateur-conduite-sure');
  });
});
