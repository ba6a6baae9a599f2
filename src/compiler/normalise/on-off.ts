/**
 * "60 on / 30 off", "1 on 1 off": a rep and its recovery written as bare numbers. Seconds or
 * minutes, whichever the norms of a rep and a recovery (dialect/norms.ts) find usual for both;
 * the unit is written in after each number, with a note, and "on … off" is left to the grammar.
 * Where both readings fit as well, nothing is written and the reader asks for a unit.
 */
import { NORMS, choose, fit, type Candidate } from '../dialect/norms.js';
import { ON_OFF_MODES } from '../dialect/markers.js';
import type { Token } from '../lexer.js';
import { isUnitWord, isWord } from './tokens.js';

export function onOffUnits(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const pair = pairAt(tokens, k);
    if (!pair) {
      out.push(tokens[k]!);
      continue;
    }
    const unit = unitOf(Number(tokens[k]!.value), Number(tokens[pair.off]!.value), tokens[k]!, tokens[pair.off]!);
    for (let j = k; j < pair.end; j++) {
      out.push(tokens[j]!);
      if (unit && (j === k || j === pair.off)) out.push({ ...tokens[j]!, kind: 'word', value: unit.value, raw: '', length: 0, synthetic: true, ...(j === k && unit.note ? { note: unit.note } : {}) });
    }
    k = pair.end - 1;
  }
  return out;
}

/** At k, "N on [/ or ,] M off": the index of M and of the token after it. */
function pairAt(tokens: Token[], k: number): { off: number; end: number } | undefined {
  if (tokens[k]?.kind !== 'number' || isUnitWord(tokens[k + 1]) || !isWord(tokens[k + 1], ['on'])) return undefined;
  const off = tokens[k + 2]?.kind === 'slash' || tokens[k + 2]?.kind === 'comma' ? k + 3 : k + 2;
  const after = tokens[off + 1];
  if (tokens[off]?.kind !== 'number' || after?.kind !== 'word' || ON_OFF_MODES[after.value] === undefined) return undefined;
  return { off, end: off + 1 };
}

/** Seconds or minutes for both numbers, by how usual a rep and a recovery of that length are. */
function unitOf(on: number, off: number, a: Token, b: Token): { value: 'sec' | 'min'; note?: string } | undefined {
  const score = (s: number) => {
    const rep = fit(on * s, NORMS.rep.seconds);
    const rec = fit(off * s, NORMS.recovery.seconds);
    return rep && rec ? rep + rec : 0;
  };
  const candidates: Candidate<'sec' | 'min'>[] = [
    { value: 'sec', words: `${on} s on, ${off} s off`, score: score(1) },
    { value: 'min', words: `${on} min on, ${off} min off`, score: score(60) },
  ];
  const [best, second] = [...candidates].sort((x, y) => y.score - x.score);
  if (best!.score === second!.score) return undefined;
  return choose(candidates, `${a.raw} on ${b.raw} off`, 'rep');
}
