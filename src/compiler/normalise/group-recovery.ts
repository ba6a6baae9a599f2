/**
 * "4 x {200m (1m pace) 200m (3k pace) 400m (5k pace) 400m (10k pace) [3min rest/recovery]}": a bracket
 * holding only a recovery, last in a repeated group, is the rest after each round. Read as a bracket
 * after the last rep it would explain that rep and the rest would be dropped, so it is written as the
 * group's last part (", 3 min rest"), on the span of the coach's words.
 */
import type { Token } from '../lexer.js';
import { RECOVERY_MARKERS } from '../dialect/categories.js';
import { isUnitWord, isWord, replacement } from './tokens.js';

const OPENS = new Set(['lparen', 'lbracket']);
const CLOSES = new Set(['rparen', 'rbracket']);

export function groupRecovery(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'lbracket' || t.kind === 'lparen')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const read = OPENS.has(tokens[k]!.kind) ? recoveryIn(tokens, k) : undefined;
    if (!read || !closesGroup(tokens, read.close + 1)) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...replacement(',', tokens[k]!), ...read.parts);
    k = read.close;
  }
  return out;
}

/** "[3min rest/recovery]", "(90 s jog)", "[rest 2 min]": the length and the first word saying how, and the closing bracket. */
function recoveryIn(tokens: Token[], k: number): { parts: Token[]; close: number } | undefined {
  const mode = (j: number) => isWord(tokens[j], RECOVERY_MARKERS);
  const length = (j: number) => (tokens[j]?.kind === 'clock' ? 1 : tokens[j]?.kind === 'number' && isUnitWord(tokens[j + 1]) ? 2 : 0);
  let j = k + 1;
  let parts: Token[];
  if (mode(j) && length(j + 1) > 0) {
    parts = tokens.slice(j, j + 1 + length(j + 1));
    j += 1 + length(j + 1);
  } else if (length(j) > 0 && mode(j + length(j))) {
    const n = length(j);
    parts = tokens.slice(j, j + n + 1);
    j += n + 1;
    // "rest/recovery", "jog recovery": further words saying how add nothing.
    while (mode(j) || (tokens[j]?.kind === 'slash' && mode(j + 1))) j++;
  } else return undefined;
  return CLOSES.has(tokens[j]?.kind ?? 'eof') ? { parts, close: j } : undefined;
}

/** Whether the token at `k` closes a group opened right after a count ("4 x (…", "4 x {…"), with more in it than the recovery. */
function closesGroup(tokens: Token[], k: number): boolean {
  if (tokens[k]?.kind !== 'rparen') return false;
  let depth = 0;
  for (let j = k - 1; j >= 0; j--) {
    const kind = tokens[j]!.kind;
    if (kind === 'rparen' || kind === 'rbracket') depth++;
    else if (kind === 'lparen' || kind === 'lbracket') {
      if (depth > 0) depth--;
      else return tokens[j]!.kind === 'lparen' && tokens[j - 1]?.kind === 'x' && j + 1 < k;
    }
  }
  return false;
}
