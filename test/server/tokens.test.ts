import { describe, expect, it } from 'vitest';
import { hashToken, isWellFormedToken, newToken, tokenMatches } from '../../src/server/tokens.js';

describe('feed tokens', () => {
  it('are 32 URL-safe characters carrying 192 random bits', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(24);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it('do not repeat', () => {
    const seen = new Set(Array.from({ length: 2000 }, newToken));
    expect(seen.size).toBe(2000);
  });

  it('are refused when malformed before any lookup', () => {
    for (const bad of ['', 'short', `${newToken()}x`, `${newToken().slice(0, 31)}!`, '../../etc/passwd', `${newToken().slice(0, 31)}=`]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });

  it('match only their own hash', () => {
    const a = newToken();
    const b = newToken();
    expect(tokenMatches(a, hashToken(a))).toBe(true);
    expect(tokenMatches(b, hashToken(a))).toBe(false);
    expect(tokenMatches(a, Buffer.alloc(5))).toBe(false);
    expect(hashToken(a)).toHaveLength(32);
    expect(hashToken(a).toString('hex')).not.toContain(a);
  });
});
