/**
 * The admin API's bearer token. From RUNCAST_ADMIN_TOKEN when set; otherwise
 * generated on the first start, printed once, and only its hash kept in the
 * database so that later starts (and other instances) accept the same token.
 */
import type { RequestHandler } from 'express';
import type { Store } from '../store/store.js';
import { HttpError, sendError } from './errors.js';
import { hashToken, newToken } from './tokens.js';
import { timingSafeEqual } from 'node:crypto';

export const ADMIN_HASH_SETTING = 'admin_token_sha256';

export interface AdminCredential {
  hash: Buffer;
  source: 'environment' | 'database';
  /** The token itself, only on the start that generated it. */
  generated?: string;
}

export async function resolveAdminToken(store: Store, fromEnv: string | undefined): Promise<AdminCredential> {
  if (fromEnv) return { hash: hashToken(fromEnv), source: 'environment' };
  const stored = await store.getSetting(ADMIN_HASH_SETTING);
  if (stored) return { hash: Buffer.from(stored, 'hex'), source: 'database' };
  const token = newToken();
  const kept = await store.setSettingIfAbsent(ADMIN_HASH_SETTING, hashToken(token).toString('hex'));
  const hash = Buffer.from(kept, 'hex');
  // Another instance may have stored its own token first: then ours was never valid and is not shown.
  const ours = timingSafeEqual(hash, hashToken(token));
  return ours ? { hash, source: 'database', generated: token } : { hash, source: 'database' };
}

/** 401 without bearer credentials, 403 with a token that is not the admin token. */
export function requireAdmin(credential: AdminCredential): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const m = /^Bearer[ ]+([\x21-\x7e]+)\s*$/i.exec(header);
    if (!m) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="runcast"');
      return sendError(res, new HttpError(401, 'unauthorized', 'Send the admin token as "Authorization: Bearer <token>".'));
    }
    const presented = hashToken(m[1]!);
    if (!timingSafeEqual(presented, credential.hash)) {
      return sendError(res, new HttpError(403, 'forbidden', 'That token does not grant access to the admin API.'));
    }
    next();
  };
}
