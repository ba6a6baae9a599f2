/**
 * Reading what athletes and coaches write: race times, race distances, pace
 * names and pace text. Every function returns a Parsed value; none throws.
 */
import { METERS_PER_MILE } from '../units/format.js';
import { RACE_METERS, RACE_PACES, TRAINING_PACES, type PaceName, type RacePace } from './types.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; hint?: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string, hint?: string): Parsed<never> => ({ ok: false, error, hint });

/** Names a coach may write for each race distance, after normalising case and separators. */
const DISTANCE_ALIASES: Record<string, RacePace> = {
  '800': '800',
  '800m': '800',
  '1500': '1500',
  '1500m': '1500',
  mile: 'Mile',
  '1mile': 'Mile',
  mi: 'Mile',
  '3k': '3K',
  '3000': '3K',
  '3000m': '3K',
  '5k': '5K',
  '5000': '5K',
  '5000m': '5K',
  '8k': '8K',
  '10k': '10K',
  '10000': '10K',
  '10000m': '10K',
  '15k': '15K',
  hm: 'HM',
  half: 'HM',
  halfmarathon: 'HM',
  m: 'M',
  mar: 'M',
  marathon: 'M',
};

export const DISTANCE_HINT =
  'use one of 800, 1500, mile, 3K, 5K, 8K, 10K, 15K, HM (half marathon), M (marathon), or a number of metres';

/** Written metres this close to a standard distance mean that distance ("1609" is the mile). */
const SAME_DISTANCE_METERS = 0.5;

export interface RaceDistance {
  meters: number;
  /** Set when the distance is one of the named race paces. */
  name?: RacePace;
}

/** "mile", "5K", "half marathon", "M", 3000, "2 mi", "1609" → metres and, if standard, the pace name. */
export function parseRaceDistance(input: string | number): Parsed<RaceDistance> {
  if (typeof input === 'number') return distanceFromMeters(input, String(input));
  const key = normalise(input);
  const named = DISTANCE_ALIASES[key];
  if (named) return ok({ meters: RACE_METERS[named], name: named });
  const m = /^(\d+(?:\.\d+)?)(m|k|km|mi|mile|miles)?$/.exec(key);
  if (!m) return fail(`unknown race distance "${input}"`, DISTANCE_HINT);
  const n = Number(m[1]);
  const unit = m[2] ?? 'm';
  const meters = unit === 'm' ? n : unit === 'k' || unit === 'km' ? n * 1000 : n * METERS_PER_MILE;
  return distanceFromMeters(meters, input);
}

function distanceFromMeters(meters: number, written: string): Parsed<RaceDistance> {
  if (!Number.isFinite(meters) || meters <= 0) return fail(`race distance "${written}" is not a positive distance`, DISTANCE_HINT);
  const name = RACE_PACES.find((p) => Math.abs(RACE_METERS[p] - meters) < SAME_DISTANCE_METERS);
  return ok(name ? { meters: RACE_METERS[name], name } : { meters });
}

/** Lower case, no spaces, hyphens or underscores: "Half-Marathon" → "halfmarathon". */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** "6:00" → 360, "1:34:06" → 5646, "19:57.2" → 1197.2, "45" → 45 (a bare number is seconds). */
export function parseRaceTime(text: string): Parsed<number> {
  const t = text.trim();
  if (!/^\d+(:\d+){0,2}(\.\d+)?$/.test(t)) return fail(`"${text}" is not a time`, 'write a time such as "6:00", "20:29" or "1:34:06"');
  const parts = t.split(':');
  const head = parts[0] as string;
  const tail = parts.slice(1);
  for (const [i, p] of tail.entries()) {
    const whole = p.split('.')[0] as string;
    const last = i === tail.length - 1;
    if (whole.length !== 2 || Number(p) >= 60 || (!last && p.includes('.'))) {
      return fail(`"${text}" is not a time: each part after the first needs two digits below 60`, 'write a time such as "6:00", "20:29" or "1:34:06"');
    }
  }
  const seconds = [head, ...tail].reduce((acc, p) => acc * 60 + Number(p), 0);
  if (!(seconds > 0)) return fail(`"${text}" is not a time above zero`);
  return ok(seconds);
}

/** A band of speeds in m/s; low is the slower end. `single` when one pace was written. */
export interface WrittenPace {
  low: number;
  high: number;
  single: boolean;
}

/** "7:05/mi", "6:20-6:25/mi", "4:55–5:35 /km" → speeds. Either end may come first. */
export function parsePaceText(text: string): Parsed<WrittenPace> {
  const m = /^\s*(\d{1,2}):(\d{2})(?:\s*[-–]\s*(\d{1,2}):(\d{2}))?\s*\/\s*(mi|km)\s*$/i.exec(text);
  if (!m) return fail(`"${text}" is not a pace`, 'write a pace such as "7:05/mi" or "6:20-6:25/km"');
  const unitMeters = (m[5] as string).toLowerCase() === 'mi' ? METERS_PER_MILE : 1000;
  const seconds: number[] = [];
  for (const [min, sec] of [
    [m[1], m[2]],
    [m[3], m[4]],
  ]) {
    if (min === undefined || sec === undefined) continue;
    if (Number(sec) >= 60) return fail(`"${text}" is not a pace: seconds must be below 60`);
    const s = Number(min) * 60 + Number(sec);
    if (s <= 0) return fail(`"${text}" is not a pace above zero`);
    seconds.push(s);
  }
  const speeds = seconds.map((s) => unitMeters / s);
  return ok({ low: Math.min(...speeds), high: Math.max(...speeds), single: speeds.length === 1 });
}

/** Names a profile may use for a pace, by normalised key. */
const PACE_ALIASES: Record<string, PaceName> = {
  ...Object.fromEntries(Object.entries(DISTANCE_ALIASES).filter(([k]) => k !== 'mi' && k !== 'mar')),
  ...Object.fromEntries(TRAINING_PACES.map((p) => [p.toLowerCase(), p])),
  easy: 'E',
  threshold: 'T',
  interval: 'I',
  repetition: 'R',
};

export const PACE_NAME_HINT = 'pace names are E, M, T, I, R, HM, 15K, 10K, 8K, 5K, 3K, mile, 1500 and 800';

/** "HM", "5k", "e", "mile", "Threshold" → the pace name; case and separators don't matter. */
export function parsePaceName(key: string): Parsed<PaceName> {
  const name = PACE_ALIASES[normalise(key)];
  return name ? ok(name) : fail(`unknown pace name "${key}"`, PACE_NAME_HINT);
}
