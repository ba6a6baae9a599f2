/**
 * Sentences and lines. A full stop ends a sentence unless it belongs to an
 * abbreviation ("5 min. recovery", "w. 400m jog", "a.m."); line breaks and
 * sentence ends separate parts of the session, except where a line carries
 * on the one before ("6 x 400m @ 5K\nw/ 400m jog").
 */
import { ABBREVIATIONS } from '../dialect/words.js';
import { ROLE_WORDS } from '../dialect/categories.js';
import type { Token } from '../lexer.js';

const DOTTED: Record<string, string> = { 'a.m.': 'am', 'p.m.': 'pm', 'i.e.': 'ie', 'e.g.': 'eg' };

export function sentences(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "a.m.", "p.m.", "i.e.", "e.g." (the last dot may be missing).
    if (t.kind === 'word' && t.value.length === 1 && tokens[k + 1]?.kind === 'dot' && tokens[k + 2]?.kind === 'word' && tokens[k + 2]!.value.length === 1) {
      const key = `${t.value}.${tokens[k + 2]!.value}.`;
      const word = DOTTED[key];
      if (word && !tokens[k + 1]!.spaced && !tokens[k + 2]!.spaced) {
        const last = tokens[k + 3]?.kind === 'dot' && !tokens[k + 3]!.spaced ? tokens[k + 3]! : tokens[k + 2]!;
        out.push({ ...t, value: word, raw: key, length: last.offset + last.length - t.offset });
        k += last === tokens[k + 3] ? 3 : 2;
        continue;
      }
    }
    // "I really like....4 x 1200": the dots are an ellipsis, and the last of them is no decimal point.
    if (t.kind === 'number' && t.raw.startsWith('.') && !t.spaced && tokens[k - 1]?.kind === 'dot') {
      out.push({ ...t, value: String(Number(t.raw.slice(1))), raw: t.raw.slice(1), offset: t.offset + 1, length: t.length - 1 });
      continue;
    }
    if (t.kind === 'dot') {
      const prev = out[out.length - 1];
      const next = tokens[k + 1];
      const lowerNext = next?.kind === 'word' && /^[a-z]/.test(next.raw);
      // "1 mi. WU", "3 mi. CD": the warm-up or cool-down the abbreviated length is.
      const part = next?.kind === 'word' && (ROLE_WORDS[next.value] === 'warmup' || ROLE_WORDS[next.value] === 'cooldown');
      if (prev?.kind === 'word' && !t.spaced && ABBREVIATIONS.has(prev.value) && (prev.value === 'w' || lowerNext || part)) continue;
      out.push({ ...t, kind: 'stop' });
      continue;
    }
    out.push(t);
  }
  return tidy(out);
}

const JOINS = new Set(['comma', 'plus', 'semicolon', 'newline', 'stop', 'gt']);
/** Separators that end nothing when they stand last: "10min Level II WU;", "… 200m float." */
const TRAILING = new Set(['newline', 'stop', 'semicolon', 'comma']);

/** Separators never stand first, last or twice; a line break after a join or before a continuation joins nothing. */
function tidy(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (TRAILING.has(t.kind) && tokens.slice(k + 1).every((n) => n.kind === 'eof' || TRAILING.has(n.kind))) continue;
    if (t.kind === 'newline' || t.kind === 'stop') {
      const prev = out[out.length - 1];
      const next = tokens[k + 1];
      if (!prev || !next || next.kind === 'eof') continue;
      if (JOINS.has(prev.kind) || (prev.kind === 'word' && prev.value === 'then') || prev.kind === 'lparen' || prev.kind === 'at') {
        // A full stop after a comma is still the end of a sentence; a line break is nothing more.
        if (t.kind === 'stop' && prev.kind !== 'stop' && prev.kind !== 'newline') out[out.length - 1] = t;
        continue;
      }
      if (t.kind === 'newline' && continues(next, tokens[k + 2])) continue;
      if (next.kind === 'rparen' || next.kind === 'rbracket') continue;
    }
    out.push(t);
  }
  return out;
}

/** A line that starts with "w/", "with", "@", "(" or "x" carries on the line before. */
function continues(t: Token, after: Token | undefined): boolean {
  if (t.kind === 'at' || t.kind === 'x' || t.kind === 'lparen' || t.kind === 'lbracket') return true;
  if (t.kind !== 'word') return false;
  return t.value === 'with' || (t.value === 'w' && (after?.kind === 'slash' || after?.kind === 'dot'));
}
