/**
 * Parse a YAML (or JSON) document and validate it with a zod schema, reporting
 * every problem with the path in the document and the line it stands on.
 */
import { LineCounter, parseDocument, isAlias, isMap, isNode, isScalar, visit, type Document } from 'yaml';
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

/**
 * Levels of nesting a document may have. Plans and profiles need about five;
 * the YAML library reads nesting recursively and runs out of stack some
 * hundreds of levels down (and V8 can then fail outright), so a deeper
 * document is refused before the library sees it.
 */
export const MAX_YAML_DEPTH = 64;
/** Aliases a document may expand: more is a "billion laughs", not a plan. */
const MAX_ALIAS_COUNT = 100;

/** `knownKeys`: every key the document may use, for "did you mean" on an unknown one. */
export function parseYamlWith<S extends z.ZodType>(schema: S, text: string, file?: string, knownKeys: readonly string[] = []): Located<z.output<S>> {
  const lineCounter = new LineCounter();
  const lines = text.split(/\r?\n/);
  const tooDeep = nestingOver(text, MAX_YAML_DEPTH);
  if (tooDeep !== undefined) {
    const line = text.slice(0, tooDeep).split('\n').length;
    const column = tooDeep - (text.lastIndexOf('\n', tooDeep - 1) + 1) + 1;
    const diagnostic: Diagnostic = {
      severity: 'error',
      line,
      column,
      offset: tooDeep,
      length: 1,
      message: `the document nests more than ${MAX_YAML_DEPTH} levels deep`,
      hint: 'a plan or a profile needs only a few levels',
      file,
      sourceLine: lines[line - 1],
    };
    return { diagnostics: [diagnostic], locate: () => undefined, lines };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // The library's refusal of an alias bomb (or any document it cannot build) is the document's problem: point at its first alias.
    push(firstAlias(doc) ?? 0, 1, `the document cannot be read: ${(err as Error).message}`, `aliases (*name) may repeat a value at most ${MAX_ALIAS_COUNT} times in all`);
    return { diagnostics, locate, lines };
  }
  const parsed = schema.safeParse(value);
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

function firstAlias(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) at = node.range[0];
      return visit.BREAK;
    },
  });
  return at;
}

/**
 * Where the document first goes deeper than `max` levels, counted without
 * reading it as YAML, so generously: every "[" or "{" opens a level (even one
 * inside a quoted string), and on each line every block indentation deeper
 * than the lines above it and every "- ", "? " or ": " opens another.
 */
function nestingOver(text: string, max: number): number | undefined {
  let flow = 0;
  const indents: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let indent = 0;
    while (text[lineStart + indent] === ' ') indent++;
    if (lineStart + indent < end && text[lineStart + indent] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let block = indents.length;
    for (let i = lineStart + indent; i < end; i++) {
      const c = text[i];
      const next = text[i + 1];
      if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      else if ((c === '-' || c === '?' || c === ':') && (next === ' ' || next === '\t' || i + 1 === end)) block++;
      if (flow + block > max) return i;
    }
    if (flow + block > max) return lineStart;
    lineStart = end + 1;
  }
  return undefined;
}
