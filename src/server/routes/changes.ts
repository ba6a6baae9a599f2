/**
 * One athlete's changes to their plan: move a session to another day, skip
 * it, rewrite it, or add one. Each is kept on the athlete by the session's
 * place in the plan, so it survives edits of a library plan, and each bumps
 * the athlete's version: the calendar, the files and intervals.icu follow.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { CompiledPlan } from '../../ir/workout.js';
import { sessionChangeSchema, type SessionChange, type SessionChangeInput } from '../../plan/changes.js';
import type { AthleteRecord } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import { HttpError, sendNotFound } from '../errors.js';
import { storedAthlete } from '../profile.js';
import { parseBody, parseParams } from '../validate.js';
import { checkAthlete } from './athletes.js';
import { WRITE_ATTEMPTS } from '../one-at-a-time.js';

const changeParams = z.object({ id: z.uuid(), change: z.uuid() });
const athleteParams = z.object({ id: z.uuid() });

/** A session may also be named by its date (the day's first session), as the athlete's links do. */
const changeBody = z.union([
  sessionChangeSchema,
  z.object({ kind: z.enum(['move', 'skip', 'replace']), session: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), date: z.string().optional(), text: z.string().optional() }).strict(),
]);

/** At most this many changes an athlete: each is applied on every build of their plan. */
export const MAX_CHANGES = 200;

/** Refuses a change that names a session the plan does not have, or a day outside the plan. */
function checkChange(change: SessionChangeInput, plan: CompiledPlan): void {
  const last = plan.sessions.reduce((a, s) => (s.date && s.date > a ? s.date : a), plan.start ?? '');
  if ('session' in change && !plan.sessions.some((s) => s.id === change.session)) {
    throw new HttpError(422, 'unknown_session', `The plan has no session ${change.session} for this athlete.`, { hint: 'session ids are on the athlete page and in GET /api/compile' });
  }
  if ('date' in change && plan.start && (change.date < plan.start || change.date > last)) {
    throw new HttpError(422, 'date_outside_plan', `${change.date} is outside the plan (${plan.start} to ${last}).`);
  }
}

/** The change with its session named by id, a date replaced by the first session on that day. */
function byId(input: z.infer<typeof changeBody>, plan: CompiledPlan): SessionChangeInput {
  if (!('session' in input) || !/^\d{4}-/.test(input.session)) return sessionChangeSchema.parse(input);
  const session = plan.sessions.find((s) => s.date === input.session);
  if (!session) throw new HttpError(422, 'unknown_session', `The plan has no session on ${input.session} for this athlete.`);
  return sessionChangeSchema.parse({ ...input, session: session.id });
}

/** Where the athlete's plan sits, with these changes: what the compile thread checks before they are stored. */
function placedWith(record: AthleteRecord, changes: SessionChange[]) {
  return { start: record.start, ...(record.race ? { race: record.race } : {}), changes, ...(record.history ? { history: record.history } : {}) };
}

function checkChanges(ctx: ServiceContext, record: AthleteRecord, changes: SessionChange[]) {
  return checkAthlete(ctx, storedAthlete(record.profile), record.plan, placedWith(record, changes));
}

export function changeRoutes(ctx: ServiceContext): Router {
  const r = Router();

  r.get('/athletes/:id/changes', async (req, res) => {
    const params = parseParams(req, athleteParams);
    const record = params && (await ctx.store.getAthlete(params.id));
    if (!record) return sendNotFound(res);
    res.json({ changes: record.changes ?? [] });
  });

  r.post('/athletes/:id/changes', async (req, res) => {
    const params = parseParams(req, athleteParams);
    if (!params) return sendNotFound(res);
    const result = await addSessionChange(ctx, params.id, parseBody(req, changeBody));
    if (!result) return sendNotFound(res);
    res.status(201).json({ change: result.answer, version: result.version });
  });

  r.delete('/athletes/:id/changes/:change', async (req, res) => {
    const params = parseParams(req, changeParams);
    if (!params) return sendNotFound(res);
    const result = await removeSessionChange(ctx, params.id, params.change);
    if (!result) return sendNotFound(res);
    res.status(204).end();
  });

  return r;
}

export type ChangeBody = z.infer<typeof changeBody>;

/** Keeps one change for the athlete once their plan compiles with it; undefined when there is no such athlete. */
export function addSessionChange(ctx: ServiceContext, id: string, body: ChangeBody): Promise<{ answer: SessionChange; version: number } | undefined> {
  return changeAthlete(ctx, id, async (record) => {
    const current = record.changes ?? [];
    if (current.length >= MAX_CHANGES) throw new HttpError(422, 'too_many_changes', `An athlete keeps at most ${MAX_CHANGES} changes.`);
    const plan = await ctx.outputs.compiled(record);
    const input = byId(body, plan);
    checkChange(input, plan);
    const change: SessionChange = { ...input, id: randomUUID(), createdAt: ctx.now().toISOString() };
    return { changes: [...current, change], answer: change };
  });
}

/** Takes one change back; undefined when there is no such athlete or change. */
export function removeSessionChange(ctx: ServiceContext, id: string, change: string): Promise<{ answer: null; version: number } | undefined> {
  return changeAthlete(ctx, id, async (record) => {
    const current = record.changes ?? [];
    if (!current.some((c) => c.id === change)) return undefined;
    return { changes: current.filter((c) => c.id !== change), answer: null };
  });
}

/**
 * Writes a new list of changes if the athlete did not change meanwhile. In this process the
 * athlete's writes come one at a time; a write from another instance in between is met by
 * deciding again on top of it.
 */
function changeAthlete<T>(
  ctx: ServiceContext,
  id: string,
  decide: (record: AthleteRecord) => Promise<{ changes: SessionChange[]; answer: T } | undefined>,
): Promise<{ answer: T; version: number } | undefined> {
  return ctx.oneAtATime.run(id, async () => {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const record = await ctx.store.getAthlete(id);
      if (!record) return undefined;
      const decided = await decide(record);
      if (!decided) return undefined;
      await checkChanges(ctx, record, decided.changes);
      const written = await ctx.store.updateAthlete(id, { changes: decided.changes }, ctx.now().toISOString(), record.version);
      if (written.ok) {
        ctx.outputs.invalidate(id);
        ctx.intervals.request(id);
        return { answer: decided.answer, version: written.athlete.version };
      }
      if (written.reason === 'not_found') return undefined;
    }
    throw new HttpError(503, 'busy', 'The athlete is being changed by many requests at once; retry shortly.');
  });
}
