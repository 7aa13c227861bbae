// The observatory's figures: every observed mutual's indicators year by year (small cells
// suppressed), and the same pooled by type and by size class.

import { createHash } from 'node:crypto';
import type { Observatory, ObservedMutual } from '@mutualis/contracts';
import {
  groupFigure,
  type MutualSizeClass,
  mutualSizeClassOf,
  mutualTypeOf,
} from '@mutualis/domain/governance/observatory';
import type { MutualBasis } from '@mutualis/domain/governance/recognition';
import {
  computeIndicators,
  INDICATOR_KEYS,
  type IndicatorKey,
  type IndicatorValue,
  suppressSmallCells,
} from '@mutualis/domain/governance/scorecard';
import { isSmallCell } from '@mutualis/domain/governance/suppression';
import type { KeptAnswers } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { dataVersionsDigestOf } from '../db/data-versions.ts';
import { activeMembersTodayOf, gatherMutualYearFacts, recognitionStatusesOf } from '../governance/index.ts';
import { observatoryRepository } from './repository.ts';

export interface ObservatoryOptions {
  from?: number;
  to?: number;
  indicators?: IndicatorKey[];
  type?: ObservedMutual['type'];
  sizeClass?: MutualSizeClass;
}

/** The years asked, within what has happened: by default the ten years up to this one. */
export function yearsOf(options: { from?: number; to?: number }, today: string): { from: number; to: number } {
  const thisYear = Number(today.slice(0, 4));
  const to = Math.min(options.to ?? thisYear, thisYear);
  const from = Math.min(options.from ?? to - 9, to);
  return { from, to };
}

/** The observed mutuals with their yearly (suppressed) values, filtered by type and latest size class. */
export async function observedValues(db: Db, mutualIds: string[], options: ObservatoryOptions, today: string) {
  const { from, to } = yearsOf(options, today);
  const [rows, facts, recognition] = await Promise.all([
    observatoryRepository(db).mutuals(mutualIds),
    gatherMutualYearFacts(db, mutualIds, from, to, today, { consentingOnly: true }),
    recognitionStatusesOf(db, mutualIds),
  ]);
  const mutuals = rows.map((m) => {
    const years = (facts.get(m.id) ?? []).map((f) => ({
      year: f.year,
      sizeClass: mutualSizeClassOf(f.members.activeAtEnd),
      values: suppressSmallCells(computeIndicators(f)),
    }));
    const active = (facts.get(m.id) ?? []).at(-1)?.members.activeAtEnd ?? 0;
    return { mutual: observedMutualOf(m, active, recognition.get(m.id)), years };
  });
  const kept = mutuals.filter(
    (m) =>
      (!options.type || m.mutual.type === options.type) &&
      (!options.sizeClass || m.mutual.sizeClass === options.sizeClass),
  );
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return { years, mutuals: kept };
}

type MutualRow = Awaited<ReturnType<ReturnType<typeof observatoryRepository>['mutuals']>>[number];

/** A mutual as observers see it: its identity, type, size class and recognition; few members are not counted. */
function observedMutualOf(m: MutualRow, activeMembers: number, recognition: ObservedMutual['recognition'] | undefined) {
  const mutual: ObservedMutual = {
    id: m.id,
    name: m.name,
    basis: m.kind as MutualBasis,
    type: mutualTypeOf(m.kind as MutualBasis),
    regionCode: m.region_code,
    scianCode: m.scian_code,
    sizeClass: mutualSizeClassOf(activeMembers),
    activeMembers: isSmallCell({ firms: activeMembers }) ? null : activeMembers,
    recognition: recognition ?? 'none',
  };
  return mutual;
}

/**
 * The observed mutuals as of today, without their indicators (the list of observed mutuals). Their
 * active members and recognition are kept per day and per digest of the mutuals' data versions
 * (decision 82): members give a new evidence version when written, recognition events a new money
 * version. Names and types are read on every request.
 */
export async function observedMutualsOf(
  db: Db,
  mutualIds: string[],
  today: string,
  kept: KeptAnswers,
): Promise<ObservedMutual[]> {
  // the versions are read before the data: a write committed after them shows as a new digest next time
  const digest = await dataVersionsDigestOf(db, mutualIds);
  const slot = JSON.stringify([
    'observed-standing',
    createHash('sha256')
      .update([...mutualIds].sort().join(','))
      .digest('hex'),
  ]);
  const [rows, { active, recognition }] = await Promise.all([
    observatoryRepository(db).mutuals(mutualIds),
    kept.answerOf(slot, JSON.stringify([digest, today]), async () => {
      const [active, recognition] = await Promise.all([
        activeMembersTodayOf(db, mutualIds, today),
        recognitionStatusesOf(db, mutualIds),
      ]);
      return { active, recognition };
    }),
  ]);
  return rows.map((m) => observedMutualOf(m, active.get(m.id) ?? 0, recognition.get(m.id)));
}

/** Indicators side by side and year by year, and pooled by type and size. */
export async function readObservatory(
  db: Db,
  mutualIds: string[],
  options: ObservatoryOptions,
  today: string,
): Promise<Observatory> {
  const { years, mutuals } = await observedValues(db, mutualIds, options, today);
  const indicators = options.indicators?.length ? [...new Set(options.indicators)] : [...INDICATOR_KEYS];
  const cell = (v: IndicatorValue | undefined, year: number) => ({
    year,
    value: v?.value ?? null,
    status: v?.status ?? ('not_available' as const),
  });
  const series = mutuals.flatMap((m) =>
    indicators.map((indicator) => ({
      mutualId: m.mutual.id,
      indicator,
      values: years.map((year) => cell(m.years.find((y) => y.year === year)?.values[indicator], year)),
    })),
  );
  const groups: Observatory['groups'] = [];
  for (const by of ['type', 'size'] as const) {
    const names = [
      ...new Set(mutuals.flatMap((m) => (by === 'type' ? [m.mutual.type] : m.years.map((y) => y.sizeClass)))),
    ].sort();
    for (const group of names) {
      for (const indicator of indicators) {
        const values = years.map((year) => {
          const members = mutuals.flatMap((m) => {
            const y = m.years.find((x) => x.year === year);
            if (!y) return [];
            const inGroup = by === 'type' ? m.mutual.type === group : y.sizeClass === group;
            return inGroup ? [y.values[indicator]] : [];
          });
          return { year, ...groupFigure(indicator, members) };
        });
        groups.push({ by, group, indicator, values });
      }
    }
  }
  return { years, indicators, mutuals: mutuals.map((m) => m.mutual), series, groups };
}
