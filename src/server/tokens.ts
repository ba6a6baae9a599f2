/**
 * Secret tokens: the athletes' feed tokens (the only credential behind their
 * links) and the admin token. Only sha256 hashes are stored; a database leak
 * does not leak working links.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 24 random bytes = 192 bits, 32 URL-safe characters. */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** A string that could be a token we issued; anything else is refused before touching the database. */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** One-shot hashing: no Hash object per call, on the path of every feed poll. */
export function hashToken(token: string): Buffer {
  return hash('sha256', token, 'buffer');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: Buffer): boolean {
  const presented = hashToken(token);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}
