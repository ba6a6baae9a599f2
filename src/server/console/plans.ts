/**
 * The console's plan library: every plan with its weeks at a glance, the editor (the playground's own, with
 * Save), a check of how many athletes a change touches before it is saved, and the plan given to athletes by
 * a start or a race date. Plans are read on the compile thread and changed through the functions the JSON
 * API calls, so a change reaches every follower's calendar, files and intervals.icu.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { LibraryPlan } from '../../store/plan-library.js';
import type { LibraryPlanFacts, PlanNotes } from '../compile-jobs.js';
import type { ServiceContext } from '../context.js';
import { playgroundView } from '../pages/playground-view.js';
import { addPlan, checkFollowers, updatePlan } from '../routes/plans.js';
import { assignTo, planForm } from './athletes.js';
import { audit } from './audit.js';
import type { GlanceWeek } from './glance.js';
import { athleteFor, athletesOf, callingCoach, planFor, plansOf } from './scope.js';
import { attempt, checkFields, coachOf, formBodies, parseForm, sendMissing, sendPage, type Problem } from './view.js';

const idParams = z.object({ id: z.uuid() });

export function planConsole(ctx: ServiceContext): Router {
  const r = Router();
  r.use(formBodies);
  r.get('/plans', (_req, res) => sendLibrary(ctx, res));
  r.get('/plans/new', (req, res) => sendNew(ctx, req, res));
  r.post('/plans', (req, res) => createPlan(ctx, req, res));
  r.get('/plans/:id', (req, res) => withPlan(ctx, req, res, (plan) => sendEditor(ctx, res, plan, { saved: savedNotice(req) })));
  r.post('/plans/:id', (req, res) => withPlan(ctx, req, res, (plan) => savePlan(ctx, req, res, plan)));
  r.post('/plans/:id/assign', (req, res) => withPlan(ctx, req, res, (plan) => assignPlan(ctx, req, res, plan)));
  return r;
}

async function withPlan(ctx: ServiceContext, req: Request, res: Response, then: (plan: LibraryPlan) => Promise<void>): Promise<void> {
  const params = idParams.safeParse(req.params);
  const plan = params.success ? await planFor(ctx, coachOf(res), params.data.id) : undefined;
  if (!plan) return sendMissing(res, 'plans', 'plan');
  await then(plan);
}

/** A plan's weeks at a glance, kept by plan and version: the library page shows every plan's. */
const glances = new Map<string, GlanceWeek[] | string>();
const GLANCES_KEPT = 256;

async function glanceOf(ctx: ServiceContext, plan: LibraryPlan): Promise<GlanceWeek[] | string> {
  const key = `${plan.id}:${plan.version}`;
  const kept = glances.get(key);
  if (kept) return kept;
  const read = await attempt(() => ctx.compiler.run({ kind: 'glance', text: plan.text }));
  const value = read.ok ? read.value : read.problem.message;
  if (glances.size >= GLANCES_KEPT) glances.delete(glances.keys().next().value!);
  glances.set(key, value);
  return value;
}

async function sendLibrary(ctx: ServiceContext, res: Response): Promise<void> {
  const coach = coachOf(res);
  const plans = [];
  for (const summary of await plansOf(ctx, coach)) {
    const plan = await planFor(ctx, coach, summary.id);
    if (plan) plans.push({ ...summary, glance: await glanceOf(ctx, plan) });
  }
  sendPage(res, 'plans', 'plans', { plans, templates: ctx.templates.list().map((t) => ({ name: t.name, title: t.title, weeks: t.weeks })) });
}

interface EditorData {
  plan?: LibraryPlan;
  name?: string;
  text?: string;
  problem?: Problem;
  notes?: PlanNotes;
  saved?: string;
  /** The dry run: the athletes a change would touch, checked against it. */
  touches?: { names: string[] };
  assigned?: { name: string; ok: boolean; message: string }[];
}

async function sendEditor(ctx: ServiceContext, res: Response, plan: LibraryPlan | undefined, data: EditorData, status = 200): Promise<void> {
  const coach = coachOf(res);
  const followers = plan ? await ctx.store.plans.athletesOn(plan.id) : [];
  const athletes = plan ? await athletesOf(ctx, coach) : [];
  const notes = data.notes ?? (plan && !data.problem ? await notesOf(ctx, plan.text) : undefined);
  sendPage(
    res,
    'plan-edit',
    'plans',
    {
      ...playgroundView(),
      plan,
      name: data.name ?? plan?.name ?? '',
      text: data.text ?? plan?.text ?? '',
      followers: athletes.filter((a) => followers.includes(a.id)).map((a) => ({ id: a.id, name: a.name })),
      athletes: athletes.map((a) => ({ id: a.id, name: a.name, on: followers.includes(a.id) })),
      ...data,
      notes,
    },
    status,
  );
}

async function notesOf(ctx: ServiceContext, text: string): Promise<PlanNotes | undefined> {
  const read = await attempt(() => ctx.compiler.run({ kind: 'library', text }));
  return read.ok ? read.value.notes : undefined;
}

async function sendNew(ctx: ServiceContext, req: Request, res: Response): Promise<void> {
  const name = typeof req.query.template === 'string' ? req.query.template : undefined;
  const template = name ? ctx.templates.get(name) : undefined;
  await sendEditor(ctx, res, undefined, template ? { name: template.title, text: template.text } : {});
}

const SAVED: Record<string, string> = { new: 'Plan saved in the library.' };

function savedNotice(req: Request): string | undefined {
  const saved = req.query.saved;
  if (saved === 'new') return SAVED.new;
  const touched = typeof req.query.touched === 'string' && /^\d{1,7}$/.test(req.query.touched) ? Number(req.query.touched) : undefined;
  if (touched === undefined) return undefined;
  return `Saved as a new version: it touched ${touched === 1 ? '1 athlete' : `${touched} athletes`}, whose calendars, files and intervals.icu follow.`;
}

const planText = z.string().min(1, 'the plan is empty: type or paste one').max(1_000_000);
const newPlanForm = z.object({ _csrf: z.string().optional(), name: z.string().trim().max(200).default(''), text: planText });

async function createPlan(ctx: ServiceContext, req: Request, res: Response): Promise<void> {
  const form = parseForm(req, newPlanForm);
  const typed = { name: String(req.body?.name ?? ''), text: String(req.body?.text ?? '') };
  if (!form.ok) return sendEditor(ctx, res, undefined, { ...typed, problem: form.problem }, 400);
  const added = await attempt(() => addPlan(ctx, { text: form.data.text, ...(form.data.name ? { name: form.data.name } : {}) }, callingCoach(res)));
  if (!added.ok) return sendEditor(ctx, res, undefined, { ...typed, problem: added.problem }, added.problem.status);
  const { plan } = added.value;
  await audit(ctx, coachOf(res), 'plan.create', { kind: 'plan', id: plan.id, name: plan.name });
  res.redirect(303, `/console/plans/${plan.id}?saved=new`);
}

const editForm = z.object({
  _csrf: z.string().optional(),
  name: z.string().trim().min(1, 'give the plan a name').max(200),
  text: planText,
  version: z.coerce.number().int().min(1),
  intent: z.enum(['check', 'save', 'copy']),
});

/** Check (the dry run: who it touches, each follower checked against it), save as a new version, or save as a new plan. */
async function savePlan(ctx: ServiceContext, req: Request, res: Response, plan: LibraryPlan): Promise<void> {
  const form = parseForm(req, editForm);
  const typed = { name: String(req.body?.name ?? plan.name), text: String(req.body?.text ?? plan.text) };
  if (!form.ok) return sendEditor(ctx, res, plan, { ...typed, problem: form.problem }, 400);
  const f = form.data;
  if (f.intent === 'copy') {
    const added = await attempt(() => addPlan(ctx, { name: f.name, text: f.text }, callingCoach(res)));
    if (!added.ok) return sendEditor(ctx, res, plan, { ...typed, problem: added.problem }, added.problem.status);
    await audit(ctx, coachOf(res), 'plan.create', { kind: 'plan', id: added.value.plan.id, name: added.value.plan.name }, { from: plan.id });
    return res.redirect(303, `/console/plans/${added.value.plan.id}?saved=new`);
  }
  if (f.intent === 'check') {
    const checked = await attempt(() => dryRun(ctx, plan, f.text));
    if (!checked.ok) return sendEditor(ctx, res, plan, { ...typed, problem: checked.problem }, checked.problem.status);
    return sendEditor(ctx, res, plan, { ...typed, notes: checked.value.read.notes, touches: { names: checked.value.names } });
  }
  const saved = await attempt(() => updatePlan(ctx, plan.id, { name: f.name, text: f.text, version: f.version }));
  if (!saved.ok) return sendEditor(ctx, res, plan, { ...typed, problem: saved.problem }, saved.problem.status);
  if (!saved.value) return sendMissing(res, 'plans', 'plan');
  await audit(ctx, coachOf(res), 'plan.update', { kind: 'plan', id: plan.id, name: f.name }, { version: saved.value.plan.version, touched: saved.value.touched });
  res.redirect(303, `/console/plans/${plan.id}?touched=${saved.value.touched}`);
}

/** What saving would do, without saving: the plan read, and every follower checked against it, as the save checks them. */
async function dryRun(ctx: ServiceContext, plan: LibraryPlan, text: string): Promise<{ read: LibraryPlanFacts; names: string[] }> {
  const read = await ctx.compiler.run({ kind: 'library', text });
  const followers = await ctx.store.plans.athletesOn(plan.id);
  await checkFollowers(ctx, followers, { library: plan.id, yaml: text, planVersion: 0, planName: plan.name });
  const names = [];
  for (const id of followers) names.push((await ctx.store.getAthlete(id))?.name ?? id);
  return { read, names };
}

const assignForm = z.object({ athletes: z.union([z.string(), z.array(z.string())]).optional().transform((a) => (a === undefined ? [] : [a].flat())) });

/** The plan given to each athlete ticked, placed by the same start or race date; each one's outcome said. */
async function assignPlan(ctx: ServiceContext, req: Request, res: Response, plan: LibraryPlan): Promise<void> {
  const body = { ...(req.body ?? {}), plan: plan.id };
  const place = checkFields(body, planForm);
  const chosen = parseForm(req, assignForm);
  if (!place.ok) return sendEditor(ctx, res, plan, { problem: place.problem }, 400);
  const ids = chosen.ok ? chosen.data.athletes : [];
  if (ids.length === 0) return sendEditor(ctx, res, plan, { problem: { status: 400, message: 'Tick at least one athlete.', diagnostics: [], fields: { athletes: 'tick at least one athlete' } } }, 400);
  const assigned = [];
  for (const id of ids) {
    const record = z.uuid().safeParse(id).success ? await athleteFor(ctx, coachOf(res), id) : undefined;
    if (!record) {
      assigned.push({ name: id, ok: false, message: 'no such athlete' });
      continue;
    }
    const changed = await assignTo(ctx, res, record, place.data);
    assigned.push({ name: record.name, ok: changed.ok, message: changed.ok ? 'now on this plan' : changed.problem.message });
  }
  const failed = assigned.some((a) => !a.ok);
  await sendEditor(ctx, res, (await ctx.store.plans.get(plan.id)) ?? plan, { assigned }, failed ? 422 : 200);
}
