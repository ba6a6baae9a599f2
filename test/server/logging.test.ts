import { describe, expect, it } from 'vitest';
import { redactPath } from '../../src/server/logging.js';

describe('redactPath', () => {
  it('hides the token segment of athlete links', () => {
    expect(redactPath('/a/AbC_123-xyzAbC_123-xyzAbC_123-xy/calendar.ics')).toBe('/a/[redacted]/calendar.ics');
    expect(redactPath('/a/sometoken')).toBe('/a/[redacted]');
    expect(redactPath('/a/tok/sessions/2026-01-05.fit?x=1')).toBe('/a/[redacted]/sessions/2026-01-05.fit');
  });

  it('hides it however the path is spelt for the router', () => {
    // Regression guard: Express matches routes case-insensitively, so /A/<token> reaches the feed too.
    expect(redactPath('/A/secretToken/calendar.ics')).toBe('/a/[redacted]/calendar.ics');
    expect(redactPath('//a/secretToken/calendar.ics')).toBe('//a/[redacted]/calendar.ics');
    expect(redactPath('/x/a/secretToken')).toBe('/x/a/[redacted]');
  });

  it('leaves other paths alone but drops query strings', () => {
    expect(redactPath('/api/athletes?limit=5')).toBe('/api/athletes');
    expect(redactPath('/healthz')).toBe('/healthz');
    expect(redactPath('/about/ab/c')).toBe('/about/ab/c');
  });
});
