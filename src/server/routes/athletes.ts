/** The coach's API over athletes: create, list, read, change, delete, show the links again, rotate the feed token. */
import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import type { Athlete } from '../../athlete/athlete.js';
import { DateTime } from 'luxon';
import type { PastPlan, SessionChange } from '../../plan/changes.js';
import type { AthletePatch, AthleteRecord, PlanSource, StoredPlan } from '../../store/store.js';
import { athleteJson, athleteSummaryJson } from '../athlete-json.js';
import type { ServiceContext } from '../context.js';
import { nextMonday } from '../dates.js';
import { HttpError, sendNotFound } from '../errors.js';
import { keptToken } from '../kept-links.js';
import { athleteLinks, sealToken } from '../links.js';
import type { PlanNotes } from '../compile-jobs.js';
import { pastPlanOf } from '../plans.js';
import { checkProfile, storedAthlete } from '../profile.js';
import { athleteIdParams, createAthleteBody, listAthletesQuery, patchAthleteBody } from '../schemas.js';
import { WRITE_ATTEMPTS } from '../one-at-a-time.js';
import { hashToken, newToken } from '../tokens.js';
import { parseBody, parseParams, parseQuery } from '../validate.js';
import { callingCoach } from '../console/scope.js';

export type PatchAthleteBody = z.infer<typeof patchAthleteBody>;

/**
 * Everything a stored athlete needs, checked together on the compile thread:
 * the plan must compile for this athlete from this date, and every link must
 * be able to serve it. What the coach should know of the plan comes back.
 */
export function checkAthlete(
  ctx: ServiceContext,
  athlete: Athlete,
  plan: StoredPlan,
  where: { start: string; race?: string; changes?: SessionChange[]; history?: PastPlan[] },
  strict = false,
): Promise<PlanNotes> {
  return ctx.compiler.run({ kind: 'athlete', profile: athlete.profile, plan, ...where, strict });
}

/**
 * A new plan from `from` keeps the old one until then: it joins the athlete's history (cut where
 * the new one begins), the new plan starts afresh (no changes carried over), on `start` or `from`.
 */
function keepBefore(current: AthleteRecord, from: string, start?: string): AthletePatch {
  const earlier = (current.history ?? []).filter((h) => h.start < from).map((h) => (h.until > from ? { ...h, until: from } : h));
  const kept: PastPlan[] =
    current.start < from
      ? [...earlier, { plan: pastPlanOf(current.plan), start: current.start, ...(current.race ? { race: current.race } : {}), changes: current.changes ?? [], until: from }]
      : earlier;
  return { history: kept, changes: [], start: start ?? from };
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

export type NewAthleteBody = z.infer<typeof createAthleteBody>;

/** A new athlete on a plan, from its start or by its race: its record, its feed token and what the coach should know of the plan. */
/** `coachId`: the coach the athlete is recorded under, in the same write (none for the admin token before there is an owner). */
export async function addAthlete(ctx: ServiceContext, body: NewAthleteBody, coachId?: string): Promise<{ record: AthleteRecord; token: string; notes: PlanNotes }> {
  const athlete = profileOrThrow(body.profile);
  const zone = athlete.profile.timezone;
  const start = body.start ?? (body.race ? todayIn(zone, ctx.now()) : nextMonday(zone, ctx.now()));
  const where = { start, ...(body.race ? { race: body.race } : {}) };
  const notes = await checkAthlete(ctx, athlete, await storedPlanOf(ctx, body.plan), where, body.strict);
  const [id, token] = [randomUUID(), newToken()];
  const sealed = sealToken(ctx.config.secretBox, id, token);
  const record = await ctx.store.createAthlete({
    id,
    profile: athlete.profile,
    plan: body.plan,
    ...where,
    tokenHash: hashToken(token),
    ...(sealed ? { tokenSealed: sealed } : {}),
    ...(coachId ? { coachId } : {}),
    now: ctx.now().toISOString(),
  });
  return { record, token, notes };
}

async function createAthlete(ctx: ServiceContext, req: Request, res: Response): Promise<void> {
  const { record, token, notes } = await addAthlete(ctx, parseBody(req, createAthleteBody), callingCoach(res));
  res
    .status(201)
    .location(`/api/athletes/${record.id}`)
    .json({ ...athleteJson(record), links: athleteLinks(ctx.publicUrl(), token), ...notes });
}

/** A new feed token for the athlete: the old links stop working. Undefined when there is no such athlete. */
export async function rotateAthleteToken(ctx: ServiceContext, id: string): Promise<{ record: AthleteRecord; token: string } | undefined> {
  const token = newToken();
  const record = await ctx.store.rotateToken(id, hashToken(token), ctx.now().toISOString(), sealToken(ctx.config.secretBox, id, token));
  if (!record) return undefined;
  ctx.outputs.invalidate(id);
  return { record, token };
}

/** Changes the athlete (profile, plan, start or race) once it is checked whole; undefined when there is no such athlete. */
export async function patchAthlete(ctx: ServiceContext, id: string, body: PatchAthleteBody): Promise<{ athlete: AthleteRecord; notes: PlanNotes } | undefined> {
  const newProfile = body.profile !== undefined ? profileOrThrow(body.profile) : undefined;
  // An athlete's writes through this process come one at a time, so that they never conflict.
  const patched = await ctx.oneAtATime.run(id, () => applyPatch(ctx, id, body, newProfile));
  if (!patched) return undefined;
  ctx.outputs.invalidate(id);
  ctx.intervals.request(id);
  return patched;
}

export function athleteRoutes(ctx: ServiceContext): Router {
  const r = Router();

  r.post('/athletes', (req, res) => createAthlete(ctx, req, res));

  r.get('/athletes', async (req, res) => {
    const query = parseQuery(req, listAthletesQuery);
    const [page, total] = await Promise.all([ctx.store.listAthletes(query), ctx.store.countAthletes()]);
    res.json({ athletes: page.athletes.map(athleteSummaryJson), next: page.next ?? null, total });
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
    const patched = await patchAthlete(ctx, params.id, body);
    if (!patched) return sendNotFound(res);
    res.json({ ...athleteJson(patched.athlete), ...patched.notes });
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
    const rotated = await rotateAthleteToken(ctx, params.id);
    if (!rotated) return sendNotFound(res);
    res.json({ ...athleteJson(rotated.record), links: athleteLinks(ctx.publicUrl(), rotated.token) });
  });

  return r;
}

/**
 * Checks the changed athlete as a whole and writes it if nothing changed
 * since it was read, so the stored whole is always one that compiles. With
 * `version`, a change since is a 409; without, the patch is tried again on
 * top of it. Undefined when the athlete is not there.
 */
async function applyPatch(
  ctx: ServiceContext,
  id: string,
  body: PatchAthleteBody,
  newProfile: Athlete | undefined,
): Promise<{ athlete: AthleteRecord; notes: PlanNotes } | undefined> {
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    const current = await ctx.store.getAthlete(id);
    if (!current) return undefined;
    if (body.version !== undefined && body.version !== current.version) throw conflict(current);
    const athlete = newProfile ?? storedAthlete(current.profile);
    const patch: AthletePatch = {};
    if (newProfile) patch.profile = newProfile.profile;
    if (body.plan) patch.plan = body.plan;
    if (body.start) patch.start = body.start;
    if (body.race !== undefined) patch.race = body.race;
    if (body.from && (body.plan || body.start || body.race !== undefined)) Object.assign(patch, keepBefore(current, body.from, body.start));
    const race = patch.race === undefined ? current.race : (patch.race ?? undefined);
    const where = { start: patch.start ?? current.start, ...(race ? { race } : {}), changes: patch.changes ?? current.changes, history: patch.history ?? current.history };
    const plan = patch.plan ? await storedPlanOf(ctx, patch.plan) : current.plan;
    const notes = await checkAthlete(ctx, athlete, plan, where, body.strict);
    const result = await ctx.store.updateAthlete(id, patch, ctx.now().toISOString(), current.version);
    if (result.ok) return { athlete: result.athlete, notes };
    if (result.reason === 'not_found') return undefined;
  }
  throw new HttpError(503, 'busy', 'The athlete is being changed by many requests at once; retry shortly.');
}

function conflict(current: AthleteRecord): HttpError {
  return new HttpError(409, 'version_conflict', `The athlete was changed meanwhile; it is now at version ${current.version}.`, {
    version: current.version,
  });
}
