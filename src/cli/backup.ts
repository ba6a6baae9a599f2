/**
 * `runcast backup <file>`: a copy of the embedded database taken while the
 * service runs, with SQLite's online backup (better-sqlite3's `backup`), so
 * the image needs no sqlite3 program. The copy is one file, checked before
 * it is reported: restore it by putting it in place of runcast.db with the
 * service stopped (docs/deployment.md).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from '../store/open.js';
import { CliError, checkOutput, type Io } from './io.js';

export async function backupDatabase(target: string, env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  if (env.DATABASE_URL) throw new CliError('DATABASE_URL is set: the data is in PostgreSQL, backed up with pg_dump (docs/deployment.md)');
  const source = join(resolve(env.RUNCAST_DATA || './data'), SQLITE_FILE_NAME);
  if (!existsSync(source)) throw new CliError(`there is no database at ${source} (RUNCAST_DATA)`);
  // A backup never overwrites: an older copy may be the one that is needed.
  if (existsSync(target)) throw new CliError(`${target} exists already: give a new file name`);
  checkOutput(target, 'file', 'backup');
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { fileMustExist: true });
  try {
    // The copy is one self-contained file: no write-ahead log beside it (the service turns it back on when it opens it).
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new CliError(`the copy ${target} failed its integrity check: ${String(check)}`);
    const athletes = copy.prepare('SELECT count(*) FROM athletes').pluck().get() as number;
    io.out(`backed up ${source} to ${target}: ${athletes} athlete${athletes === 1 ? '' : 's'}, integrity ok`);
  } finally {
    copy.close();
  }
  return 0;
}
