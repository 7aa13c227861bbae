import { createHash } from 'node:crypto';
import type { EvidenceDashboardCache, KeptEvidenceDashboard } from '../caller.ts';
import { createKeptAnswers } from '../kept-answers.ts';
import type { FirmFilter } from './repository.ts';

// The evidence engine's answers computed lately, keyed by the version of the data they were computed
// from. A large mutual's dashboard costs about a second of CPU (reading 26,000 employees' histories,
// a dozen effect estimates) and its data changes a few times a day. The rule (docs/decisions.md,
// "The evidence dashboard is cached by a data version kept by triggers"):
// - every statement that writes a table the engine reads gives the mutual a new version, in the same
//   transaction, by database triggers (migration 0061): whoever writes (the app, an import, SQL by
//   hand, another instance) is seen, and a version is never given twice;
// - the request reads the version before the data: a write committed in between gives a newer
//   version at the next request (one computation more), never an old answer for new data;
// - the key also holds what is not in the tables: the as-of day, the window and the audience's firms
//   (consent decisions), so a new day or a withdrawn consent computes again;
// - a slot per mutual, audience and window keeps the latest answer only; at most 32 slots, the least
//   recently used forgotten first; one cache per process, built by createDeps and passed in Deps;
//   concurrent requests for the same key share one computation;
// - who asks (audience, firms included) is added per request.
const MAX_SLOTS = 32;

/**
 * The key of an answer: the data version (null: none known, never kept), the as-of day, the
 * window and the firms of the audience (null: all of the mutual's).
 */
export function dashboardKeyOf(
  version: string | null,
  asOf: string,
  windowStart: string | undefined,
  filter: FirmFilter,
): string | null {
  if (version === null) return null;
  const firms = filter
    ? createHash('sha256')
        .update([...filter].sort().join(','))
        .digest('hex')
    : 'all';
  return JSON.stringify([version, asOf, windowStart ?? null, firms]);
}

/** A cache of the engine's answers (one per process, in Deps): kept answers (kept-answers.ts) of one type. */
export function createEvidenceDashboardCache(): EvidenceDashboardCache {
  const kept = createKeptAnswers(MAX_SLOTS);
  return {
    dashboardOf: (slot, key, compute) => kept.answerOf<KeptEvidenceDashboard>(slot, key, compute),
    forget: () => kept.forget(),
  };
}
