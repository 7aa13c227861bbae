// The evidence dashboards computed lately, kept while their data has not changed. Computing a large
// mutual's dashboard takes about a second of CPU (a dozen effect estimates on 20,000 employees);
// its data changes a few times a day. Each entry is keyed by the mutual, the audience (its firms),
// the window and the day, and holds the fingerprint of the data it was built from
// (repository.fingerprint): a changed fingerprint computes it again. One process, in memory, at most
// 32 entries, the least recently used forgotten first.
const MAX_ENTRIES = 32;

interface Entry<T> {
  fingerprint: string;
  value: T;
}

const entries = new Map<string, Entry<unknown>>();

/** The cached value for the key when its data still has `fingerprint`; else computes, keeps and answers it. */
export async function cachedDashboard<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.fingerprint === fingerprint) {
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit.value as T;
  }
  const value = await compute();
  entries.delete(key);
  entries.set(key, { fingerprint, value });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}
