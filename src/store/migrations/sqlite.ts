/**
 * SQLite schema migrations. The schema version lives in `PRAGMA user_version`,
 * as it has since the first release, so databases written before the move to
 * Kysely open unchanged.
 */
import { lastVersion, type Migration } from './types.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'athletes, session revisions, settings',
    statements: [
      `CREATE TABLE athletes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        profile TEXT NOT NULL,
        plan_kind TEXT NOT NULL CHECK (plan_kind IN ('template', 'yaml')),
        plan_text TEXT NOT NULL,
        start_date TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        token_hash BLOB NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE TABLE session_revisions (
        athlete_id TEXT NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
        uid TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        modified TEXT NOT NULL,
        PRIMARY KEY (athlete_id, uid)
      ) WITHOUT ROWID`,
      `CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID`,
    ],
  },
  {
    version: 2,
    description: 'links to intervals.icu and what was pushed there',
    statements: [
      `CREATE TABLE intervals_links (
        athlete_id TEXT PRIMARY KEY REFERENCES athletes(id) ON DELETE CASCADE,
        intervals_athlete TEXT NOT NULL,
        key_sealed BLOB NOT NULL,
        link_id TEXT NOT NULL,
        linked_at TEXT NOT NULL,
        pushed_version INTEGER NOT NULL DEFAULT 0,
        events INTEGER NOT NULL DEFAULT 0,
        failures INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_result TEXT,
        next_attempt_at TEXT,
        lease_token TEXT,
        lease_until TEXT
      ) WITHOUT ROWID`,
      `CREATE TABLE intervals_events (
        athlete_id TEXT NOT NULL REFERENCES intervals_links(athlete_id) ON DELETE CASCADE,
        external_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        PRIMARY KEY (athlete_id, external_id)
      ) WITHOUT ROWID`,
    ],
  },
  {
    version: 3,
    description: 'a library of plans, stored once; athletes on a library plan, placed by start or race date',
    statements: [
      `CREATE TABLE plans (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        text TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `ALTER TABLE athletes ADD COLUMN plan_id TEXT REFERENCES plans(id)`,
      `ALTER TABLE athletes ADD COLUMN race_date TEXT`,
      `CREATE INDEX athletes_plan_id ON athletes(plan_id) WHERE plan_id IS NOT NULL`,
    ],
  },
  {
    version: 4,
    description: "one athlete's changes to their plan that survive its edits; the plans followed before, kept as they were; the feed token kept sealed for showing the links again",
    statements: [
      `ALTER TABLE athletes ADD COLUMN changes TEXT NOT NULL DEFAULT '[]'`,
      `ALTER TABLE athletes ADD COLUMN history TEXT NOT NULL DEFAULT '[]'`,
      `ALTER TABLE athletes ADD COLUMN token_sealed BLOB`,
    ],
  },
  {
    version: 5,
    description: 'coach accounts: coaches, invitation and reset links, console sessions, API tokens, the audit log; each athlete and plan belongs to a coach',
    statements: [
      `CREATE TABLE coaches (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('owner', 'coach')),
        password_hash TEXT,
        created_at TEXT NOT NULL,
        disabled_at TEXT
      )`,
      `CREATE UNIQUE INDEX coaches_email ON coaches (lower(email))`,
      `CREATE TABLE coach_links (
        token_hash BLOB PRIMARY KEY,
        purpose TEXT NOT NULL CHECK (purpose IN ('owner', 'invite', 'reset')),
        coach_id TEXT REFERENCES coaches(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      ) WITHOUT ROWID`,
      `CREATE TABLE console_sessions (
        sid_hash BLOB PRIMARY KEY,
        coach_id TEXT,
        data TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) WITHOUT ROWID`,
      `CREATE INDEX console_sessions_expiry ON console_sessions (expires_at)`,
      `CREATE TABLE api_tokens (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        coach_id TEXT NOT NULL REFERENCES coaches(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        token_hash BLOB NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      )`,
      `CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        coach_id TEXT,
        coach_email TEXT NOT NULL,
        action TEXT NOT NULL,
        target_kind TEXT NOT NULL,
        target_id TEXT NOT NULL,
        target_name TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
      )`,
      `ALTER TABLE athletes ADD COLUMN coach_id TEXT REFERENCES coaches(id)`,
      `ALTER TABLE plans ADD COLUMN coach_id TEXT REFERENCES coaches(id)`,
      `CREATE INDEX athletes_coach_id ON athletes(coach_id)`,
      `CREATE INDEX plans_coach_id ON plans(coach_id)`,
    ],
  },
  {
    version: 6,
    description: "when an athlete's calendar feed was last fetched, for the coach's list",
    statements: [`ALTER TABLE athletes ADD COLUMN feed_fetched_at TEXT`],
  },
];

export const SQLITE_SCHEMA_VERSION = lastVersion(SQLITE_MIGRATIONS);
