/**
 * API keys sealed with the server key: they open only with the same key and
 * for the same athlete, a damaged value is refused, and the key material
 * never shows in the sealed bytes, in logs or in JSON.
 */
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { parseSecretKey, SecretBox, UnsealError } from '../../src/sync/intervals/secret.js';

const KEY = randomBytes(32);
const API_KEY = '1puezkan06zdf895zb1yykkxm';

describe('the secret box', () => {
  const box = new SecretBox(KEY);

  it('opens what it sealed for the same athlete, and each sealing differs (a fresh IV)', () => {
    const a = box.seal(API_KEY, 'athlete-1');
    const b = box.seal(API_KEY, 'athlete-1');
    expect(a.equals(b)).toBe(false);
    expect(box.open(a, 'athlete-1')).toBe(API_KEY);
    expect(box.open(b, 'athlete-1')).toBe(API_KEY);
    expect(a.includes(Buffer.from(API_KEY))).toBe(false);
  });

  it('refuses another athlete, another server key, and any damaged byte', () => {
    const sealed = box.seal(API_KEY, 'athlete-1');
    expect(() => box.open(sealed, 'athlete-2')).toThrow(UnsealError);
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'athlete-1')).toThrow(UnsealError);
    for (const at of [0, 5, 20, sealed.length - 1]) {
      const damaged = Buffer.from(sealed);
      damaged[at]! ^= 1;
      expect(() => box.open(damaged, 'athlete-1')).toThrow(UnsealError);
    }
    expect(() => box.open(Buffer.alloc(3), 'athlete-1')).toThrow(UnsealError);
  });

  it('never shows the key material', () => {
    const shown = [inspect(box), JSON.stringify({ box }), String(box), inspect(loadConfig({ RUNCAST_SECRET_KEY: KEY.toString('base64') }))];
    for (const s of shown) {
      expect(s).not.toContain(KEY.toString('base64'));
      expect(s).not.toContain(KEY.toString('hex'));
    }
    expect(inspect(box)).toBe('[SecretBox]');
  });
});

describe('RUNCAST_SECRET_KEY', () => {
  it('takes 32 bytes as base64 (padded or not, standard or URL alphabet) or as hex, all the same key', () => {
    const forms = [KEY.toString('base64'), KEY.toString('base64').replace(/=$/, ''), KEY.toString('base64url'), KEY.toString('hex'), ` ${KEY.toString('hex')}\n`];
    for (const f of forms) expect(parseSecretKey(f).equals(KEY)).toBe(true);
    const sealed = SecretBox.fromText(forms[0]!).seal(API_KEY, 'a');
    expect(SecretBox.fromText(forms[3]!).open(sealed, 'a')).toBe(API_KEY);
  });

  it('refuses anything else with a message that says how to make one', () => {
    for (const bad of ['short', randomBytes(16).toString('base64'), randomBytes(33).toString('hex'), 'x'.repeat(44)]) {
      expect(() => parseSecretKey(bad)).toThrow(/openssl rand -base64 32/);
    }
  });

  it('unset or empty: the service starts without it (linking is refused); malformed: the start stops naming it', () => {
    expect(loadConfig({}).secretBox).toBeUndefined();
    expect(loadConfig({ RUNCAST_SECRET_KEY: '' }).secretBox).toBeUndefined();
    expect(loadConfig({ RUNCAST_SECRET_KEY: KEY.toString('hex') }).secretBox?.fingerprint).toBe(new SecretBox(KEY).fingerprint);
    expect(() => loadConfig({ RUNCAST_SECRET_KEY: 'hunter2' })).toThrow(/RUNCAST_SECRET_KEY: RUNCAST_SECRET_KEY must be 32 random bytes/);
    expect(() => loadConfig({ RUNCAST_SECRET_KEY: 'hunter2' })).not.toThrow(/hunter2/);
  });
});
