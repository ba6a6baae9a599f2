/** Diagnostics are values: warnings accumulate, errors stop compilation of that session. */
export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based line in the source document. */
  line: number;
  /** 1-based column (in UTF-16 code units, as editors count). */
  column: number;
  /** 0-based offset into the source document. */
  offset: number;
}

export interface Diagnostic extends Position {
  severity: Severity;
  message: string;
  hint?: string;
  /** Length of the offending span, for underlining; at least 1. */
  length: number;
  /** The source file name, when known. */
  file?: string;
  /** The source line the diagnostic points into, for rendering the caret. */
  sourceLine?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:col: error: message` with the line and a caret under the spot, then the hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file ?? '<input>'}:${d.line}:${d.column}`;
  const out = [`${where}: ${d.severity}: ${d.message}`];
  if (d.sourceLine !== undefined) {
    out.push(`  ${d.sourceLine}`);
    // Tabs are kept under tabs so the caret lines up in a terminal, whatever its tab width.
    const lead = d.sourceLine.slice(0, Math.max(0, d.column - 1)).replace(/[^\t]/g, ' ');
    const width = Math.max(1, Math.min(d.length, d.sourceLine.length - (d.column - 1) || 1));
    out.push(`  ${lead}${'^'.repeat(width)}`);
  }
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join('\n');
}
