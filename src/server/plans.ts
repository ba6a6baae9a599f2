/**
 * Plans for the service: the templates shipped in `templates/` (read once at
 * start) and the coach's own YAML, loaded and compiled for an athlete with
 * every error collected as positioned diagnostics.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Athlete } from '../athlete/athlete.js';
import { isBudgetError } from '../compiler/budget.js';
import { compilePlan, loadPlan } from '../compiler/index.js';
import { formatDiagnostic, type Diagnostic } from '../ir/diagnostic.js';
import type { CompiledPlan } from '../ir/workout.js';
import { parseYamlWith } from '../plan/yaml-doc.js';
import { planSchema } from '../plan/schema.js';
import type { LibraryPlanRef, StoredPlan } from '../store/store.js';
import type { PlanOptions } from '../compiler/plan.js';
import { startForRace } from '../plan/place.js';
import { applyChanges } from '../compiler/changes.js';
import type { PastPlan, SessionChange } from '../plan/changes.js';
import { DateTime } from 'luxon';
import { HttpError, unprocessable } from './errors.js';

export type LoadedPlan = NonNullable<ReturnType<typeof loadPlan>['plan']>;

export interface TemplateInfo {
  name: string;
  title: string;
  description?: string;
  weeks: number;
  weekStart: string;
  plan: LoadedPlan;
  /** The template as written, to copy into the plan library. */
  text: string;
}

export class TemplateCatalogue {
  private readonly byName = new Map<string, TemplateInfo>();

  /** Reads every `*.yaml` in the folder; a template with errors is left out and logged, not served. */
  static load(dir: string, logger: Logger): TemplateCatalogue {
    const catalogue = new TemplateCatalogue();
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => /^[a-z0-9][a-z0-9-]*\.ya?ml$/.test(f)).sort();
    } catch (err) {
      logger.warn({ dir, err: (err as Error).message }, 'no templates folder');
    }
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      let loaded: ReturnType<typeof loadPlan>;
      try {
        loaded = loadPlan(text, file);
      } catch (err) {
        if (!isBudgetError(err)) throw err;
        logger.error({ file, reason: err.message }, 'template is over the compile budget; not served');
        continue;
      }
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
      const meta = parseYamlWith(planSchema, text, file).value;
      if (!loaded.plan || errors.length > 0 || !meta) {
        logger.error({ file, diagnostics: errors.map(formatDiagnostic) }, 'template has errors; not served');
        continue;
      }
      const name = file.replace(/\.ya?ml$/, '');
      catalogue.byName.set(name, {
        name,
        title: meta.name,
        description: meta.description,
        weeks: meta.weeks.length,
        weekStart: meta.weekStart,
        plan: loaded.plan,
        text,
      });
    }
    return catalogue;
  }

  get(name: string): TemplateInfo | undefined {
    return this.byName.get(name);
  }

  list(): TemplateInfo[] {
    return [...this.byName.values()];
  }
}

export type PlanResult = { ok: true; plan: LoadedPlan } | { ok: false; error: HttpError };

/**
 * Library plans loaded, by id and version: every athlete on a plan compiles the same text, and a
 * feed rebuilt after a plan edit should not parse it once per athlete. Few plans are live at once.
 */
const libraryPlans = new Map<string, LoadedPlan>();
const LIBRARY_PLANS_KEPT = 64;

function loadLibraryPlan(ref: LibraryPlanRef): PlanResult {
  const key = `${ref.library}:${ref.planVersion}`;
  const kept = libraryPlans.get(key);
  if (kept) return { ok: true, plan: kept };
  const result = loadPlanText(ref.yaml);
  // Only a stored version is kept: a change being checked has none yet.
  if (result.ok && ref.planVersion > 0) {
    if (libraryPlans.size >= LIBRARY_PLANS_KEPT) libraryPlans.delete(libraryPlans.keys().next().value!);
    libraryPlans.set(key, result.plan);
  }
  return result;
}

export function loadPlanText(text: string): PlanResult {
  const loaded = loadPlan(text);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.plan || errors.length > 0) {
    return { ok: false, error: unprocessable('invalid_plan', 'The plan has errors.', errors.length ? errors : loaded.diagnostics) };
  }
  return { ok: true, plan: loaded.plan };
}

export function resolvePlan(source: StoredPlan | PastPlan['plan'], templates: TemplateCatalogue): PlanResult {
  if ('library' in source) return loadLibraryPlan(source);
  if ('template' in source) {
    const t = templates.get(source.template);
    if (t) return { ok: true, plan: t.plan };
    const names = templates.list().map((x) => x.name);
    return {
      ok: false,
      error: new HttpError(422, 'unknown_template', `There is no template "${source.template}".`, { templates: names }),
    };
  }
  return loadPlanText(source.yaml);
}

/**
 * Where an athlete's plan sits on the calendar: from its start date, or placed by its race (the
 * race session on the race day, any weekday, weeks counted back) and joined no earlier than the
 * stored start, the day the athlete was put on it.
 */
export function placement(plan: LoadedPlan, where: { start: string; race?: string; history?: readonly PastPlan[] }): PlanOptions {
  // The plan followed before this one keeps its days up to the day this one began.
  const joined = where.history?.at(-1)?.until;
  const from = (a: string) => (joined && joined > a ? { from: joined } : {});
  if (!where.race) return { start: where.start, ...from(where.start) };
  const start = startForRace(plan, where.race);
  const day = where.start > start ? where.start : start;
  return { start, exactStart: true, ...(day > start ? { from: day } : {}), ...from(day) };
}

/** A plan as it is kept once another follows it: a library plan as its text is now. */
export function pastPlanOf(plan: StoredPlan): PastPlan['plan'] {
  return 'library' in plan ? { yaml: plan.yaml } : plan;
}

/**
 * The athlete's plans before the current one, each up to the day the next began, prepended to
 * it: one calendar, one page. Their sessions' ids are marked with the plan's place in the
 * history ("p1-w3-wed-0"), so no id (nor calendar UID) is shared with the current plan's.
 */
export function withHistory(current: CompiledPlan, history: readonly PastPlan[], athlete: Athlete, templates: TemplateCatalogue): CompiledPlan {
  if (history.length === 0) return current;
  const past: CompiledPlan['sessions'] = [];
  let since = '';
  history.forEach((entry, k) => {
    const plan = resolvePlan(entry.plan, templates);
    if (!plan.ok) return;
    const compiled = compileChecked(plan.plan, athlete, placement(plan.plan, entry), false, entry.changes);
    if (!compiled.ok) return;
    const mark = (id: string) => `p${k + 1}-${id}`;
    for (const s of compiled.compiled.sessions) {
      if (!s.date || s.date < since || s.date >= entry.until) continue;
      past.push({ ...s, id: mark(s.id), alternatives: s.alternatives.map((a) => ({ ...a, id: mark(a.id) })) });
    }
    since = entry.until;
  });
  const start = [history[0]!.start, current.start ?? history[0]!.start].sort()[0]!;
  const sessions = [...past, ...current.sessions];
  const last = sessions.reduce((a, s) => (s.date && s.date > a ? s.date : a), start);
  const weeks = Math.floor(DateTime.fromISO(last).diff(DateTime.fromISO(start), 'days').days / 7) + 1;
  return { ...current, start, weeks: Math.max(current.weeks, weeks), sessions };
}

/**
 * Every error of a compiled plan that stops it, its own and its sessions' (alternatives included),
 * once each. A session runcast cannot read is kept as written and does not stop the plan, unless
 * `strict` asks for a plan read whole.
 */
export function planErrors(compiled: CompiledPlan, options: { strict?: boolean } = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const kept = new Set(options.strict ? [] : compiled.sessions.filter((s) => s.asWritten).flatMap((s) => s.diagnostics));
  const add = (list: readonly Diagnostic[]) => {
    for (const d of list) {
      if (d.severity !== 'error' || kept.has(d)) continue;
      const key = `${d.file ?? ''}:${d.offset}:${d.length}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  };
  add(compiled.diagnostics);
  for (const s of compiled.sessions) {
    add(s.diagnostics);
    for (const alt of s.alternatives) add(alt.diagnostics);
  }
  return out;
}

export type CompileResult = { ok: true; compiled: CompiledPlan } | { ok: false; error: HttpError };

/**
 * Compiles and refuses a plan with an error that stops it: an athlete must never be handed a broken
 * workout. Sessions runcast cannot read are kept as written (their text, marked), unless `strict`.
 */
export function compileChecked(
  plan: LoadedPlan,
  athlete: Athlete,
  where: PlanOptions,
  strict = false,
  changes: readonly SessionChange[] = [],
): CompileResult {
  const compiled = applyChanges(compilePlan(plan, athlete, where), plan, athlete, changes);
  const errors = planErrors(compiled, { strict });
  if (errors.length > 0) {
    const unread = strict && compiled.sessions.some((s) => s.asWritten);
    return { ok: false, error: unprocessable('invalid_plan', unread ? 'The plan has sessions runcast cannot read (strict).' : 'The plan has errors.', errors) };
  }
  return { ok: true, compiled };
}
