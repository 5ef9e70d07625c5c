/**
 * Query results cached in the server process, keyed on (data version, name, normalised
 * parameters): a page asked again with the same filters costs one tiny query (the version)
 * instead of aggregates over every report. Any write bumps the version in its own
 * transaction (lib/db/data-version.ts), also from another process, so a cached result is
 * never served after the data changed; old versions simply age out of the LRU.
 */
import { Lru } from '../charts/memo';
import type { Db } from '../db/client';
import { readDataVersion } from '../db/data-version';

const MAX_ENTRIES = 256;
/** One cache per database handle: tests open several databases in one process. */
const caches = new WeakMap<Db, Lru<Promise<unknown>>>();

/**
 * `load` is told the version its result is cached under (e.g. to put it in an immutable URL).
 * A caller that needs several entries of one version passes the version it read (`atVersion`):
 * one query instead of one per entry, and entries that agree with each other.
 */
export async function cachedByVersion<T>(db: Db, name: string, key: string, load: (version: number) => Promise<T>, atVersion?: number): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Lru(MAX_ENTRIES)));
  const version = atVersion ?? (await readDataVersion(db));
  const entry = `${version}\0${name}\0${key}`;
  // The promise is cached, not the value: concurrent requests for a cold entry share one load.
  return cache.get(entry, () => {
    const loading = load(version);
    loading.catch(() => cache.delete(entry)); // a failure is reported, not remembered
    return loading;
  }) as Promise<T>;
}
