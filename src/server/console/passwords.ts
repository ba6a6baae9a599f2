/**
 * Coaches' passwords: argon2id with OWASP's recommended cost (19 MiB, two
 * passes), hashed off the event loop by @node-rs/argon2's own threads. A
 * sign-in for an email no one has is checked against a hash of nothing, so it
 * takes as long as a wrong password and says nothing of who has an account.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

const OPTIONS: Options = { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD = 10;
/** Longer is refused before hashing: a megabyte "password" would only cost the service. */
export const MAX_PASSWORD = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let decoy: Promise<string> | undefined;

/** Whether the password matches; with no stored hash, the same work is done and the answer is no. */
export async function passwordMatches(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    decoy ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Why a new password is refused, or undefined when it will do. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < MIN_PASSWORD) return `Choose a password of at least ${MIN_PASSWORD} characters.`;
  if (password.length > MAX_PASSWORD) return `Choose a password of at most ${MAX_PASSWORD} characters.`;
  if (password.toLowerCase() === email.toLowerCase()) return 'Choose a password other than your email address.';
  return undefined;
}
