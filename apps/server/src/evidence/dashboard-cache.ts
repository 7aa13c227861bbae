import { createHash } from 'node:crypto';
import { type ImpactDashboard, type ImpactInput, impactDashboard } from '@mutualis/domain/impact/dashboard';
import type { EvidenceDashboardCache } from '../caller.ts';

// The evidence engine's answers computed lately, keyed by what they were computed from. A large
// mutual's dashboard costs about a second of CPU in the engine (a dozen effect estimates on 20,000
// employees) and its data changes a few times a day. The rule (docs/decisions.md, "The evidence
// dashboard is cached by the digest of the engine's input"):
// - the input is always read from the database; its SHA-256 digest (every row the engine reads,
//   the as-of day, the window and the settings) is compared with the one the kept answer was
//   computed from: equal input, equal answer (the engine is a pure function), so no change can be
//   missed, whoever made it (the app, an import, SQL by hand, another process) and whatever the clock;
// - a slot per mutual, audience and window keeps the latest answer only; at most 32 slots, the least
//   recently used forgotten first; one cache per process, built by createDeps and passed in Deps;
// - only the engine's answer is kept: who asks (audience, firms included) is added per request, and
//   an answer is only ever given for an input the caller's own scope has just read.
const MAX_SLOTS = 32;

interface Entry {
  digest: string;
  answer: ImpactDashboard;
}

/** The SHA-256 of everything the engine reads of `input` (rows in the order read). */
export function digestOfImpactInput(input: ImpactInput): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([input.asOf, input.windowStart ?? null, input.replacementCostPct]));
  hash.update(JSON.stringify(input.employees));
  hash.update(JSON.stringify(input.trainings));
  hash.update(JSON.stringify([...input.headcounts]));
  hash.update(JSON.stringify(input.firmYears));
  hash.update(JSON.stringify(input.questionnaires));
  return hash.digest('hex');
}

/** A cache of the engine's answers (one per process, in Deps); `engine` is replaceable in tests. */
export function createEvidenceDashboardCache(
  engine: (input: ImpactInput) => ImpactDashboard = impactDashboard,
): EvidenceDashboardCache {
  const slots = new Map<string, Entry>();
  return {
    dashboardOf(slot, input) {
      const digest = digestOfImpactInput(input);
      const hit = slots.get(slot);
      slots.delete(slot);
      if (hit && hit.digest === digest) {
        slots.set(slot, hit); // most recently used last
        return hit.answer;
      }
      const answer = engine(input);
      slots.set(slot, { digest, answer });
      while (slots.size > MAX_SLOTS) slots.delete(slots.keys().next().value as string);
      return answer;
    },
    forget() {
      slots.clear();
    },
  };
}
