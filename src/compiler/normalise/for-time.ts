/**
 * "WOD For time:\n-Run 1,600 meters\n-Rest 3 minutes\n-Run 1,200 meters": a heading saying the
 * session is scored by the clock. It sets no pace, but each run under it is raced, not run easy:
 * a run line's length is followed by "hard", and the heading is set aside as a note.
 * ("3 rounds for time:" is a round heading, read in rounds.ts.)
 */
import type { Token } from '../lexer.js';
import { ROUND_SCORING, TIMED_RUN_VERBS } from '../dialect/rounds.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { aside, isWord, phraseEnd, replacement } from './tokens.js';

export function forTime(tokens: Token[]): Token[] {
  const head = heading(tokens);
  if (!head) return timedRuns(tokens);
  const out: Token[] = [...tokens.slice(0, head.from), aside(tokens[head.from]!, tokens[head.colon]!, 'the session is run for time: each run hard')];
  for (let k = head.colon + 1; k < tokens.length; k++) {
    out.push(tokens[k]!);
    if (timedLength(tokens, k)) out.push(...replacement('hard', tokens[k]!).map((t) => ({ ...t, offset: t.offset + t.length, length: 0 })));
  }
  return out;
}

/** "WOD For time:", "For time:": up to three words, the scoring, a colon, alone on the first line that has them. */
function heading(tokens: Token[]): { from: number; colon: number } | undefined {
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k - 1]!.kind !== 'newline') continue;
    let j = k;
    while (j - k < 3 && tokens[j]?.kind === 'word' && !scoringAt(tokens, j)) j++;
    const end = scoringAt(tokens, j);
    if (end !== undefined && tokens[end]?.kind === 'colon' && tokens[end + 1]?.kind === 'newline') return { from: k, colon: end };
  }
  return undefined;
}

const scoringAt = (tokens: Token[], j: number) => phraseEnd(tokens, j, ROUND_SCORING);

/** The unit at `k` closes "Run 1,600 meters" at the start of a line, nothing said of its pace after it. */
function timedLength(tokens: Token[], k: number): boolean {
  const unit = tokens[k];
  if (unit?.kind !== 'word' || (DISTANCE_UNITS[unit.value] === undefined && TIME_UNITS[unit.value] === undefined)) return false;
  const verb = tokens[k - 2];
  const start = tokens[k - 3]?.kind === 'newline' || tokens[k - 3]?.kind === 'dash';
  const after = tokens[k + 1]?.kind ?? 'eof';
  return tokens[k - 1]?.kind === 'number' && isWord(verb, TIMED_RUN_VERBS) && start && ['newline', 'eof', 'lparen', 'comma', 'stop', 'dot'].includes(after);
}

/** "3 Mile run for time", "1 mile for time": a distance raced against the clock, a hard run (it read as an easy one). */
function timedRuns(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const run = isWord(t, TIMED_RUN_VERBS) ? 1 : 0;
    const unit = run ? tokens[k - 1] : t;
    const timed = unit?.kind === 'word' && DISTANCE_UNITS[unit.value] !== undefined && tokens[k - (run ? 2 : 1)]?.kind === 'number' && isWord(tokens[k + 1], ['for']) && isWord(tokens[k + 2], ['time']);
    out.push(t);
    if (!timed) continue;
    out.push(...replacement('hard', tokens[k + 1]!, tokens[k + 2]!));
    k += 2;
  }
  return out;
}
