/**
 * A writer that cannot produce a faithful file throws this instead of writing
 * a truncated or wrong one; the CLI and the service print its diagnostic.
 */
import type { Diagnostic } from '../ir/diagnostic.js';

export class WriterError extends Error {
  readonly diagnostic: Diagnostic;

  constructor(diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'WriterError';
    this.diagnostic = diagnostic;
  }
}

/**
 * A diagnostic for a whole session: writers have no source span, so it points
 * at line 1 column 1 of the session's text unless the caller knows better.
 */
export function writerDiagnostic(message: string, hint?: string, sourceLine?: string): Diagnostic {
  const d: Diagnostic = { severity: 'error', line: 1, column: 1, offset: 0, length: 1, message };
  if (hint !== undefined) d.hint = hint;
  if (sourceLine !== undefined) d.sourceLine = sourceLine;
  return d;
}

export function isWriterError(e: unknown): e is WriterError {
  return e instanceof WriterError;
}
