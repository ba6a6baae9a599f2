/**
 * Treadmill settings: a belt speed ("7.5 mph", "11 km/h", "12 kph", "7.5 to 8.0
 * mph", "between 15 and 16 km/h") becomes the pace it runs at ("@ 8:00 / mi"),
 * the speed kept in the step's notes; an incline ("4% incline", "at 5 percent
 * incline", "incline to 2%") is a note for the athlete, not a length.
 */
import type { Token } from '../lexer.js';
import { formatClock } from '../../units/format.js';
import { isWord, writtenText } from './tokens.js';

interface Made {
  tokens: Token[];
  end: number;
}

export function treadmill(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const made = speedAt(tokens, k, out) ?? inclineAt(tokens, k, out);
    if (!made) out.push(tokens[k]!);
    else {
      out.push(...made.tokens);
      k = made.end;
    }
  }
  return out;
}

const speed = (t: Token | undefined) => (t?.kind === 'number' && Number(t.value) > 0 ? Number(t.value) : undefined);

/** "mph", "km/h", "k/h", "kph", "kmh" at token k: the unit a pace is per, and the unit's last token. */
function speedUnitAt(tokens: Token[], k: number): { unit: 'mi' | 'km'; end: number } | undefined {
  const u = tokens[k];
  if (isWord(u, ['mph'])) return { unit: 'mi', end: k };
  if (isWord(u, ['kph', 'kmh'])) return { unit: 'km', end: k };
  if (isWord(u, ['km', 'k']) && tokens[k + 1]?.kind === 'slash' && isWord(tokens[k + 2], ['h', 'hr'])) return { unit: 'km', end: k + 2 };
  return undefined;
}

/** "7.5 mph", "7.5 to 8.0 mph", "7.3-7.5 mph", "between 15 and 16 km/h": the belt's speed, as a pace. */
function speedAt(tokens: Token[], k: number, out: Token[]): Made | undefined {
  const between = isWord(tokens[k], ['between']) ? 1 : 0;
  const low = speed(tokens[k + between]);
  if (low === undefined) return undefined;
  let j = k + between + 1;
  let high = low;
  const joined = between ? isWord(tokens[j], ['and']) : tokens[j]?.kind === 'dash' || isWord(tokens[j], ['to', 'or']);
  if (joined && speed(tokens[j + 1]) !== undefined) {
    high = speed(tokens[j + 1])!;
    j += 2;
  } else if (between) return undefined;
  const unit = speedUnitAt(tokens, j);
  if (!unit || high < low) return undefined;
  const clocks = [high, low].filter((s, i, all) => i === 0 || s !== all[0]).map(clockOf);
  const first = tokens[k]!;
  const last = tokens[unit.end]!;
  const span = { offset: first.offset, length: last.offset + last.length - first.offset, raw: '', spaced: first.spaced, synthetic: true as const };
  const prev = out[out.length - 1];
  const marked = prev?.kind === 'at' || isWord(prev, ['at']);
  const clockTokens = clocks.flatMap((c, i): Token[] => [...(i > 0 ? [{ ...span, kind: 'dash' as const, value: '-' }] : []), { ...span, kind: 'clock', value: c }]);
  const made: Token[] = [...(marked ? [] : [{ ...span, kind: 'at' as const, value: '@' }]), ...clockTokens, { ...span, kind: 'slash', value: '/' }, { ...span, kind: 'word', value: unit.unit }];
  const written = writtenText(tokens, k, unit.end);
  made[0] = { ...made[0]!, note: `read ${written} as a pace of ${clocks.join('–')}/${unit.unit}`, written };
  return { tokens: made, end: unit.end };
}

/** The time for one mile or km at `speed` miles or km an hour. */
function clockOf(speed: number): string {
  return formatClock(Math.round(3600 / speed));
}


const INCLINE = ['incline', 'grade', 'gradient'];

/** "4% incline", "at 5 percent incline", "incline to 2%", "on a 1% gradient": a note, with the "at" that led to it. */
function inclineAt(tokens: Token[], k: number, out: Token[]): Made | undefined {
  const t = tokens[k]!;
  let end: number | undefined;
  let value: string | undefined;
  const percent = (j: number) => tokens[j]?.kind === 'percent' || isWord(tokens[j], ['percent']);
  if (t.kind === 'number' && percent(k + 1) && isWord(tokens[k + 2], INCLINE)) [end, value] = [k + 2, t.raw];
  const lead = isWord(tokens[k + 1], ['to', 'of', 'at']) || tokens[k + 1]?.kind === 'colon' ? 2 : 1;
  if (isWord(t, INCLINE) && tokens[k + lead]?.kind === 'number' && percent(k + lead + 1)) [end, value] = [k + lead + 1, tokens[k + lead]!.raw];
  if (end === undefined) return undefined;
  // "at 5 percent incline", "on a 1% gradient": the words that led to it go with it.
  let start = t;
  while (isWord(out[out.length - 1], ['at', 'on', 'a', 'an', 'the'])) start = out.pop()!;
  const last = tokens[end]!;
  const note = `treadmill incline ${value}%: set it on the treadmill; the pace is the belt's`;
  return { tokens: [{ ...start, kind: 'prose', length: last.offset + last.length - start.offset, note }], end };
}
