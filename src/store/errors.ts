/** The configured database could not be reached at start: nothing was changed, and the service cannot run. */
export class DatabaseUnavailableError extends Error {
  constructor(where: string, cause: unknown) {
    super(`cannot reach the database at ${where}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}
