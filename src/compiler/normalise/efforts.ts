/**
 * Efforts instead of paces: "Z2", "zone 2-3", "RPE 6", "8/10 effort",
 * "sub-threshold", "CV" become the pace of that effort (dialect/efforts.ts),
 * written "@ <pace>" for the grammar, with a note saying how it was read.
 * "2" in "zone 2" is no length: the zone is read before the grammar sees it.
 */
import { EFFORT_PACES, RPE_PACES, ZONE_PACES } from '../dialect/efforts.js';
import type { Token } from '../lexer.js';
import type { PaceName } from '../../paces/types.js';
import { replacement } from './tokens.js';

export function efforts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tread = treadmillAt(tokens, k, out);
    if (tread) {
      out.push(...tread.tokens);
      k = tread.end;
      continue;
    }
    const found = effortAt(tokens, k);
    if (!found) {
      out.push(tokens[k]!);
      continue;
    }
    const prev = out[out.length - 1];
    const marked = prev?.kind === 'at' || (prev?.kind === 'word' && prev.value === 'at');
    const paces = [...new Set(found.paces)].map(spelling).join(' - ');
    const written = tokens.slice(k, found.end + 1).map((t, j) => (j > 0 && t.spaced ? ' ' : '') + t.raw).join('');
    const made = replacement(`${marked ? '' : '@ '}${paces}`.trim(), tokens[k]!, tokens[found.end]!);
    made[0] = { ...made[0]!, note: `read ${written} as ${[...new Set(found.paces)].join('–')} pace: ${found.what}, ${found.why}` };
    // "zone 2-3 for 45 min": the length first, as the grammar reads a part.
    const length = lengthAfterFor(tokens, found.end + 1);
    if (length) out.push(...tokens.slice(found.end + 2, length + 1));
    out.push(...made);
    k = length ?? found.end;
  }
  return out;
}

interface Found {
  end: number;
  paces: PaceName[];
  what: string;
  why: string;
}

const isWord = (t: Token | undefined, ...w: string[]) => t?.kind === 'word' && w.includes(t.value);
const num = (t: Token | undefined) => (t?.kind === 'number' && /^\d+$/.test(t.value) ? Number(t.value) : undefined);

/** A zone, an RPE or an effort word starting at token k. */
function effortAt(tokens: Token[], k: number): Found | undefined {
  const t = tokens[k]!;
  // "Z2", "zone 2", "zone 2-3", "Z2-3"
  if (isWord(t, 'z', 'zone', 'hrz') && num(tokens[k + 1]) !== undefined) {
    const range = rangeAt(tokens, k + 1, ZONE_PACES);
    if (range) return { ...range, what: 'a heart-rate zone', why: 'run at the pace of that effort' };
  }
  // "RPE 6", "RPE 6-7"
  if (isWord(t, 'rpe') && num(tokens[k + 1]) !== undefined) {
    const range = rangeAt(tokens, k + 1, RPE_PACES);
    if (range) return { ...range, what: 'a perceived effort', why: 'run at the pace of that effort' };
  }
  // "8/10 effort", "8/10"
  if (num(t) !== undefined && tokens[k + 1]?.kind === 'slash' && num(tokens[k + 2]) === 10 && RPE_PACES[num(t)!]) {
    const end = isWord(tokens[k + 3], 'effort', 'rpe') ? k + 3 : k + 2;
    return { end, paces: [RPE_PACES[num(t)!]!], what: 'a perceived effort', why: 'run at the pace of that effort' };
  }
  // "sub-threshold", "sub threshold", "CV"
  if (isWord(t, 'sub') && isWord(tokens[k + (tokens[k + 1]?.kind === 'dash' ? 2 : 1)], 'threshold', 'lt', 't')) {
    return { end: k + (tokens[k + 1]?.kind === 'dash' ? 2 : 1), paces: [EFFORT_PACES.subthreshold!], what: 'an effort', why: 'just slower than threshold' };
  }
  if (t.kind === 'word' && EFFORT_PACES[t.value] && t.value !== 'aerobic') {
    const end = isWord(tokens[k + 1], 'pace', 'effort') ? k + 1 : k;
    return { end, paces: [EFFORT_PACES[t.value]!], what: 'an effort', why: 'from the table of efforts' };
  }
  return undefined;
}

function rangeAt(tokens: Token[], k: number, table: Record<number, PaceName>): { end: number; paces: PaceName[] } | undefined {
  const a = num(tokens[k])!;
  if (!table[a]) return undefined;
  const b = (tokens[k + 1]?.kind === 'dash' || isWord(tokens[k + 1], 'to')) ? num(tokens[k + 2]) : undefined;
  if (b !== undefined && table[b] && b > a) return { end: k + 2, paces: [table[a]!, table[b]!] };
  return { end: k, paces: [table[a]!] };
}

/** How the grammar spells a pace name: "10K" is the number and "k" ("10 k"), the marathon "mp". */
function spelling(pace: PaceName): string {
  const k = /^(\d+)K$/.exec(pace);
  if (k) return `${k[1]} k`;
  return pace === 'M' ? 'mp' : pace.toLowerCase();
}

/** "for 45 min", "for 30-40 minutes" after an effort: the index of the unit that ends it. */
function lengthAfterFor(tokens: Token[], k: number): number | undefined {
  if (!isWord(tokens[k], 'for') || num(tokens[k + 1]) === undefined) return undefined;
  let j = k + 2;
  if (tokens[j]?.kind === 'dash' && num(tokens[j + 1]) !== undefined) j += 2;
  return tokens[j]?.kind === 'word' ? j : undefined;
}

/**
 * Treadmill settings: "7.5 mph", "11 km/h", "12 kph" become the pace they run
 * at ("@ 8:00 / mi"); "4% incline" is a note, not a length.
 */
function treadmillAt(tokens: Token[], k: number, out: Token[]): { tokens: Token[]; end: number } | undefined {
  const t = tokens[k]!;
  const speed = t.kind === 'number' ? Number(t.value) : NaN;
  if (!(speed > 0)) return undefined;
  const u = tokens[k + 1];
  const kmh = isWord(u, 'km', 'k') && tokens[k + 2]?.kind === 'slash' && isWord(tokens[k + 3], 'h', 'hr') ? k + 3 : isWord(u, 'kph', 'kmh') ? k + 1 : undefined;
  const mph = isWord(u, 'mph') ? k + 1 : undefined;
  if (kmh === undefined && mph === undefined) {
    // "4% incline", "at 2% incline": the gradient, for the athlete.
    if (tokens[k + 1]?.kind === 'percent' && isWord(tokens[k + 2], 'incline', 'grade', 'gradient')) {
      const note = `treadmill incline ${t.raw}%: set it on the treadmill; the pace is the belt's`;
      return { tokens: [{ ...t, kind: 'prose', length: tokens[k + 2]!.offset + tokens[k + 2]!.length - t.offset, note }], end: k + 2 };
    }
    return undefined;
  }
  const end = (kmh ?? mph)!;
  const unit = mph !== undefined ? 'mi' : 'km';
  const secs = Math.round(3600 / speed);
  const clock = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
  const prev = out[out.length - 1];
  const marked = prev?.kind === 'at' || (prev?.kind === 'word' && prev.value === 'at');
  const span = { offset: t.offset, length: tokens[end]!.offset + tokens[end]!.length - t.offset, raw: '', spaced: t.spaced, synthetic: true as const };
  const made: Token[] = [
    ...(marked ? [] : [{ ...span, kind: 'at' as const, value: '@' }]),
    { ...span, kind: 'clock', value: clock },
    { ...span, kind: 'slash', value: '/' },
    { ...span, kind: 'word', value: unit },
  ];
  made[0] = { ...made[0]!, note: `read ${speed} ${mph !== undefined ? 'mph' : 'km/h'} as a pace of ${clock}/${unit}` };
  return { tokens: made, end };
}
