/**
 * The console's athletes: the list (plan, next session, intervals.icu, sessions kept as written), the form
 * that adds one, and each athlete's page with its links, QR code, "send by email", a new plan, and a new
 * feed token after a confirmation. Every change goes through the functions the JSON API calls.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AthleteRecord, AthleteSummary } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../errors.js';
import { keptToken } from '../kept-links.js';
import { athleteLinks, type AthleteLinks } from '../links.js';
import { qrSvg } from '../pages/qr.js';
import { addAthlete, patchAthlete, rotateAthleteToken } from '../routes/athletes.js';
import { patchAthleteBody } from '../schemas.js';
import { athleteBody, athleteChoices, athleteField, athleteForm, placementFields, placementOf } from './athlete-form.js';
import { audit } from './audit.js';
import { calendarConsole } from './calendar.js';
import { athleteFor, athletesOf, callingCoach, plansOf } from './scope.js';
import { sendAthleteLinks } from './send-links.js';
import { ago, attempt, checkFields, coachOf, formBodies, parseForm, sendMissing, sendPage, type Problem } from './view.js';

const idParams = z.object({ id: z.uuid() });

export function athleteConsole(ctx: ServiceContext): Router {
  const r = Router();
  r.use(formBodies);
  r.get('/', (_req, res) => res.redirect(303, '/console/athletes'));
  r.get('/athletes', async (_req, res) => sendPage(res, 'athletes', 'athletes', { rows: await athleteRows(ctx, await athletesOf(ctx, coachOf(res))) }));
  r.get('/athletes/new', async (_req, res) => sendNewForm(ctx, res, {}));
  r.post('/athletes', (req, res) => createFromForm(ctx, req, res));
  r.get('/athletes/:id', (req, res) => withAthlete(ctx, req, res, (record) => sendDetail(ctx, res, record, { notice: noticeOf(req) })));
  r.post('/athletes/:id/send', (req, res) => withAthlete(ctx, req, res, (record) => sendLinks(ctx, req, res, record)));
  r.get('/athletes/:id/rotate', (req, res) => withAthlete(ctx, req, res, async (record) => sendPage(res, 'athlete-rotate', 'athletes', { athlete: record })));
  r.post('/athletes/:id/rotate', (req, res) => withAthlete(ctx, req, res, (record) => rotate(ctx, res, record)));
  r.post('/athletes/:id/plan', (req, res) => withAthlete(ctx, req, res, (record) => assignPlan(ctx, req, res, record)));
  r.use(calendarConsole(ctx));
  return r;
}

/** The athlete the path names, if this coach may see it; any other id is the same "not found". */
export async function withAthlete(ctx: ServiceContext, req: Request, res: Response, then: (record: AthleteRecord) => Promise<void>): Promise<void> {
  const params = idParams.safeParse(req.params);
  const record = params.success ? await athleteFor(ctx, coachOf(res), params.data.id) : undefined;
  if (!record) return sendMissing(res, 'athletes', 'athlete');
  await then(record);
}

const NOTICES: Record<string, string> = {
  created: 'Athlete added. Give them the links below.',
  rotated: 'New links made: the old ones no longer work.',
  plan: 'Plan given: the calendar, the files and intervals.icu follow.',
};

function noticeOf(req: Request): string | undefined {
  const key = typeof req.query.done === 'string' ? req.query.done : '';
  return NOTICES[key];
}

/** Each athlete's row: the plan, the next session and the sessions kept as written (from the compiled plan), the calendar's last fetch, the intervals.icu push. */
async function athleteRows(ctx: ServiceContext, athletes: AthleteSummary[]) {
  const rows = [];
  for (const a of athletes) {
    const plan = a.plan.kind === 'library' ? `${a.plan.name} (version ${a.plan.version})` : a.plan.kind === 'template' ? `${a.plan.template} (template)` : 'its own plan';
    rows.push({ id: a.id, name: a.name, plan, ...(await planState(ctx, a.id)), fetched: fetchedState(ctx, a), intervals: await intervalsState(ctx, a.id) });
  }
  return rows;
}

async function planState(ctx: ServiceContext, id: string): Promise<{ next: string; kept: number }> {
  const record = await ctx.store.getAthlete(id);
  if (!record) return { next: '—', kept: 0 };
  try {
    const plan = await ctx.outputs.compiled(record);
    const today = ctx.outputs.today(record);
    const next = plan.sessions.filter((s) => s.date && s.date >= today && s.sport !== 'rest').sort((x, y) => x.date!.localeCompare(y.date!))[0];
    return { next: next ? `${next.date}: ${next.title}` : 'none: the plan is over', kept: plan.sessions.filter((s) => s.asWritten).length };
  } catch (err) {
    if (err instanceof HttpError) return { next: `the plan does not compile: ${err.message}`, kept: 0 };
    throw err;
  }
}

/** When the athlete's calendar last fetched the feed: "3 h ago", with the exact time for the row's title; null when never. */
function fetchedState(ctx: ServiceContext, a: AthleteSummary): { ago: string; at: string; exact: string } | null {
  if (!a.feedFetchedAt) return null;
  return { ago: ago(a.feedFetchedAt, ctx.now()), at: a.feedFetchedAt, exact: `${a.feedFetchedAt.slice(0, 19).replace('T', ' ')} UTC` };
}

async function intervalsState(ctx: ServiceContext, id: string): Promise<string> {
  const link = await ctx.store.intervals.get(id);
  if (!link) return 'not linked';
  if (link.lastError && (!link.lastSuccessAt || (link.lastAttemptAt ?? '') > link.lastSuccessAt)) return `failing: ${link.lastError}`;
  if (link.lastSuccessAt) return `pushed ${ago(link.lastSuccessAt, ctx.now())}`;
  return 'waiting for the first push';
}

async function sendNewForm(ctx: ServiceContext, res: Response, values: Record<string, unknown>, problem?: Problem): Promise<void> {
  const plans = await plansOf(ctx, coachOf(res));
  sendPage(res, 'athlete-new', 'athletes', { ...athleteChoices(), plans, values: { units: 'mi', timezone: 'UTC', placeBy: 'start', raceDistance: '5K', ...values }, problem }, problem?.status ?? 200);
}

async function createFromForm(ctx: ServiceContext, req: Request, res: Response): Promise<void> {
  const values = (req.body ?? {}) as Record<string, unknown>;
  const form = parseForm(req, athleteForm);
  if (!form.ok) return sendNewForm(ctx, res, values, form.problem);
  const body = athleteBody(form.data);
  if (!body.ok) return sendNewForm(ctx, res, values, body.problem);
  const plans = await plansOf(ctx, coachOf(res));
  if (!plans.some((p) => p.id === form.data.plan)) return sendNewForm(ctx, res, values, { status: 422, message: 'Check the marked fields.', diagnostics: [], fields: { plan: 'choose a plan from the library' } });
  const added = await attempt(() => addAthlete(ctx, body.data, callingCoach(res)), athleteField);
  if (!added.ok) return sendNewForm(ctx, res, values, added.problem);
  const { record, token, notes } = added.value;
  await audit(ctx, coachOf(res), 'athlete.create', { kind: 'athlete', id: record.id, name: record.name }, { plan: form.data.plan, ...placementOf(form.data) });
  await freshLinks(ctx, res, record, token, 'created', notes.kept.length);
}

/**
 * After a new token: with the server key the links can be shown again, so the browser is sent to the athlete's
 * page; without it this answer is the only one that holds them.
 */
async function freshLinks(ctx: ServiceContext, res: Response, record: AthleteRecord, token: string, done: string, kept = 0): Promise<void> {
  if (ctx.config.secretBox) return res.redirect(303, `/console/athletes/${record.id}?done=${done}`);
  await sendDetail(ctx, res, record, { notice: NOTICES[done], links: athleteLinks(ctx.publicUrl(), token), once: true, kept });
}

interface DetailOptions {
  notice?: string;
  links?: AthleteLinks;
  /** The links are shown this once (the server keeps no token to show them again). */
  once?: boolean;
  kept?: number;
  problem?: Problem;
  sent?: string;
}

/** The athlete's page: its plan, its links and QR code (when they can be shown), and the forms that change it. */
async function sendDetail(ctx: ServiceContext, res: Response, record: AthleteRecord, options: DetailOptions, status = 200): Promise<void> {
  let links = options.links;
  let linksProblem: string | undefined;
  if (!links) {
    try {
      const kept = await keptToken(ctx, record.id);
      if (kept) links = athleteLinks(ctx.publicUrl(), kept.token);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      linksProblem = `${err.message.replace(/\(POST [^)]*\)/, '(below)')}`;
    }
  }
  const qr = links ? await qrSvg(links.webcal, `QR code of ${record.name}'s calendar subscription link`) : null;
  const plans = await plansOf(ctx, coachOf(res));
  sendPage(res, 'athlete', 'athletes', { athlete: record, plan: planName(record), links, qr, linksProblem, plans, ...options }, status);
}

/** The athlete's plan as the coach knows it: the library's name and version, or the template's. */
export function planName(record: AthleteRecord): string {
  const p = record.plan;
  if ('library' in p) return `${p.planName} (version ${p.planVersion})`;
  return 'template' in p ? `${p.template} (template)` : 'its own plan';
}

const sendForm = z.object({ _csrf: z.string().optional(), email: z.email('give an email address such as runner@example.com') });

async function sendLinks(ctx: ServiceContext, req: Request, res: Response, record: AthleteRecord): Promise<void> {
  const form = parseForm(req, sendForm);
  if (!form.ok) return sendDetail(ctx, res, record, { problem: form.problem }, 400);
  const kept = await attempt(() => keptToken(ctx, record.id));
  if (!kept.ok) return sendDetail(ctx, res, record, { problem: kept.problem }, kept.problem.status);
  if (!kept.value) return sendMissing(res, 'athletes', 'athlete');
  const result = await sendAthleteLinks(ctx, record, athleteLinks(ctx.publicUrl(), kept.value.token), form.data.email, coachOf(res));
  if (result.sent) await audit(ctx, coachOf(res), 'athlete.links_sent', { kind: 'athlete', id: record.id, name: record.name }, { to: result.to });
  await sendDetail(ctx, res, record, { sent: result.sent ? `The links were sent to ${result.to}.` : result.reason });
}

async function rotate(ctx: ServiceContext, res: Response, record: AthleteRecord): Promise<void> {
  const rotated = await rotateAthleteToken(ctx, record.id);
  if (!rotated) return sendMissing(res, 'athletes', 'athlete');
  await audit(ctx, coachOf(res), 'athlete.token_rotated', { kind: 'athlete', id: record.id, name: record.name });
  await freshLinks(ctx, res, rotated.record, rotated.token, 'rotated');
}

export const planForm = z
  .object({ _csrf: z.string().optional(), plan: z.string().trim().min(1, 'choose a plan from the library'), ...placementFields })
  .refine((f) => f.placeBy !== 'race' || f.race !== '', { path: ['race'], message: 'give the race date' });

/** A library plan for the athlete from a start date or by a race date; the same change as PATCH /api/athletes/:id. */
export async function assignPlan(ctx: ServiceContext, req: Request, res: Response, record: AthleteRecord): Promise<void> {
  const form = parseForm(req, planForm);
  if (!form.ok) return sendDetail(ctx, res, record, { problem: form.problem }, 400);
  const changed = await assignTo(ctx, res, record, form.data);
  if (!changed.ok) return sendDetail(ctx, res, record, { problem: changed.problem }, changed.problem.status);
  res.redirect(303, `/console/athletes/${record.id}?done=plan`);
}

/** Gives one athlete a library plan, placed as the form says; the problem when it cannot be. */
export async function assignTo(ctx: ServiceContext, res: Response, record: AthleteRecord, f: z.output<typeof planForm>) {
  const place = placementOf(f);
  const plans = await plansOf(ctx, coachOf(res));
  if (!plans.some((p) => p.id === f.plan)) return { ok: false as const, problem: { status: 422, message: 'There is no such plan in your library.', diagnostics: [], fields: { plan: 'choose a plan from the library' } } };
  const body = { plan: { library: f.plan }, ...(place.race ? { race: place.race } : { race: null, ...(place.start ? { start: place.start } : {}) }) };
  const parsed = checkFields(body, patchAthleteBody);
  if (!parsed.ok) return parsed;
  const changed = await attempt(() => patchAthlete(ctx, record.id, parsed.data), athleteField);
  if (changed.ok) await audit(ctx, coachOf(res), 'athlete.plan', { kind: 'athlete', id: record.id, name: record.name }, { plan: f.plan, ...place });
  return changed;
}
