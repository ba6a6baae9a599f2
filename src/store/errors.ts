/** The configured database could not be reached at start: nothing was changed, and the service cannot run. */
export class DatabaseUnavailableError extends Error {
  constructor(where: string, cause: unknown) {
    super(`cannot reach the database at ${where}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** PostgreSQL's "the server closed this connection" errors (class 57P admin shutdown, 08 connection exception) and pg's own: a read may be tried again. */
export function connectionLost(err: unknown): boolean {
  const { code, message } = described(err);
  return /^(57P0[123]|08)/.test(code) || code === 'ECONNRESET' || /Connection terminated/i.test(message);
}

/**
 * The database did not answer (refused, cut, timed out, shutting down, too
 * many clients, busy): the request may well succeed when retried, so the
 * service answers 503, not 500.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  if (connectionLost(err)) return true;
  const { code, message } = described(err);
  return (
    code === '53300' ||
    ['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'SQLITE_BUSY'].includes(code) ||
    /timeout exceeded when trying to connect/i.test(message)
  );
}

function described(err: unknown): { code: string; message: string } {
  const e = err as { code?: unknown; message?: unknown } | null;
  return { code: typeof e?.code === 'string' ? e.code : '', message: String(e?.message ?? '') };
}

/** Why the database cannot store anything, in words for an operator, or undefined for any other error. */
export function storageFault(err: unknown): string | undefined {
  const { code } = described(err);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === '25006') return 'the database is read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === '53100') return 'the disk is full';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO' || code === '58030') return 'the disk reports an input/output error';
  if (code === 'SQLITE_NOTADB') return 'the file is not a database';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'XX001' || code === 'XX002') return 'the database is damaged';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the database file cannot be opened';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM' || code === '42501') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'not a folder';
  return undefined;
}

/**
 * The service cannot start on its storage: one line for the operator naming
 * the place and the cause ("cannot use the database /srv/runcast/data/runcast.db: the disk is full").
 */
export class StorageError extends Error {
  constructor(
    /** "the data folder /srv/runcast/data", "the database /srv/runcast/data/runcast.db". */
    readonly where: string,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`cannot use ${where}: ${reason}`, { cause });
    this.name = 'StorageError';
  }
}
