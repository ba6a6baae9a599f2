import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { etagMatches, makeArtifact } from '../../src/server/send-artifact.js';

describe('artifacts', () => {
  it('carry a strong ETag that is the sha256 of their bytes', () => {
    const a = makeArtifact('BEGIN:VCALENDAR\r\n', 'text/calendar');
    const expected = createHash('sha256').update('BEGIN:VCALENDAR\r\n').digest('base64url');
    expect(a.etag).toBe(`"${expected}"`);
    expect(makeArtifact(new TextEncoder().encode('BEGIN:VCALENDAR\r\n'), 'x').etag).toBe(a.etag);
    expect(makeArtifact('BEGIN:VCALENDAR\n', 'x').etag).not.toBe(a.etag);
  });

  it('match If-None-Match lists, weak forms and *', () => {
    const e = '"abc"';
    expect(etagMatches('"abc"', e)).toBe(true);
    expect(etagMatches('W/"abc"', e)).toBe(true);
    expect(etagMatches('"x", "abc"', e)).toBe(true);
    expect(etagMatches('*', e)).toBe(true);
    expect(etagMatches('"abcd"', e)).toBe(false);
    expect(etagMatches('abc', e)).toBe(false);
    expect(etagMatches(undefined, e)).toBe(false);
  });
});
