import type { KeptAnswers } from './caller.ts';

// Answers computed lately, keyed by the versions of the data they were computed from (decisions 70
// and 82). The rule:
// - every statement that writes a table the answer reads gives the mutual a new version, in the same
//   transaction, by database triggers (migrations 0061, 0105): whoever writes (the app, an import,
//   SQL by hand, another instance) is seen, and a version is never given twice;
// - the request reads the versions before the data: a write committed in between gives a newer
//   version at the next request (one computation more), never an old answer for new data;
// - the key also holds what is not in the tables (the day, the query, the audience), so a new day
//   computes again; a null key (no version known) is computed and not kept;
// - a slot (a mutual and what is asked) keeps its latest answer only; at most `maxSlots` slots, the
//   least recently used forgotten first; one cache per process, built by createDeps and passed in
//   Deps; concurrent requests for the same key share one computation; a failed one is not kept.

interface Entry {
  key: string;
  answer: Promise<unknown>;
}

/** A cache of answers by slot and key (one per process and use, in Deps). */
export function createKeptAnswers(maxSlots: number): KeptAnswers {
  const slots = new Map<string, Entry>();
  return {
    answerOf<T>(slot: string, key: string | null, compute: () => Promise<T>): Promise<T> {
      if (key === null) return compute();
      const hit = slots.get(slot);
      slots.delete(slot);
      if (hit && hit.key === key) {
        slots.set(slot, hit); // most recently used last
        return hit.answer as Promise<T>;
      }
      const entry: Entry = { key, answer: compute() };
      slots.set(slot, entry);
      entry.answer.catch(() => {
        if (slots.get(slot) === entry) slots.delete(slot);
      });
      while (slots.size > maxSlots) slots.delete(slots.keys().next().value as string);
      return entry.answer as Promise<T>;
    },
    forget() {
      slots.clear();
    },
  };
}
