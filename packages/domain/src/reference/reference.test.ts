import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  foldForSearch,
  isKnownScian,
  isValidRegion,
  NOC_BROAD_CATEGORIES,
  REGIONS,
  SCIAN_SECTORS,
  SCIAN_SUBSECTORS,
  scianLabel,
  scianSectorOf,
  sizeClassOf,
  TEER_LEVELS,
  teerOfNoc,
} from './index.ts';

describe('reference data', () => {
  it('given the regions, then there are 17 with codes 01 to 17 and the official first and last names', () => {
    assert.deepEqual(
      REGIONS.map((r) => r.code),
      Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    assert.equal(REGIONS[0].fr, 'Bas-Saint-Laurent');
    assert.equal(REGIONS[16].fr, 'Centre-du-Québec');
  });

  it('given region codes, when checked, then only 01–17 are valid', () => {
    assert.equal(isValidRegion('01'), true);
    assert.equal(isValidRegion('17'), true);
    assert.equal(isValidRegion('18'), false);
    assert.equal(isValidRegion('1'), false);
    assert.equal(isValidRegion('00'), false);
  });

  it('given SCIAN 2022, then it has 20 sectors and every subsector belongs to one', () => {
    assert.equal(SCIAN_SECTORS.length, 20);
    assert.ok(SCIAN_SUBSECTORS.length >= 85);
    for (const s of SCIAN_SUBSECTORS) assert.ok(s.sector, `${s.code} has no sector`);
    assert.equal(new Set(SCIAN_SUBSECTORS.map((s) => s.code)).size, SCIAN_SUBSECTORS.length);
  });

  it('given a manufacturing subsector, when its sector is looked up, then it is 31-33 Fabrication', () => {
    assert.equal(scianSectorOf('332')?.code, '31-33');
    assert.equal(scianSectorOf('455')?.code, '44-45');
    assert.equal(scianLabel('31-33', 'fr'), 'Fabrication');
    assert.equal(scianLabel('332', 'en'), 'Fabricated metal product manufacturing');
  });

  it('given codes, when checked against SCIAN, then sectors and subsectors are known and others not', () => {
    assert.equal(isKnownScian('332'), true);
    assert.equal(isKnownScian('31-33'), true);
    assert.equal(isKnownScian('23'), true);
    assert.equal(isKnownScian('999'), false);
    assert.equal(isKnownScian('442'), false, 'retail subsector 442 was removed in 2022');
  });

  it('given headcounts at the class boundaries, when classified, then micro < 10 ≤ small < 100 ≤ medium < 500 ≤ large', () => {
    assert.equal(sizeClassOf(0), 'micro');
    assert.equal(sizeClassOf(9), 'micro');
    assert.equal(sizeClassOf(10), 'small');
    assert.equal(sizeClassOf(99), 'small');
    assert.equal(sizeClassOf(100), 'medium');
    assert.equal(sizeClassOf(499), 'medium');
    assert.equal(sizeClassOf(500), 'large');
  });

  it('given NOC 2021 codes, when the TEER is derived, then it is the second digit', () => {
    assert.equal(teerOfNoc('94100'), 4);
    assert.equal(teerOfNoc('00012'), 0);
    assert.equal(teerOfNoc('21231'), 1);
    assert.equal(teerOfNoc('9410'), undefined);
    assert.equal(teerOfNoc('96100'), undefined, 'second digit 6 is not a TEER');
    assert.equal(NOC_BROAD_CATEGORIES.length, 10);
    assert.deepEqual(
      TEER_LEVELS.map((t) => t.teer),
      [0, 1, 2, 3, 4, 5],
    );
  });

  it('given accented mixed-case text, when folded, then accents and case are gone', () => {
    assert.equal(foldForSearch('  Ébénisterie CÔTÉ '), 'ebenisterie cote');
  });
});
