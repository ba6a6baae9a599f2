/**
 * Everything behind an athlete's link, built from their compiled plan and kept
 * in a byte-bounded LRU under the athlete's id and version. Any change to the
 * athlete bumps the version, so a stale entry can never be served (even one
 * cached by another instance's request), and an unchanged feed costs the
 * store's token lookup and a hash comparison.
 */
import { DateTime } from 'luxon';
import type { CompiledPlan, Workout } from '../ir/workout.js';
import type { AthleteRecord, SessionRevision, Store } from '../store/store.js';
import type { WriterOptions } from '../writers/registry.js';
import type { RevisionMap } from '../writers/ics.js';
import { WORKOUTKIT_MEDIA_TYPE } from '../writers/workoutkit.js';
import { ByteLru } from '../cache/byte-lru.js';
import { sessionFileName } from './content-disposition.js';
import { HttpError } from './errors.js';
import { athleteBase } from './links.js';
import { compileStored, runJob, storedPlan, type CompileJob, type JobResults, type PlanFile } from './compile-jobs.js';
import { requireWriter, writeOrRefuse, type BuiltFeed } from './link-builds.js';
import type { TemplateCatalogue } from './plans.js';
import { extraBytes, makeArtifact, type Artifact, type ArtifactOptions, type Validators } from './send-artifact.js';

export const MEDIA_TYPES = {
  ics: 'text/calendar; charset=utf-8',
  fit: 'application/vnd.ant.fit',
  tcx: 'application/vnd.garmin.tcx+xml',
  zip: 'application/zip',
  text: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  workout: WORKOUTKIT_MEDIA_TYPE,
} as const;

/** A session's download by its extension: the writer and the media type. */
const SESSION_FORMATS = { fit: 'fit', tcx: 'tcx', workout: 'workoutkit' } as const;
export type SessionExtension = keyof typeof SESSION_FORMATS;

type Cached = { kind: 'plan'; plan: CompiledPlan } | { kind: 'artifact'; artifact: Artifact };

export interface OutputsDeps {
  store: Store;
  templates: TemplateCatalogue;
  cacheBytes: number;
  publicUrl: () => string;
  /** The clock, for "today" and revision instants. */
  now?: () => Date;
  /** Compiles a stored athlete's plan; by default here, on this thread (the service passes its compile thread). */
  compile?: (record: AthleteRecord) => CompiledPlan | Promise<CompiledPlan>;
  /** Runs a job that writes a link's output (the feed); by default here, on this thread (the service passes its compile thread). */
  run?: JobRunner;
}

export type JobRunner = <K extends CompileJob['kind']>(job: Extract<CompileJob, { kind: K }>) => Promise<JobResults[K]>;

/** Share of the cache bytes kept for feed ETags: a few hundred bytes an athlete, so thousands fit where one feed would. */
const TAG_SHARE = 8;

/** What a cache entry holds besides an artifact's bytes. */
const ENTRY_OVERHEAD = 256;

export class Outputs {
  readonly cache: ByteLru<Cached>;
  /**
   * The ETags of each feed built (one for each coding sent), by athlete and
   * version. Calendar clients poll with If-None-Match; with this, a poll of an
   * unchanged feed is answered 304 even after the feed's bytes were evicted to
   * make room for other athletes', instead of rebuilding the feed only to find
   * it unchanged. A version's feed is the same bytes whenever it is built
   * (revisions are stored), so its tags stay true for as long as the version does.
   */
  readonly feedTags: ByteLru<Validators>;
  private readonly inflight = new Map<string, Promise<Artifact>>();
  private readonly compiling = new Map<string, Promise<CompiledPlan>>();
  private readonly now: () => Date;

  private readonly deps: OutputsDeps & Required<Pick<OutputsDeps, 'compile' | 'run'>>;

  constructor(deps: OutputsDeps) {
    const run = (async (job: CompileJob) => runJob(job, deps.templates)) as JobRunner;
    this.deps = { compile: (record) => compileStored(record, deps.templates), run, ...deps };
    const tagBytes = Math.floor(deps.cacheBytes / TAG_SHARE);
    this.cache = new ByteLru<Cached>(deps.cacheBytes - tagBytes);
    this.feedTags = new ByteLru<Validators>(tagBytes);
    this.now = deps.now ?? (() => new Date());
  }

  /** Frees everything cached for an athlete; correctness does not depend on it (keys carry the version). */
  invalidate(athleteId: string): void {
    this.cache.deletePrefix(`${athleteId}:`);
    this.feedTags.deletePrefix(`${athleteId}:`);
  }

  private key(record: AthleteRecord, what: string): string {
    return `${record.id}:${record.version}:${what}`;
  }

  /**
   * The athlete's compiled plan: at once when it is cached; otherwise compiled
   * (on the compile thread, in the service), concurrent asks sharing one compile.
   */
  compiled(record: AthleteRecord): CompiledPlan | Promise<CompiledPlan> {
    const key = this.key(record, 'plan');
    const hit = this.cache.get(key);
    if (hit?.kind === 'plan') return hit.plan;
    const pending = this.compiling.get(key);
    if (pending) return pending;
    const build = Promise.resolve(this.deps.compile(record))
      .then((plan) => {
        this.cache.set(key, { kind: 'plan', plan }, planFootprint(plan));
        return plan;
      })
      .finally(() => this.compiling.delete(key));
    this.compiling.set(key, build);
    return build;
  }

  /** `use` on the athlete's compiled plan: at once when the plan is cached. */
  withPlan<T>(record: AthleteRecord, use: (plan: CompiledPlan) => T | Promise<T>): T | Promise<T> {
    const plan = this.compiled(record);
    return plan instanceof Promise ? plan.then(use) : use(plan);
  }

  private artifact(record: AthleteRecord, what: string, build: () => Artifact): Artifact {
    const key = this.key(record, what);
    const hit = this.cache.get(key);
    if (hit?.kind === 'artifact') return hit.artifact;
    return this.keep(key, build());
  }

  /** An artifact of this athlete's version kept under `what`, if it is. */
  cached(record: AthleteRecord, what: string): Artifact | undefined {
    const hit = this.cache.get(this.key(record, what));
    return hit?.kind === 'artifact' ? hit.artifact : undefined;
  }

  /** Keeps the artifact under `what` for this athlete's version, counting the compressed forms it gains later. */
  keepFor(record: AthleteRecord, what: string, artifact: Artifact): Artifact {
    return this.keep(this.key(record, what), artifact);
  }

  private keep(key: string, artifact: Artifact): Artifact {
    this.cache.set(key, { kind: 'artifact', artifact }, artifact.body.length + extraBytes(artifact) + ENTRY_OVERHEAD);
    artifact.grew = (bytes) => this.cache.grow(key, bytes);
    return artifact;
  }

  /** The feed if it is cached for this version of the athlete: the poll of an unchanged feed, answered without waiting. */
  cachedFeed(record: AthleteRecord): Artifact | undefined {
    return this.cached(record, 'ics');
  }

  /** The ETags of this version's feed, if it was built here and its tags are still remembered. */
  feedValidators(record: AthleteRecord): Validators | undefined {
    return this.feedTags.get(this.key(record, 'ics'));
  }

  /** The calendar feed, inline (no download name); its events link to this athlete's downloads. */
  async feed(record: AthleteRecord, token: string): Promise<Artifact> {
    const key = this.key(record, 'ics');
    const hit = this.cache.get(key);
    if (hit?.kind === 'artifact') return hit.artifact;
    // Concurrent first polls share one build, and one set of revision writes.
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const build = this.buildFeed(record, token).finally(() => this.inflight.delete(key));
    this.inflight.set(key, build);
    const artifact = await build;
    this.keep(key, artifact);
    // Room for the tags of all three forms: the compressed ones are added to the same object when first sent.
    this.feedTags.set(key, artifact.validators, 160 + key.length + 3 * artifact.etag.length);
    return artifact;
  }

  private async buildFeed(record: AthleteRecord, token: string): Promise<Artifact> {
    const stored = await this.deps.store.revisions(record.id);
    // Whole seconds: LAST-MODIFIED has no finer resolution, and the stored value must round-trip exactly.
    const now = DateTime.fromJSDate(this.now()).toUTC().startOf('second').toISO({ suppressMilliseconds: true })!;
    const write = (revisions: Map<string, SessionRevision>) =>
      this.deps.run({ kind: 'feed', baseUrl: athleteBase(this.deps.publicUrl(), token), previous: revisionMap(revisions), now, ...storedPlan(record) });
    const built = await write(stored);
    if (built.changed.length === 0) return feedArtifact(built);
    await this.deps.store.saveRevisions(record.id, built.changed);
    // Another instance may have stamped the same content first (its save won): serve its stamps, as it does.
    const after = await this.deps.store.revisions(record.id);
    const agreed = new Map(stored);
    let adopted = false;
    for (const mine of built.changed) {
      const kept = after.get(mine.uid);
      const theirs =
        kept?.contentHash === mine.contentHash && kept.sequence >= mine.sequence && (kept.sequence !== mine.sequence || kept.modified !== mine.modified);
      agreed.set(mine.uid, theirs ? kept : mine);
      adopted ||= theirs;
    }
    return feedArtifact(adopted ? await write(agreed) : built);
  }

  /** One session as FIT, TCX or WorkoutKit, by date (the day's first session) or by session id. */
  session(record: AthleteRecord, key: string, extension: SessionExtension): Artifact | Promise<Artifact> {
    return this.withPlan(record, (plan) => this.sessionOf(record, plan, key, extension));
  }

  private sessionOf(record: AthleteRecord, plan: CompiledPlan, key: string, extension: SessionExtension): Artifact {
    const format = SESSION_FORMATS[extension];
    const workout = findSession(plan, key);
    if (!workout) throw new HttpError(404, 'no_session', `There is no session "${key}" in this plan.`);
    return this.artifact(record, `${format}:${workout.id}`, () => {
      const writer = requireWriter(format);
      if (!writer.writeWorkout) throw new Error(`writer ${format} cannot write one session`);
      const file = writeOrRefuse(() => writer.writeWorkout!(workout, plan, deviceOptions(record)));
      return makeArtifact(file.data, MEDIA_TYPES[extension], { fileName: sessionFileName(workout.date ?? workout.id, workout.title, extension) });
    });
  }

  /**
   * A whole-plan output (a download, the page) written elsewhere (on the
   * compile thread, where a plan of years costs this thread nothing), kept
   * under `what`; concurrent asks share one build.
   */
  fileFrom(record: AthleteRecord, what: string, mediaType: string, write: () => Promise<PlanFile>, options: ArtifactOptions = {}): Artifact | Promise<Artifact> {
    const key = this.key(record, what);
    const hit = this.cache.get(key);
    if (hit?.kind === 'artifact') return hit.artifact;
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const build = write()
      .then((file) => this.keep(key, makeArtifact(file.data, mediaType, { ...options, fileName: file.fileName })))
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, build);
    return build;
  }

  /** Today in the athlete's zone: the bundle's default first day. */
  today(record: AthleteRecord): string {
    const zone = record.profile.timezone ?? 'UTC';
    return DateTime.fromJSDate(this.now()).setZone(zone).toISODate()!;
  }
}

/**
 * Bytes a compiled plan holds in memory, estimated by walking it with V8's
 * usual sizes (a string's header and one byte a character, eight bytes a
 * field or element, a header per object and array): within a fifth of the
 * heap a compiled plan takes (measured on the 8-week template and a 52-week
 * plan). Twice its JSON length was as close, but serialising a 52-week plan
 * only to learn its size cost a few milliseconds of every cold feed.
 */
export function planFootprint(plan: CompiledPlan): number {
  return footprint(plan);
}

function footprint(value: unknown): number {
  if (typeof value === 'string') return 16 + value.length;
  if (typeof value !== 'object' || value === null) return 0;
  let n = 24;
  if (Array.isArray(value)) {
    for (const v of value) n += 8 + footprint(v);
  } else {
    for (const key in value) n += 8 + footprint((value as Record<string, unknown>)[key]);
  }
  return n;
}

/** The athlete's watch, for the FIT writers: their profile's device, or the default profile. */
function deviceOptions(record: AthleteRecord): WriterOptions {
  return record.profile.device ? { device: record.profile.device } : {};
}

export function findSession(plan: CompiledPlan, key: string): Workout | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) {
    const sameDay = plan.sessions.filter((s) => s.date === key);
    return sameDay.sort((a, b) => (a.slot?.index ?? 0) - (b.slot?.index ?? 0))[0];
  }
  return plan.sessions.find((s) => s.id === key);
}

/** The stored revisions as the feed writer reads them. */
function revisionMap(stored: Map<string, SessionRevision>): RevisionMap {
  const previous: RevisionMap = {};
  for (const r of stored.values()) previous[r.uid] = { hash: r.contentHash, sequence: r.sequence, modified: r.modified };
  return previous;
}

/** Served inline (no file name): calendar clients subscribe to the feed rather than download it. */
function feedArtifact(built: BuiltFeed): Artifact {
  return makeArtifact(built.data, MEDIA_TYPES.ics);
}
