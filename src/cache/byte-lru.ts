/**
 * A least-recently-used cache bounded by bytes: the service's compiled output
 * and the store's athletes. Memory stays flat however many athletes poll: the
 * coldest entries go first.
 */
export interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  evictions: number;
}

export class ByteLru<V> {
  // A Map iterates in insertion order: re-inserting on access keeps the coldest entry first.
  private readonly map = new Map<string, { value: V; size: number }>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  /** Stores the value unless it alone exceeds the bound; evicts the coldest entries to make room. */
  set(key: string, value: V, size: number): void {
    this.delete(key);
    if (size > this.maxBytes) return;
    this.map.set(key, { value, size });
    this.bytes += size;
    for (const [k, e] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= e.size;
      this.evictions++;
    }
  }

  /** Counts `bytes` more for an entry whose value grew where it is (a compressed form kept with it); evicts the coldest others to make room. */
  grow(key: string, bytes: number): void {
    const entry = this.map.get(key);
    if (!entry) return;
    entry.size += bytes;
    this.bytes += bytes;
    if (entry.size > this.maxBytes) {
      this.delete(key);
      return;
    }
    for (const [k, e] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      if (k === key) continue;
      this.map.delete(k);
      this.bytes -= e.size;
      this.evictions++;
    }
  }

  delete(key: string): boolean {
    const entry = this.map.get(key);
    if (!entry) return false;
    this.map.delete(key);
    this.bytes -= entry.size;
    return true;
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** Drops every entry whose key starts with the prefix (all of one athlete's outputs). */
  deletePrefix(prefix: string): number {
    let n = 0;
    for (const key of [...this.map.keys()]) if (key.startsWith(prefix) && this.delete(key)) n++;
    return n;
  }

  stats(): CacheStats {
    return {
      entries: this.map.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
    };
  }
}
