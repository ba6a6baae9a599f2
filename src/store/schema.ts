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

export interface Tables {
  athletes: AthletesTable;
  session_revisions: SessionRevisionsTable;
  settings: SettingsTable;
}

export type DialectName = 'sqlite' | 'postgres';
