/**
 * A schema migration: the same version number means the same logical schema
 * in every database, each dialect with its own DDL. Append new migrations to
 * both lists; never edit one that has shipped. Migrations only add (tables,
 * columns with defaults, indexes): during a rolling upgrade, instances of the
 * previous release keep running on the migrated database.
 */
export interface Migration {
  version: number;
  description: string;
  /** Run in order, in one transaction together with the version bump. */
  statements: readonly string[];
}

export function lastVersion(migrations: readonly Migration[]): number {
  return migrations.length ? migrations[migrations.length - 1]!.version : 0;
}
