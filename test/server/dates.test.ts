import { describe, expect, it } from 'vitest';
import { nextMonday } from '../../src/server/dates.js';

describe('nextMonday', () => {
  it('is the first Monday strictly after today in the athlete’s zone', () => {
    // 2026-01-05 is a Monday.
    expect(nextMonday('America/Chicago', new Date('2026-01-05T18:00:00Z'))).toBe('2026-01-12');
    expect(nextMonday('America/Chicago', new Date('2026-01-07T18:00:00Z'))).toBe('2026-01-12');
    expect(nextMonday('America/Chicago', new Date('2026-01-11T18:00:00Z'))).toBe('2026-01-12');
  });

  it('uses the athlete’s calendar day, not the server’s', () => {
    // 03:00 UTC Monday is still Sunday evening in Chicago, but already Monday afternoon in Auckland.
    const instant = new Date('2026-01-12T03:00:00Z');
    expect(nextMonday('America/Chicago', instant)).toBe('2026-01-12');
    expect(nextMonday('Pacific/Auckland', instant)).toBe('2026-01-19');
  });
});
