/**
 * When the embedded database last changed, known without asking SQLite on
 * every feed poll. Asking (`PRAGMA data_version`) starts a read transaction,
 * which in WAL mode takes file locks: system calls that were a third of a
 * cached poll's cost over a static file. Instead:
 * - every statement this process runs on the file through a writing
 *   connection counts as a possible commit, at once and in memory, for every
 *   store of the process on that file;
 * - another process writing the same file (which the deployment guide rules
 *   out, but an operator might do) is noticed by `data_version` on the next
 *   poll after `FOREIGN_CHECK_MS`.
 */
import { realpathSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { SqliteStatement } from 'kysely';

export interface Commits {
  /** Moves on every possible commit to the file; compare it, never order it. */
  generation: number;
}

/** How stale another process's commit can be when this one answers a token lookup. */
export const FOREIGN_CHECK_MS = 100;

const byFile = new Map<string, Commits>();

/** The count shared by every connection of this process on the file, however its path is spelled. */
export function commitsOf(file: string): Commits {
  const key = realpathSync(file);
  let commits = byFile.get(key);
  if (!commits) byFile.set(key, (commits = { generation: 0 }));
  return commits;
}

/**
 * The statement as Kysely runs it, counting a possible commit after it ran:
 * any statement that writes, and any statement run inside a transaction or
 * ending one (SQLite calls COMMIT read-only: it writes nothing itself).
 */
export function countingCommits(db: Database.Database, statement: Database.Statement, commits: Commits): SqliteStatement {
  const writes = !statement.readonly;
  const counted = <T>(run: () => T): T => {
    const inTransaction = db.inTransaction;
    try {
      return run();
    } finally {
      if (writes || inTransaction || db.inTransaction) commits.generation++;
    }
  };
  return {
    reader: statement.reader,
    all: (parameters) => counted(() => statement.all(parameters)),
    run: (parameters) => counted(() => statement.run(parameters)),
    iterate: (parameters) => statement.iterate(parameters),
  };
}

/**
 * A generation that also moves when another process committed to the file,
 * checked through `read` (the reader connection's `data_version`) at most
 * once every FOREIGN_CHECK_MS of a monotonic clock (a wall clock stepped back
 * would stop the checks).
 */
export function withForeignCommits(commits: Commits, read: () => number, now: () => number = () => performance.now()): () => number {
  let checkedAt = -Infinity;
  let seen: number | undefined;
  return () => {
    const t = now();
    if (t - checkedAt >= FOREIGN_CHECK_MS) {
      checkedAt = t;
      const version = read();
      if (seen !== undefined && version !== seen) commits.generation++;
      seen = version;
    }
    return commits.generation;
  };
}
