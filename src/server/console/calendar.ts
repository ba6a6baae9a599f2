/**
 * An athlete's calendar in the console: the plan week by week as the athlete's page shows it (the same week
 * partial), where the coach moves a session to another day, skips it or rewrites it for this athlete alone.
 * Each is a form posted to the same function as POST /api/athletes/:id/changes; each change can be taken back.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { CompiledPlan } from '../../ir/workout.js';
import { sessionChangeSchema, type SessionChange } from '../../plan/changes.js';
import type { AthleteRecord } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../errors.js';
import { athletePageView } from '../pages/athlete-view.js';
import { Markup } from '../pages/render.js';
import { storedAthlete } from '../profile.js';
import { addSessionChange, removeSessionChange } from '../routes/changes.js';
import { planName, withAthlete } from './athletes.js';
import { audit } from './audit.js';
import { attempt, checkFields, coachOf, parseForm, sendMissing, sendPage, spelledOut, type Problem } from './view.js';

export function calendarConsole(ctx: ServiceContext): Router {
  const r = Router();
  r.get('/athletes/:id/calendar', (req, res) => withAthlete(ctx, req, res, (record) => sendCalendar(ctx, res, record, { saved: req.query.saved === '1' })));
  r.post('/athletes/:id/changes', (req, res) => withAthlete(ctx, req, res, (record) => changeSession(ctx, req, res, record)));
  r.post('/athletes/:id/changes/:change/undo', (req, res) => withAthlete(ctx, req, res, (record) => undoChange(ctx, req, res, record)));
  return r;
}

interface CalendarOptions {
  saved?: boolean;
  problem?: Problem;
  /** The session the refused change was for: its form is shown open. */
  session?: string;
}

async function sendCalendar(ctx: ServiceContext, res: Response, record: AthleteRecord, options: CalendarOptions, status = 200): Promise<void> {
  let plan: CompiledPlan;
  try {
    plan = await ctx.outputs.compiled(record);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return sendPage(res, 'calendar', 'athletes', { athlete: record, broken: err.message, weeks: [], changes: [] }, 422);
  }
  const athlete = storedAthlete(record.profile);
  const start = plan.start ?? record.start;
  // The athlete's page as data; its download links need the athlete's token, which the coach's page does without.
  const view = athletePageView({ athlete, plan, start, today: ctx.outputs.today(record), token: '-', publicUrl: ctx.publicUrl(), qr: new Markup('') });
  const weeks = view.weeks.map((w) => ({ ...w, days: w.days.map((d) => ({ ...d, sessions: d.sessions.map((s) => ({ ...s, downloadable: false })) })) }));
  const last = weeks.at(-1)?.days.at(-1)?.date ?? start;
  sendPage(res, 'calendar', 'athletes', { athlete: record, plan: planName(record), view, weeks, first: start, last, changes: changeLines(record.changes ?? [], plan), ...options }, status);
}

/** Each change in words: "Moved Tue 6 Jan, 6 × 400 m … to 2026-01-08". */
function changeLines(changes: SessionChange[], plan: CompiledPlan) {
  const named = (id: string) => {
    const s = plan.sessions.find((x) => x.id === id) ?? plan.skipped?.find((x) => x.id === id);
    return s ? `${s.title} (${id})` : id;
  };
  return changes.map((c) => {
    const what =
      c.kind === 'move' ? `Moved ${named(c.session)} to ${c.date}` :
      c.kind === 'skip' ? `Skipped ${named(c.session)}` :
      c.kind === 'replace' ? `Rewrote ${named(c.session)} as “${c.text}”` : `Added “${c.text}” on ${c.date}`;
    return { id: c.id, what };
  });
}

const changeForm = z.object({
  _csrf: z.string().optional(),
  kind: z.enum(['move', 'skip', 'replace'], { message: 'choose move, skip or rewrite' }),
  session: z.string().trim().min(1).max(64),
  date: z.string().trim().default(''),
  text: z.string().trim().default(''),
});

async function changeSession(ctx: ServiceContext, req: Request, res: Response, record: AthleteRecord): Promise<void> {
  const form = parseForm(req, changeForm);
  const session = typeof req.body?.session === 'string' ? req.body.session : undefined;
  if (!form.ok) return sendCalendar(ctx, res, record, { problem: spelledOut(form.problem), session }, 400);
  const f = form.data;
  const input = f.kind === 'move' ? { kind: f.kind, session: f.session, date: f.date } : f.kind === 'skip' ? { kind: f.kind, session: f.session } : { kind: f.kind, session: f.session, text: f.text };
  const change = checkFields(input, sessionChangeSchema);
  if (!change.ok) return sendCalendar(ctx, res, record, { problem: spelledOut(change.problem), session }, 400);
  const done = await attempt(() => addSessionChange(ctx, record.id, change.data));
  if (!done.ok) return sendCalendar(ctx, res, record, { problem: done.problem, session }, done.problem.status);
  if (!done.value) return sendMissing(res, 'athletes', 'athlete');
  await audit(ctx, coachOf(res), `session.${f.kind}`, { kind: 'athlete', id: record.id, name: record.name }, done.value.answer);
  res.redirect(303, `/console/athletes/${record.id}/calendar?saved=1`);
}

const changeParams = z.object({ change: z.uuid() });

async function undoChange(ctx: ServiceContext, req: Request, res: Response, record: AthleteRecord): Promise<void> {
  const params = changeParams.safeParse(req.params);
  if (!params.success) return sendMissing(res, 'athletes', 'change');
  const done = await attempt(() => removeSessionChange(ctx, record.id, params.data.change));
  if (!done.ok) return sendCalendar(ctx, res, record, { problem: done.problem }, done.problem.status);
  if (!done.value) return sendMissing(res, 'athletes', 'change');
  await audit(ctx, coachOf(res), 'session.undo', { kind: 'athlete', id: record.id, name: record.name }, { change: params.data.change });
  res.redirect(303, `/console/athletes/${record.id}/calendar?saved=1`);
}
