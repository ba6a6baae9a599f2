/**
 * Parse a YAML (or JSON) document and validate it with a zod schema, reporting
 * every problem with the path in the document and the line it stands on.
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import { suggest } from '../compiler/vocabulary.js';
import type { z } from 'zod';
import type { Diagnostic } from '../ir/diagnostic.js';

export interface Located<T> {
  value?: T;
  diagnostics: Diagnostic[];
  /** Position of a node by its path, for later diagnostics (e.g. a session's text). */
  locate: (path: readonly (string | number)[]) => { line: number; column: number; offset: number } | undefined;
  lines: string[];
}

/** `knownKeys`: every key the document may use, for "did you mean" on an unknown one. */
export function parseYamlWith<S extends z.ZodType>(schema: S, text: string, file?: string, knownKeys: readonly string[] = []): Located<z.output<S>> {
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
    if (issue.code === 'unrecognized_keys') {
      // Point at the unknown key itself, not at the mapping that holds it.
      for (const key of issue.keys) {
        const at = keyOffset(doc, path, key) ?? offset;
        const near = suggest(key.toLowerCase(), knownKeys);
        push(at, key.length, `${where === '(document)' ? '' : `${where}: `}unknown key '${key}'`, near ? `did you mean '${near}'?` : undefined);
      }
      continue;
    }
    push(offset, 1, `${where}: ${issue.message}`);
  }
  return { diagnostics, locate, lines };
}

function keyOffset(doc: Document, path: readonly (string | number)[], key: string): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key.range?.[0];
  }
  return undefined;
}

function nodeAt(doc: Document, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return doc.contents && isNode(doc.contents) ? doc.contents.range?.[0] : 0;
  const node = doc.getIn(path, true);
  if (isNode(node) && node.range) return node.range[0];
  return undefined;
}
