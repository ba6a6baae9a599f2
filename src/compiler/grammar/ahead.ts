/**
 * Looking ahead from a rep's tail, without reading: what the next tokens are
 * (work inside the run, a recovery, a pace, the next part after a slash).
 */
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { PLACE_WORDS } from '../dialect/structure.js';
import { RECOVERY_MODES, ROLE_WORDS, type Cursor } from './cursor.js';

/** Words of work inside a run, never of a recovery: "w/ 6x100m strides", "w/ 8 @ MP". */
export const WORK_WORDS: ReadonlySet<string> = new Set(['strides', 'stride', 'hill', 'hills', 'uphill', 'sprint', 'tempo', 'threshold', 'lt', 'hmp', 'mp', 'fartlek', 'surge', 'burst', 'hard', 'fast', 'race']);

/** After "w/": work inside the run ("4 miles @ pace", "6x100m strides", "2 sets of …") rather than a recovery ("400m jog")? */
export function workAhead(p: Cursor, at = 0): boolean {
  // "with last 3 at marathon pace", "w/ final 2 miles @ HMP", "with the last 10 miles at goal marathon pace".
  const the = at + (p.isWord(at, 'the') ? 1 : 0);
  if (PLACE_WORDS.has(p.peek(the).kind === 'word' ? p.peek(the).value : '') && (p.isKind(the + 1, 'number') || p.isKind(the + 1, 'clock'))) return true;
  if (!p.isKind(at, 'number') && !p.isKind(at, 'clock')) return false;
  if (p.isKind(at + 1, 'x') || p.isWord(at + 1, 'sets')) return true;
  for (let k = at + 1; k < at + 8; k++) {
    const t = p.peek(k);
    // "6 mile tempo run with 1 mile warm up, 3 miles at 9:28, …": the parts of the whole run, its warm-up first.
    if (t.kind === 'at' || (t.kind === 'word' && (WORK_WORDS.has(t.value) || ROLE_WORDS[t.value] === 'warmup'))) return true;
    if (t.kind === 'word' && (RECOVERY_MODES.has(t.value) || t.value === 'between')) return false;
    if (t.kind === 'eof' || t.kind === 'comma' || t.kind === 'plus' || t.kind === 'lparen' || t.kind === 'rparen') return false;
  }
  return false;
}

/** After a slash, the next part rather than a recovery: "/8 x 100m", "/10×1 min", "/1 mi CD", "/5 min CD". */
export function partAfterSlash(p: Cursor): boolean {
  if (!p.isKind(0, 'slash') || !(p.isKind(1, 'number') || p.isKind(1, 'clock'))) return false;
  if (p.isKind(2, 'x')) return true;
  const unit = p.peek(2);
  return unit.kind === 'word' && (TIME_UNITS[unit.value] !== undefined || DISTANCE_UNITS[unit.value] !== undefined) && p.isWord(3, 'warmup', 'cooldown');
}

/** "start on 4:00", "on the 2:30", "every 3 min". */
export function sendoffAhead(p: Cursor): boolean {
  let k = 0;
  if (p.isWord(k, 'start', 'leave')) k++;
  if (!p.isWord(k, 'on', 'every')) return false;
  k++;
  if (p.isWord(k, 'the')) k++;
  return p.isKind(k, 'clock') || (p.isKind(k, 'number') && p.isWord(k + 1, 'min', 'sec'));
}

/** "3 minutes recovery", "200 jog recovery", "400 recovery to follow": a length, then a recovery word. */
export function recoveryAhead(p: Cursor): boolean {
  let k = p.isKind(0, 'slash') ? 1 : 0;
  if (p.isWord(k, 'jog', 'walk', 'rest', 'recovery', 'float', 'recover') || (p.isWord(k, 'active', 'easy', 'slow', 'static') && p.isWord(k + 1, 'recovery', 'jog', 'walk'))) return true;
  if (!p.isKind(k, 'number') && !p.isKind(k, 'clock')) return false;
  k++;
  if (p.isKind(k, 'dash') && p.isKind(k + 1, 'number')) k += 2;
  if (p.isWord(k, 'm', 'mi', 'k', 'km', 'sec', 's', 'min', 'mins', 'h', 'hr', 'mile', 'miles', 'meters', 'y', 'yd')) k++;
  while (p.isWord(k, 'of', 'active', 'slow', 'static', 'standing')) k++;
  if (p.isWord(k, 'easy')) return p.isWord(k + 1, 'between', 'jog', 'recovery', 'walk');
  return p.isWord(k, 'jog', 'walk', 'rest', 'recovery', 'float');
}

/** "5-K pace", "5K race pace", "30 seconds above mile pace", "10-15 seconds slower than 10k pace". */
export function paceAhead(p: Cursor): boolean {
  if (p.isWord(1, 'k') && p.isWord(2, 'pace', 'race', 'effort', 'goal')) return true;
  if (p.isWord(1, 'sec', 's') && p.isWord(2, 'above', 'below', 'slower', 'faster')) return true;
  if (p.isKind(1, 'dash') && p.isKind(2, 'number') && p.isWord(3, 'sec', 's') && p.isWord(4, 'above', 'below', 'slower', 'faster')) return true;
  return false;
}

/**
 * "between sets", "between the sets", "between all sets", "between the two Sets" at `k`:
 * the index just after "sets", or -1.
 */
export function betweenSetsAt(p: Cursor, k: number): number {
  if (!p.isWord(k, 'between')) return -1;
  let j = k + 1;
  if (p.isWord(j, 'the', 'all')) j++;
  if (p.isKind(j, 'number') && p.peek(j).value === '2' && p.isWord(j - 1, 'the')) j++;
  return p.isWord(j, 'sets', 'set') ? j + 1 : -1;
}
