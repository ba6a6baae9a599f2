/** One session of shorthand, compiled for one athlete into the IR. */
import type { Athlete } from '../athlete/athlete.js';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { Duration, Node, Slot, Sport, Target, Workout } from '../ir/workout.js';
import { buildPaceTable } from '../paces/table.js';
import type { PaceTable } from '../paces/types.js';
import type { Item, SequenceNode, SessionNode, Span } from './ast.js';
import { checkSessionSteps, checkSessionText, isBudgetError } from './budget.js';
import { estimate } from './estimate.js';
import { checkExplanations } from './explain.js';
import { deepFreeze, parseSession } from './parser.js';
import { readRun } from './defaults.js';
import { NORMS, RACED_ALONE, SPRINT } from './dialect/norms.js';
import type { PlanWords } from './plan-words.js';
import { DEFAULTS, ResolveContext, ResolveError, type Defaults, type Problem } from './resolve/context.js';
import { intervalSteps } from './resolve/items.js';
import { buildItems, statesDayTotal, type Built } from './resolve/sequence.js';
import { shortDuration, titleFromParts } from './title.js';

/** Where the session text sits in its document, so diagnostics point into the file. */
export interface Origin {
  file?: string;
  /** Position of the first character of the session text. */
  line: number;
  column: number;
  offset: number;
  /** The document's lines, for the caret display. */
  lines?: string[];
  /** Exact position of a character of the session text, where the text is not a plain slice of the file. */
  at?: (local: number) => { line: number; column: number; offset: number };
}

export interface SessionOptions {
  defaults?: Partial<Defaults>;
  id?: string;
  slot?: Slot;
  title?: string;
  coachNotes?: string;
  origin?: Origin;
  /** A pace table already built for this athlete and tolerance (plans build it once). */
  paces?: PaceTable;
  /** What the plan says of its bare numbers and its own pace names. */
  words?: PlanWords;
  /** YYYY-MM-DD: the day the session is run on, when a plan is placed on the calendar. */
  date?: string;
  /** The compile these sessions belong to (a plan's): a resolution is reused only within it. */
  scope?: object;
}

/**
 * One session of shorthand for one athlete. A day written as two runs
 * ("… a.m., … p.m.") compiles to its first run here; `compileRuns` gives both.
 */
export function compileSession(text: string, athlete: Athlete, options: SessionOptions = {}): Workout {
  return compileRuns(text, athlete, options)[0]!;
}

/** The runs of one day of shorthand: one workout, or one per run ("Recovery 5 miles a.m., 4 miles p.m."). */
export function compileRuns(text: string, athlete: Athlete, options: SessionOptions = {}): Workout[] {
  // The origin is passed as it is (not wrapped in a function): a plan compiles every cell for every athlete.
  checkSessionText(text, options.origin);
  const defaults: Defaults = { ...DEFAULTS, ...options.defaults, tolerance: { ...DEFAULTS.tolerance, ...options.defaults?.tolerance } };
  const paces = options.paces ?? (options.defaults?.tolerance ? buildPaceTable(athlete.profile, defaults.tolerance) : athlete.paces);
  const base: Workout = {
    id: options.id ?? 'session',
    ...(options.slot ? { slot: options.slot } : {}),
    title: options.title ?? text.trim().slice(0, 80),
    source: text,
    sport: 'running',
    steps: [],
    alternatives: [],
    optional: false,
    estimate: { seconds: 0, meters: 0 },
    notes: [],
    ...(options.coachNotes ? { coachNotes: options.coachNotes } : {}),
    diagnostics: [],
    // Given here, not added by the plan afterwards: a property added to every workout late was a tenth of a plan's compile.
    ...(options.date ? { date: options.date } : {}),
  };

  const parsed = parseSession(text, options.words);
  if (!parsed.ok) {
    const e = parsed.error;
    base.diagnostics.push(locate(text, { start: e.offset, end: e.offset + e.length }, 'error', e.message, e.hint, options.origin));
    const guess = parsed.guess ? guessed(parsed.guess, base, athlete, paces, defaults, options) : undefined;
    return [guess ? { ...base, guess } : base];
  }
  const runs = parsed.session.runs ?? [parsed.session];
  for (const run of runs) checkSessionSteps(run, options.origin);
  if (runs.length === 1) return [compileRun(runs[0]!, 0, 1, base, athlete, paces, defaults, options)];
  return runs.map((run, k) => compileRun(run, k, runs.length, base, athlete, paces, defaults, options));
}

/** The refused session's best guess resolved for the athlete, when it resolves and keeps within the budget. */
function guessed(guess: SessionNode, base: Workout, athlete: Athlete, paces: PaceTable, defaults: Defaults, options: SessionOptions): Workout['guess'] {
  const run = guess.runs?.[0] ?? guess;
  try {
    checkSessionSteps(run, options.origin);
  } catch (e) {
    if (isBudgetError(e)) return undefined;
    throw e;
  }
  const w = compileRun(run, 0, 1, { ...base, diagnostics: [] }, athlete, paces, defaults, options);
  if (w.diagnostics.some((d) => d.severity === 'error') || w.steps.length === 0) return undefined;
  return { steps: w.steps, notes: w.notes };
}

function compileRun(
  session: SessionNode,
  k: number,
  of: number,
  template: Workout,
  athlete: Athlete,
  paces: PaceTable,
  defaults: Defaults,
  options: SessionOptions,
): Workout {
  const text = template.source;
  const origin = options.origin;
  const base: Workout = { ...template, id: of > 1 && k > 0 ? `${template.id}-run${k + 1}` : template.id, notes: [], diagnostics: [], alternatives: [] };
  if (of > 1 && base.slot) base.slot = { ...base.slot, index: base.slot.index + k };
  const r = resolution(session, athlete, paces, defaults, options);
  if (r.main) {
    Object.assign(base, r.main, { title: options.title ?? r.main.title });
    base.optional = session.optional;
  }
  if (r.error) {
    base.diagnostics.push(locate(text, r.error.span, 'error', r.error.message, r.error.hint, origin));
    base.steps = [];
    return base;
  }
  base.alternatives = r.alternatives.map((alt, k) => ({
    ...base,
    ...alt.built,
    id: `${base.id}-alt${k + 1}`,
    alternatives: [],
    optional: false,
    notes: [...alt.notes],
    diagnostics: [],
    source: text.slice(alt.span.start, alt.span.end),
  }));
  base.notes = [...(session.readings ?? []), ...r.notes, ...session.asides.map((a) => a.text)];
  if (of > 1) base.notes.push(`run ${k + 1} of ${of} today`);
  if (base.optional) base.notes.push('optional: this session may be skipped');
  for (const w of r.warnings) base.diagnostics.push(locate(text, w.span, 'warning', w.message, w.hint, origin));
  for (const ig of session.ignored) {
    const words = text.slice(ig.span.start, ig.span.end);
    if (ig.why === 'label') {
      base.diagnostics.push(locate(text, ig.span, 'warning', `'${words}' is not a label runcast knows`, 'it is kept as written in the title; no step uses it', origin));
    } else if (ig.why === 'choice') {
      base.diagnostics.push(locate(text, ig.span, 'warning', `'${words}' is an option the coach offers besides the one read`, 'it makes no step; it is kept in the notes', origin));
    } else if (ig.why === 'day') {
      base.diagnostics.push(locate(text, ig.span, 'warning', `'${words}' is not used`, "the session's date comes from the plan", origin));
    } else {
      base.diagnostics.push(locate(text, ig.span, 'warning', `'${words}' is not used`, 'it changes no step; it is kept in the notes', origin));
      base.notes.push(`not used: '${words}'`);
    }
  }
  return base;
}

/** A parsed session resolved for one athlete, before it is placed in its document (ids and positions are the caller's). */
type Resolution =
  | {
      main: BuiltSession;
      alternatives: { built: BuiltSession; notes: readonly string[]; span: Span }[];
      notes: readonly string[];
      warnings: readonly Problem[];
      error?: undefined;
    }
  /** `main` is there when the main sequence resolved and a later step (an explanation, an alternative) failed. */
  | { main?: BuiltSession; error: Problem };

interface Resolved {
  athlete: Athlete;
  paces: PaceTable;
  defaults: Partial<Defaults> | undefined;
  scope: object | undefined;
  resolution: Resolution;
}

/**
 * The last resolution of each parsed session (parse results are shared by
 * text), reused while the athlete, pace table, plan defaults and compile
 * (a plan's `scope`) are the very same objects: a plan repeats its sessions ("OFF", "30 min run", a
 * week's workout in every block), and a 52-week plan resolved each of its 364
 * cells anew. What is shared is frozen, so no consumer can change one
 * session's steps under another.
 */
const resolutions = new WeakMap<SessionNode, Resolved>();

function resolution(session: SessionNode, athlete: Athlete, paces: PaceTable, defaults: Defaults, options: SessionOptions): Resolution {
  const { defaults: given, scope } = options;
  const hit = resolutions.get(session);
  if (hit && hit.athlete === athlete && hit.paces === paces && hit.defaults === given && hit.scope === scope) return hit.resolution;
  const resolution = deepFreeze(resolve(session, athlete, paces, defaults));
  resolutions.set(session, { athlete, paces, defaults: given, scope, resolution });
  return resolution;
}

function resolve(session: SessionNode, athlete: Athlete, paces: PaceTable, defaults: Defaults): Resolution {
  const ctx = new ResolveContext(athlete, paces, defaults);
  ctx.label = session.label;
  let main: BuiltSession | undefined;
  try {
    const [first, ...others] = session.alternatives;
    main = buildSequence(first!, ctx);
    if (session.label) main.title = labelledTitle(session.label.title, first!, main, ctx);
    checkExplanations(session.explanations, main.steps, ctx);
    const alternatives = others.map((alt) => {
      const altCtx = new ResolveContext(athlete, paces, defaults);
      altCtx.label = session.label;
      return { built: buildSequence(alt, altCtx), notes: altCtx.notes, span: alt.span };
    });
    return { main, alternatives, notes: ctx.notes, warnings: ctx.warnings };
  } catch (e) {
    if (!(e instanceof ResolveError)) throw e;
    return { main, error: e.problem };
  }
}

interface BuiltSession {
  sport: Sport;
  steps: Node[];
  title: string;
  estimate: Workout['estimate'];
}

/** "General aerobic 8 mi", "Recovery 5 mi", "Intervals: 2×3 km, …": the label, then the length or the work. */
function labelledTitle(label: string, seq: SequenceNode, built: BuiltSession, ctx: ResolveContext): string {
  const only = seq.items.length === 1 ? seq.items[0] : undefined;
  if (only?.kind === 'interval' && (only.quantity.kind === 'distance' || only.quantity.kind === 'time') && only.role !== 'race') {
    const d = only.quantity.kind === 'time' ? { kind: 'time' as const, seconds: only.quantity.low } : { kind: 'distance' as const, meters: only.quantity.low };
    const high = only.quantity.high !== only.quantity.low ? `–${shortDuration(only.quantity.kind === 'time' ? { kind: 'time', seconds: only.quantity.high } : { kind: 'distance', meters: only.quantity.high }, ctx.units)}` : '';
    return `${label} ${shortDuration(d, ctx.units)}${high}`;
  }
  return built.title && built.title !== label ? `${label}: ${built.title}` : label;
}

function buildSequence(seq: SequenceNode, ctx: ResolveContext): BuiltSession {
  const items = seq.items;
  const others = items.filter((i) => i.kind === 'other');
  if (others.length === items.length) return otherSport(items, seq, ctx);
  // "30 min jog" alone is an easy run, not a recovery; "Walk 5 kilometers" a walk.
  const runItems: Item[] = items.every((i) => i.kind === 'recovery')
    ? items.map((i) =>
        i.kind === 'recovery' && i.recovery.amount.kind === 'quantity'
          ? { kind: 'interval', quantity: i.recovery.amount.quantity, role: i.recovery.mode === 'walk' ? 'walk' : 'easy', roleWritten: true, remarks: [], span: i.span }
          : i,
      )
    : items;
  const built = buildItems(runItems, ctx, { joins: seq.joins });
  const steps = seq.asWritten ? built.nodes : withWarmupCooldown(built, runItems, ctx, seq.finishes);
  if (ctx.label?.progression && !built.hard) ctx.note('a progression run: start easy and finish faster');
  // "1 mi warmup", "C/D 1 mile steady easy": a session of warm-up or cool-down alone is titled by it.
  const title = titleFromParts(built.parts, ctx.units) || built.nodes.map((n) => (n.type === 'step' ? n.label : '')).filter(Boolean).join(' + ');
  return { sport: 'running', steps, title, estimate: estimate(steps, ctx.paces) };
}

function otherSport(items: Item[], seq: SequenceNode, ctx: ResolveContext): BuiltSession {
  const first = items[0]!;
  const sport: Sport = first.kind === 'other' ? first.sport : 'rest';
  const built = buildItems(items, ctx, { joins: seq.joins });
  const steps = sport === 'rest' ? [] : built.nodes;
  const title = sport === 'rest' ? (first.kind === 'other' ? first.label : 'Rest') : titleFromParts(built.parts, ctx.units);
  const est = { seconds: steps.reduce((a, s) => a + (s.type === 'step' && s.duration.kind === 'time' ? s.duration.seconds : 0), 0), meters: 0 };
  return { sport, steps, title, estimate: est };
}

/**
 * The plan's warm-up and cool-down go around sessions with work faster than easy, unless the text
 * has its own; a plan that asks for them around every run has them around every run but a day
 * stated as one distance.
 */
function withWarmupCooldown(built: Built, items: Item[], ctx: ResolveContext, finishes = false): Node[] {
  const everyRun = ctx.defaults.around === 'every run' && !statesDayDistance(built, ctx);
  const forcedWarmup = everyRun || items.some((i) => i.kind === 'wucd' && i.which !== 'cooldown');
  const forcedCooldown = everyRun || items.some((i) => i.kind === 'wucd' && i.which !== 'warmup');
  const forced = forcedWarmup || forcedCooldown;
  if (!built.hard && !forced) return built.nodes;
  const parts = built.parts.filter((p) => p.nodes.length > 0);
  const hasWarmup = parts.some((p) => p.kind === 'warmup');
  const hasCooldown = parts.some((p) => p.kind === 'cooldown');
  const first = parts[0];
  const last = parts[parts.length - 1];
  const out = [...built.nodes];
  // "Long Run: 21KM Easy (4:40/KM) + 5KM @ 3:55/KM": a day its label names easy (a long run, a recovery run) has
  // no warm-up or cool-down of the plan's around the faster part it holds.
  // Reps under such a label ("Speed – endurance 3 x 1k") are a session of their own, warmed up as any.
  const easyDay = (ctx.label?.pace === 'E' || ctx.label?.pace === 'recovery') && !items.some((i) => i.kind === 'repeat');
  const steady = !forced && (steadyRun(built, items, ctx) || statesDayTotal(built, ctx) || easyDay);
  // "5 miles steady pace, Finish w/ 6 x 20 sec sprints": the run the coach has the session finish is its own warm-up.
  const runsFirst = finishes && first?.nodes.length === 1 && steadyRun({ ...built, nodes: first.nodes, parts: [first] }, [], ctx);
  if (!hasWarmup && (forcedWarmup || (!forced && !steady && !runsFirst && first?.kind !== 'easy'))) {
    const wu = defaultStep(ctx.defaults.warmup, 'warmup', ctx);
    if (wu) out.unshift(wu);
  }
  // "Warm up, 14 x 400m at 5K pace, with 60 sec recoveries": a written warm-up leaves the cool-down to the plan.
  // "Long Run 8 miles steady pace, Finish w/ 8 x 100m @ Mile": the coach says what the session ends with.
  if (!hasCooldown && (forcedCooldown || (built.hard && !steady && !finishes && last?.kind !== 'easy' && !sprintsAfterRun(parts)))) {
    const cd = defaultStep(ctx.defaults.cooldown, 'cooldown', ctx);
    if (cd) out.push(cd);
  }
  return out;
}

/**
 * "6–10 mi easy plus 4 × 20 sec hills": sprints of a few seconds after an easy run end it as strides
 * do; the run was their warm-up, and they need no cool-down.
 */
function sprintsAfterRun(parts: Built['parts']): boolean {
  if (parts.length < 2 || parts[0]!.kind !== 'easy') return false;
  return parts.slice(1).every((p) => p.kind === 'recovery' || p.kind === 'strides' || (p.kind === 'work' && sprintsOnly(p.nodes)));
}

function sprintsOnly(nodes: readonly Node[]): boolean {
  return nodes.every((n) => (n.type === 'repeat' ? sprintsOnly(n.children) : n.intensity !== 'active' || isSprint(n.duration)));
}

const isSprint = (d: Duration): boolean => (d.kind === 'time' && d.seconds <= SPRINT.seconds) || (d.kind === 'distance' && d.meters <= SPRINT.meters);

/**
 * "10km Run" as a plan's day: one run of a stated distance is the day's distance, which a warm-up
 * the plan puts around every run would push past (a timed run, "20min Run", has it around it).
 */
function statesDayDistance(built: Built, ctx: ResolveContext): boolean {
  const only = built.nodes.length === 1 ? built.nodes[0] : undefined;
  return !!ctx.defaults.day && only?.type === 'step' && only.duration.kind === 'distance';
}

/**
 * One continuous run of 15 minutes or 3 km or more that is run by feel or at marathon pace or
 * slower ("Marathon-pace run 12 miles", "5 miles pace" in a marathon plan, "20 min fast",
 * "a 30-40 minute route … attack each hill") is its own warm-up: the plan's are not added. A run
 * at a faster named pace ("20 min @ T", a 5K race) is work the plan warms up for.
 */
function steadyRun(built: Built, items: Item[], ctx: ResolveContext): boolean {
  const steps = built.nodes;
  // "1 easy mile, followed by 10 miles at 8:00 pace": an easy start, then one such run, is as steady.
  if (steps.length === 2 && built.parts[0]?.kind === 'easy') return steadyRun({ ...built, nodes: steps.slice(1), parts: built.parts.slice(1) }, items, ctx);
  // "1 x 15-20 minutes @ HM" is written as a rep: it is work with a warm-up before it.
  if (steps.length !== 1 || steps[0]!.type !== 'step' || items.some((i) => i.kind === 'repeat')) return false;
  // A race of 5 km or more is the day: the plans that set one count its distance alone, and a warm-up the
  // coach did not write would push the day past it ("10K Race", "Race Day – 10K"). A mile is warmed up for.
  if (built.parts[0]?.kind === 'work' && steps[0]!.label.includes(' race @ ') && steps[0]!.duration.kind === 'distance' && steps[0]!.duration.meters >= RACED_ALONE) return true;
  const t = steps[0]!.target;
  const d = steps[0]!.duration;
  const long = d.kind === 'distance' ? d.meters >= 3000 : d.kind === 'time' && d.seconds >= 15 * 60;
  if (long && figureLongRun(t, d)) return true;
  return long && (t.kind === 'effort' || (t.kind === 'pace' && t.high <= ctx.paces.paces.M.high * 1.001));
}

/**
 * "Thursday: 8 miles @ 7:10", "18 miles @ 6:35 - 6:40": a run as long as a long run at a pace
 * written as a figure is the author's own steady pace, run from the start — whatever the athlete's
 * marathon pace; a shorter run at a figure ("4k's @ 4:13 mins/km") is work warmed up for.
 */
function figureLongRun(t: Target, d: Duration): boolean {
  return t.kind === 'pace' && /^\d/.test(t.name) && d.kind === 'distance' && d.meters >= NORMS.long.meters.possible[0];
}

function defaultStep(text: string, role: 'warmup' | 'cooldown', ctx: ResolveContext) {
  if (text.trim().toLowerCase() === 'none') return undefined;
  const run = readRun(text);
  if (!run.ok) {
    ctx.fail({ start: 0, end: 0 }, `the plan's default ${role === 'warmup' ? 'warm-up' : 'cool-down'} '${text}' is not one run`, "such as '15 min easy', '2 mi' or 'none'");
  }
  const step = intervalSteps({ ...run.value, role, roleWritten: true }, ctx)[0]!;
  ctx.note(`${step.label} added (plan default)`);
  return step;
}

function locate(text: string, span: Span, severity: Diagnostic['severity'], message: string, hint: string | undefined, origin?: Origin): Diagnostic {
  // The caret stands under what was written, never under the space before it.
  let local = Math.max(0, Math.min(span.start, text.length));
  while (local < span.end - 1 && /\s/.test(text[local]!)) local++;
  const length = Math.max(1, Math.min(span.end, text.length) - local);
  if (origin?.at) {
    const p = origin.at(local);
    const sourceLine = origin.lines?.[p.line - 1];
    return { severity, ...p, length, message, ...(hint ? { hint } : {}), ...(origin.file ? { file: origin.file } : {}), ...(sourceLine !== undefined ? { sourceLine } : {}) };
  }
  const before = text.slice(0, local);
  const nl = before.lastIndexOf('\n');
  const linesBefore = before.split('\n').length - 1;
  const colInText = local - (nl + 1);
  const line = (origin?.line ?? 1) + linesBefore;
  const column = linesBefore === 0 ? (origin?.column ?? 1) + colInText : colInText + 1;
  const offset = (origin?.offset ?? 0) + local;
  const sourceLine = origin?.lines ? origin.lines[line - 1] : text.split('\n')[linesBefore];
  return {
    severity,
    line,
    column,
    offset,
    length,
    message,
    ...(hint ? { hint } : {}),
    ...(origin?.file ? { file: origin.file } : {}),
    ...(sourceLine !== undefined ? { sourceLine } : {}),
  };
}
