/** The coach's API over athletes: create, list, read, change, delete, rotate the feed token. */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Athlete } from '../../athlete/athlete.js';
import type { AthletePatch, AthleteRecord, PlanSource } from '../../store/store.js';
import { athleteJson } from '../athlete-json.js';
import type { ServiceContext } from '../context.js';
import { nextMonday } from '../dates.js';
import { HttpError, sendNotFound } from '../errors.js';
import { athleteLinks } from '../links.js';
import type { PlanNotes } from '../compile-jobs.js';
import { checkProfile, storedAthlete } from '../profile.js';
import { athleteIdParams, createAthleteBody, listAthletesQuery, patchAthleteBody } from '../schemas.js';
import { hashToken, newToken } from '../tokens.js';
import { parseBody, parseParams, parseQuery } from '../validate.js';

/**
 * Everything a stored athlete needs, checked together on the compile thread:
 * the plan must compile for this athlete from this date, and every link must
 * be able to serve it. What the coach should know of the plan comes back.
 */
function checkAthlete(ctx: ServiceContext, athlete: Athlete, plan: PlanSource, start: string, strict = false): Promise<PlanNotes> {
  return ctx.compiler.run({ kind: 'athlete', profile: athlete.profile, plan, start, strict });
}

function profileOrThrow(input: Record<string, unknown> | string): Athlete {
  const result = checkProfile(input);
  if (!result.ok) throw result.error;
  return result.athlete;
}

/** A concurrent change between reading and writing is retried this often before answering 409. */
const PATCH_ATTEMPTS = 3;

export function athleteRoutes(ctx: ServiceContext): Router {
  const r = Router();
  const iso = () => ctx.now().toISOString();

  r.post('/athletes', async (req, res) => {
    const body = parseBody(req, createAthleteBody);
    const athlete = profileOrThrow(body.profile);
    const start = body.start ?? nextMonday(athlete.profile.timezone, ctx.now());
    const notes = await checkAthlete(ctx, athlete, body.plan, start, body.strict);
    const token = newToken();
    const record = await ctx.store.createAthlete({
      id: randomUUID(),
      profile: athlete.profile,
      plan: body.plan,
      start,
      tokenHash: hashToken(token),
      now: iso(),
    });
    res
      .status(201)
      .location(`/api/athletes/${record.id}`)
      .json({ ...athleteJson(record), links: athleteLinks(ctx.publicUrl(), token), ...notes });
  });

  r.get('/athletes', async (req, res) => {
    const query = parseQuery(req, listAthletesQuery);
    const [page, total] = await Promise.all([ctx.store.listAthletes(query), ctx.store.countAthletes()]);
    res.json({ athletes: page.athletes.map(athleteJson), next: page.next ?? null, total });
  });

  r.get('/athletes/:id', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    const record = params && (await ctx.store.getAthlete(params.id));
    if (!record) return sendNotFound(res);
    res.json(athleteJson(record));
  });

  r.patch('/athletes/:id', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params) return sendNotFound(res);
    const body = parseBody(req, patchAthleteBody);
    const newProfile = body.profile !== undefined ? profileOrThrow(body.profile) : undefined;

    for (let attempt = 0; attempt < PATCH_ATTEMPTS; attempt++) {
      const current = await ctx.store.getAthlete(params.id);
      if (!current) return sendNotFound(res);
      if (body.version !== undefined && body.version !== current.version) throw conflict(current);
      const athlete = newProfile ?? storedAthlete(current.profile);
      const patch: AthletePatch = {};
      if (newProfile) patch.profile = newProfile.profile;
      if (body.plan) patch.plan = body.plan;
      if (body.start) patch.start = body.start;
      const notes = await checkAthlete(ctx, athlete, patch.plan ?? current.plan, patch.start ?? current.start, body.strict);
      // Written only if nothing changed since it was checked, so the stored whole is always one that compiles.
      const result = await ctx.store.updateAthlete(params.id, patch, iso(), current.version);
      if (result.ok) {
        ctx.outputs.invalidate(params.id);
        ctx.intervals.request(params.id);
        return res.json({ ...athleteJson(result.athlete), ...notes });
      }
      if (result.reason === 'not_found') return sendNotFound(res);
    }
    const latest = await ctx.store.getAthlete(params.id);
    if (!latest) return sendNotFound(res);
    throw conflict(latest);
  });

  r.delete('/athletes/:id', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params || !(await ctx.store.deleteAthlete(params.id))) return sendNotFound(res);
    ctx.outputs.invalidate(params.id);
    res.status(204).end();
  });

  r.post('/athletes/:id/token', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params) return sendNotFound(res);
    const token = newToken();
    const record = await ctx.store.rotateToken(params.id, hashToken(token), iso());
    if (!record) return sendNotFound(res);
    ctx.outputs.invalidate(params.id);
    res.json({ ...athleteJson(record), links: athleteLinks(ctx.publicUrl(), token) });
  });

  return r;
}

function conflict(current: AthleteRecord): HttpError {
  return new HttpError(409, 'version_conflict', `The athlete was changed meanwhile; it is now at version ${current.version}.`, {
    version: current.version,
  });
}
