// Targeting: does the mutual reach the firms and workers that need training most? Reach by firm
// size class, by participants' TEER and education, by region and sector, against the targets the
// board sets, with alerts when the share of micro and small firms or of low-skilled participants
// falls below target; the member firms never served and the job classes never trained.

import { cellIsShown } from '../outcomes/suppression.ts';
import { isLowSkilled } from '../reference/people.ts';
import { scianSectorOf } from '../reference/scian.ts';
import { type SizeClass, sizeClassOf } from '../reference/size-class.ts';

export interface TargetingTargets {
  /** Share of served firms that are micro or small (< 100), in %. */
  microSmallFirmsPct: number;
  /** Share of served firms that are micro (< 10), in %. */
  microFirmsPct: number;
  /** Share of participants who are low-skilled (no diploma or secondary only), in %. */
  lowSkilledPct: number;
}

export const DEFAULT_TARGETS: TargetingTargets = { microSmallFirmsPct: 70, microFirmsPct: 30, lowSkilledPct: 40 };

export interface ReachFirm {
  id: string;
  name: string;
  headcount: number;
  regionCode: string;
  scianCode: string;
  /** Active members are the population the mutual should reach. */
  active: boolean;
}

export interface ReachEmployee {
  memberId: string;
  nocCode: string;
  teer: number;
  educationLevel: string;
  /** Employed during the period. */
  employed: boolean;
}

export interface ReachParticipant {
  employeeId: string;
  memberId: string;
  /** The job class held when trained. */
  nocCode: string;
  teer: number;
  educationLevel: string;
}

export interface ReachCell {
  key: string;
  /** Served firms (firms with a participant) and participants; null when a small cell. */
  firms: number | null;
  participants: number | null;
  /** Share of all served firms / all participants, in %; null when suppressed. */
  firmsPct: number | null;
  participantsPct: number | null;
  /** The same share among the member firms / their employees: what reach would be if it followed the membership. */
  populationPct: number | null;
}

export type TargetingAlertKind = 'micro_small_firms' | 'micro_firms' | 'low_skilled';

export interface TargetingAlert {
  kind: TargetingAlertKind;
  /** null when the share itself is a small cell: the alert stands, its value is not shown. */
  actualPct: number | null;
  targetPct: number;
}

export interface TargetingReport {
  servedFirms: number;
  memberFirms: number;
  participants: number | null;
  shares: { microSmallFirmsPct: number | null; microFirmsPct: number | null; lowSkilledPct: number | null };
  targets: TargetingTargets;
  alerts: TargetingAlert[];
  bySizeClass: ReachCell[];
  byTeer: ReachCell[];
  byEducation: ReachCell[];
  byRegion: ReachCell[];
  bySector: ReachCell[];
  /** Active member firms with no participant in the period. */
  neverServed: { id: string; name: string; sizeClass: SizeClass; regionCode: string; scianCode: string }[];
  /** Job classes (NOC codes) held by the members' employees and never trained in the period; counts suppressed below 5. */
  untrainedJobClasses: { nocCode: string; teer: number; employees: number | null; firms: number | null }[];
}

const pct = (n: number, d: number) => (d > 0 ? (100 * n) / d : null);
const sectorOf = (code: string) => scianSectorOf(code)?.code ?? code.slice(0, 2);

/**
 * The reach of the period's training. `participants` are the trained employees (one row per
 * employee); `firms` every member firm (active or not); `employees` their employees, for the
 * population shares and the job classes never trained.
 */
export function targetingReport(
  firms: readonly ReachFirm[],
  employees: readonly ReachEmployee[],
  participants: readonly ReachParticipant[],
  targets: TargetingTargets,
): TargetingReport {
  const firmById = new Map(firms.map((f) => [f.id, f]));
  const served = new Set(participants.map((p) => p.memberId));
  const servedFirms = firms.filter((f) => served.has(f.id));
  const activeFirms = firms.filter((f) => f.active);
  const population = employees.filter((e) => e.employed && firmById.get(e.memberId)?.active);

  const cells = <T>(
    items: readonly T[],
    keyOf: (t: T) => string,
    firmOf: (t: T) => string,
    populationItems: readonly { key: string }[],
    countsPeople: boolean,
    order?: readonly string[],
  ): ReachCell[] => {
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
    const popCount = new Map<string, number>();
    for (const p of populationItems) popCount.set(p.key, (popCount.get(p.key) ?? 0) + 1);
    const keys = [...new Set([...groups.keys(), ...popCount.keys()])].sort((a, b) =>
      order ? order.indexOf(a) - order.indexOf(b) : a.localeCompare(b),
    );
    return keys.map((key) => {
      const group = groups.get(key) ?? [];
      const firmCount = new Set(group.map(firmOf)).size;
      const people = countsPeople ? group.length : null;
      const shown = group.length === 0 || cellIsShown({ people, firms: firmCount });
      return {
        key,
        firms: shown ? firmCount : null,
        participants: countsPeople ? (shown ? group.length : null) : null,
        firmsPct: shown ? pct(firmCount, servedFirms.length) : null,
        participantsPct: countsPeople && shown ? pct(group.length, participants.length) : null,
        populationPct: pct(popCount.get(key) ?? 0, populationItems.length),
      };
    });
  };

  const sizeOrder = ['micro', 'small', 'medium', 'large'];
  const bySizeClass = cells(
    servedFirms,
    (f) => sizeClassOf(f.headcount),
    (f) => f.id,
    activeFirms.map((f) => ({ key: sizeClassOf(f.headcount) })),
    false,
    sizeOrder,
  );
  // participants' size class cells count people too
  const participantsBySize = cells(
    participants,
    (p) => sizeClassOf(firmById.get(p.memberId)?.headcount ?? 0),
    (p) => p.memberId,
    [],
    true,
    sizeOrder,
  );
  for (const cell of bySizeClass) {
    const match = participantsBySize.find((c) => c.key === cell.key);
    cell.participants = match?.participants ?? 0;
    cell.participantsPct = match?.participantsPct ?? (match ? null : 0);
  }
  const byTeer = cells(
    participants,
    (p) => String(p.teer),
    (p) => p.memberId,
    population.map((e) => ({ key: String(e.teer) })),
    true,
  );
  const byEducation = cells(
    participants,
    (p) => p.educationLevel,
    (p) => p.memberId,
    population.map((e) => ({ key: e.educationLevel })),
    true,
    ['none', 'secondary', 'vocational', 'college', 'bachelor', 'graduate'],
  );
  const byRegion = cells(
    participants,
    (p) => firmById.get(p.memberId)?.regionCode ?? '',
    (p) => p.memberId,
    population.map((e) => ({ key: firmById.get(e.memberId)?.regionCode ?? '' })),
    true,
  );
  const bySector = cells(
    participants,
    (p) => sectorOf(firmById.get(p.memberId)?.scianCode ?? ''),
    (p) => p.memberId,
    population.map((e) => ({ key: sectorOf(firmById.get(e.memberId)?.scianCode ?? '') })),
    true,
  );

  const micro = servedFirms.filter((f) => sizeClassOf(f.headcount) === 'micro').length;
  const small = servedFirms.filter((f) => sizeClassOf(f.headcount) === 'small').length;
  const low = participants.filter((p) => isLowSkilled(p.educationLevel)).length;
  const participantsShown = cellIsShown({ people: participants.length, firms: served.size });
  const shares = {
    microSmallFirmsPct: pct(micro + small, servedFirms.length),
    microFirmsPct: pct(micro, servedFirms.length),
    lowSkilledPct: participantsShown ? pct(low, participants.length) : null,
  };
  const alerts: TargetingAlert[] = [];
  const check = (kind: TargetingAlertKind, actual: number | null, target: number, shown: boolean) => {
    if (actual !== null && actual < target) alerts.push({ kind, actualPct: shown ? actual : null, targetPct: target });
  };
  check('micro_small_firms', shares.microSmallFirmsPct, targets.microSmallFirmsPct, true);
  check('micro_firms', shares.microFirmsPct, targets.microFirmsPct, true);
  check('low_skilled', pct(low, participants.length), targets.lowSkilledPct, participantsShown);

  const trainedClasses = new Set(participants.map((p) => p.nocCode));
  const jobClasses = new Map<string, { teer: number; employees: number; firms: Set<string> }>();
  for (const e of population) {
    const entry = jobClasses.get(e.nocCode) ?? { teer: e.teer, employees: 0, firms: new Set<string>() };
    entry.employees++;
    entry.firms.add(e.memberId);
    jobClasses.set(e.nocCode, entry);
  }
  return {
    servedFirms: servedFirms.length,
    memberFirms: activeFirms.length,
    participants: participantsShown ? participants.length : null,
    shares,
    targets,
    alerts,
    bySizeClass,
    byTeer,
    byEducation,
    byRegion,
    bySector,
    neverServed: activeFirms
      .filter((f) => !served.has(f.id))
      .map((f) => ({
        id: f.id,
        name: f.name,
        sizeClass: sizeClassOf(f.headcount),
        regionCode: f.regionCode,
        scianCode: f.scianCode,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    untrainedJobClasses: [...jobClasses.entries()]
      .filter(([noc]) => !trainedClasses.has(noc))
      .map(([nocCode, j]) => {
        const shown = cellIsShown({ people: j.employees, firms: j.firms.size });
        return { nocCode, teer: j.teer, employees: shown ? j.employees : null, firms: shown ? j.firms.size : null };
      })
      .sort((a, b) => (b.employees ?? 0) - (a.employees ?? 0) || a.nocCode.localeCompare(b.nocCode)),
  };
}
