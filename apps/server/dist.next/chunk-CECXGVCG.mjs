import {
  parsePoolingProblem
} from "./chunk-KNC77P3G.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// packages/domain/src/pooling/order.ts
function compareIds(a, b) {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i];
    const y = rb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = BigInt(x);
      const ny = BigInt(y);
      if (nx !== ny) return nx < ny ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  if (ra.length !== rb.length) return ra.length - rb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(compareIds, "compareIds");
function splitByLargestRemainder(total, weights) {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum <= 0) return splitByLargestRemainder(total, weights.map(() => 1));
  const parts = new Array(n);
  const rest = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = total * weights[i] / sum;
    const floor = Math.floor(exact + 1e-9);
    parts[i] = floor;
    given += floor;
    rest.push({ i, r: exact - floor });
  }
  rest.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; given < total; k++, given++) parts[rest[k % n].i]++;
  return parts;
}
__name(splitByLargestRemainder, "splitByLargestRemainder");
function centsToDollars(cents) {
  return Math.round(cents) / 100;
}
__name(centsToDollars, "centsToDollars");

// packages/domain/src/pooling/allocation.ts
function sessionCostToShare(s) {
  return s.fixedCostCents + s.seatCostCents * s.allocations.reduce((t, a) => t + a.seats, 0);
}
__name(sessionCostToShare, "sessionCostToShare");
function shareBySeat(s) {
  return splitByLargestRemainder(
    sessionCostToShare(s),
    s.allocations.map((a) => a.seats)
  );
}
__name(shareBySeat, "shareBySeat");
function shareFixedEquallyByFirm(s) {
  const firms = [...new Set(s.allocations.map((a) => a.memberId))].sort(compareIds);
  const fixedPerFirm = splitByLargestRemainder(
    s.fixedCostCents,
    firms.map(() => 1)
  );
  const shares = s.allocations.map((a) => a.seats * s.seatCostCents);
  firms.forEach((firm, f) => {
    const mine = s.allocations.flatMap((a, i) => a.memberId === firm ? [i] : []);
    const parts = splitByLargestRemainder(
      fixedPerFirm[f],
      mine.map((i) => s.allocations[i].seats)
    );
    mine.forEach((i, k) => {
      shares[i] += parts[k];
    });
  });
  return shares;
}
__name(shareFixedEquallyByFirm, "shareFixedEquallyByFirm");
function isSmallFirm(sizeClass) {
  return sizeClass === "micro" || sizeClass === "small";
}
__name(isSmallFirm, "isSmallFirm");
function shareWithSmallFirmDiscount(s, sizeClassOf, discount) {
  return splitByLargestRemainder(
    sessionCostToShare(s),
    s.allocations.map((a) => a.seats * (isSmallFirm(sizeClassOf(a.memberId)) ? 1 - discount : 1))
  );
}
__name(shareWithSmallFirmDiscount, "shareWithSmallFirmDiscount");
function shareSession(s, rule, sizeClassOf, discount) {
  if (rule === "fixed_equal_by_firm") return shareFixedEquallyByFirm(s);
  if (rule === "small_firm_discount") return shareWithSmallFirmDiscount(s, sizeClassOf, discount);
  return shareBySeat(s);
}
__name(shareSession, "shareSession");
function capAtStandalone(sessions, shares, standaloneOf) {
  const memberIndex = /* @__PURE__ */ new Map();
  const memberIds = [];
  const sessionMembers = sessions.map((s, si) => {
    const members = [];
    const amount = [];
    const seats = [];
    s.allocations.forEach((a, ai) => {
      let m = memberIndex.get(a.memberId);
      if (m === void 0) {
        m = memberIds.length;
        memberIds.push(a.memberId);
        memberIndex.set(a.memberId, m);
      }
      let k = members.indexOf(m);
      if (k < 0) {
        k = members.length;
        members.push(m);
        amount.push(0);
        seats.push(0);
      }
      amount[k] += shares[si][ai];
      seats[k] += a.seats;
    });
    return { members, amount, seats };
  });
  const pooled = memberIds.map(() => 0);
  const sessionsOf = memberIds.map(() => []);
  sessionMembers.forEach((sm, si) => {
    sm.members.forEach((m, k) => {
      pooled[m] += sm.amount[k];
      sessionsOf[m].push(si);
    });
  });
  const cap = memberIds.map((id) => standaloneOf(id));
  const headroom = /* @__PURE__ */ __name((m) => cap[m] - pooled[m], "headroom");
  const changed = /* @__PURE__ */ new Set();
  const move = /* @__PURE__ */ __name((si, from, to, cents) => {
    const sm = sessionMembers[si];
    sm.amount[sm.members.indexOf(from)] -= cents;
    sm.amount[sm.members.indexOf(to)] += cents;
    pooled[from] -= cents;
    pooled[to] += cents;
    changed.add(si);
  }, "move");
  const over = memberIds.map((_, m) => m).filter((m) => headroom(m) < 0).sort((a, b) => compareIds(memberIds[a], memberIds[b]));
  for (const m of over) {
    for (const si of sessionsOf[m]) {
      if (headroom(m) >= 0) break;
      const sm = sessionMembers[si];
      let receivers = sm.members.filter((r) => r !== m && headroom(r) > 0);
      let amount = Math.min(-headroom(m), sm.amount[sm.members.indexOf(m)]);
      while (amount > 0 && receivers.length > 0) {
        const parts = splitByLargestRemainder(
          amount,
          receivers.map((r) => sm.seats[sm.members.indexOf(r)])
        );
        let moved = 0;
        receivers.forEach((r, k) => {
          const c = Math.min(parts[k], headroom(r));
          if (c > 0) move(si, m, r, c);
          moved += c;
        });
        amount -= moved;
        receivers = receivers.filter((r) => headroom(r) > 0);
        if (moved === 0) break;
      }
    }
  }
  let budget = 2e4;
  for (const m of over) {
    while (headroom(m) < 0 && budget-- > 0) {
      const prev = /* @__PURE__ */ new Map();
      const queue = [m];
      prev.set(m, { member: -1, session: -1 });
      let target = -1;
      for (let q = 0; q < queue.length && target < 0; q++) {
        const a = queue[q];
        for (const si of sessionsOf[a]) {
          const sm = sessionMembers[si];
          if (sm.amount[sm.members.indexOf(a)] <= 0) continue;
          for (const b of sm.members) {
            if (prev.has(b)) continue;
            prev.set(b, { member: a, session: si });
            if (headroom(b) > 0) {
              target = b;
              break;
            }
            queue.push(b);
          }
          if (target >= 0) break;
        }
      }
      if (target < 0) break;
      const path = [];
      for (let b = target; b !== m; ) {
        const p = prev.get(b);
        if (!p) break;
        path.push({ from: p.member, to: b, session: p.session });
        b = p.member;
      }
      let delta = Math.min(-headroom(m), headroom(target));
      for (const e of path) {
        const sm = sessionMembers[e.session];
        delta = Math.min(delta, sm.amount[sm.members.indexOf(e.from)]);
      }
      if (delta <= 0) break;
      for (const e of path) move(e.session, e.from, e.to, delta);
    }
  }
  const out = shares.map((row) => [...row]);
  for (const si of changed) {
    const s = sessions[si];
    const sm = sessionMembers[si];
    sm.members.forEach((m, k) => {
      const mine = s.allocations.flatMap((a, i) => a.memberId === memberIds[m] ? [i] : []);
      const parts = splitByLargestRemainder(
        sm.amount[k],
        mine.map((i) => s.allocations[i].seats)
      );
      mine.forEach((i, j) => {
        out[si][i] = parts[j];
      });
    });
  }
  const overStandalone = memberIds.filter((_, m) => headroom(m) < 0).sort(compareIds);
  return { shares: out, overStandalone };
}
__name(capAtStandalone, "capAtStandalone");

// packages/domain/src/pooling/draft.ts
function sessionSeats(s) {
  let t = 0;
  for (const a of s.allocations) t += a.seats;
  return t;
}
__name(sessionSeats, "sessionSeats");
function sessionCostCents(inst, s) {
  const o = inst.problem.offers[inst.slots[s.slot].offer];
  return o.fixedCostCents + o.seatCostCents * sessionSeats(s);
}
__name(sessionCostCents, "sessionCostCents");
function draftObjectiveCents(inst, sessions, needs) {
  let cost = 0;
  const served = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    cost += sessionCostCents(inst, s);
    for (const a of s.allocations) served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
  }
  let unserved = 0;
  for (const n of needs) unserved += inst.problem.needs[n].seats - (served.get(n) ?? 0);
  return cost + unserved * inst.problem.policy.unservedSeatPenaltyCents;
}
__name(draftObjectiveCents, "draftObjectiveCents");
function splitSlotIntoSessions(slot, count, seatsByNeed) {
  const total = seatsByNeed.reduce((t, a) => t + a.seats, 0);
  if (count <= 0 || total <= 0) return [];
  const sessions = [];
  const base = Math.floor(total / count);
  const extra = total % count;
  let k = 0;
  let left = seatsByNeed[0]?.seats ?? 0;
  for (let j = 0; j < count; j++) {
    let size = base + (j < extra ? 1 : 0);
    const allocations = [];
    while (size > 0 && k < seatsByNeed.length) {
      const take = Math.min(size, left);
      if (take > 0) allocations.push({ need: seatsByNeed[k].need, seats: take });
      size -= take;
      left -= take;
      if (left === 0) {
        k++;
        left = seatsByNeed[k]?.seats ?? 0;
      }
    }
    if (allocations.length > 0) sessions.push({ slot, allocations });
  }
  return sessions;
}
__name(splitSlotIntoSessions, "splitSlotIntoSessions");
function firmIncidences(seatsByNeed, firmOf, count) {
  const byFirm = /* @__PURE__ */ new Map();
  for (const a of seatsByNeed) byFirm.set(firmOf(a.need), (byFirm.get(firmOf(a.need)) ?? 0) + a.seats);
  let total = 0;
  for (const seats of byFirm.values()) total += Math.min(seats, count);
  return total;
}
__name(firmIncidences, "firmIncidences");
function splitSlotAmongFirms(slot, count, seatsByNeed, firmOf) {
  if (count <= 0) return [];
  const firms = /* @__PURE__ */ new Map();
  for (const a of seatsByNeed) {
    if (a.seats <= 0) continue;
    const f = firmOf(a.need);
    firms.set(f, [...firms.get(f) ?? [], a]);
  }
  const seats = Array.from({ length: count }, () => /* @__PURE__ */ new Map());
  const size = new Array(count).fill(0);
  const add = /* @__PURE__ */ __name((j, need) => {
    seats[j].set(need, (seats[j].get(need) ?? 0) + 1);
    size[j]++;
  }, "add");
  const rest = [];
  let next = 0;
  for (const list of firms.values()) {
    let tokens = Math.min(
      count,
      list.reduce((t, a) => t + a.seats, 0)
    );
    for (const a of list) {
      for (let i = 0; i < a.seats; i++) {
        if (tokens > 0) {
          add(next, a.need);
          next = (next + 1) % count;
          tokens--;
        } else rest.push(a.need);
      }
    }
  }
  for (const need of rest) {
    let j = 0;
    for (let i = 1; i < count; i++) if (size[i] < size[j]) j = i;
    add(j, need);
  }
  return seats.filter((m) => m.size > 0).map((m) => ({ slot, allocations: [...m].map(([need, n]) => ({ need, seats: n })).sort((a, b) => a.need - b.need) }));
}
__name(splitSlotAmongFirms, "splitSlotAmongFirms");
function findDraftViolation(inst, sessions) {
  const { needs, offers, policy } = inst.problem;
  const perGroup = /* @__PURE__ */ new Map();
  const served = /* @__PURE__ */ new Map();
  for (const s of sessions) {
    const slot = inst.slots[s.slot];
    const o = offers[slot.offer];
    const seats = sessionSeats(s);
    if (seats < o.minSeats || seats > o.maxSeats) return `session in slot ${s.slot} has ${seats} seats`;
    const members = /* @__PURE__ */ new Set();
    for (const a of s.allocations) {
      if (!Number.isInteger(a.seats) || a.seats <= 0) return `bad seats ${a.seats}`;
      if (!slot.needs.includes(a.need)) return `need ${a.need} not compatible with slot ${s.slot}`;
      members.add(needs[a.need].memberId);
      served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
    }
    if (members.size < policy.minMembersPerSession) return `session in slot ${s.slot} has ${members.size} members`;
    perGroup.set(slot.group, (perGroup.get(slot.group) ?? 0) + 1);
  }
  for (const [g, count] of perGroup) if (count > offers[inst.groups[g].offer].maxSessions) return `group ${g} has ${count} sessions`;
  for (const [n, seats] of served) if (seats > needs[n].seats) return `need ${n} gets ${seats} seats`;
  return null;
}
__name(findDraftViolation, "findDraftViolation");

// packages/domain/src/pooling/baseline.ts
function planNaiveBaseline(inst) {
  const { needs, offers, policy } = inst.problem;
  const used = /* @__PURE__ */ new Map();
  const openByGroupKey = /* @__PURE__ */ new Map();
  const perSeat = /* @__PURE__ */ __name((slot) => {
    const o = offers[inst.slots[slot].offer];
    return o.fixedCostCents / o.maxSeats + o.seatCostCents;
  }, "perSeat");
  const hasRoom = /* @__PURE__ */ __name((slot) => (used.get(inst.slots[slot].group) ?? 0) < offers[inst.slots[slot].offer].maxSessions, "hasRoom");
  const all = [];
  needs.forEach((n, ni) => {
    const slots = inst.compatibleSlots[ni];
    if (slots.length === 0) return;
    let chosen = null;
    for (const language2 of n.languages) {
      for (const period2 of n.periods) {
        const key2 = `${n.topic}\0${n.region}\0${language2}\0${period2}`;
        const open2 = openByGroupKey.get(key2) ?? [];
        const fits = slots.some((si) => {
          const s = inst.slots[si];
          if (s.period !== period2 || offers[s.offer].language !== language2) return false;
          return hasRoom(si) || open2.some((g) => g.session.slot === si && g.seats < offers[s.offer].maxSeats);
        });
        if (fits) {
          chosen = { language: language2, period: period2, key: key2 };
          break;
        }
      }
      if (chosen) break;
    }
    if (!chosen) return;
    const { language, period, key } = chosen;
    const open = openByGroupKey.get(key) ?? [];
    openByGroupKey.set(key, open);
    let left = n.seats;
    for (const g of open) {
      if (left === 0) break;
      if (!slots.includes(g.session.slot)) continue;
      const room = offers[inst.slots[g.session.slot].offer].maxSeats - g.seats;
      const take = Math.min(room, left);
      if (take <= 0) continue;
      g.session.allocations.push({ need: ni, seats: take });
      g.seats += take;
      left -= take;
    }
    while (left > 0) {
      const candidates = slots.filter((si) => {
        const s = inst.slots[si];
        return s.period === period && offers[s.offer].language === language && hasRoom(si);
      });
      if (candidates.length === 0) break;
      candidates.sort((a, b) => perSeat(a) - perSeat(b) || compareIds(offers[inst.slots[a].offer].id, offers[inst.slots[b].offer].id));
      const slot = candidates[0];
      const take = Math.min(offers[inst.slots[slot].offer].maxSeats, left);
      const g = { session: { slot, allocations: [{ need: ni, seats: take }] }, seats: take };
      used.set(inst.slots[slot].group, (used.get(inst.slots[slot].group) ?? 0) + 1);
      open.push(g);
      all.push(g);
      left -= take;
    }
  });
  return all.map((g) => g.session).filter((s) => {
    const o = offers[inst.slots[s.slot].offer];
    if (sessionSeats(s) < o.minSeats) return false;
    return new Set(s.allocations.map((a) => needs[a.need].memberId)).size >= policy.minMembersPerSession;
  });
}
__name(planNaiveBaseline, "planNaiveBaseline");

// packages/domain/src/pooling/heuristic.ts
function newState(inst, comp, sessions = []) {
  const remaining = new Map(comp.needs.map((n) => [n, inst.problem.needs[n].seats]));
  const groupLeft = new Map(comp.groups.map((g) => [g, inst.problem.offers[inst.groups[g].offer].maxSessions]));
  for (const s of sessions) {
    const g = inst.slots[s.slot].group;
    groupLeft.set(g, (groupLeft.get(g) ?? 0) - 1);
    for (const a of s.allocations) remaining.set(a.need, (remaining.get(a.need) ?? 0) - a.seats);
  }
  return { inst, remaining, groupLeft, sessions: sessions.map((s) => ({ slot: s.slot, allocations: s.allocations.map((a) => ({ ...a })) })) };
}
__name(newState, "newState");
function openGreedily(st, comp) {
  const { inst, remaining, groupLeft } = st;
  const { needs, offers, policy } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  const minMembers = policy.minMembersPerSession;
  const avail = /* @__PURE__ */ new Map();
  for (const k of comp.slots) {
    let a = 0;
    for (const n of inst.slots[k].needs) a += remaining.get(n) ?? 0;
    avail.set(k, a);
  }
  const take = /* @__PURE__ */ __name((n, seats) => {
    remaining.set(n, (remaining.get(n) ?? 0) - seats);
    for (const k of inst.needSlots[n]) avail.set(k, (avail.get(k) ?? 0) - seats);
  }, "take");
  for (; ; ) {
    const candidates = [];
    for (const k of comp.slots) {
      const slot = inst.slots[k];
      if ((groupLeft.get(slot.group) ?? 0) <= 0) continue;
      const o = offers[slot.offer];
      const q = Math.min(o.maxSeats, avail.get(k) ?? 0);
      if (q < o.minSeats || q === 0) continue;
      const cost = o.fixedCostCents + o.seatCostCents * q;
      if (cost >= pen * q) continue;
      candidates.push({ k, perSeat: cost / q, q });
    }
    if (candidates.length === 0) return;
    candidates.sort((a, b) => a.perSeat - b.perSeat || a.k - b.k);
    let opened = false;
    for (const c of candidates) {
      const slot = inst.slots[c.k];
      const open = slot.needs.filter((n) => (remaining.get(n) ?? 0) > 0).sort((a, b) => inst.needSlots[a].length - inst.needSlots[b].length || a - b);
      if (minMembers > 1 && new Set(open.map((n) => needs[n].memberId)).size < minMembers) continue;
      const seatsOf = /* @__PURE__ */ new Map();
      let left = c.q;
      if (minMembers > 1) {
        const firms = /* @__PURE__ */ new Set();
        for (const n of open) {
          if (firms.size >= minMembers || left === 0) break;
          if (firms.has(needs[n].memberId)) continue;
          firms.add(needs[n].memberId);
          seatsOf.set(n, 1);
          left--;
        }
      }
      for (const n of open) {
        if (left === 0) break;
        const t = Math.min(left, (remaining.get(n) ?? 0) - (seatsOf.get(n) ?? 0));
        if (t > 0) {
          seatsOf.set(n, (seatsOf.get(n) ?? 0) + t);
          left -= t;
        }
      }
      const allocations = [...seatsOf].map(([need, seats]) => ({ need, seats })).sort((a, b) => a.need - b.need);
      for (const a of allocations) take(a.need, a.seats);
      st.sessions.push({ slot: c.k, allocations });
      groupLeft.set(slot.group, (groupLeft.get(slot.group) ?? 0) - 1);
      opened = true;
      break;
    }
    if (!opened) return;
  }
}
__name(openGreedily, "openGreedily");
function fillOpenSessions(st, comp) {
  const { inst, remaining } = st;
  const { offers, policy } = inst.problem;
  const bySlot = /* @__PURE__ */ new Map();
  for (const s of st.sessions) bySlot.set(s.slot, [...bySlot.get(s.slot) ?? [], s]);
  for (const n of comp.needs) {
    let left = remaining.get(n) ?? 0;
    if (left <= 0) continue;
    const slots = inst.needSlots[n].filter((k) => bySlot.has(k)).sort((a, b) => offers[inst.slots[a].offer].seatCostCents - offers[inst.slots[b].offer].seatCostCents || a - b);
    for (const k of slots) {
      const o = offers[inst.slots[k].offer];
      if (o.seatCostCents >= policy.unservedSeatPenaltyCents) continue;
      for (const s of bySlot.get(k) ?? []) {
        const room = o.maxSeats - sessionSeats(s);
        const t = Math.min(room, left);
        if (t <= 0) continue;
        const a = s.allocations.find((x) => x.need === n);
        if (a) a.seats += t;
        else s.allocations.push({ need: n, seats: t });
        left -= t;
        if (left === 0) break;
      }
      if (left === 0) break;
    }
    remaining.set(n, left);
  }
}
__name(fillOpenSessions, "fillOpenSessions");
function closeCostlySessions(st) {
  const { inst } = st;
  const { offers, policy } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  let improved = false;
  const order = [...st.sessions].sort((a, b) => {
    const pa = costPerSeat(inst, a);
    const pb = costPerSeat(inst, b);
    return pb - pa || a.slot - b.slot;
  });
  for (const s of order) {
    const o = offers[inst.slots[s.slot].offer];
    let delta = -(o.fixedCostCents + o.seatCostCents * sessionSeats(s));
    const moves = [];
    const room = /* @__PURE__ */ new Map();
    for (const a of s.allocations) {
      let left = a.seats;
      const targets = st.sessions.filter((t) => t !== s && inst.needSlots[a.need].includes(t.slot)).sort((x, y) => offers[inst.slots[x.slot].offer].seatCostCents - offers[inst.slots[y.slot].offer].seatCostCents || x.slot - y.slot);
      for (const t of targets) {
        const to = offers[inst.slots[t.slot].offer];
        if (to.seatCostCents >= pen) break;
        const r = room.get(t) ?? to.maxSeats - sessionSeats(t);
        const k = Math.min(r, left);
        if (k <= 0) continue;
        room.set(t, r - k);
        moves.push({ to: t, need: a.need, seats: k });
        delta += to.seatCostCents * k;
        left -= k;
        if (left === 0) break;
      }
      delta += pen * left;
    }
    if (delta >= 0) continue;
    for (const m of moves) {
      const a = m.to.allocations.find((x) => x.need === m.need);
      if (a) a.seats += m.seats;
      else m.to.allocations.push({ need: m.need, seats: m.seats });
    }
    for (const a of s.allocations) {
      const moved = moves.filter((m) => m.need === a.need).reduce((t, m) => t + m.seats, 0);
      st.remaining.set(a.need, (st.remaining.get(a.need) ?? 0) + a.seats - moved);
    }
    st.sessions.splice(st.sessions.indexOf(s), 1);
    const g = inst.slots[s.slot].group;
    st.groupLeft.set(g, (st.groupLeft.get(g) ?? 0) + 1);
    improved = true;
  }
  return improved;
}
__name(closeCostlySessions, "closeCostlySessions");
function costPerSeat(inst, s) {
  const o = inst.problem.offers[inst.slots[s.slot].offer];
  const seats = sessionSeats(s);
  return (o.fixedCostCents + o.seatCostCents * seats) / seats;
}
__name(costPerSeat, "costPerSeat");
function planComponentHeuristically(inst, comp, start) {
  const st = newState(inst, comp);
  openGreedily(st, comp);
  fillOpenSessions(st, comp);
  for (let round = 0; round < 3; round++) {
    if (!closeCostlySessions(st)) break;
    openGreedily(st, comp);
    fillOpenSessions(st, comp);
  }
  const candidates = [st.sessions];
  if (start && start.length > 0) {
    const improved = newState(inst, comp, [...start]);
    fillOpenSessions(improved, comp);
    closeCostlySessions(improved);
    openGreedily(improved, comp);
    fillOpenSessions(improved, comp);
    candidates.push(improved.sessions);
  }
  let best = candidates[0];
  let bestCost = draftObjectiveCents(inst, best, comp.needs);
  for (const c of candidates.slice(1)) {
    const cost = draftObjectiveCents(inst, c, comp.needs);
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  for (const s of best) s.allocations.sort((a, b) => a.need - b.need);
  return best;
}
__name(planComponentHeuristically, "planComponentHeuristically");

// packages/domain/src/pooling/instance.ts
function indexInstance(problem) {
  const { needs, offers, periods } = problem;
  const periodIndex = new Map(periods.map((p, i) => [p, i]));
  const offersByTopic = /* @__PURE__ */ new Map();
  offers.forEach((o, i) => {
    const list = offersByTopic.get(o.topic) ?? [];
    list.push(i);
    offersByTopic.set(o.topic, list);
  });
  const slots = [];
  const groups = [];
  const slotKey = /* @__PURE__ */ new Map();
  const groupKey = /* @__PURE__ */ new Map();
  const compatibleSlots = needs.map(() => []);
  needs.forEach((n, ni) => {
    for (const oi of offersByTopic.get(n.topic) ?? []) {
      const o = offers[oi];
      if (!n.languages.includes(o.language) || !n.modes.includes(o.mode)) continue;
      const region = o.mode === "virtual" ? null : n.region;
      if (region !== null && !o.regions.includes(region)) continue;
      for (const p of n.periods) {
        if (!o.periods.includes(p)) continue;
        const sk = `${oi}\0${p}\0${region ?? ""}`;
        let si = slotKey.get(sk);
        if (si === void 0) {
          const gk = `${oi}\0${p}`;
          let gi = groupKey.get(gk);
          if (gi === void 0) {
            gi = groups.length;
            groups.push({ offer: oi, period: p, slots: [] });
            groupKey.set(gk, gi);
          }
          si = slots.length;
          slots.push({ index: si, offer: oi, period: p, periodIndex: periodIndex.get(p) ?? 0, region, group: gi, needs: [] });
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
__name(indexInstance, "indexInstance");
function findComponents(inst) {
  const nNeeds = inst.problem.needs.length;
  const parent = new Int32Array(nNeeds + inst.groups.length).map((_, i) => i);
  const find = /* @__PURE__ */ __name((i) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }, "find");
  const union = /* @__PURE__ */ __name((a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }, "union");
  inst.slots.forEach((s, si) => {
    if (!inst.usable[si]) return;
    for (const ni of s.needs) union(ni, nNeeds + s.group);
  });
  const byRoot = /* @__PURE__ */ new Map();
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
__name(findComponents, "findComponents");

// packages/domain/src/pooling/milp.ts
import highsLoader from "highs";
var cachedHighs = null;
function loadHighs() {
  cachedHighs ??= highsLoader();
  return cachedHighs;
}
__name(loadHighs, "loadHighs");
function discardHighs() {
  cachedHighs = null;
}
__name(discardHighs, "discardHighs");
function wholeComponent(inst, comp) {
  return {
    needs: comp.needs,
    slots: comp.slots,
    groups: comp.groups,
    demand: /* @__PURE__ */ __name((n) => inst.problem.needs[n].seats, "demand"),
    groupCap: /* @__PURE__ */ __name((g) => inst.problem.offers[inst.groups[g].offer].maxSessions, "groupCap")
  };
}
__name(wholeComponent, "wholeComponent");
var Builder = class {
  static {
    __name(this, "Builder");
  }
  colCost = [];
  colLower = [];
  colUpper = [];
  integrality = [];
  colRows = [];
  colVals = [];
  rowLower = [];
  rowUpper = [];
  nonzeros = 0;
  col(cost, lower, upper, integer) {
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.integrality.push(integer ? 1 : 0);
    this.colRows.push([]);
    this.colVals.push([]);
    return this.colCost.length - 1;
  }
  row(lower, upper) {
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }
  set(row, col, value) {
    this.colRows[col].push(row);
    this.colVals[col].push(value);
    this.nonzeros++;
  }
};
function estimateModelSize(inst, comp) {
  return estimateSubProblemSize(inst, wholeComponent(inst, comp));
}
__name(estimateModelSize, "estimateModelSize");
function estimateSubProblemSize(inst, sub) {
  const inSub = new Set(sub.needs);
  let total = 0;
  const withFirms = inst.problem.policy.minMembersPerSession > 1;
  for (const k of sub.slots) {
    const n = slotNeeds(inst, sub, inSub, k).length;
    total += withFirms ? n * 9 + 4 : n * 4 + 3;
  }
  return total;
}
__name(estimateSubProblemSize, "estimateSubProblemSize");
function slotNeeds(inst, sub, inSub, k) {
  return inst.slots[k].needs.filter((n) => inSub.has(n) && sub.demand(n) > 0);
}
__name(slotNeeds, "slotNeeds");
function sessionsAllowed(inst, sub, inSub, k) {
  const { needs, offers, policy } = inst.problem;
  const slot = inst.slots[k];
  const o = offers[slot.offer];
  const open = slotNeeds(inst, sub, inSub, k);
  let seats = 0;
  for (const n of open) seats += sub.demand(n);
  let j = Math.min(o.maxSessions, sub.groupCap(slot.group), Math.floor(seats / o.minSeats));
  if (policy.minMembersPerSession > 1) {
    const firms = new Set(open.map((n) => needs[n].memberId)).size;
    j = Math.min(j, Math.floor(firms / policy.minMembersPerSession));
  }
  return Math.max(0, j);
}
__name(sessionsAllowed, "sessionsAllowed");
function buildAggregated(inst, comp, strengthen) {
  const { needs, offers, policy } = inst.problem;
  const minMembers = policy.minMembersPerSession;
  const firmOf = /* @__PURE__ */ __name((n) => needs[n].memberId, "firmOf");
  const inSub = new Set(comp.needs);
  const allowed = new Map(comp.slots.map((k) => [k, sessionsAllowed(inst, comp, inSub, k)]));
  const b = new Builder();
  const needRow = /* @__PURE__ */ new Map();
  for (const n of comp.needs) needRow.set(n, b.row(comp.demand(n), comp.demand(n)));
  const yCol = /* @__PURE__ */ new Map();
  const xCols = /* @__PURE__ */ new Map();
  const tCols = /* @__PURE__ */ new Map();
  const uCol = /* @__PURE__ */ new Map();
  const groupRows = /* @__PURE__ */ new Map();
  for (const g of comp.groups) {
    const ub = inst.groups[g].slots.reduce((t, k) => t + (allowed.get(k) ?? 0), 0);
    if (ub > comp.groupCap(g)) groupRows.set(g, b.row(-Infinity, comp.groupCap(g)));
  }
  for (const k of comp.slots) {
    const slot = inst.slots[k];
    const o = offers[slot.offer];
    const yMax = allowed.get(k) ?? 0;
    const capRow = b.row(-Infinity, 0);
    const minRow = b.row(0, Infinity);
    const y = b.col(o.fixedCostCents, 0, yMax, true);
    yCol.set(k, y);
    b.set(capRow, y, -o.maxSeats);
    b.set(minRow, y, -o.minSeats);
    const gr = groupRows.get(slot.group);
    if (gr !== void 0) b.set(gr, y, 1);
    const xs = [];
    for (const n of slotNeeds(inst, comp, inSub, k)) {
      const ub = Math.min(comp.demand(n), o.maxSeats * yMax);
      const x = b.col(o.seatCostCents, 0, ub, true);
      b.set(needRow.get(n) ?? 0, x, 1);
      b.set(capRow, x, 1);
      b.set(minRow, x, 1);
      if (strengthen) {
        const vub = b.row(-Infinity, 0);
        b.set(vub, x, 1);
        b.set(vub, y, -Math.min(comp.demand(n), o.maxSeats));
      }
      xs.push({ need: n, col: x });
    }
    xCols.set(k, xs);
    if (minMembers > 1) {
      const count = b.row(0, Infinity);
      b.set(count, y, -minMembers);
      const byFirm = /* @__PURE__ */ new Map();
      for (const e of xs) byFirm.set(firmOf(e.need), [...byFirm.get(firmOf(e.need)) ?? [], e]);
      const ts = /* @__PURE__ */ new Map();
      for (const [f, list] of byFirm) {
        const seats = list.reduce((t2, e) => t2 + comp.demand(e.need), 0);
        const t = b.col(0, 0, Math.min(seats, yMax), false);
        ts.set(f, t);
        b.set(count, t, 1);
        const link = b.row(-Infinity, 0);
        b.set(link, t, 1);
        for (const e of list) b.set(link, e.col, -1);
        const cap = b.row(-Infinity, 0);
        b.set(cap, t, 1);
        b.set(cap, y, -1);
      }
      tCols.set(k, ts);
    }
  }
  for (const n of comp.needs) {
    const u = b.col(policy.unservedSeatPenaltyCents, 0, comp.demand(n), false);
    b.set(needRow.get(n) ?? 0, u, 1);
    uCol.set(n, u);
  }
  const encode = /* @__PURE__ */ __name((sessions) => {
    const v = new Array(b.colCost.length).fill(0);
    const served = /* @__PURE__ */ new Map();
    for (const s of sessions) {
      const y = yCol.get(s.slot);
      if (y === void 0) continue;
      v[y] += 1;
      for (const a of s.allocations) {
        const x = xCols.get(s.slot)?.find((e) => e.need === a.need);
        if (x) v[x.col] += a.seats;
        served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
      }
    }
    for (const n of comp.needs) v[uCol.get(n) ?? 0] = comp.demand(n) - (served.get(n) ?? 0);
    for (const [k, ts] of tCols) {
      const y = v[yCol.get(k) ?? 0];
      const seats = /* @__PURE__ */ new Map();
      for (const e of xCols.get(k) ?? []) seats.set(firmOf(e.need), (seats.get(firmOf(e.need)) ?? 0) + v[e.col]);
      for (const [f, t] of ts) v[t] = Math.min(seats.get(f) ?? 0, y);
    }
    return v;
  }, "encode");
  const decode = /* @__PURE__ */ __name((v) => {
    const sessions = [];
    for (const k of comp.slots) {
      const o = offers[inst.slots[k].offer];
      const allocations = (xCols.get(k) ?? []).map((e) => ({ need: e.need, seats: Math.round(v[e.col]) })).filter((a) => a.seats > 0);
      const total = allocations.reduce((t, a) => t + a.seats, 0);
      if (total === 0) continue;
      const fits = /* @__PURE__ */ __name((c) => c * o.minSeats <= total && c * o.maxSeats >= total && (minMembers <= 1 || firmIncidences(allocations, firmOf, c) >= minMembers * c), "fits");
      let count = Math.round(v[yCol.get(k) ?? 0]);
      if (!fits(count)) {
        count = Math.ceil(total / o.maxSeats);
        while (count * o.minSeats <= total && !fits(count)) count++;
      }
      if (!fits(count)) return null;
      sessions.push(...minMembers > 1 ? splitSlotAmongFirms(k, count, allocations, firmOf) : splitSlotIntoSessions(k, count, allocations));
    }
    return findDraftViolation(inst, sessions) === null ? sessions : null;
  }, "decode");
  return finish(b, encode, decode);
}
__name(buildAggregated, "buildAggregated");
function finish(b, encode, decode) {
  return {
    numCols: b.colCost.length,
    numRows: b.rowLower.length,
    colCost: b.colCost,
    colLower: b.colLower,
    colUpper: b.colUpper,
    integrality: b.integrality,
    rowLower: b.rowLower,
    rowUpper: b.rowUpper,
    colRows: b.colRows,
    colVals: b.colVals,
    encode,
    decode,
    nonzeros: b.nonzeros
  };
}
__name(finish, "finish");
function modelData(inst, comp, strengthen, relaxationOnly) {
  const built = buildAggregated(inst, comp, strengthen);
  const starts = new Int32Array(built.numCols + 1);
  const indices = new Int32Array(built.nonzeros);
  const values = new Float64Array(built.nonzeros);
  let p = 0;
  for (let j = 0; j < built.numCols; j++) {
    starts[j] = p;
    const rows = built.colRows[j];
    const vals = built.colVals[j];
    for (let i = 0; i < rows.length; i++) {
      indices[p] = rows[i];
      values[p] = vals[i];
      p++;
    }
  }
  starts[built.numCols] = p;
  const data = {
    numCols: built.numCols,
    numRows: built.numRows,
    colCost: built.colCost,
    colLower: built.colLower,
    colUpper: built.colUpper,
    rowLower: built.rowLower,
    rowUpper: built.rowUpper,
    matrix: { format: "csc", numRows: built.numRows, numCols: built.numCols, starts, indices, values },
    integrality: relaxationOnly ? void 0 : Int32Array.from(built.integrality)
  };
  return { data, built };
}
__name(modelData, "modelData");
function solveComponentMilp(highs, inst, comp, opts) {
  const { data, built } = modelData(inst, comp, opts.strengthen ?? true, opts.relaxationOnly ?? false);
  const model = highs.createModel(data);
  try {
    const clock = opts.deadline?.now;
    const stopAt = clock ? Math.min(opts.deadline?.at ?? Infinity, clock() + Math.max(0.05, opts.timeLimitSeconds) * 1e3) : Infinity;
    model.options.set({
      output_flag: false,
      time_limit: clock ? Math.max(0.05, opts.timeLimitSeconds) * 10 + 1 : Math.max(0.05, opts.timeLimitSeconds),
      mip_rel_gap: opts.relativeGap,
      // every cost is whole cents, so a gap below one cent proves optimality
      mip_abs_gap: 0.99,
      random_seed: 0,
      ...opts.heuristicEffort !== void 0 ? { mip_heuristic_effort: opts.heuristicEffort } : {}
    });
    if (opts.start && !opts.relaxationOnly) model.setSolution({ colValue: built.encode(opts.start) });
    const stopIfLate = /* @__PURE__ */ __name((e) => {
      if (clock && clock() > stopAt) e.interrupt();
      return void 0;
    }, "stopIfLate");
    const callbacks = {
      [highs.constants.callbackType.mipInterrupt]: stopIfLate,
      [highs.constants.callbackType.simplexInterrupt]: stopIfLate,
      [highs.constants.callbackType.mipImprovingSolution]: (e) => {
        opts.onImprovingSolution?.(e.data.objective_function_value ?? e.data.mip_primal_bound ?? Number.NaN, e.data.mip_dual_bound ?? -Infinity);
        return void 0;
      }
    };
    const run = model.run(callbacks);
    const status = String(run.modelStatus);
    const statusName = Object.entries(highs.constants.modelStatus).find(([, v]) => v === run.modelStatus)?.[0] ?? status;
    if (opts.relaxationOnly) {
      const ok = run.modelStatus === highs.constants.modelStatus.optimal;
      return { sessions: null, objectiveCents: NaN, boundCents: ok ? model.getObjectiveValue() : -Infinity, status: statusName };
    }
    const hasPrimal = Number(model.info.get("primal_solution_status")) === 2;
    const dual = Number(model.info.get("mip_dual_bound"));
    const boundCents = Number.isFinite(dual) ? dual : -Infinity;
    if (!hasPrimal) return { sessions: null, objectiveCents: Infinity, boundCents, status: statusName };
    const sessions = built.decode(model.getSolution().colValue);
    return { sessions, objectiveCents: model.getObjectiveValue(), boundCents, status: statusName };
  } finally {
    model.dispose();
  }
}
__name(solveComponentMilp, "solveComponentMilp");

// packages/domain/src/pooling/lagrangian.ts
function lagrangianBound(inst, comp, opts) {
  const { needs, offers, policy } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  const nLocal = comp.needs.length;
  const local = /* @__PURE__ */ new Map();
  for (const [i, n] of comp.needs.entries()) local.set(n, i);
  const demand = Float64Array.from(comp.needs, (n) => needs[n].seats);
  const slotData = /* @__PURE__ */ new Map();
  for (const k of comp.slots) {
    const slot = inst.slots[k];
    const o = offers[slot.offer];
    const list = slot.needs.filter((n) => local.has(n));
    let seats = 0;
    for (const n of list) seats += needs[n].seats;
    let yMax = Math.min(o.maxSessions, Math.floor(seats / o.minSeats));
    if (policy.minMembersPerSession > 1) {
      const firms = new Set(list.map((n) => needs[n].memberId)).size;
      yMax = Math.min(yMax, Math.floor(firms / policy.minMembersPerSession));
    }
    slotData.set(k, {
      fixed: o.fixedCostCents,
      seat: o.seatCostCents,
      minSeats: o.minSeats,
      maxSeats: o.maxSeats,
      yMax: Math.max(0, yMax),
      needs: Int32Array.from(list, (n) => local.get(n) ?? 0),
      sorted: new Int32Array(list.length),
      fill: 0
    });
  }
  const needSlotData = comp.needs.map(() => []);
  for (const s of slotData.values()) for (const i of s.needs) needSlotData[i].push(s);
  const byMultiplier = Int32Array.from(comp.needs, (_, i) => i);
  const groups = comp.groups.map((g) => ({
    cap: offers[inst.groups[g].offer].maxSessions,
    slots: inst.groups[g].slots.filter((k) => slotData.has(k)).map((k) => slotData.get(k))
  }));
  const lambda = new Float64Array(nLocal);
  for (let i = 0; i < nLocal; i++) {
    const n = comp.needs[i];
    const given = opts.start?.get(n);
    if (given !== void 0 && Number.isFinite(given)) lambda[i] = given;
    else {
      let best = pen;
      for (const k of inst.needSlots[n]) {
        const o = offers[inst.slots[k].offer];
        best = Math.min(best, o.seatCostCents + o.fixedCostCents / o.maxSeats);
      }
      lambda[i] = best;
    }
  }
  const served = new Float64Array(nLocal);
  const slotCost = /* @__PURE__ */ __name((s, y, record) => {
    if (y === 0) return 0;
    const cap = s.maxSeats * y;
    const min = s.minSeats * y;
    let cost = s.fixed * y;
    let taken = 0;
    for (const i of s.sorted) {
      if (taken >= cap) break;
      const profit = lambda[i] - s.seat;
      if (profit <= 0 && taken >= min) break;
      const want = profit > 0 ? cap - taken : min - taken;
      const t = Math.min(demand[i], want);
      if (t <= 0) continue;
      taken += t;
      cost -= profit * t;
      if (record) served[i] += t;
    }
    return taken >= min ? cost : Infinity;
  }, "slotCost");
  const evaluate = /* @__PURE__ */ __name(() => {
    served.fill(0);
    byMultiplier.sort((a, b) => lambda[b] - lambda[a] || a - b);
    for (const s of slotData.values()) s.fill = 0;
    for (const i of byMultiplier) for (const s of needSlotData[i]) s.sorted[s.fill++] = i;
    let total = 0;
    for (let i = 0; i < nLocal; i++) total += lambda[i] * demand[i] + demand[i] * Math.min(0, pen - lambda[i]);
    for (const g of groups) {
      const cap = Math.min(
        g.cap,
        g.slots.reduce((t, s) => t + s.yMax, 0)
      );
      const f = [];
      for (const s of g.slots) {
        const row = [0];
        for (let y = 1; y <= Math.min(s.yMax, cap); y++) row.push(slotCost(s, y, false));
        f.push(row);
      }
      let best = new Array(cap + 1).fill(Infinity);
      best[0] = 0;
      const choice = [];
      for (let si = 0; si < g.slots.length; si++) {
        const next = new Array(cap + 1).fill(Infinity);
        const ch = new Int8Array(cap + 1);
        for (let j2 = 0; j2 <= cap; j2++) {
          if (best[j2] === Infinity) continue;
          for (let y = 0; y < f[si].length && j2 + y <= cap; y++) {
            const v = best[j2] + f[si][y];
            if (v < next[j2 + y]) {
              next[j2 + y] = v;
              ch[j2 + y] = y;
            }
          }
        }
        choice.push(ch);
        best = next;
      }
      let j = 0;
      for (let t = 1; t <= cap; t++) if (best[t] < best[j]) j = t;
      total += best[j];
      for (let si = g.slots.length - 1; si >= 0; si--) {
        const y = choice[si][j];
        if (y > 0) slotCost(g.slots[si], y, true);
        j -= y;
      }
    }
    return total;
  }, "evaluate");
  const grad = new Float64Array(nLocal);
  let bestBound = evaluate();
  const bestLambda = Float64Array.from(lambda);
  let theta = 2;
  let sinceBest = 0;
  const maxIterations = opts.maxIterations ?? 3e3;
  for (let it = 0; it < maxIterations && opts.now() < opts.deadlineMs; it++) {
    let norm = 0;
    for (let i = 0; i < nLocal; i++) {
      const u = pen - lambda[i] < 0 ? demand[i] : 0;
      grad[i] = demand[i] - served[i] - u;
      norm += grad[i] * grad[i];
    }
    if (norm === 0) break;
    const target = Math.max(opts.upperBoundCents, bestBound + 1);
    const step = theta * (target - bestBound) / norm;
    for (let i = 0; i < nLocal; i++) lambda[i] += step * grad[i];
    const value = evaluate();
    if (value > bestBound + 1e-6 * Math.abs(bestBound)) {
      bestBound = value;
      bestLambda.set(lambda);
      sinceBest = 0;
    } else if (++sinceBest >= 30) {
      theta /= 2;
      sinceBest = 0;
      if (theta < 1e-4) break;
    }
  }
  lambda.set(bestLambda);
  evaluate();
  const reducedCosts = /* @__PURE__ */ new Map();
  for (const [k, sd] of slotData) {
    let best = Infinity;
    for (let y = 1; y <= sd.yMax; y++) best = Math.min(best, slotCost(sd, y, false));
    reducedCosts.set(k, best);
  }
  return { boundCents: bestBound, multipliers: new Map(comp.needs.map((n, i) => [n, bestLambda[i]])), reducedCosts };
}
__name(lagrangianBound, "lagrangianBound");

// packages/domain/src/pooling/neighbourhood-search.ts
var MIN_TARGET = 1500;
function newNeighbourhoodState(seed, maxNonzeros) {
  return { seed: seed >>> 0 || 1, target: Math.min(12e3, maxNonzeros), steps: 0, improvements: 0 };
}
__name(newNeighbourhoodState, "newNeighbourhoodState");
function nextRandom(state) {
  let x = state.seed;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state.seed = x >>> 0 || 1;
  return state.seed / 4294967296;
}
__name(nextRandom, "nextRandom");
function relatedSlots(inst, inComp, state, target, seed) {
  const perNeed = inst.problem.policy.minMembersPerSession > 1 ? 9 : 4;
  const hood = /* @__PURE__ */ new Set([seed]);
  const queue = [seed];
  const seenNeeds = /* @__PURE__ */ new Set();
  let size = inst.slots[seed].needs.length * perNeed + 3;
  for (let head = 0; head < queue.length; head++) {
    const needs = inst.slots[queue[head]].needs.filter((n) => !seenNeeds.has(n));
    for (let i = needs.length - 1; i > 0; i--) {
      const j = Math.floor(nextRandom(state) * (i + 1));
      [needs[i], needs[j]] = [needs[j], needs[i]];
    }
    for (const n of needs) {
      seenNeeds.add(n);
      for (const k of inst.needSlots[n]) {
        if (hood.has(k) || !inComp.has(k)) continue;
        const more = inst.slots[k].needs.length * perNeed + 3;
        if (size + more > target) continue;
        hood.add(k);
        queue.push(k);
        size += more;
      }
    }
  }
  return [...hood].sort((a, b) => a - b);
}
__name(relatedSlots, "relatedSlots");
function seedSlot(inst, comp, allowed, plan, state) {
  const r = nextRandom(state);
  if (r < 0.5 && plan.length > 0) return plan[Math.floor(nextRandom(state) * plan.length)].slot;
  if (r < 0.7) {
    const served = /* @__PURE__ */ new Map();
    for (const s of plan) for (const a of s.allocations) served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
    const short = comp.needs.filter((n) => (served.get(n) ?? 0) < inst.problem.needs[n].seats && inst.needSlots[n].some((k) => allowed.has(k)));
    if (short.length > 0) {
      const n = short[Math.floor(nextRandom(state) * short.length)];
      const slots2 = inst.needSlots[n].filter((k) => allowed.has(k));
      return slots2[Math.floor(nextRandom(state) * slots2.length)];
    }
  }
  const slots = [...allowed];
  return slots[Math.floor(nextRandom(state) * slots.length)];
}
__name(seedSlot, "seedSlot");
function improveByNeighbourhoods(highs, inst, comp, incumbent, opts) {
  const { needs, offers } = inst.problem;
  const state = opts.state ?? newNeighbourhoodState(comp.needs[0] + 1, opts.maxNonzeros);
  if (comp.slots.length === 0) return incumbent;
  const inComp = new Set(opts.slots ? comp.slots.filter((k) => opts.slots?.has(k)) : comp.slots);
  for (const sess of incumbent) inComp.add(sess.slot);
  let best = incumbent;
  let bestCost = draftObjectiveCents(inst, best, comp.needs);
  for (let step = 0; opts.maxSteps === void 0 || step < opts.maxSteps; step++) {
    const left = opts.deadlineMs - opts.now();
    if (left < 100) break;
    state.steps++;
    const target = Math.min(opts.maxNonzeros, Math.max(MIN_TARGET, state.target));
    const slots = relatedSlots(inst, inComp, state, target, seedSlot(inst, comp, inComp, best, state));
    const hood = new Set(slots);
    const fixed = best.filter((s) => !hood.has(s.slot));
    const freed = best.filter((s) => hood.has(s.slot));
    const fixedSeats = /* @__PURE__ */ new Map();
    const fixedPerGroup = /* @__PURE__ */ new Map();
    for (const s of fixed) {
      for (const a of s.allocations) fixedSeats.set(a.need, (fixedSeats.get(a.need) ?? 0) + a.seats);
      const g = inst.slots[s.slot].group;
      fixedPerGroup.set(g, (fixedPerGroup.get(g) ?? 0) + 1);
    }
    const demand = /* @__PURE__ */ __name((n) => needs[n].seats - (fixedSeats.get(n) ?? 0), "demand");
    const subNeeds = [...new Set(slots.flatMap((k) => inst.slots[k].needs))].filter((n) => demand(n) > 0).sort((a, b) => a - b);
    const sub = {
      needs: subNeeds,
      slots,
      groups: [...new Set(slots.map((k) => inst.slots[k].group))].sort((a, b) => a - b),
      demand,
      groupCap: /* @__PURE__ */ __name((g) => offers[inst.groups[g].offer].maxSessions - (fixedPerGroup.get(g) ?? 0), "groupCap")
    };
    if (subNeeds.length === 0 || estimateSubProblemSize(inst, sub) > opts.maxNonzeros) {
      state.target *= 0.8;
      continue;
    }
    const timeLimitSeconds = Math.min(left / 1e3, 3);
    const started = opts.now();
    const r = solveComponentMilp(highs, inst, sub, { timeLimitSeconds, relativeGap: 1e-4, start: freed, deadline: { at: opts.deadlineMs, now: opts.now } });
    const took = opts.now() - started;
    if (r.status === "optimal" && took < 1e3) state.target = Math.min(opts.maxNonzeros, state.target * 1.25);
    else if (r.status !== "optimal") state.target = Math.max(MIN_TARGET, state.target * 0.7);
    if (!r.sessions) continue;
    const candidate = [...fixed, ...r.sessions.filter((s) => sessionSeats(s) > 0)];
    const cost = draftObjectiveCents(inst, candidate, comp.needs);
    if (cost <= bestCost && findDraftViolation(inst, candidate) === null) {
      if (cost < bestCost) state.improvements++;
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}
__name(improveByNeighbourhoods, "improveByNeighbourhoods");

// packages/domain/src/pooling/standalone.ts
function standaloneCostCents(offers, seats) {
  if (seats <= 0) return 0;
  if (offers.length === 0) return Number.POSITIVE_INFINITY;
  const best = new Array(seats + 1).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  for (let t = 1; t <= seats; t++) {
    for (const o of offers) {
      const top = Math.min(t, o.maxSeats);
      for (let q = Math.min(t, o.minSeats); q <= top; q++) {
        const c = best[t - q] + o.fixedCostCents + o.seatCostCents * Math.max(q, o.minSeats);
        if (c < best[t]) best[t] = c;
      }
    }
  }
  return best[seats];
}
__name(standaloneCostCents, "standaloneCostCents");

// packages/domain/src/pooling/solve-pooling.ts
var DEFAULT_MAX_MILP_NONZEROS = 8e4;
var CORE_THRESHOLDS = [0, 1e4, 5e4];
var MAX_LONG_CORE_NONZEROS = 6e4;
var MAX_NEIGHBOURHOOD_NONZEROS = 1e5;
async function solvePooling(input, options = {}) {
  return planPooling(parsePoolingProblem(input), options);
}
__name(solvePooling, "solvePooling");
async function planPooling(problem, options = {}) {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const report = /* @__PURE__ */ __name((p) => options.onProgress?.({ ...p, elapsedMs: Math.round(now() - started) }), "report");
  report({ phase: "indexing", componentsDone: 0, componentsTotal: 0 });
  const inst = indexInstance(problem);
  const components = findComponents(inst);
  const baseline = planNaiveBaseline(inst);
  const baselineByNeed = /* @__PURE__ */ new Map();
  for (const s of baseline) {
    const first = s.allocations[0].need;
    baselineByNeed.set(first, [...baselineByNeed.get(first) ?? [], s]);
  }
  const limitMs = problem.policy.timeLimitSeconds * 1e3;
  const finalDeadline = started + limitMs * 0.9 - Math.min(2e3, limitMs * 0.05);
  const hardDeadline = started + limitMs * 0.95;
  const maxNonzeros = options.maxMilpNonzeros ?? DEFAULT_MAX_MILP_NONZEROS;
  const sizes = components.map((c) => estimateModelSize(inst, c));
  const order = components.map((_, i) => i).sort((a, b) => sizes[a] - sizes[b] || a - b);
  const exact = sizes.map((size) => size <= maxNonzeros);
  const outcomes = new Array(components.length);
  const milpSeconds = new Array(components.length).fill(0);
  const searchMs = new Array(components.length).fill(0);
  const multipliers = new Array(components.length);
  const searchStates = new Array(components.length);
  const reducedCosts = new Array(components.length);
  const coreLevel = new Array(components.length).fill(0);
  const coreSeconds = new Array(components.length).fill(0);
  let highs = await loadHighs();
  let objectiveSoFar = 0;
  let boundSoFar = 0;
  const progress = /* @__PURE__ */ __name(() => report({ phase: "solving", componentsDone: components.length, componentsTotal: components.length, objective: centsToDollars(objectiveSoFar), lowerBound: centsToDollars(boundSoFar) }), "progress");
  const update = /* @__PURE__ */ __name((ci, sessions, source, dual, boundSource) => {
    const o = outcomes[ci];
    if (sessions) {
      const cost = draftObjectiveCents(inst, sessions, components[ci].needs);
      if (cost < o.objectiveCents) {
        objectiveSoFar -= o.objectiveCents - cost;
        o.sessions = sessions;
        o.objectiveCents = cost;
        o.source = source;
      }
    }
    const raised = Number.isFinite(dual) ? Math.ceil(dual - 1e-6 - 1e-9 * Math.abs(dual)) : -Infinity;
    const bound = Math.min(o.objectiveCents, Math.max(o.boundCents, raised));
    boundSoFar += bound - o.boundCents;
    if (bound > o.boundCents) o.boundSource = boundSource;
    o.boundCents = bound;
  }, "update");
  const open = /* @__PURE__ */ __name((ci) => outcomes[ci].objectiveCents > outcomes[ci].boundCents, "open");
  const gapOf = /* @__PURE__ */ __name((ci) => outcomes[ci].objectiveCents - outcomes[ci].boundCents, "gapOf");
  const work = /* @__PURE__ */ __name(async (ci, f) => {
    const t0 = now();
    try {
      f();
    } catch {
      discardHighs();
      highs = await loadHighs();
    }
    outcomes[ci].ms += now() - t0;
  }, "work");
  const milp = /* @__PURE__ */ __name((ci, seconds) => {
    const comp = components[ci];
    const o = outcomes[ci];
    milpSeconds[ci] = seconds;
    const r = solveComponentMilp(highs, inst, wholeComponent(inst, comp), {
      timeLimitSeconds: Math.max(0.2, seconds),
      relativeGap: 0,
      start: o.sessions,
      deadline: { at: hardDeadline, now }
    });
    update(ci, r.sessions, "milp", r.boundCents, "milp");
    if (r.sessions && r.status === "optimal" && r.objectiveCents - r.boundCents < 0.99) update(ci, null, "milp", Math.round(r.objectiveCents), "milp");
  }, "milp");
  const search = /* @__PURE__ */ __name((ci, untilMs) => {
    const comp = components[ci];
    searchStates[ci] ??= newNeighbourhoodState(ci + 1, MAX_NEIGHBOURHOOD_NONZEROS);
    const improved = improveByNeighbourhoods(highs, inst, comp, outcomes[ci].sessions, {
      deadlineMs: Math.min(untilMs, hardDeadline),
      now,
      maxNonzeros: MAX_NEIGHBOURHOOD_NONZEROS,
      state: searchStates[ci],
      // within a core a little wider than the one the MILP last had, once the Lagrangian has priced the slots
      slots: reducedCosts[ci] ? new Set(coreOf(ci, Math.max(1, coreLevel[ci])).slots) : void 0
    });
    update(ci, improved, "neighbourhood search", -Infinity, "");
  }, "search");
  const lagrangian = /* @__PURE__ */ __name((ci, untilMs) => {
    const o = outcomes[ci];
    const r = lagrangianBound(inst, components[ci], { deadlineMs: Math.min(untilMs, hardDeadline), now, upperBoundCents: o.objectiveCents, start: multipliers[ci] });
    multipliers[ci] = r.multipliers;
    reducedCosts[ci] = r.reducedCosts;
    update(ci, null, o.source, r.boundCents, "lagrangian");
  }, "lagrangian");
  const coreOf = /* @__PURE__ */ __name((ci, level = coreLevel[ci]) => {
    const comp = components[ci];
    const rc = reducedCosts[ci];
    const threshold = CORE_THRESHOLDS[Math.min(level, CORE_THRESHOLDS.length - 1)];
    const core = new Set(comp.slots.filter((k) => (rc?.get(k) ?? Infinity) < threshold));
    for (const sess of outcomes[ci].sessions) core.add(sess.slot);
    const slots = [...core].sort((a, b) => a - b);
    return { ...wholeComponent(inst, comp), slots, groups: [...new Set(slots.map((k) => inst.slots[k].group))].sort((a, b) => a - b) };
  }, "coreOf");
  const coreMilp = /* @__PURE__ */ __name((ci, seconds) => {
    if (!reducedCosts[ci]) return;
    const sub = coreOf(ci);
    coreSeconds[ci] = seconds;
    const r = solveComponentMilp(highs, inst, sub, { timeLimitSeconds: seconds, relativeGap: 1e-4, start: outcomes[ci].sessions, deadline: { at: hardDeadline, now } });
    update(ci, r.sessions, "lagrangian core", -Infinity, "");
    if (r.status === "optimal") {
      coreLevel[ci]++;
      coreSeconds[ci] = 0;
    }
  }, "coreMilp");
  report({ phase: "solving", componentsDone: 0, componentsTotal: components.length });
  for (const ci of order) {
    const comp = components[ci];
    const t0 = now();
    const inComp = new Set(comp.needs);
    const baselineHere = comp.needs.flatMap((n) => baselineByNeed.get(n) ?? []).filter((s) => inComp.has(s.allocations[0].need));
    const heuristic = planComponentHeuristically(inst, comp, baselineHere);
    const h = draftObjectiveCents(inst, heuristic, comp.needs);
    const b = draftObjectiveCents(inst, baselineHere, comp.needs);
    const chosen = h <= b ? { sessions: heuristic, objectiveCents: h, source: "heuristic" } : { sessions: baselineHere, objectiveCents: b, source: "baseline" };
    outcomes[ci] = { ...chosen, boundCents: 0, boundSource: "simple", ms: now() - t0 };
    objectiveSoFar += chosen.objectiveCents;
    update(ci, null, chosen.source, simpleBoundCents(inst, comp), "simple");
  }
  progress();
  const firstPassEnd = started + (finalDeadline - started) * 0.35;
  let exactLeft = order.reduce((t, ci) => t + (exact[ci] && open(ci) ? sizes[ci] : 0), 0);
  for (const ci of order) {
    if (now() >= firstPassEnd) break;
    if (!exact[ci] || !open(ci)) continue;
    const share = (firstPassEnd - now()) * sizes[ci] / Math.max(1, exactLeft);
    exactLeft -= sizes[ci];
    const budgetMs = Math.min(firstPassEnd - now(), Math.max(share, Math.min(2e3, (finalDeadline - now()) * 0.1)));
    await work(ci, () => milp(ci, budgetMs / 1e3));
    progress();
  }
  const boundPassEnd = now() + (finalDeadline - now()) * 0.2;
  const byGap = order.filter(open).sort((a, b) => gapOf(b) - gapOf(a) || a - b);
  let gapLeft = byGap.reduce((t, ci) => t + gapOf(ci), 0);
  for (const ci of byGap) {
    if (now() >= boundPassEnd) break;
    const share = (boundPassEnd - now()) * gapOf(ci) / Math.max(1, gapLeft);
    gapLeft -= gapOf(ci);
    await work(ci, () => lagrangian(ci, now() + Math.min(boundPassEnd - now(), Math.max(share, 100))));
    progress();
  }
  for (; ; ) {
    const left = finalDeadline - now();
    if (left < 50) break;
    let pick = -1;
    let pickPriority = 0;
    for (const ci of order) {
      if (!open(ci) || !exact[ci] && components[ci].slots.length <= 1) continue;
      const priority = gapOf(ci) / (1e3 + searchMs[ci]);
      if (priority > pickPriority) {
        pick = ci;
        pickPriority = priority;
      }
    }
    if (pick < 0) break;
    const t0 = now();
    const totalGap = order.reduce((t, ci) => t + (open(ci) ? gapOf(ci) : 0), 0);
    const slice = Math.min(left, Math.max(1e3, left * gapOf(pick) / Math.max(1, totalGap), left * 0.05));
    const doubled = Math.max(1, milpSeconds[pick] * 2);
    const coreDoubled = Math.max(1, coreSeconds[pick] * 2);
    const coreOpen = coreLevel[pick] < CORE_THRESHOLDS.length;
    if (!multipliers[pick]) await work(pick, () => lagrangian(pick, now() + Math.min(left, Math.max(200, slice * 0.5))));
    else if (coreOpen && coreSeconds[pick] === 0) {
      const long = !exact[pick] && coreLevel[pick] === 0 && estimateSubProblemSize(inst, coreOf(pick)) <= MAX_LONG_CORE_NONZEROS;
      await work(pick, () => coreMilp(pick, Math.min(left, long ? Math.max(slice, left * 0.35) : slice) / 1e3));
    } else if (exact[pick] && doubled * 1e3 <= left) await work(pick, () => milp(pick, doubled));
    else if (!exact[pick] && coreOpen && coreDoubled * 1e3 <= Math.max(slice, left * 0.25)) await work(pick, () => coreMilp(pick, coreDoubled));
    else {
      await work(pick, () => search(pick, now() + slice));
      if (multipliers[pick] && open(pick)) await work(pick, () => lagrangian(pick, now() + Math.min(slice * 0.1, finalDeadline - now())));
    }
    searchMs[pick] += now() - t0;
    progress();
  }
  report({ phase: "sharing costs", componentsDone: components.length, componentsTotal: components.length });
  const drafts = outcomes.flatMap((o) => o.sessions);
  const plan = buildPlan(inst, drafts, baseline);
  const inSomeComponent = new Set(components.flatMap((c) => c.needs));
  let forcedPenalty = 0;
  problem.needs.forEach((n, i) => {
    if (!inSomeComponent.has(i)) forcedPenalty += n.seats * problem.policy.unservedSeatPenaltyCents;
  });
  const objectiveCents = Math.round(plan.totals.objective * 100);
  const lowerBoundCents = Math.min(objectiveCents, outcomes.reduce((t, o) => t + o.boundCents, 0) + forcedPenalty);
  plan.bound = {
    lowerBound: centsToDollars(lowerBoundCents),
    gap: objectiveCents > 0 ? (objectiveCents - lowerBoundCents) / objectiveCents : 0,
    optimal: lowerBoundCents === objectiveCents
  };
  const optimalComponents = outcomes.filter((o) => o.boundCents === o.objectiveCents).length;
  const sources = [...new Set(outcomes.map((o) => o.source))].sort();
  plan.solver = {
    method: components.length <= 1 && sources.join() === "milp" ? "milp" : `by component: ${sources.join(", ") || "none"}`,
    milliseconds: Math.round(now() - started),
    components: components.length,
    componentsOptimal: optimalComponents,
    allocationRule: problem.policy.allocationRule,
    componentResults: components.map((c, ci) => {
      const o = outcomes[ci];
      return {
        topic: problem.needs[c.needs[0]].topic,
        needs: c.needs.length,
        slots: c.slots.length,
        objective: centsToDollars(o.objectiveCents),
        lowerBound: centsToDollars(o.boundCents),
        gap: o.objectiveCents > 0 ? (o.objectiveCents - o.boundCents) / o.objectiveCents : 0,
        optimal: o.objectiveCents === o.boundCents,
        method: o.source,
        bound: o.boundSource,
        milliseconds: Math.round(o.ms)
      };
    })
  };
  report({ phase: "done", componentsDone: components.length, componentsTotal: components.length, objective: plan.totals.objective, lowerBound: plan.bound.lowerBound });
  return plan;
}
__name(planPooling, "planPooling");
function simpleBoundCents(inst, comp) {
  const { needs, offers, policy } = inst.problem;
  let bound = 0;
  for (const n of comp.needs) {
    let best = policy.unservedSeatPenaltyCents;
    for (const k of inst.needSlots[n]) {
      const o = offers[inst.slots[k].offer];
      best = Math.min(best, o.seatCostCents + o.fixedCostCents / o.maxSeats);
    }
    bound += best * needs[n].seats;
  }
  return bound;
}
__name(simpleBoundCents, "simpleBoundCents");
function compatibleOffers(inst, need) {
  const seen = /* @__PURE__ */ new Set();
  for (const k of inst.compatibleSlots[need]) seen.add(inst.slots[k].offer);
  return [...seen].sort((a, b) => a - b).map((o) => inst.problem.offers[o]);
}
__name(compatibleOffers, "compatibleOffers");
function buildPlan(inst, drafts, baseline) {
  const { needs, offers, policy, members } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  const ordered = drafts.map((s) => ({ ...s, allocations: [...s.allocations].sort((a, b) => compareIds(needs[a.need].id, needs[b.need].id)) })).sort((a, b) => {
    const sa = inst.slots[a.slot];
    const sb = inst.slots[b.slot];
    return sa.periodIndex - sb.periodIndex || compareIds(offers[sa.offer].id, offers[sb.offer].id) || compareIds(sa.region ?? "", sb.region ?? "") || compareIds(needs[a.allocations[0].need].id, needs[b.allocations[0].need].id) || sessionSeats(b) - sessionSeats(a);
  });
  const served = /* @__PURE__ */ new Map();
  for (const s of ordered) for (const a of s.allocations) served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
  const standaloneCache = /* @__PURE__ */ new Map();
  const standaloneByMember = /* @__PURE__ */ new Map();
  const seatsByMember = /* @__PURE__ */ new Map();
  const memberIds = [];
  needs.forEach((n, i) => {
    if (!standaloneByMember.has(n.memberId)) {
      memberIds.push(n.memberId);
      standaloneByMember.set(n.memberId, 0);
      seatsByMember.set(n.memberId, 0);
    }
    const seats = served.get(i) ?? 0;
    if (seats === 0) return;
    const offerSet = compatibleOffers(inst, i);
    const key = `${offerSet.map((o) => o.id).join("\0")}${seats}`;
    let cost = standaloneCache.get(key);
    if (cost === void 0) {
      cost = standaloneCostCents(offerSet, seats);
      standaloneCache.set(key, cost);
    }
    standaloneByMember.set(n.memberId, (standaloneByMember.get(n.memberId) ?? 0) + cost);
    seatsByMember.set(n.memberId, (seatsByMember.get(n.memberId) ?? 0) + seats);
  });
  const sizeOf = new Map((members ?? []).map((m) => [m.id, m.sizeClass]));
  const toShare = ordered.map((s) => {
    const o = offers[inst.slots[s.slot].offer];
    return {
      fixedCostCents: o.fixedCostCents,
      seatCostCents: o.seatCostCents,
      allocations: s.allocations.map((a) => ({ memberId: needs[a.need].memberId, seats: a.seats }))
    };
  });
  const raw = toShare.map((s) => shareSession(s, policy.allocationRule, (id) => sizeOf.get(id), policy.smallFirmDiscount));
  const capped = capAtStandalone(toShare, raw, (id) => standaloneByMember.get(id) ?? 0);
  const pooledByMember = /* @__PURE__ */ new Map();
  const sessions = ordered.map((s, si) => {
    const slot = inst.slots[s.slot];
    return {
      id: `s${si + 1}`,
      offerId: offers[slot.offer].id,
      period: slot.period,
      region: slot.region,
      seats: sessionSeats(s),
      cost: centsToDollars(sessionCostCents(inst, s)),
      allocations: s.allocations.map((a, ai) => {
        const memberId = needs[a.need].memberId;
        pooledByMember.set(memberId, (pooledByMember.get(memberId) ?? 0) + capped.shares[si][ai]);
        return { needId: needs[a.need].id, memberId, seats: a.seats, share: centsToDollars(capped.shares[si][ai]) };
      })
    };
  });
  const unserved = [];
  const sessionsPerGroup = /* @__PURE__ */ new Map();
  for (const s of ordered) sessionsPerGroup.set(inst.slots[s.slot].group, (sessionsPerGroup.get(inst.slots[s.slot].group) ?? 0) + 1);
  needs.forEach((n, i) => {
    const left = n.seats - (served.get(i) ?? 0);
    if (left <= 0) return;
    unserved.push({ needId: n.id, seats: left, reason: unservedReason(inst, i, sessionsPerGroup) });
  });
  const planMembers = [...memberIds].sort(compareIds).map((memberId) => {
    const pooled = pooledByMember.get(memberId) ?? 0;
    const standalone = standaloneByMember.get(memberId) ?? 0;
    return {
      memberId,
      seats: seatsByMember.get(memberId) ?? 0,
      pooledCost: centsToDollars(pooled),
      standaloneCost: centsToDollars(standalone),
      savings: centsToDollars(standalone - pooled)
    };
  });
  const warnings = capped.overStandalone.map((memberId) => {
    const pooled = pooledByMember.get(memberId) ?? 0;
    const standalone = standaloneByMember.get(memberId) ?? 0;
    return {
      memberId,
      message: `member "${memberId}" pays ${centsToDollars(pooled - standalone).toFixed(2)} more than alone (pooled ${centsToDollars(pooled).toFixed(2)}, standalone ${centsToDollars(standalone).toFixed(2)}): no sharing of its sessions can bring it under its standalone cost`
    };
  });
  const costCents = ordered.reduce((t, s) => t + sessionCostCents(inst, s), 0);
  const seatsServed = [...served.values()].reduce((t, v) => t + v, 0);
  const seatsUnserved = unserved.reduce((t, u) => t + u.seats, 0);
  const standaloneCents = [...standaloneByMember.values()].reduce((t, v) => t + v, 0);
  const objectiveCents = costCents + pen * seatsUnserved;
  const allNeeds = needs.map((_, i) => i);
  const baselineObjective = draftObjectiveCents(inst, baseline, allNeeds);
  const baselineCost = baseline.reduce((t, s) => t + sessionCostCents(inst, s), 0);
  return {
    sessions,
    unserved,
    members: planMembers,
    totals: {
      cost: centsToDollars(costCents),
      penalty: centsToDollars(pen * seatsUnserved),
      objective: centsToDollars(objectiveCents),
      seatsServed,
      seatsUnserved,
      standaloneCost: centsToDollars(standaloneCents),
      savings: centsToDollars(standaloneCents - costCents)
    },
    bound: { lowerBound: 0, gap: 1, optimal: false },
    solver: { method: "", milliseconds: 0, components: 0, componentsOptimal: 0, allocationRule: policy.allocationRule, componentResults: [] },
    baseline: {
      objective: centsToDollars(baselineObjective),
      cost: centsToDollars(baselineCost),
      seatsUnserved: baselineUnserved(inst, baseline),
      improvement: baselineObjective > 0 ? (baselineObjective - objectiveCents) / baselineObjective : 0
    },
    warnings
  };
}
__name(buildPlan, "buildPlan");
function baselineUnserved(inst, baseline) {
  const total = inst.problem.needs.reduce((t, n) => t + n.seats, 0);
  return total - baseline.reduce((t, s) => t + sessionSeats(s), 0);
}
__name(baselineUnserved, "baselineUnserved");
function unservedReason(inst, need, sessionsPerGroup) {
  const { offers, policy } = inst.problem;
  if (inst.compatibleSlots[need].length === 0) return "no compatible offer";
  if (inst.needSlots[need].length === 0) return "too few seats or members to open a session";
  const full = inst.needSlots[need].every((k) => (sessionsPerGroup.get(inst.slots[k].group) ?? 0) >= offers[inst.slots[k].offer].maxSessions);
  if (full) return "no session left in compatible offers";
  const cheapest = Math.min(...inst.needSlots[need].map((k) => offers[inst.slots[k].offer].seatCostCents));
  if (cheapest >= policy.unservedSeatPenaltyCents) return "cheaper to leave unserved";
  return "too few seats or members to open a session";
}
__name(unservedReason, "unservedReason");

export {
  splitByLargestRemainder,
  shareSession,
  standaloneCostCents,
  solvePooling
};
//# sourceMappingURL=chunk-CECXGVCG.mjs.map
