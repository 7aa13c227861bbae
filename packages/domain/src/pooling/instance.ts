// Indexes a validated problem: compatible slots (offer, period, region), their groups
// (offer, period) sharing maxSessions, and the independent components of the problem.
import type { PoolingProblem } from './problem.ts';

/** A place where sessions of one offer can run: one period and, for in-person, one region. */
export interface Slot {
  index: number;
  offer: number;
  period: string;
  periodIndex: number;
  /** null for a virtual offer */
  region: string | null;
  /** index of the (offer, period) group whose maxSessions it shares */
  group: number;
  /** compatible needs (indices into problem.needs), ascending */
  needs: number[];
}

export interface SlotGroup {
  offer: number;
  period: string;
  slots: number[];
}

/** A part of the problem that shares no need and no offer-period with the rest. */
export interface Component {
  needs: number[];
  slots: number[];
  groups: number[];
}

export interface PoolingInstance {
  problem: PoolingProblem;
  slots: Slot[];
  groups: SlotGroup[];
  /** every compatible slot of each need, before pruning */
  compatibleSlots: number[][];
  /** slots that can actually open a session (enough seats and members overall) */
  usable: boolean[];
  /** usable compatible slots of each need */
  needSlots: number[][];
}

/** Builds every compatible (offer, period, region) slot; a slot is usable only if its compatible needs can reach minSeats and minMembersPerSession. */
export function indexInstance(problem: PoolingProblem): PoolingInstance {
  const { needs, offers, periods } = problem;
  const periodIndex = new Map(periods.map((p, i) => [p, i]));
  const offersByTopic = new Map<string, number[]>();
  offers.forEach((o, i) => {
    const list = offersByTopic.get(o.topic) ?? [];
    list.push(i);
    offersByTopic.set(o.topic, list);
  });
  const slots: Slot[] = [];
  const groups: SlotGroup[] = [];
  const slotKey = new Map<string, number>();
  const groupKey = new Map<string, number>();
  const compatibleSlots: number[][] = needs.map(() => []);
  needs.forEach((n, ni) => {
    for (const oi of offersByTopic.get(n.topic) ?? []) {
      const o = offers[oi];
      if (!n.languages.includes(o.language) || !n.modes.includes(o.mode)) continue;
      const region = o.mode === 'virtual' ? null : n.region;
      if (region !== null && !o.regions.includes(region)) continue;
      for (const p of n.periods) {
        if (!o.periods.includes(p)) continue;
        const sk = `${oi}\u0000${p}\u0000${region ?? ''}`;
        let si = slotKey.get(sk);
        if (si === undefined) {
          const gk = `${oi}\u0000${p}`;
          let gi = groupKey.get(gk);
          if (gi === undefined) {
            gi = groups.length;
            groups.push({ offer: oi, period: p, slots: [] });
            groupKey.set(gk, gi);
          }
          si = slots.length;
          slots.push({
            index: si,
            offer: oi,
            period: p,
            periodIndex: periodIndex.get(p) ?? 0,
            region,
            group: gi,
            needs: [],
          });
          groups[gi].slots.push(si);
          slotKey.set(sk, si);
        }
        slots[si].needs.push(ni);
        compatibleSlots[ni].push(si);
      }
    }
  });
  const minMembers = problem.policy.minMembersPerSession;
  const usable = slots.map((s) => {
    let seats = 0;
    for (const ni of s.needs) seats += needs[ni].seats;
    if (seats < offers[s.offer].minSeats) return false;
    if (minMembers > 1 && new Set(s.needs.map((ni) => needs[ni].memberId)).size < minMembers) return false;
    return true;
  });
  const needSlots = compatibleSlots.map((list) => list.filter((si) => usable[si]));
  return { problem, slots, groups, compatibleSlots, usable, needSlots };
}

/** Splits the usable part of an instance into independent components (no shared need or offer-period), in a deterministic order. */
export function findComponents(inst: PoolingInstance): Component[] {
  const nNeeds = inst.problem.needs.length;
  const parent = new Int32Array(nNeeds + inst.groups.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  inst.slots.forEach((s, si) => {
    if (!inst.usable[si]) return;
    for (const ni of s.needs) union(ni, nNeeds + s.group);
  });
  const byRoot = new Map<number, Component>();
  for (let ni = 0; ni < nNeeds; ni++) {
    if (inst.needSlots[ni].length === 0) continue;
    const root = find(ni);
    let c = byRoot.get(root);
    if (!c) {
      c = { needs: [], slots: [], groups: [] };
      byRoot.set(root, c);
    }
    c.needs.push(ni);
  }
  inst.groups.forEach((g, gi) => {
    const usableSlots = g.slots.filter((si) => inst.usable[si]);
    if (usableSlots.length === 0) return;
    const c = byRoot.get(find(nNeeds + gi));
    if (!c) return;
    c.groups.push(gi);
    c.slots.push(...usableSlots);
  });
  for (const c of byRoot.values()) c.slots.sort((a, b) => a - b);
  return [...byRoot.values()].sort((a, b) => a.needs[0] - b.needs[0]);
}
