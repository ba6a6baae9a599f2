/**
 * "30 min Cross Trainer/brisk walk", "WALK/XT 20 min or day off", "Crosstrain/Rest": two kinds of day
 * with a slash between them are a choice, the first the day's workout, the other its alternative, as
 * "or" writes it ("Rest or cross"). A length written once, before the first or after the second, is
 * each side's (a walk needs its own); beside a rest day none is. Only a day of those words alone; a
 * "Rest/…" day is read earlier (runs.ts, restDayChoice), and so are run/walk and jog/rest.
 */
import type { Token } from '../lexer.js';
import { SLASHED_DAY_KINDS } from '../dialect/runs.js';
import { CROSS_TRAINING_WORDS, STRENGTH_WORDS } from '../dialect/markers.js';
import { lengthAt } from './restated.js';
import { isWord, replacement } from './tokens.js';

const isKind = (t: Token | undefined) => sportOf(t) !== undefined;

/** The kind of day a word names: "PT / Strength Focused Lift" names one, strength, twice (a label, no choice). */
function sportOf(t: Token | undefined): string | undefined {
  if (isWord(t, SLASHED_DAY_KINDS)) return t!.value === 'off' ? 'rest' : t!.value;
  if (isWord(t, CROSS_TRAINING_WORDS)) return 'cross';
  return isWord(t, STRENGTH_WORDS) ? 'strength' : undefined;
}
const ENDS = new Set<Token['kind']>(['eof', 'stop']);

export function dayChoices(tokens: Token[]): Token[] {
  const slash = tokens.findIndex((t) => t.kind === 'slash');
  if (slash < 1 || !isKind(tokens[slash + 1])) return tokens;
  const before = rangeAt(tokens, 0);
  const from = before ? before.end + 1 : 0;
  if (!isKind(tokens[from]) || !tokens.slice(from, slash).every((t) => t.kind === 'word')) return tokens;
  let end = slash + 1;
  while (tokens[end]?.kind === 'word' && !isWord(tokens[end], ['or'])) end++;
  const after = before ? undefined : rangeAt(tokens, end);
  const close = after ? after.end + 1 : end;
  if (!(ENDS.has(tokens[close]?.kind ?? 'eof') || isWord(tokens[close], ['or']))) return tokens;
  const length = before ? tokens.slice(0, from) : after ? tokens.slice(end, close) : [];
  const [first, second] = [tokens.slice(from, slash), tokens.slice(slash + 1, end)];
  if (sportOf(first[0]) === sportOf(second[0])) return tokens;
  // A walk is as long as written; a length beside a rest day ("Rest/Strength 30 min") is not plainly the other side's.
  const rest = (words: Token[]) => isWord(words[0], ['rest', 'off']);
  if (length.length === 0 ? [first, second].some((side) => isWord(side[0], ['walk'])) : [first, second].some(rest)) return tokens;
  // The side the length was written beside keeps it; the other has it again, written in by this pass.
  const again = length.map((t) => ({ ...t, synthetic: true as const }));
  const side = (words: Token[], own: boolean) => (rest(words) ? words : before ? [...(own ? length : again), ...words] : [...words, ...(own ? length : again)]);
  return [...side(first, !!before), ...replacement('or', tokens[slash]!), ...side(second, !before), ...tokens.slice(close)];
}

/** A length at `k`, "20 min" or a range "30-45 min": where it ends. */
function rangeAt(t: Token[], k: number): { end: number } | undefined {
  if (t[k]?.kind === 'number' && (t[k + 1]?.kind === 'dash' || isWord(t[k + 1], ['to']))) return lengthAt(t, k + 2);
  return lengthAt(t, k);
}
