/**
 * One run given both as a time and as a distance ("50 mins, 10k @ 4:57
 * mins/km"): the second length only restates the first, so it is set aside
 * with a note, and the run is read once.
 */
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { NORMS, SPEED_NORM, fit } from '../dialect/norms.js';

/** How far a stated pace may be from the pace the two lengths give, and still be the same run. */
const PACE_AGREES = 0.05;

export function restated(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let k = 0; k + 4 < out.length; k++) {
    const pair = restatement(out, k);
    if (!pair) continue;
    const [comma, last] = [out[k + 2]!, out[k + 4]!];
    const note = `read ${out[k]!.raw} ${out[k + 1]!.raw} and ${out[k + 3]!.raw} ${last.raw} as one run (${pair.pace}); ${out[k + 3]!.raw} ${last.raw} is not a second one`;
    out.splice(k + 2, 3, { ...comma, kind: 'prose', value: '', raw: '', length: last.offset + last.length - comma.offset, synthetic: true, note });
  }
  return out;
}

/** At `k`: "50 min, 10 km" (or "10 km, 50 min") at a runner's speed, then the pace it gives or the end. */
function restatement(t: Token[], k: number): { pace: string } | undefined {
  const [a, ua, comma, b, ub] = t.slice(k, k + 5);
  if (a?.kind !== 'number' || b?.kind !== 'number' || comma?.kind !== 'comma' || ua?.kind !== 'word' || ub?.kind !== 'word') return undefined;
  const time = TIME_UNITS[ua.value] !== undefined ? Number(a.value) * TIME_UNITS[ua.value]! : TIME_UNITS[ub.value] !== undefined ? Number(b.value) * TIME_UNITS[ub.value]! : undefined;
  const metres = DISTANCE_UNITS[ub.value] !== undefined ? Number(b.value) * DISTANCE_UNITS[ub.value]! : DISTANCE_UNITS[ua.value] !== undefined ? Number(a.value) * DISTANCE_UNITS[ua.value]! : undefined;
  if (time === undefined || metres === undefined || (TIME_UNITS[ua.value] === undefined) === (TIME_UNITS[ub.value] === undefined)) return undefined;
  // "4 x 400m, 2 min" is a rep and its recovery: only a whole run is stated twice.
  if (t[k - 1]?.kind === 'x' || fit(metres, NORMS.run.meters) === 0 || fit(time, NORMS.run.seconds) === 0) return undefined;
  if (fit(metres / time, SPEED_NORM) !== 2) return undefined;
  const pace = `${clock((time / metres) * 1000)}/km`;
  const next = t[k + 5];
  if (!next || ['eof', 'stop', 'newline'].includes(next.kind)) return { pace };
  const stated = statedPace(t, k + 5);
  return stated !== undefined && Math.abs(stated - (time / metres) * 1000) <= PACE_AGREES * stated ? { pace } : undefined;
}

/** "@ 4:57 mins/km", "@ 4:57/km": the pace written at `k`, in seconds per km. */
function statedPace(t: Token[], k: number): number | undefined {
  if (!(t[k]?.kind === 'at' || (t[k]?.kind === 'word' && t[k]!.value === 'at')) || t[k + 1]?.kind !== 'clock') return undefined;
  let j = k + 2;
  if (t[j]?.kind === 'word' && TIME_UNITS[t[j]!.value] !== undefined) j++;
  if (t[j]?.kind !== 'slash' || t[j + 1]?.kind !== 'word') return undefined;
  const unit = DISTANCE_UNITS[t[j + 1]!.value];
  if (unit === undefined) return undefined;
  const secs = t[k + 1]!.value.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  return (secs / unit) * 1000;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
