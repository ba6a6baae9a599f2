/**
 * The tables as Kysely sees them: one description shared by the SQLite and
 * PostgreSQL stores, so every query is written once and type-checked once.
 * Timestamps and dates stay text in both databases: they round-trip exactly
 * as the service wrote them (LAST-MODIFIED values are compared byte for byte).
 */
import type { ColumnType, Generated } from 'kysely';

export interface AthletesTable {
  /** Creation order, for stable paging; PostgreSQL's bigint arrives as a string. */
  seq: ColumnType<number | string, never, never>;
  id: string;
  name: string;
  /** The profile as JSON text. */
  profile: string;
  plan_kind: 'template' | 'yaml';
  plan_text: string;
  start_date: string;
  version: Generated<number>;
  token_hash: Buffer;
  created_at: string;
  updated_at: string;
  /** The library plan the athlete follows (plan_text is then unused); null for a template or the athlete's own text. */
  plan_id: string | null;
  /** Set when the plan is placed by its race: the race session lands on this day and start_date is worked out. */
  race_date: string | null;
  /** The feed token sealed with RUNCAST_SECRET_KEY, so the coach can see the links again; null without a key. */
  token_sealed: Buffer | null;
  /**
   * One athlete's changes to sessions of their plan (JSON: moved, skipped, rewritten, added),
   * kept by each session's place in the plan so that they survive edits of its text. Written
   * with the version bump, in the same statement.
   */
  changes: ColumnType<string, string | undefined, string>;
  /** The plans the athlete followed before the current one, each up to the day the next began (JSON). */
  history: ColumnType<string, string | undefined, string>;
  /** The coach the athlete belongs to; null for one made before coach accounts, which the owner sees. */
  coach_id: ColumnType<string | null, string | null | undefined, string | null>;
  /**
   * When the athlete's calendar feed was last fetched (ISO instant), written at most every few minutes
   * per athlete and never with a version bump: a poll changes nothing the athlete is served.
   */
  feed_fetched_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The coaches' library of plans: each stored once, followed by any number of athletes. */
export interface PlansTable {
  seq: ColumnType<number | string, never, never>;
  id: string;
  name: string;
  /** The plan document as the coach wrote it (YAML, or a CSV/TSV grid). */
  text: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  /** The coach the plan belongs to; null for one made before coach accounts, which the owner sees. */
  coach_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionRevisionsTable {
  athlete_id: string;
  uid: string;
  content_hash: string;
  sequence: number;
  modified: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** An athlete's link to intervals.icu and the state of its pushes (`intervals-links.ts`). */
export interface IntervalsLinksTable {
  athlete_id: string;
  intervals_athlete: string;
  /** The API key sealed with RUNCAST_SECRET_KEY; never the key itself. */
  key_sealed: Buffer;
  /** New on every (re)link: writes from a push that began before it are refused. */
  link_id: string;
  linked_at: string;
  /** The athlete version last pushed whole; below the athlete's version means a push is owed. */
  pushed_version: number;
  events: number;
  failures: number;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  /** What the last successful push sent, as JSON ({"upserted":n,"deleted":n}). */
  last_result: string | null;
  next_attempt_at: string | null;
  lease_token: string | null;
  lease_until: string | null;
}

/** What was pushed for each event: its external_id and the hash of the fields sent. */
export interface IntervalsEventsTable {
  athlete_id: string;
  external_id: string;
  content_hash: string;
}

/** A coach's account (`accounts.ts`): the email is unique whatever its case. */
export interface CoachesTable {
  seq: ColumnType<number | string, never, never>;
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'coach';
  /** argon2id (PHC string); null until an invitation is accepted. */
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

/** A one-time link: the owner's set-up, an invitation, a password reset. Only its token's sha256 is kept. */
export interface CoachLinksTable {
  token_hash: Buffer;
  purpose: 'owner' | 'invite' | 'reset';
  /** Null for the owner's set-up link: the owner is made when it is used. */
  coach_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** The console's sessions, by the sha256 of their id (a copy of the table signs no one in). */
export interface ConsoleSessionsTable {
  sid_hash: Buffer;
  coach_id: string | null;
  /** express-session's data as JSON. */
  data: string;
  expires_at: string;
}

export interface ApiTokensTable {
  seq: ColumnType<number | string, never, never>;
  id: string;
  coach_id: string;
  name: string;
  token_hash: Buffer;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  seq: ColumnType<number | string, never, never>;
  at: string;
  coach_id: string | null;
  coach_email: string;
  action: string;
  target_kind: string;
  target_id: string;
  target_name: string | null;
  /** JSON object. */
  detail: string;
}

export interface Tables {
  athletes: AthletesTable;
  session_revisions: SessionRevisionsTable;
  settings: SettingsTable;
  intervals_links: IntervalsLinksTable;
  intervals_events: IntervalsEventsTable;
  plans: PlansTable;
  coaches: CoachesTable;
  coach_links: CoachLinksTable;
  console_sessions: ConsoleSessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
}

export type DialectName = 'sqlite' | 'postgres';
