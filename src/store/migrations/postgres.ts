/**
 * PostgreSQL schema migrations, version for version the same schema as
 * SQLite's. Applied versions are rows of `schema_migrations`; the runner holds
 * an advisory lock while migrating, so instances starting together against a
 * fresh database apply each migration exactly once.
 */
import { lastVersion, type Migration } from './types.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'athletes, session revisions, settings',
    statements: [
      `CREATE TABLE athletes (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        name text NOT NULL,
        profile text NOT NULL,
        plan_kind text NOT NULL CHECK (plan_kind IN ('template', 'yaml')),
        plan_text text NOT NULL,
        start_date text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        token_hash bytea NOT NULL UNIQUE,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      `CREATE TABLE session_revisions (
        athlete_id text NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
        uid text NOT NULL,
        content_hash text NOT NULL,
        sequence integer NOT NULL,
        modified text NOT NULL,
        PRIMARY KEY (athlete_id, uid)
      )`,
      `CREATE TABLE settings (
        key text PRIMARY KEY,
        value text NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    description: 'links to intervals.icu and what was pushed there',
    statements: [
      `CREATE TABLE intervals_links (
        athlete_id text PRIMARY KEY REFERENCES athletes(id) ON DELETE CASCADE,
        intervals_athlete text NOT NULL,
        key_sealed bytea NOT NULL,
        link_id text NOT NULL,
        linked_at text NOT NULL,
        pushed_version integer NOT NULL DEFAULT 0,
        events integer NOT NULL DEFAULT 0,
        failures integer NOT NULL DEFAULT 0,
        last_attempt_at text,
        last_success_at text,
        last_error text,
        last_result text,
        next_attempt_at text,
        lease_token text,
        lease_until text
      )`,
      `CREATE TABLE intervals_events (
        athlete_id text NOT NULL REFERENCES intervals_links(athlete_id) ON DELETE CASCADE,
        external_id text NOT NULL,
        content_hash text NOT NULL,
        PRIMARY KEY (athlete_id, external_id)
      )`,
    ],
  },
  {
    version: 3,
    description: 'a library of plans, stored once; athletes on a library plan, placed by start or race date',
    statements: [
      `CREATE TABLE plans (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        name text NOT NULL,
        text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      `ALTER TABLE athletes ADD COLUMN plan_id text REFERENCES plans(id)`,
      `ALTER TABLE athletes ADD COLUMN race_date text`,
      `CREATE INDEX athletes_plan_id ON athletes(plan_id) WHERE plan_id IS NOT NULL`,
    ],
  },
  {
    version: 4,
    description: "one athlete's changes to their plan that survive its edits; the plans followed before, kept as they were; the feed token kept sealed for showing the links again",
    statements: [
      `ALTER TABLE athletes ADD COLUMN changes text NOT NULL DEFAULT '[]'`,
      `ALTER TABLE athletes ADD COLUMN history text NOT NULL DEFAULT '[]'`,
      `ALTER TABLE athletes ADD COLUMN token_sealed bytea`,
    ],
  },
  {
    version: 5,
    description: 'coach accounts: coaches, invitation and reset links, console sessions, API tokens, the audit log; each athlete and plan belongs to a coach',
    statements: [
      `CREATE TABLE coaches (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'coach')),
        password_hash text,
        created_at text NOT NULL,
        disabled_at text
      )`,
      `CREATE UNIQUE INDEX coaches_email ON coaches (lower(email))`,
      `CREATE TABLE coach_links (
        token_hash bytea PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('owner', 'invite', 'reset')),
        coach_id text REFERENCES coaches(id) ON DELETE CASCADE,
        created_at text NOT NULL,
        expires_at text NOT NULL,
        used_at text
      )`,
      `CREATE TABLE console_sessions (
        sid_hash bytea PRIMARY KEY,
        coach_id text,
        data text NOT NULL,
        expires_at text NOT NULL
      )`,
      `CREATE INDEX console_sessions_expiry ON console_sessions (expires_at)`,
      `CREATE TABLE api_tokens (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        coach_id text NOT NULL REFERENCES coaches(id) ON DELETE CASCADE,
        name text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_at text NOT NULL,
        last_used_at text,
        revoked_at text
      )`,
      `CREATE TABLE audit_log (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at text NOT NULL,
        coach_id text,
        coach_email text NOT NULL,
        action text NOT NULL,
        target_kind text NOT NULL,
        target_id text NOT NULL,
        target_name text,
        detail text NOT NULL DEFAULT '{}'
      )`,
      `ALTER TABLE athletes ADD COLUMN coach_id text REFERENCES coaches(id)`,
      `ALTER TABLE plans ADD COLUMN coach_id text REFERENCES coaches(id)`,
      `CREATE INDEX athletes_coach_id ON athletes(coach_id)`,
      `CREATE INDEX plans_coach_id ON plans(coach_id)`,
    ],
  },
  {
    version: 6,
    description: "when an athlete's calendar feed was last fetched, for the coach's list",
    statements: [`ALTER TABLE athletes ADD COLUMN feed_fetched_at text`],
  },
];

export const POSTGRES_SCHEMA_VERSION = lastVersion(POSTGRES_MIGRATIONS);
