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

  it('reads percent-encoded ASCII as what it spells, and hides token-like runs anywhere (a token reached the log through these)', () => {
    const t = 'E2igDdhCDQbmxRGALtSQ2v0mTMur5gud';
    expect(redactPath(`/a%2F${t}/calendar.ics`)).toBe('/a/[redacted]/calendar.ics');
    expect(redactPath(`/%61/${t}/calendar.ics`)).toBe('/a/[redacted]/calendar.ics');
    expect(redactPath(`/a/./${t}/calendar.ics`)).toBe('/a/[redacted]/[redacted]/calendar.ics');
    expect(redactPath(`/a;x/${t}`)).toBe('/a;x/[redacted]');
    expect(redactPath(`/a/%45%32${t.slice(2)}/c`)).toBe('/a/[redacted]/c');
  });

  it('keeps athlete ids and ordinary words readable', () => {
    expect(redactPath('/api/athletes/0d4c2b0e-1a2b-4c3d-8e9f-001122334455/token')).toBe('/api/athletes/0d4c2b0e-1a2b-4c3d-8e9f-001122334455/token');
    expect(redactPath('/playground')).toBe('/playground');
  });
});
