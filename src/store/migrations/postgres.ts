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
];

export const POSTGRES_SCHEMA_VERSION = lastVersion(POSTGRES_MIGRATIONS);
