/**
 * "1.5 miles @ 4mph to warm up", "1 mile easy to cool down", "a mile as a warm-up": the part says what it is for
 * after it, and that is its role — the same as "1.5 miles warm up". Only straight after a part (a length, a unit or a
 * pace), so "easy to warm up the legs" in a sentence of talk is left as it was.
 */
import type { Token } from '../lexer.js';
import { PURPOSE_LEADS } from '../dialect/sections.js';
import { aside, isUnitWord, isWord } from './tokens.js';

const ROLES = ['warmup', 'cooldown'];
const PART_ENDS = new Set<Token['kind']>(['number', 'clock']);

export function rolePurpose(tokens: Token[]): Token[] {
  if (!tokens.some((t) => isWord(t, ROLES))) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const lead = leadAt(tokens, k);
    if (lead === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(aside(tokens[k]!, tokens[lead - 1]!));
    k = lead - 1;
  }
  return out;
}

/** Where the role word stands after the purpose's lead words opening at `k`, or nothing. */
function leadAt(tokens: Token[], k: number): number | undefined {
  const before = tokens[k - 1];
  if (!before || !(PART_ENDS.has(before.kind) || isUnitWord(before) || before.kind === 'word')) return undefined;
  for (const lead of PURPOSE_LEADS) {
    const words = lead.split(' ');
    if (!words.every((w, j) => isWord(tokens[k + j], [w]))) continue;
    const role = k + words.length;
    const after = tokens[role + 1]?.kind ?? 'eof';
    if (isWord(tokens[role], ROLES) && ['eof', 'comma', 'newline', 'stop', 'semicolon', 'plus', 'rparen', 'dot'].includes(after)) return role;
  }
  return undefined;
}
