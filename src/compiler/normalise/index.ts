/**
 * The normalising pass: the coach's spellings turned into the one spelling the
 * grammar reads, driven by the dialect tables (src/compiler/dialect). Tokens
 * keep the spans of the words they stand for.
 */
import type { Token } from '../lexer.js';
import { effortWords, trailingTarget } from './effort-words.js';
import { efforts } from './efforts.js';
import { phrases } from './phrases.js';
import { runWords } from './runs.js';
import { sentences } from './sentences.js';
import { treadmill } from './treadmill.js';
import { counts, words } from './words.js';

export function normalise(tokens: Token[]): Token[] {
  return runWalk(counts(tallies(runWords(phrases(words(trailingTarget(efforts(effortWords(treadmill(sentences(tokens)))))))))));
}

const TALLY = new Set(['complete', 'completed', 'done', 'total', 'covered']);

/**
 * ".75 miles complete", "1.75 miles complete", "5.75 complete": a training log's
 * running total, which changes no step.
 */
function tallies(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const unit = tokens[k + 1]?.kind === 'word' && ['mi', 'mile', 'miles', 'km', 'k', 'kms'].includes(tokens[k + 1]!.value) ? 1 : 0;
    const end = tokens[k + 1 + unit];
    const after = tokens[k + 2 + unit];
    if (t.kind === 'number' && end?.kind === 'word' && TALLY.has(end.value) && (!after || after.kind === 'eof' || after.kind === 'stop' || after.kind === 'newline')) {
      out.push({ ...t, kind: 'prose', value: '', raw: '', length: end.offset + end.length - t.offset, synthetic: true });
      k += 1 + unit;
      continue;
    }
    out.push(t);
  }
  return out;
}

const PART_START = new Set(['comma', 'stop', 'newline', 'semicolon', 'plus']);

/**
 * "Jog 4 minutes, walk 2 minutes, repeat": where a session alternates jogging
 * and walking, the jogs are the work and the walks the recovery.
 */
function runWalk(tokens: Token[]): Token[] {
  const opens = (k: number) => k === 0 || PART_START.has(tokens[k - 1]!.kind);
  const timed = (k: number) => tokens[k + 1]?.kind === 'number' || tokens[k + 1]?.kind === 'clock';
  const walks = tokens.some((t, k) => t.kind === 'word' && t.value === 'walk' && opens(k) && timed(k));
  if (!walks || tokens.some((t) => t.kind === 'at' || t.kind === 'x')) return tokens;
  return tokens.map((t, k) => (t.kind === 'word' && t.value === 'jog' && opens(k) && timed(k) ? { ...t, value: 'run', synthetic: true } : t));
}
