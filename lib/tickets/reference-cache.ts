import "server-only";

// Reference data (topics, organisations, routing) changes only when the seed or an admin
// edits it, yet every submission reads it: a short-lived copy per process saves those queries.
const TTL_MS = 10_000;

type Entry = { loadedAt: number; value: Promise<unknown> };
const holder = globalThis as unknown as { guichetReferenceCache?: Map<string, Entry> };
const entries = (holder.guichetReferenceCache ??= new Map());

/**
 * The value `load` gave at most 10 s ago for this key, or a fresh one.
 * LIMITATION: an admin's edit reaches the other running instances only after up to 10 s.
 */
export function cachedReference<T>(key: string, load: () => Promise<T>): Promise<T> {
  const cached = entries.get(key);
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.value as Promise<T>;

  const value = load();
  entries.set(key, { loadedAt: Date.now(), value });
  // A failed read must not be served to later requests.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });

  return value;
}

/** Drops the copies, so the next request reads the reference data again (after an edit). */
export function forgetReferenceData(): void {
  entries.clear();
}
