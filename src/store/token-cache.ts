/**
 * Athletes already found by their token hash, kept while the database has not
 * changed. The embedded database says when anything at all was committed (by
 * any connection or process: SQLite's `PRAGMA data_version`), so a calendar
 * poll of an unchanged database reads one counter instead of a row. Any
 * commit empties the cache: writes are rare next to polls, and the next poll
 * of each feed reads its row again.
 */
import type { AthleteRecord } from './store.js';

/** About what one record holds besides its plan text and profile. */
const RECORD_OVERHEAD = 512;

export class TokenCache {
  // A Map iterates in insertion order: the oldest entries go first when the bound is reached.
  private readonly records = new Map<string, { record: AthleteRecord; size: number }>();
  private bytes = 0;
  private seen: number | undefined;

  constructor(
    /** Changes whenever anything was committed since it was last read. */
    private readonly changeCounter: () => number,
    readonly maxBytes: number,
  ) {}

  /** The cached record for this hash, if nothing was committed since it was read; `read` otherwise. */
  find(hash: Buffer, read: () => AthleteRecord | undefined): AthleteRecord | undefined {
    const counter = this.changeCounter();
    if (counter !== this.seen) {
      this.records.clear();
      this.bytes = 0;
      this.seen = counter;
    }
    const key = hash.toString('latin1');
    const hit = this.records.get(key);
    if (hit) return hit.record;
    const record = read();
    // Misses are not kept: unknown tokens would grow the cache at a stranger's pace.
    if (record) this.keep(key, record);
    return record;
  }

  private keep(key: string, record: AthleteRecord): void {
    const size = RECORD_OVERHEAD + JSON.stringify(record.profile).length + planLength(record);
    if (size > this.maxBytes) return;
    this.records.set(key, { record, size });
    this.bytes += size;
    for (const [k, e] of this.records) {
      if (this.bytes <= this.maxBytes) break;
      this.records.delete(k);
      this.bytes -= e.size;
    }
  }

  get size(): number {
    return this.records.size;
  }
}

function planLength(record: AthleteRecord): number {
  return 'yaml' in record.plan ? record.plan.yaml.length : record.plan.template.length;
}
