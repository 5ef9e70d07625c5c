/**
 * A small in-memory LRU for pure, expensive renders (chart option → SVG, SVG → PNG): the
 * same view requested again (a shared permalink, the default page) is not drawn twice.
 * Keys are the full content, so a changed number or date is simply a different entry.
 */
import { createHash } from 'node:crypto';

export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  delete(key: string): void {
    this.map.delete(key);
  }

  get(key: string, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key); // re-insert: most recently used last
      this.map.set(key, hit);
      return hit;
    }
    const value = make();
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return value;
  }
}

export const contentKey = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};
