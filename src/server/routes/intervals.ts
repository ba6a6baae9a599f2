/**
 * An athlete's link to intervals.icu: link (athlete id and API key), read
 * the state of the pushes, push now, unlink. The API key is sealed as soon as
 * it arrives and never leaves the service again: no answer holds it, no log
 * line names it.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { IntervalsLink } from '../../store/intervals-links.js';
import type { AthleteRecord } from '../../store/store.js';
import { IntervalsError } from '../../sync/intervals/client.js';
import { PushBusy, PushFailure, SECRET_MISSING } from '../../sync/intervals/worker.js';
import type { ServiceContext } from '../context.js';
import { HttpError, notFoundError, sendNotFound } from '../errors.js';
import { athleteIdParams } from '../schemas.js';
import { parseBody, parseParams, parseQuery } from '../validate.js';

export const intervalsLinkBody = z
  .object({
    athleteId: z
      .string()
      .regex(/^i?\d{1,12}$/, 'an intervals.icu athlete id such as "i12345" (intervals.icu → Settings, under your name)')
      .meta({ description: 'The intervals.icu athlete id ("i12345"; "0" means the key\'s own athlete)', example: 'i12345' }),
    apiKey: z
      .string()
      .min(8, 'the API key from intervals.icu → Settings → Developer Settings')
      .max(256, 'the API key from intervals.icu → Settings → Developer Settings')
      .regex(/^[\x21-\x7e]+$/, 'the API key from intervals.icu → Settings → Developer Settings (printable characters, no spaces)')
      .meta({ description: 'The athlete\'s personal API key (intervals.icu → Settings → Developer Settings); stored encrypted, never returned' }),
  })
  .strict();

export const unlinkQuery = z
  .object({
    events: z
      .enum(['keep', 'delete'])
      .default('keep')
      .meta({ description: '`delete`: remove from intervals.icu every event runcast pushed for the athlete before unlinking' }),
  })
  .strict();

export const intervalsStatusResponse = z.object({
  athleteId: z.string().meta({ description: 'The intervals.icu athlete id' }),
  linkedAt: z.string(),
  state: z.enum(['ok', 'pending', 'pushing', 'failing', 'paused']).meta({
    description:
      'ok: the current plan is there; pending: a change is waiting to be pushed; pushing: a push is running here; failing: the last push failed and will be retried; paused: the server has no RUNCAST_SECRET_KEY',
  }),
  events: z.number().int().meta({ description: 'Events runcast pushed and keeps there' }),
  pushedVersion: z.number().int().meta({ description: 'The athlete version last pushed (0: none yet)' }),
  athleteVersion: z.number().int(),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastResult: z.object({ upserted: z.number().int(), deleted: z.number().int() }).nullable(),
  lastError: z.string().nullable().meta({ description: 'Why the last push failed, in words; null after a success' }),
  failures: z.number().int().meta({ description: 'Failed pushes in a row' }),
  nextAttemptAt: z.string().nullable().meta({ description: 'When the failed push is tried again' }),
});

function statusJson(ctx: ServiceContext, link: IntervalsLink, athlete: AthleteRecord): z.output<typeof intervalsStatusResponse> {
  const state = !ctx.intervals.available
    ? 'paused'
    : ctx.intervals.isPushing(athlete.id)
      ? 'pushing'
      : link.failures > 0
        ? 'failing'
        : link.pushedVersion < athlete.version
          ? 'pending'
          : 'ok';
  return {
    athleteId: link.intervalsAthleteId,
    linkedAt: link.linkedAt,
    state,
    events: link.events,
    pushedVersion: link.pushedVersion,
    athleteVersion: athlete.version,
    lastAttemptAt: link.lastAttemptAt ?? null,
    lastSuccessAt: link.lastSuccessAt ?? null,
    lastResult: link.lastResult ?? null,
    lastError: link.lastError ?? (state === 'paused' ? SECRET_MISSING : null),
    failures: link.failures,
    nextAttemptAt: link.nextAttemptAt ?? null,
  };
}

const notLinked = () => new HttpError(404, 'not_linked', 'This athlete is not linked to intervals.icu.');

export function intervalsRoutes(ctx: ServiceContext): Router {
  const r = Router();
  const links = ctx.store.intervals;

  /** The athlete and its link, or the 404 that fits. */
  async function linked(id: string): Promise<{ athlete: AthleteRecord; link: IntervalsLink }> {
    const athlete = await ctx.store.getAthlete(id);
    if (!athlete) throw notFoundError();
    const link = await links.get(id);
    if (!link) throw notLinked();
    return { athlete, link };
  }

  r.put('/athletes/:id/intervals', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params) return sendNotFound(res);
    const body = parseBody(req, intervalsLinkBody);
    if (!ctx.intervals.available) {
      throw new HttpError(503, 'intervals_unavailable', `Linking to intervals.icu is not available: ${SECRET_MISSING}.`);
    }
    const made = await links.link({
      athleteId: params.id,
      intervalsAthleteId: body.athleteId,
      keySealed: ctx.intervals.seal(params.id, body.apiKey),
      now: ctx.now().toISOString(),
    });
    if (!made) return sendNotFound(res);
    ctx.intervals.request(params.id, true);
    const { athlete, link } = await linked(params.id);
    res.json(statusJson(ctx, link, athlete));
  });

  r.get('/athletes/:id/intervals', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params) return sendNotFound(res);
    const { athlete, link } = await linked(params.id);
    res.json(statusJson(ctx, link, athlete));
  });

  r.post('/athletes/:id/intervals/push', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params) return sendNotFound(res);
    await linked(params.id);
    if (!ctx.intervals.available) {
      throw new HttpError(503, 'intervals_unavailable', `Pushing to intervals.icu is not available: ${SECRET_MISSING}.`);
    }
    ctx.intervals.request(params.id, true);
    const { athlete, link } = await linked(params.id);
    res.status(202).location(`/api/athletes/${params.id}/intervals`).json(statusJson(ctx, link, athlete));
  });

  r.delete('/athletes/:id/intervals', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params) return sendNotFound(res);
    const query = parseQuery(req, unlinkQuery);
    await linked(params.id);
    if (query.events === 'delete') {
      try {
        await ctx.intervals.removeEvents(params.id);
      } catch (err) {
        if (err instanceof PushBusy) throw new HttpError(409, 'push_running', `${err.message}.`);
        if (err instanceof IntervalsError || err instanceof PushFailure) {
          throw new HttpError(502, 'intervals_failed', `The events could not be removed from intervals.icu (the link is kept): ${err.message}.`);
        }
        throw err;
      }
    }
    if (!(await links.unlink(params.id))) throw notLinked();
    res.status(204).end();
  });

  return r;
}
