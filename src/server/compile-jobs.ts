/**
 * The service's compile work, each kind of it a function of plain data, so
 * that it can run on the compile thread (compile-pool.ts): the playground's
 * answer, the check of an athlete about to be stored, the plan of a
 * stored athlete for its links, and the links' outputs that cost as much as
 * the plan is long (its feed, its page, its whole-plan downloads).
 */
import type { Athlete } from '../athlete/athlete.js';
import { planReport } from '../compiler/plan.js';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { CompiledPlan } from '../ir/workout.js';
import type { AthleteRecord, StoredPlan as PlanOfRecord } from '../store/store.js';
import type { PastPlan, SessionChange } from '../plan/changes.js';
import { publicDiagnostic } from './errors.js';
import { playgroundAnswer, type Answer, type CompileRequest } from './playground.js';
import { compileChecked, loadPlanText, placement, resolvePlan, withHistory, type TemplateCatalogue } from './plans.js';
import { compilePlan } from '../compiler/index.js';
import { DEMO_ATHLETE } from '../athlete/demo.js';
import { checkProfile, storedAthlete } from './profile.js';
import { checkServable } from './servable.js';
import { defaultBundleFrom, watchFrom, watchSessionsFrom } from './dates.js';
import { encodeSchedule } from '../writers/fit/schedule.js';
import type { OutputFile, WriterOptions } from '../writers/registry.js';
import { requireWriter, writeFeed, writePage, type BuiltFeed, type FeedBuild, type PageBuild } from './link-builds.js';
import { planGlance, type GlanceWeek } from './console/glance.js';

export type CompileJob =
  | { kind: 'playground'; body: CompileRequest }
  /** An athlete about to be stored: its profile (already checked), plan and where it sits (a library plan with its text). */
  | ({ kind: 'athlete'; profile: Athlete['profile']; strict: boolean } & Placed)
  /** A plan for the library: read, and what the coach should know of it. */
  | { kind: 'library'; text: string }
  /** A plan of the library week by week, for the console's overview. */
  | { kind: 'glance'; text: string }
  /** A stored athlete's plan, for its links. */
  | ({ kind: 'stored' } & StoredPlan)
  /** A whole-plan download of a stored athlete: the schedule from today, or the bundle from a day (default today). */
  | ({ kind: 'file'; file: 'schedule' | 'bundle'; today: string; from?: string; days?: number } & StoredPlan)
  /** A stored athlete's calendar feed, with the revisions stored so far. */
  | ({ kind: 'feed' } & FeedBuild & StoredPlan)
  /** A stored athlete's page. */
  | ({ kind: 'page' } & PageBuild & StoredPlan);

/** A plan placed for an athlete: from its start or by its race, with the coach's changes and the plans followed before. */
export interface Placed {
  plan: PlanOfRecord;
  start: string;
  race?: string;
  changes?: SessionChange[];
  history?: PastPlan[];
}

/** What a stored athlete's plan is compiled from. */
export interface StoredPlan extends Placed {
  profile: unknown;
}

/** What the compile thread needs of a stored athlete: plain data, copied to the thread. */
export function storedPlan(athlete: AthleteRecord): StoredPlan {
  const { profile, plan, start, race, changes, history } = athlete;
  return { profile, plan, start, ...(race ? { race } : {}), ...(changes ? { changes } : {}), ...(history ? { history } : {}) };
}

/** A file written from a whole plan. */
export interface PlanFile {
  data: Uint8Array;
  fileName?: string;
}

/** A session kept as the coach wrote it, where it stands in the plan. */
export interface KeptSession {
  session: string;
  date: string | null;
  text: string;
  line: number;
  column: number;
  message: string;
}

/** What the coach is told of a plan just stored: every warning, and every session kept as written, positioned. */
export interface PlanNotes {
  diagnostics: ReturnType<typeof publicDiagnostic>[];
  kept: KeptSession[];
}

/** A plan of the library as read: its weeks and race, and its warnings and kept sessions for the demo athlete. */
export interface LibraryPlanFacts {
  name: string;
  weeks: number;
  race: string | null;
  /** Where the race sits when the plan says so (a recovery week after it); null for its last session. */
  raceDay: { week: number; day: string } | null;
  notes: PlanNotes;
}

export interface JobResults {
  playground: Answer;
  athlete: PlanNotes;
  library: LibraryPlanFacts;
  glance: GlanceWeek[];
  stored: CompiledPlan;
  file: PlanFile;
  feed: BuiltFeed;
  page: PlanFile;
}

export async function runJob(job: CompileJob, templates: TemplateCatalogue): Promise<JobResults[CompileJob['kind']]> {
  switch (job.kind) {
    case 'playground':
      return playgroundAnswer(job.body);
    case 'athlete':
      return checkAthlete(job, templates);
    case 'library':
      return libraryFacts(job.text);
    case 'glance':
      return planGlance(job.text);
    case 'stored':
      return compileStored(job, templates);
    case 'file':
      return planFile(job, templates);
    case 'feed':
      return writeFeed(compileStored(job, templates), job.profile, job);
    case 'page':
      return { data: await writePage(compileStored(job, templates), job.profile, job) };
  }
}

/** Reads a plan for the library (a 422 that points into it when it has errors), for the demo athlete. */
function libraryFacts(text: string): LibraryPlanFacts {
  const loaded = loadPlanText(text);
  if (!loaded.ok) throw loaded.error;
  const { doc } = loaded.plan;
  const demo = checkProfile(DEMO_ATHLETE as unknown as Record<string, unknown>);
  if (!demo.ok) throw demo.error;
  const race = doc.race ? (doc.race.name ?? `${Math.round(doc.race.meters)} m`) : null;
  const raceDay = doc.race?.day ?? null;
  return { name: doc.name, weeks: doc.weeks.length, race, raceDay, notes: planNotes(compilePlan(loaded.plan, demo.athlete)) };
}

/** The plan must compile for this athlete from this date, and every link must be able to serve it. */
async function checkAthlete(job: Extract<CompileJob, { kind: 'athlete' }>, templates: TemplateCatalogue): Promise<PlanNotes> {
  const profile = checkProfile(job.profile);
  if (!profile.ok) throw profile.error;
  const athlete = profile.athlete;
  const loaded = resolvePlan(job.plan, templates);
  if (!loaded.ok) throw loaded.error;
  const compiled = compileChecked(loaded.plan, athlete, placement(loaded.plan, job), job.strict, job.changes);
  if (!compiled.ok) throw compiled.error;
  await checkServable(loaded.plan, compiled.compiled, athlete.profile.device ? { device: athlete.profile.device } : {});
  return planNotes(compiled.compiled);
}

/** A stored athlete's plan, compiled (on whichever thread calls it). */
export function compileStored(record: StoredPlan, templates: TemplateCatalogue): CompiledPlan {
  const athlete = storedAthlete(record.profile);
  const plan = resolvePlan(record.plan, templates);
  if (!plan.ok) throw plan.error;
  const result = compileChecked(plan.plan, athlete, placement(plan.plan, record), false, record.changes);
  // A plan accepted when stored can fail now only if its template changed on disk since.
  if (!result.ok) throw result.error;
  return withHistory(result.compiled, record.history ?? [], athlete, templates);
}

/** A cell on many days (every week's Monday) says the same once: its diagnostics are listed once, its kept sessions each. */
export function planNotes(plan: CompiledPlan): PlanNotes {
  const { kept, warnings } = planReport(plan);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const d of [...kept.flatMap((s) => s.diagnostics), ...warnings]) {
    const key = `${d.file ?? ''}:${d.offset}:${d.length}:${d.severity}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(d);
  }
  return {
    diagnostics: diagnostics.map(publicDiagnostic),
    kept: kept.map((s) => {
      const error = s.diagnostics.find((d) => d.severity === 'error');
      return {
        session: s.id,
        date: s.date ?? null,
        text: s.source,
        line: error?.line ?? 1,
        column: error?.column ?? 1,
        message: error?.message ?? 'runcast could not read it',
      };
    }),
  };
}

/** Days a schedule download covers when the plan is over: the watch shows about four weeks. */
const SCHEDULE_DAYS = 28;

/** The schedule (only the sessions it holds are encoded) or the bundle, as the athlete's links serve them. */
function planFile(job: Extract<CompileJob, { kind: 'file' }>, templates: TemplateCatalogue): PlanFile {
  const plan = compileStored(job, templates);
  const { today, start } = job;
  const device = (job.profile as { device?: string }).device;
  const options: WriterOptions = device ? { device } : {};
  if (job.file === 'schedule') {
    // The coming sessions, from today (or the start), as many as the watch shows; never a day gone by:
    // once nothing is left for the watch, a schedule with no entries (a calendar with nothing on it).
    const from = watchFrom(plan.start ?? start, today);
    if (!watchSessionsFrom(plan, from)) return { data: encodeSchedule([], from, from).bytes, fileName: 'schedule.fit' };
    return written(requireWriter('fit').writePlan(plan, { ...options, from, scheduleOnly: true }), (p) => /schedule/i.test(p));
  }
  const days = job.days ?? SCHEDULE_DAYS;
  const from = job.from ?? defaultBundleFrom(plan, start, today, days);
  return written(requireWriter('zip').writePlan(plan, { ...options, from, days }), () => true);
}

function written(files: OutputFile[], pick: (path: string) => boolean): PlanFile {
  const file = files.find((f) => pick(f.path));
  if (!file) throw new Error('the writer returned no matching file');
  const data = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
  return { data, fileName: file.path.split('/').pop() };
}
