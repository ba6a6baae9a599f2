/** What the token lookup keeps in memory, on its own: athletes by token hash between commits, and by id and version. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AthleteRecord } from '../../src/store/store.js';
import { RecordCache, recordSize, TokenCache } from '../../src/store/token-cache.js';

const hash = (s: string) => createHash('sha256').update(s).digest();

function record(name: string, planYaml = 'weeks: []'): AthleteRecord {
  return {
    id: name,
    name,
    profile: { name, fitness: { race: { distance: 'mile', time: '6:00' } } },
    plan: { yaml: planYaml },
    start: '2026-01-05',
    version: 1,
    tokenHash: hash(name),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A cache over a fake database that counts its reads. */
function setup(maxBytes = 1 << 20) {
  let counter = 1;
  let reads = 0;
  const rows = new Map<string, AthleteRecord>();
  const cache = new TokenCache(() => counter, maxBytes);
  const find = (name: string) =>
    cache.find(hash(name), () => {
      reads++;
      return rows.get(name);
    });
  return { cache, rows, find, commit: () => counter++, reads: () => reads };
}

describe('TokenCache', () => {
  it('reads a token once while nothing is committed, and again after any commit', () => {
    const t = setup();
    t.rows.set('a', record('a'));
    expect(t.find('a')?.name).toBe('a');
    expect(t.find('a')?.name).toBe('a');
    expect(t.reads()).toBe(1);
    t.rows.set('a', { ...record('a'), version: 2 });
    t.commit();
    expect(t.find('a')?.version).toBe(2);
    expect(t.reads()).toBe(2);
  });

  it('keeps no misses, so unknown tokens neither grow it nor hide an athlete created later', () => {
    const t = setup();
    for (let i = 0; i < 100; i++) expect(t.find(`stranger ${i}`)).toBeUndefined();
    expect(t.cache.size).toBe(0);
    expect(t.find('late')).toBeUndefined();
    t.rows.set('late', record('late'));
    expect(t.find('late')?.name).toBe('late');
  });

  it('stays within its byte bound, dropping the oldest entries, and keeps nothing larger than the bound', () => {
    const name = (i: number) => `r${String(i).padStart(2, '0')}`;
    const sized = (i: number) => record(name(i), 'x'.repeat(8 * 1024));
    // Room for seven and a bit.
    const t = setup(recordSize(sized(0)) * 7 + 100);
    for (let i = 0; i < 50; i++) t.rows.set(name(i), sized(i));
    for (let i = 0; i < 50; i++) t.find(name(i));
    expect(t.cache.size).toBe(7);
    const before = t.reads();
    t.find(name(49));
    expect(t.reads()).toBe(before);
    t.find(name(0));
    expect(t.reads()).toBe(before + 1);

    t.rows.set('huge', record('huge', 'x'.repeat(1024 * 1024)));
    t.find('huge');
    t.find('huge');
    expect(t.reads()).toBe(before + 3);
  });
});

describe('RecordCache', () => {
  it('answers only for the version asked, so a change made anywhere is read again', () => {
    const cache = new RecordCache(1 << 20);
    const v1 = record('a');
    cache.keep(v1);
    expect(cache.get('a', 1)).toBe(v1);
    expect(cache.get('a', 2)).toBeUndefined();
    const v2 = { ...v1, version: 2, name: 'renamed' };
    cache.keep(v2);
    expect(cache.get('a', 2)).toBe(v2);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('stays within its byte bound, dropping the oldest athletes first', () => {
    const big = (name: string) => record(name, 'x'.repeat(8 * 1024));
    const cache = new RecordCache(recordSize(big('r0')) * 3);
    for (let i = 0; i < 5; i++) cache.keep(big(`r${i}`));
    expect(cache.size).toBe(3);
    expect(cache.get('r0', 1)).toBeUndefined();
    expect(cache.get('r4', 1)?.name).toBe('r4');
  });
});
