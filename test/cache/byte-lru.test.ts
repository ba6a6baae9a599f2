import { describe, expect, it } from 'vitest';
import { ByteLru } from '../../src/cache/byte-lru.js';

describe('ByteLru', () => {
  it('evicts the least recently used entries to stay within its bytes', () => {
    const c = new ByteLru<string>(100);
    c.set('a', 'A', 40);
    c.set('b', 'B', 40);
    expect(c.get('a')).toBe('A'); // a is now the most recent
    c.set('c', 'C', 40); // 120 > 100: b, the coldest, goes
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('A');
    expect(c.get('c')).toBe('C');
    expect(c.stats()).toMatchObject({ entries: 2, bytes: 80, evictions: 1 });
  });

  it('never holds more than its bound, whatever the sizes', () => {
    const c = new ByteLru<number>(1000);
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      c.set(`k${seed % 300}`, i, seed % 400);
      expect(c.stats().bytes).toBeLessThanOrEqual(1000);
    }
  });

  it('does not store a value larger than the whole cache', () => {
    const c = new ByteLru<string>(10);
    c.set('small', 's', 5);
    c.set('big', 'b', 11);
    expect(c.get('big')).toBeUndefined();
    expect(c.get('small')).toBe('s');
  });

  it('replaces a key without counting it twice', () => {
    const c = new ByteLru<string>(100);
    c.set('a', '1', 60);
    c.set('a', '2', 60);
    expect(c.stats()).toMatchObject({ entries: 1, bytes: 60, evictions: 0 });
    expect(c.get('a')).toBe('2');
  });

  it('drops every entry of one athlete by prefix', () => {
    const c = new ByteLru<string>(1000);
    c.set('ath1:1:ics', 'x', 10);
    c.set('ath1:2:fit:w1-mon-0', 'y', 10);
    c.set('ath10:1:ics', 'z', 10);
    expect(c.deletePrefix('ath1:')).toBe(2);
    expect(c.get('ath10:1:ics')).toBe('z');
    expect(c.stats().bytes).toBe(10);
  });

  it('empties on clear and counts its bytes from nothing again', () => {
    const c = new ByteLru<string>(100);
    c.set('a', 'A', 60);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get('a')).toBeUndefined();
    c.set('b', 'B', 90);
    expect(c.stats()).toMatchObject({ entries: 1, bytes: 90, evictions: 0 });
  });
});
