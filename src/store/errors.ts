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
