/** The configured database could not be reached at start: nothing was changed, and the service cannot run. */
export class DatabaseUnavailableError extends Error {
  constructor(where: string, cause: unknown) {
    super(`cannot reach the database at ${where}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * The database did not answer (refused, cut, timed out, shutting down): the
 * request may well succeed when retried, so the service answers 503, not 500.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = String(e?.message ?? '');
  return (
    /^(57P0[123]|08|53300)/.test(code) ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'SQLITE_BUSY'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(message)
  );
}
