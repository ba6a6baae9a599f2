/**
 * An athlete's links shown again: the feed token kept sealed with the server key
 * (RUNCAST_SECRET_KEY) at creation and rotation, opened only when the coach asks.
 * An athlete whose token was not kept (added while the server had no key, or before
 * tokens were kept) gets links again by a rotation, which the errors say.
 */
import type { AthleteRecord } from '../store/store.js';
import { UnsealError } from '../sync/intervals/secret.js';
import type { ServiceContext } from './context.js';
import { HttpError } from './errors.js';
import { openToken } from './links.js';
import { tokenMatches } from './tokens.js';

const rotation = (id: string) => `POST /api/athletes/${id}/token`;

function notKept(id: string, why: string): HttpError {
  return new HttpError(
    409,
    'links_not_kept',
    `The links cannot be shown again: ${why}. Rotate the feed token (${rotation(id)}) for new links that can be; the old links stop working.`,
    { rotate: `/api/athletes/${id}/token` },
  );
}

const KEY_MISSING =
  'The links cannot be shown again: RUNCAST_SECRET_KEY is not set on this server, so feed tokens are not kept. ' +
  'Set it (openssl rand -base64 32) and restart; tokens issued from then on (new athletes, rotations) can be shown again.';

/** A rotation between reading the athlete and its token is read again this often. */
const READ_ATTEMPTS = 3;

/** The athlete and its current feed token, or undefined when there is no such athlete. */
export async function keptToken(ctx: ServiceContext, id: string): Promise<{ record: AthleteRecord; token: string } | undefined> {
  const box = ctx.config.secretBox;
  if (!box) throw new HttpError(503, 'links_unavailable', KEY_MISSING);
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    const record = await ctx.store.getAthlete(id);
    if (!record) return undefined;
    const sealed = await ctx.store.sealedToken(id);
    if (sealed === undefined) return undefined;
    if (sealed === null) throw notKept(id, 'its feed token was issued while the server had no RUNCAST_SECRET_KEY, and was not kept');
    let token: string;
    try {
      token = openToken(box, id, sealed);
    } catch (err) {
      if (err instanceof UnsealError) throw notKept(id, 'its kept feed token does not open with this RUNCAST_SECRET_KEY (was the key changed?)');
      throw err;
    }
    // Both are written by one statement; a mismatch is a rotation between the two reads.
    if (tokenMatches(token, record.tokenHash)) return { record, token };
  }
  throw notKept(id, 'its kept feed token is not the one in use');
}
