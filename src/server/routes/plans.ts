/**
 * The coach's library of plans: stored once, followed by any number of
 * athletes. Changing a plan changes every athlete on it at once — their
 * calendars (same UIDs, SEQUENCE up where a session changed), FIT files and
 * intervals.icu — and the answer says how many athletes it touched.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Router } from 'express';
import type { z } from 'zod';
import type { LibraryPlan } from '../../store/plan-library.js';
import type { LibraryPlanRef } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import { HttpError, sendNotFound } from '../errors.js';
import type { LibraryPlanFacts } from '../compile-jobs.js';
import { storedAthlete } from '../profile.js';
import { changePlanBody, createPlanBody, planIdParams } from '../schemas.js';
import { parseBody, parseParams } from '../validate.js';
import { callingCoach } from '../console/scope.js';
import { checkAthlete } from './athletes.js';
import { WRITE_ATTEMPTS } from '../one-at-a-time.js';

/** A shipped template's text, to copy into the library. */
function templateText(ctx: ServiceContext, name: string): string {
  const template = ctx.templates.get(name);
  if (!template) {
    throw new HttpError(422, 'unknown_template', `There is no template "${name}".`, { templates: ctx.templates.list().map((t) => t.name) });
  }
  return template.text;
}

/** The plan read on the compile thread: a plan at the size limit takes longer to read than a request may hold the service. */
function facts(ctx: ServiceContext, text: string): Promise<LibraryPlanFacts> {
  return ctx.compiler.run({ kind: 'library', text });
}

async function planJson(ctx: ServiceContext, plan: LibraryPlan, athletes: string[]) {
  const read = await facts(ctx, plan.text);
  return {
    id: plan.id,
    name: plan.name,
    text: plan.text,
    version: plan.version,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    weeks: read.weeks,
    race: read.race,
    raceDay: read.raceDay,
    athletes,
    warnings: [...read.notes.diagnostics],
  };
}

/**
 * Every follower must still compile on the changed plan before it is stored: an athlete is
 * never handed a broken workout. The event loop is given back between athletes.
 */
export async function checkFollowers(ctx: ServiceContext, ids: string[], ref: LibraryPlanRef): Promise<void> {
  for (const id of ids) {
    const record = await ctx.store.getAthlete(id);
    if (!record) continue;
    try {
      const { start, race, changes, history } = record;
      await checkAthlete(ctx, storedAthlete(record.profile), ref, { start, ...(race ? { race } : {}), ...(changes ? { changes } : {}), ...(history ? { history } : {}) });
    } catch (err) {
      if (err instanceof HttpError) {
        throw new HttpError(err.status, err.code, `For athlete ${record.name} (${id}): ${err.message}`, err.details);
      }
      throw err;
    }
    await yieldToLoop();
  }
}

/** A plan added to the library, read first on the compile thread (a 422 that points into it when it has errors). */
/** `coachId`: the coach the plan is recorded under, in the same write. */
export async function addPlan(ctx: ServiceContext, body: z.infer<typeof createPlanBody>, coachId?: string): Promise<{ plan: LibraryPlan; read: LibraryPlanFacts }> {
  const text = body.text ?? templateText(ctx, body.template!);
  const read = await facts(ctx, text);
  const plan = await ctx.store.plans.create({ name: body.name ?? read.name, text, now: ctx.now().toISOString(), ...(coachId ? { coachId } : {}) });
  return { plan, read };
}

/**
 * Changes a plan once every follower still compiles on it, and bumps them all: the plan as stored and how many
 * athletes it touched. Undefined when there is no such plan.
 */
export async function updatePlan(ctx: ServiceContext, id: string, body: z.infer<typeof changePlanBody>): Promise<{ plan: LibraryPlan; touched: number } | undefined> {
  if (body.text !== undefined) await facts(ctx, body.text);
  // A plan's edits in this process come one at a time; one from another instance in between is checked again on top of it.
  return ctx.oneAtATime.run(`plan:${id}`, async () => {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const current = await ctx.store.plans.get(id);
      if (!current) return undefined;
      if (body.version !== undefined && body.version !== current.version) throw conflict(current.version);
      const followers = await ctx.store.plans.athletesOn(id);
      if (body.text !== undefined) {
        await checkFollowers(ctx, followers, { library: current.id, yaml: body.text, planVersion: 0, planName: current.name });
      }
      // Written only if the plan did not change since it was checked against its followers.
      const result = await ctx.store.plans.update(id, { name: body.name, text: body.text }, ctx.now().toISOString(), current.version);
      if (!result.ok && result.reason === 'not_found') return undefined;
      if (!result.ok) continue;
      for (const follower of followers) {
        ctx.outputs.invalidate(follower);
        ctx.intervals.request(follower);
      }
      return { plan: result.plan, touched: result.athletes };
    }
    throw new HttpError(503, 'busy', 'The plan is being changed by many requests at once; retry shortly.');
  });
}

export function planRoutes(ctx: ServiceContext): Router {
  const r = Router();

  r.get('/plans', async (_req, res) => {
    res.json({ plans: await ctx.store.plans.list() });
  });

  r.post('/plans', async (req, res) => {
    const { plan } = await addPlan(ctx, parseBody(req, createPlanBody), callingCoach(res));
    res.status(201).location(`/api/plans/${plan.id}`).json(await planJson(ctx, plan, []));
  });

  r.get('/plans/:id', async (req, res) => {
    const params = parseParams(req, planIdParams);
    const plan = params && (await ctx.store.plans.get(params.id));
    if (!plan) return sendNotFound(res);
    res.json(await planJson(ctx, plan, await ctx.store.plans.athletesOn(plan.id)));
  });

  r.patch('/plans/:id', async (req, res) => {
    const params = parseParams(req, planIdParams);
    if (!params) return sendNotFound(res);
    const result = await updatePlan(ctx, params.id, parseBody(req, changePlanBody));
    if (!result) return sendNotFound(res);
    res.json({ ...(await planJson(ctx, result.plan, await ctx.store.plans.athletesOn(params.id))), touched: result.touched });
  });

  r.delete('/plans/:id', async (req, res) => {
    const params = parseParams(req, planIdParams);
    if (!params) return sendNotFound(res);
    const outcome = await ctx.store.plans.delete(params.id);
    if (outcome === 'not_found') return sendNotFound(res);
    if (outcome === 'in_use') {
      throw new HttpError(409, 'plan_in_use', 'Athletes follow this plan: give them another plan first.', {
        athletes: await ctx.store.plans.athletesOn(params.id),
      });
    }
    res.status(204).end();
  });

  return r;
}


function conflict(version: number): HttpError {
  return new HttpError(409, 'version_conflict', `The plan was changed meanwhile; it is now at version ${version}.`, { version });
}
