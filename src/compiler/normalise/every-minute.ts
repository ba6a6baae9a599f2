/**
 * "EMOM 10 min: 200m", "EMOM x 10: 200m", "10 min EMOM: 200m": every minute on the minute, as
 * boxes write it; the part is run at the start of each of the minutes and the rest of the minute
 * is the recovery. Written as "10 x 200m every 1:00", which the grammar reads (it read one
 * 200m run). Only a part on the heading's own line, with no count of its own, is read so.
 */
import type { Token } from '../lexer.js';
import { EVERY_MINUTE_WORDS } from '../dialect/rounds.js';
import { TIME_UNITS } from '../vocabulary.js';
import { isWord, numberToken, repeatSign, replacement } from './tokens.js';

interface Heading {
  minutes: number;
  from: number;
  /** The heading's colon; the part follows it. */
  colon: number;
}

export function everyMinute(tokens: Token[]): Token[] {
  const h = tokens.map((_, k) => heading(tokens, k)).find((x) => x !== undefined);
  if (!h) return tokens;
  let end = h.colon + 1;
  while (end < tokens.length && tokens[end]!.kind !== 'newline' && tokens[end]!.kind !== 'eof') end++;
  const part = tokens.slice(h.colon + 1, end);
  if (part.length === 0 || part.some((t) => t.kind === 'x' || isWord(t, ['every']))) return tokens;
  const first = tokens[h.from]!;
  const last = part[part.length - 1]!;
  const after: Token = { ...last, offset: last.offset + last.length, length: 0, synthetic: true };
  const every = [...replacement('every', after), { ...after, kind: 'clock' as const, value: '1:00', raw: '' }];
  return [...tokens.slice(0, h.from), numberToken(h.minutes, first, tokens[h.colon]!), repeatSign(part[0]!), ...part, ...every, ...tokens.slice(end)];
}

/** "EMOM 10 min:", "EMOM x 10:", "EMOM for 10 minutes:" or "10 min EMOM:" at `k`. */
function heading(tokens: Token[], k: number): Heading | undefined {
  const t = tokens[k]!;
  if (isWord(t, EVERY_MINUTE_WORDS)) {
    let j = k + 1;
    if (tokens[j]?.kind === 'x' || isWord(tokens[j], ['x', 'for'])) j++;
    const n = minutes(tokens, j);
    return n && tokens[n.next]?.kind === 'colon' ? { minutes: n.value, from: k, colon: n.next } : undefined;
  }
  const n = minutes(tokens, k);
  if (n && isWord(tokens[n.next], EVERY_MINUTE_WORDS) && tokens[n.next + 1]?.kind === 'colon') return { minutes: n.value, from: k, colon: n.next + 1 };
  return undefined;
}

/** A whole number of minutes from 2 to 60, its unit written or not ("10 min", "10"). */
function minutes(tokens: Token[], j: number): { value: number; next: number } | undefined {
  const t = tokens[j];
  if (t?.kind !== 'number' || !/^\d+$/.test(t.value) || Number(t.value) < 2 || Number(t.value) > 60) return undefined;
  const unit = tokens[j + 1];
  if (unit?.kind === 'word' && TIME_UNITS[unit.value] === 60) return { value: Number(t.value), next: j + 2 };
  return unit?.kind === 'word' ? undefined : { value: Number(t.value), next: j + 1 };
}
