/**
 * Reading one session: tokens, then the grammar (src/compiler/grammar, one
 * file per construct), which builds a SessionNode or stops at the first thing
 * it cannot read, with the exact span and a hint.
 */
import { Cursor, Stop, type ParseError } from './grammar/cursor.js';
import { session } from './grammar/session.js';
import type { SessionNode } from './ast.js';
import { tokenize } from './lexer.js';

export type { ParseError };
export type ParseResult = { ok: true; session: SessionNode } | { ok: false; error: ParseError };

/**
 * Plans repeat the same cells across weeks and athletes, so parse results are
 * cached by text. Cached trees are frozen: the resolver only reads them.
 */
const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 4096;

export function parseSession(text: string): ParseResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = deepFreeze(parseUncached(text));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, result);
  return result;
}

/** Frozen all the way down: results shared between callers (by text, by athlete) cannot be changed by one of them. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parseUncached(text: string): ParseResult {
  const { tokens, errors } = tokenize(text);
  if (errors.length > 0) {
    const e = errors[0]!;
    return { ok: false, error: { ...e, hint: 'shorthand uses letters, numbers and - / + , ; ( ) @ x × %' } };
  }
  try {
    return { ok: true, session: session(new Cursor(tokens, text)) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: e.error };
    throw e;
  }
}
