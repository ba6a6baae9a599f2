/**
 * The server key (RUNCAST_SECRET_KEY) and what it seals: athletes' intervals.icu
 * API keys, stored encrypted with AES-256-GCM. Each sealed value is bound to
 * its athlete (the athlete id is authenticated data), so a sealed key copied
 * to another athlete's row does not open. The key material is never printed:
 * the box shows as "[SecretBox]" in logs, JSON and the inspector.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

/** A sealed value that does not open with this key: another server key, or a damaged row. */
export class UnsealError extends Error {
  override name = 'UnsealError';
}

/**
 * 32 random bytes, as 64 hex digits or base64 (with or without padding, standard
 * or URL alphabet): what `openssl rand -base64 32` or `openssl rand -hex 32` print.
 */
export function parseSecretKey(text: string): Buffer {
  const t = text.trim();
  let bytes: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(t)) bytes = Buffer.from(t, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(t)) bytes = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!bytes || bytes.length !== 32) {
    throw new SecretKeyError('RUNCAST_SECRET_KEY must be 32 random bytes, as base64 or hex: generate one with `openssl rand -base64 32`');
  }
  return bytes;
}

export class SecretBox {
  readonly #key: Buffer;
  /** A short, stable fingerprint of the key (not the key), to tell keys apart in messages and tests. */
  readonly fingerprint: string;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new SecretKeyError('a secret key is 32 bytes');
    this.#key = Buffer.from(key);
    this.fingerprint = createHash('sha256').update('runcast secret key fingerprint\0').update(key).digest('hex').slice(0, 12);
  }

  static fromText(text: string): SecretBox {
    return new SecretBox(parseSecretKey(text));
  }

  /** version | iv | tag | ciphertext */
  seal(plaintext: string, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(aad(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer, context: string): string {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new UnsealError('not a sealed value of this runcast');
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.#key, iv);
    decipher.setAAD(aad(context));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new UnsealError('the sealed value does not open with this RUNCAST_SECRET_KEY');
    }
  }

  toJSON(): string {
    return '[SecretBox]';
  }

  toString(): string {
    return '[SecretBox]';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '[SecretBox]';
  }
}

function aad(context: string): Buffer {
  return Buffer.from(`runcast sealed v${VERSION}\0${context}`, 'utf8');
}
