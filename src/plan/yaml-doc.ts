/**
 * Parse a YAML (or JSON) document and validate it with a zod schema, reporting
 * every problem with the path in the document and the line it stands on.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../ir/diagnostic.js';

export interface Located<T> {
  value?: T;
  diagnostics: Diagnostic[];
  /** Position of a node by its path, for later diagnostics (e.g. a session's text). */
  locate: (path: readonly (string | number)[]) => { line: number; column: number; offset: number } | undefined;
  lines: string[];
}

export function parseYamlWith<S extends z.ZodType>(schema: S, text: string, file?: string): Located<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lines = text.split(/\r?\n/);
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  const diagnostics: Diagnostic[] = [];
  const push = (offset: number, length: number, message: string, hint?: string) => {
    const p = at(offset);
    diagnostics.push({ severity: 'error', ...p, length: Math.max(1, length), message, hint, file, sourceLine: lines[p.line - 1] });
  };
  for (const e of doc.errors) push(e.pos[0], e.pos[1] - e.pos[0], e.message.split('\n')[0] ?? 'YAML syntax error');
  const locate = (path: readonly (string | number)[]) => {
    const node = nodeAt(doc, path);
    return node ? at(node) : undefined;
  };
  if (diagnostics.length > 0) return { diagnostics, locate, lines };

  const parsed = schema.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (parsed.success) return { value: parsed.data, diagnostics, locate, lines };
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // Point at the deepest node that exists: a missing key points at its parent.
    let offset = 0;
    for (let n = path.length; n >= 0; n--) {
      const o = nodeAt(doc, path.slice(0, n));
      if (o !== undefined) {
        offset = o;
        break;
      }
    }
    const where = path.length ? path.join('.') : '(document)';
    push(offset, 1, `${where}: ${issue.message}`);
  }
  return { diagnostics, locate, lines };
}

function nodeAt(doc: Document, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return doc.contents && isNode(doc.contents) ? doc.contents.range?.[0] : 0;
  const node = doc.getIn(path, true);
  if (isNode(node) && node.range) return node.range[0];
  return undefined;
}
