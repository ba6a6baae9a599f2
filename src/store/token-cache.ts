/**
 * What the token lookup of every feed poll keeps in memory, so that the poll
 * of an unchanged athlete neither reads nor decodes the athlete's whole row
 * (their profile, and a coach's own plan: tens of KiB of YAML):
 * - `RecordCache`: athletes by id and version. A version is bumped on every
 *   change, so a record of one version is the same on every instance, and
 *   the lookup reads only the row's id and version to use it.
 * - `TokenCache`: on the embedded database, which says when anything at all
 *   was committed (`sqlite-commits.ts`), the answer per token hash, kept until
 *   the next commit: a poll then reads nothing.
 * Both are bounded by bytes; the least recently used entries go first.
 */
import { ByteLru } from '../cache/byte-lru.js';
import type { AthleteRecord } from './store.js';

/** About what one record holds besides its plan text and profile. */
const RECORD_OVERHEAD = 512;

/** An upper estimate of a record's heap: two bytes a character (strings beyond Latin-1), twice for the parsed profile. */
export function recordSize(record: AthleteRecord): number {
  const plan = 'yaml' in record.plan ? record.plan.yaml : record.plan.template;
  return RECORD_OVERHEAD + 4 * JSON.stringify(record.profile).length + 2 * plan.length;
}

export class RecordCache {
  private readonly records: ByteLru<AthleteRecord>;

  constructor(maxBytes: number) {
    this.records = new ByteLru(maxBytes);
  }

  /** The athlete as of this version, if kept. */
  get(id: string, version: number): AthleteRecord | undefined {
    const record = this.records.get(id);
    return record?.version === version ? record : undefined;
  }

  keep(record: AthleteRecord): void {
    this.records.set(record.id, record, recordSize(record));
  }

  get size(): number {
    return this.records.size;
  }
}

export class TokenCache {
  private readonly answers: ByteLru<AthleteRecord>;
  private seen: number | undefined;

  constructor(
    /** Changes whenever anything was committed since it was last read. */
    private readonly changeCounter: () => number,
    maxBytes: number,
  ) {
    this.answers = new ByteLru(maxBytes);
  }

  /** The cached record for this hash, if nothing was committed since it was read; `read` otherwise. */
  find(hash: Buffer, read: () => AthleteRecord | undefined): AthleteRecord | undefined {
    const counter = this.changeCounter();
    if (counter !== this.seen) {
      this.answers.clear();
      this.seen = counter;
    }
    const key = hash.toString('latin1');
    const hit = this.answers.get(key);
    if (hit) return hit;
    const record = read();
    // Misses are not kept: unknown tokens would grow the cache at a stranger's pace.
    if (record) this.answers.set(key, record, recordSize(record));
    return record;
  }

  get size(): number {
    return this.answers.size;
  }
}
