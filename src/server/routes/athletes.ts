/** The coach's API over athletes: create, list, read, change, delete, show the links again, rotate the feed token. */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Athlete } from '../../athlete/athlete.js';
import { DateTime } from 'luxon';
import type { AthletePatch, AthleteRecord, PlanSource, StoredPlan } from '../../store/store.js';
import { athleteJson } from '../athlete-json.js';
import type { ServiceContext } from '../context.js';
import { nextMonday } from '../dates.js';
import { HttpError, sendNotFound } from '../errors.js';
import { keptToken } from '../kept-links.js';
import { athleteLinks, sealToken } from '../links.js';
import { compileChecked, placement, resolvePlan, type TemplateCatalogue } from '../plans.js';
import { checkProfile, storedAthlete } from '../profile.js';
import { checkServable } from '../servable.js';
import { athleteIdParams, createAthleteBody, listAthletesQuery, patchAthleteBody } from '../schemas.js';
import { hashToken, newToken } from '../tokens.js';
import { parseBody, parseParams, parseQuery } from '../validate.js';

/**
 * Everything a stored athlete needs, checked together: the plan must compile
 * for this athlete from this date, and every link must be able to serve it.
 */
export async function checkAthlete(
  templates: TemplateCatalogue,
  athlete: Athlete,
  plan: StoredPlan,
  where: { start: string; race?: string },
  strict = false,
): Promise<void> {
  const loaded = resolvePlan(plan, templates);
  if (!loaded.ok) throw loaded.error;
  const compiled = compileChecked(loaded.plan, athlete, placement(loaded.plan, where), strict);
  if (!compiled.ok) throw compiled.error;
  await checkServable(loaded.plan, compiled.compiled, athlete.profile.device ? { device: athlete.profile.device } : {});
}

/** A library plan as the athlete's record will carry it, read now; other plans are stored as given. */
async function storedPlanOf(ctx: ServiceContext, plan: PlanSource): Promise<StoredPlan> {
  if (!('library' in plan)) return plan;
  const found = await ctx.store.plans.get(plan.library);
  if (!found) throw new HttpError(422, 'unknown_plan', `There is no plan "${plan.library}" in the library.`, { hint: 'GET /api/plans lists them' });
  return { library: found.id, yaml: found.text, planVersion: found.version, planName: found.name };
}

/** Today in the athlete's zone: the day a plan placed by its race is joined from, unless another is given. */
function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now).setZone(zone).toISODate()!;
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
    const zone = athlete.profile.timezone;
    const start = body.start ?? (body.race ? todayIn(zone, ctx.now()) : nextMonday(zone, ctx.now()));
    const where = { start, ...(body.race ? { race: body.race } : {}) };
    await checkAthlete(ctx.templates, athlete, await storedPlanOf(ctx, body.plan), where, body.strict);
    const [id, token] = [randomUUID(), newToken()];
    const sealed = sealToken(ctx.config.secretBox, id, token);
    const record = await ctx.store.createAthlete({
      id,
      profile: athlete.profile,
      plan: body.plan,
      ...where,
      tokenHash: hashToken(token),
      ...(sealed ? { tokenSealed: sealed } : {}),
      now: iso(),
    });
    res
      .status(201)
      .location(`/api/athletes/${record.id}`)
      .json({ ...athleteJson(record), links: athleteLinks(ctx.publicUrl(), token) });
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
      if (body.race !== undefined) patch.race = body.race;
      const race = patch.race === undefined ? current.race : (patch.race ?? undefined);
      const where = { start: patch.start ?? current.start, ...(race ? { race } : {}) };
      const plan = patch.plan ? await storedPlanOf(ctx, patch.plan) : current.plan;
      await checkAthlete(ctx.templates, athlete, plan, where, body.strict);
      // Written only if nothing changed since it was checked, so the stored whole is always one that compiles.
      const result = await ctx.store.updateAthlete(params.id, patch, iso(), current.version);
      if (result.ok) {
        ctx.outputs.invalidate(params.id);
        ctx.intervals.request(params.id);
        return res.json(athleteJson(result.athlete));
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

  r.get('/athletes/:id/links', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    const kept = params && (await keptToken(ctx, params.id));
    if (!kept) return sendNotFound(res);
    res.json({ ...athleteJson(kept.record), links: athleteLinks(ctx.publicUrl(), kept.token) });
  });

  r.post('/athletes/:id/token', async (req, res) => {
    const params = parseParams(req, athleteIdParams);
    if (!params) return sendNotFound(res);
    const token = newToken();
    const record = await ctx.store.rotateToken(params.id, hashToken(token), iso(), sealToken(ctx.config.secretBox, params.id, token));
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
