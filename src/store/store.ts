/**
 * The storage contract of the service, implemented once with Kysely over
 * the embedded SQLite database and over PostgreSQL (`kysely-store.ts`). Every
 * method is asynchronous for the networked database; callers never see SQL.
 */
import type { AthleteInput } from '../athlete/schema.js';
import type { IntervalsLinks } from './intervals-links.js';
import type { PlanLibrary } from './plan-library.js';
import type { Accounts } from './accounts.js';
import type { PastPlan, SessionChange } from '../plan/changes.js';

/** Where an athlete's plan comes from: a shipped template by name, the coach's own text, or a plan of the library by id. */
export type PlanSource = { template: string } | { yaml: string } | { library: string };

/** A library plan as an athlete's record carries it: its id, and its text and version as they are now. */
export interface LibraryPlanRef {
  library: string;
  yaml: string;
  planVersion: number;
  planName: string;
}

/** An athlete's plan as stored and read back. */
export type StoredPlan = { template: string } | { yaml: string } | LibraryPlanRef;

export interface AthleteRecord {
  id: string;
  name: string;
  /** The profile exactly as validated at the API (input form, defaults not yet applied). */
  profile: AthleteInput;
  plan: StoredPlan;
  /** First day of the plan, YYYY-MM-DD in the athlete's zone (worked out from `race` when the plan is placed by its race). */
  start: string;
  /** The day of the plan's race session, YYYY-MM-DD, when the plan is placed by race date. */
  race?: string;
  /** The coach's changes to sessions of the plan for this athlete alone (moved, skipped, rewritten, added); absent when none. */
  changes?: SessionChange[];
  /** The plans followed before the current one, oldest first; absent when none. */
  history?: PastPlan[];
  /**
   * Bumped on every change to the athlete (profile, plan, start date, feed token).
   * Compiled output is cached under it, so a version check on each request is
   * enough to see a change made through any instance.
   */
  version: number;
  /** sha256 of the feed token; the token itself is never stored. */
  tokenHash: Buffer;
  createdAt: string;
  updatedAt: string;
}

export interface NewAthlete {
  id: string;
  profile: AthleteInput;
  plan: PlanSource;
  start: string;
  race?: string;
  tokenHash: Buffer;
  /** The feed token sealed with the server key, so the coach can be shown the links again; absent without a key. */
  tokenSealed?: Buffer;
  now: string;
  /** The coach it belongs to (absent: the owner's, as before coach accounts). */
  coachId?: string;
}

export interface AthletePatch {
  profile?: AthleteInput;
  plan?: PlanSource;
  start?: string;
  /** A race date places the plan by its race; null places it by `start` again. */
  race?: string | null;
  /** The whole list of the athlete's session changes, replacing the stored one. */
  changes?: SessionChange[];
  history?: PastPlan[];
}

export interface ListOptions {
  limit: number;
  /** Opaque cursor from a previous page's `next`. */
  after?: string;
  /** Only this coach's athletes. */
  coach?: string;
}

/** An athlete's plan in a list: the template's name, or the size of the coach's own document (its text is read one athlete at a time). */
export type PlanSummary =
  | { kind: 'template'; template: string }
  | { kind: 'yaml'; bytes: number }
  | { kind: 'library'; library: string; name: string; version: number };

/** An athlete in a list: everything but the plan's text and the token hash. */
export interface AthleteSummary extends Omit<AthleteRecord, 'plan' | 'tokenHash' | 'changes' | 'history'> {
  plan: PlanSummary;
  /** When the athlete's calendar feed was last fetched, as `recordFeedFetch` wrote it; absent when never. */
  feedFetchedAt?: string;
}

export interface AthletePage {
  athletes: AthleteSummary[];
  next?: string;
}

/** What a calendar client must see about one event: bumped SEQUENCE and LAST-MODIFIED when the content changes. */
export interface SessionRevision {
  uid: string;
  contentHash: string;
  sequence: number;
  /** ISO instant. */
  modified: string;
}

export type UpdateResult =
  | { ok: true; athlete: AthleteRecord }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'version_conflict'; current: number };

/** A value now, or the promise of one. */
export type Awaitable<T> = T | Promise<T>;

export interface Store {
  createAthlete(input: NewAthlete): Promise<AthleteRecord>;
  getAthlete(id: string): Promise<AthleteRecord | undefined>;
  /**
   * The lookup behind every request on an athlete's link. The embedded
   * database answers at once (no promise); a networked one answers later.
   */
  findAthleteByTokenHash(hash: Buffer): Awaitable<AthleteRecord | undefined>;
  listAthletes(options: ListOptions): Promise<AthletePage>;
  /** All athletes, or one coach's. */
  countAthletes(coach?: string): Promise<number>;
  /** Applies the patch and bumps the version; `expectedVersion` makes it conditional. */
  updateAthlete(id: string, patch: AthletePatch, now: string, expectedVersion?: number): Promise<UpdateResult>;
  /**
   * Replaces the feed token hash and bumps the version. The sealed token is
   * replaced too, or cleared when none is given: the old one no longer works.
   */
  rotateToken(id: string, tokenHash: Buffer, now: string, tokenSealed?: Buffer): Promise<AthleteRecord | undefined>;
  /**
   * The athlete's feed token as sealed at creation or rotation: null when none was kept (no server
   * key then, or an athlete from before tokens were kept), undefined when there is no such athlete.
   */
  sealedToken(id: string): Promise<Buffer | null | undefined>;
  deleteAthlete(id: string): Promise<boolean>;
  /** Notes that the athlete's calendar feed was fetched at `at` (ISO instant); nothing else changes. */
  recordFeedFetch(id: string, at: string): Promise<void>;

  revisions(athleteId: string): Promise<Map<string, SessionRevision>>;
  /**
   * Stores each revision, except where the stored one already has the same
   * content hash (the first stamp stays, so instances that built the same
   * change at the same moment serve the same SEQUENCE and LAST-MODIFIED) or a
   * sequence at least as high (a build from older revisions never takes it back).
   */
  saveRevisions(athleteId: string, revisions: readonly SessionRevision[]): Promise<void>;

  getSetting(key: string): Promise<string | undefined>;
  /** Sets the value only when the key is absent; returns the value now stored. */
  setSettingIfAbsent(key: string, value: string): Promise<string>;
  setSetting(key: string, value: string): Promise<void>;

  /** Athletes' links to intervals.icu and what was pushed there. */
  readonly intervals: IntervalsLinks;

  /** The coaches' library of plans. */
  readonly plans: PlanLibrary;

  /** Coaches, their sign-in links, sessions and API tokens, the audit log, and who owns what. */
  readonly accounts: Accounts;

  /**
   * Another process of this service committed a change (it says so before
   * answering its client): forget whatever was kept on the strength of
   * nothing having changed, so the next lookup reads the database.
   */
  changedElsewhere(): void;

  /** A cheap round trip to the database, for health checks. */
  ping(): Promise<void>;
  /**
   * A small real write (one settings row): whether the database still accepts
   * writes, which a read cannot tell (a full disk, a read-only file or server).
   */
  probeWrite(now: string): Promise<void>;
  close(): Promise<void>;
}

/** The database was written by a newer runcast: refusing to start protects its data. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
    where: string,
    /** What else the operator can do, naming the setting that chose this database. */
    remedy = 'point RUNCAST_DATA at another folder',
  ) {
    super(
      `The database at ${where} has schema version ${found}, but this runcast only knows versions up to ${known}. ` +
        `It was written by a newer runcast: upgrade runcast, or ${remedy}.`,
    );
    this.name = 'SchemaTooNewError';
  }
}
