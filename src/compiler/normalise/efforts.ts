/**
 * Efforts instead of paces: "Z2", "zone 2-3", "RPE 6", "8/10 effort",
 * "sub-threshold", "CV" become the pace of that effort (dialect/efforts.ts),
 * written "@ <pace>" for the grammar, with a note saying how it was read.
 * Heart rates ("Z2", "in zone 2", "70-78% HRmax", "HR 140-150", "under 150
 * bpm") are written the same way, the pace carrying the heart rate as read:
 * the resolver makes it a heart-rate target when the athlete's profile has
 * heart-rate data, and says how it was read either way.
 * "2" in "zone 2" is no length: the zone is read before the grammar sees it.
 */
import { EFFORT_PACES, RPE_PACES, ZONE_PACES, paceAtShareOfMax, type HeartRateRef } from '../dialect/efforts.js';
import type { Token } from '../lexer.js';
import type { PaceName } from '../../paces/types.js';
import { isWord, replacement, writtenText } from './tokens.js';

export function efforts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const found = effortAt(tokens, k) ?? heartRateAt(tokens, k);
    if (!found) out.push(tokens[k]!);
    else k = writeEffort(tokens, k, found, out);
  }
  return out;
}

/** The effort found at `k` as "@ <pace>" (with the length after it moved before it); the index of its last token. */
function writeEffort(tokens: Token[], k: number, found: Found, out: Token[]): number {
  // "5 min in zone 2", "HR zone 2": "in" and "HR" say no more than "@" ("1 hr Z2" keeps its hour).
  const last = out[out.length - 1];
  const lead = isWord(last, ['in']) || (isWord(last, ['hr']) && out[out.length - 2]?.kind !== 'number');
  const from = found.heartRate && lead ? out.pop()! : tokens[k]!;
  const prev = out[out.length - 1];
  const marked = prev?.kind === 'at' || (prev?.kind === 'word' && prev.value === 'at');
  const paces = [...new Set(found.paces)];
  const made = replacement(`${marked ? '' : '@ '}${paces.map(spelling).join(' - ')}`.trim(), from, tokens[found.end]!);
  if (found.heartRate) {
    // "hartslagzone 2" read as "zone 2": the notes say it in the words the rest of the workout is in.
    const translated = tokens[k]!.synthetic ? { written: tokens.slice(k, found.end + 1).map((t) => t.raw).join(' ') } : {};
    for (let j = 0; j < made.length; j++) made[j] = { ...made[j]!, heartRate: found.heartRate, ...translated };
  } else {
    const written = writtenText(tokens, k, found.end);
    made[0] = { ...made[0]!, note: `read ${written} as ${paces.join('–')} pace: ${found.what}, ${found.why}`, written };
  }
  // "zone 2-3 for 45 min", "Z2 run 40 min": the length first, as the grammar reads a part.
  const length = lengthAfter(tokens, found.end + 1);
  if (length) out.push(...tokens.slice(length.start, length.end + 1));
  out.push(...made);
  return length?.end ?? found.end;
}

interface Found {
  end: number;
  paces: PaceName[];
  what: string;
  why: string;
  heartRate?: HeartRateRef;
}

const num = (t: Token | undefined) => (t?.kind === 'number' && /^\d+$/.test(t.value) ? Number(t.value) : undefined);

/** A zone, an RPE or an effort word starting at token k. */
function effortAt(tokens: Token[], k: number): Found | undefined {
  const t = tokens[k]!;
  // "Z2", "zone 2", "zone 2-3", "Z2-3", "Z2-Z3"
  if (isWord(t, ['z', 'zone', 'hrz']) && num(tokens[k + 1]) !== undefined) {
    const range = rangeAt(tokens, k + 1, ZONE_PACES);
    const zones = range && { low: num(tokens[k + 1])!, high: num(tokens[range.end])! };
    if (range) return { ...range, what: 'a heart-rate zone', why: 'run at the pace of that effort', heartRate: { kind: 'zone', ...zones! } };
  }
  // "RPE 6", "RPE 6-7"
  if (isWord(t, ['rpe']) && num(tokens[k + 1]) !== undefined) {
    const range = rangeAt(tokens, k + 1, RPE_PACES);
    if (range) return { ...range, what: 'a perceived effort', why: 'run at the pace of that effort' };
  }
  // "8/10 effort", "8/10"
  if (num(t) !== undefined && tokens[k + 1]?.kind === 'slash' && num(tokens[k + 2]) === 10 && RPE_PACES[num(t)!]) {
    const end = isWord(tokens[k + 3], ['effort', 'rpe']) ? k + 3 : k + 2;
    return { end, paces: [RPE_PACES[num(t)!]!], what: 'a perceived effort', why: 'run at the pace of that effort' };
  }
  // "sub-threshold", "sub threshold", "CV"
  if (isWord(t, ['sub']) && isWord(tokens[k + (tokens[k + 1]?.kind === 'dash' ? 2 : 1)], ['threshold', 'lt', 't'])) {
    return { end: k + (tokens[k + 1]?.kind === 'dash' ? 2 : 1), paces: [EFFORT_PACES.subthreshold!], what: 'an effort', why: 'just slower than threshold' };
  }
  if (t.kind === 'word' && EFFORT_PACES[t.value] && t.value !== 'aerobic') {
    const end = isWord(tokens[k + 1], ['pace', 'effort']) ? k + 1 : k;
    return { end, paces: [EFFORT_PACES[t.value]!], what: 'an effort', why: 'from the table of efforts' };
  }
  return undefined;
}

/** Words that say a number is a heart rate ("HR", "heart rate", "HRmax", "MHR"), and words that may stand with them. */
const HR_WORDS = ['hr', 'hrmax', 'mhr', 'heart', 'whr'];
const MAX_WORDS = ['max', 'maximum', 'rate', 'of'];
/** "under 150 bpm", "HR below 150": a ceiling with no floor. */
const CEILING_WORDS = ['under', 'below', 'max', 'maximum', 'cap', 'capped'];

/** "70-78% HRmax", "75% of max HR", "HR 140-150", "under 150 bpm", "140-150bpm": a heart rate at token k. */
function heartRateAt(tokens: Token[], k: number): Found | undefined {
  return shareOfMaxAt(tokens, k) ?? beatsAt(tokens, k);
}

/** "70-78% HRmax", "75% of max HR", "80% MHR": a share of maximum heart rate; "90% max" alone is an effort. */
function shareOfMaxAt(tokens: Token[], k: number): Found | undefined {
  const range = numberRange(tokens, k);
  if (!range || tokens[range.end + 1]?.kind !== 'percent') return undefined;
  let j = range.end + 2;
  let hr = false;
  while (isWord(tokens[j], [...HR_WORDS, ...MAX_WORDS])) hr = isWord(tokens[j++], HR_WORDS) || hr;
  if (!hr || !(range.low >= 40 && range.high <= 100)) return undefined;
  const paces = [paceAtShareOfMax(range.low), paceAtShareOfMax(range.high)];
  return { end: j - 1, paces, what: 'a share of maximum heart rate', why: '', heartRate: { kind: 'max', low: range.low, high: range.high } };
}

/** "HR 140-150", "heart rate under 150", "under 150 bpm", "145 bpm": beats per minute. */
function beatsAt(tokens: Token[], k: number): Found | undefined {
  let j = k;
  // "1 hr 75 min" is a time: "hr" after a number is hours.
  const led = isWord(tokens[j], ['hr', 'heart']) && tokens[j - 1]?.kind !== 'number';
  if (led) j += isWord(tokens[j + 1], ['rate']) ? 2 : 1;
  const ceiling = isWord(tokens[j], [...CEILING_WORDS, 'at', 'of', 'around', 'about']);
  const under = isWord(tokens[j], CEILING_WORDS);
  if (ceiling) j++;
  if (isWord(tokens[j], ['of'])) j++;
  const range = numberRange(tokens, j);
  if (!range || !(range.low >= 60 && range.high <= 230)) return undefined;
  const unit = isWord(tokens[range.end + 1], ['bpm']) ? range.end + 1 : undefined;
  if (!led && unit === undefined) return undefined;
  if (!led && ceiling && !under) return undefined;
  const heartRate: HeartRateRef = under && range.low === range.high ? { kind: 'bpm', high: range.high } : { kind: 'bpm', low: range.low, high: range.high };
  return { end: unit ?? range.end, paces: ['E'], what: 'a heart rate', why: '', heartRate };
}

/** "140", "140-150", "140 to 150": whole numbers, low to high. */
function numberRange(tokens: Token[], k: number): { low: number; high: number; end: number } | undefined {
  const a = num(tokens[k]);
  if (a === undefined) return undefined;
  const b = tokens[k + 1]?.kind === 'dash' || isWord(tokens[k + 1], ['to']) ? num(tokens[k + 2]) : undefined;
  if (b !== undefined && b > a) return { low: a, high: b, end: k + 2 };
  return { low: a, high: a, end: k };
}

function rangeAt(tokens: Token[], k: number, table: Record<number, PaceName>): { end: number; paces: PaceName[] } | undefined {
  const a = num(tokens[k])!;
  if (!table[a]) return undefined;
  const joined = tokens[k + 1]?.kind === 'dash' || isWord(tokens[k + 1], ['to']);
  // "Z2-Z3", "zone 2 to zone 3": the second zone may name its letter again.
  const at = joined && isWord(tokens[k + 2], ['z', 'zone']) ? k + 3 : k + 2;
  const b = joined ? num(tokens[at]) : undefined;
  if (b !== undefined && table[b] && b > a) return { end: at, paces: [table[a]!, table[b]!] };
  return { end: k, paces: [table[a]!] };
}

/** How the grammar spells a pace name: "10K" is the number and "k" ("10 k"), the marathon "mp". */
export function spelling(pace: PaceName): string {
  const k = /^(\d+)K$/.exec(pace);
  if (k) return `${k[1]} k`;
  return pace === 'M' ? 'mp' : pace.toLowerCase();
}

/** "for 45 min", "run 40 min", "run for 30-40 minutes" after an effort: where its length stands. */
function lengthAfter(tokens: Token[], k: number): { start: number; end: number } | undefined {
  let j = k;
  const run = isWord(tokens[j], ['run', 'running']);
  if (run) j++;
  const lead = isWord(tokens[j], ['for']);
  if (lead) j++;
  if ((!run && !lead) || num(tokens[j]) === undefined) return undefined;
  const start = j;
  j++;
  if (tokens[j]?.kind === 'dash' && num(tokens[j + 1]) !== undefined) j += 2;
  return tokens[j]?.kind === 'word' ? { start, end: j } : undefined;
}
