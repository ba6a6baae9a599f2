/** How paces, distances and durations are shown to athletes, shared by every writer. */
import type { Duration, Target } from '../ir/workout.js';

export type Units = 'mi' | 'km';
export const METERS_PER_MILE = 1609.344;

const unitMeters = (u: Units) => (u === 'mi' ? METERS_PER_MILE : 1000);

/** 1:05, 12:00, 1:02:03 */
export function formatClock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Seconds per mile or per km for a speed in m/s. */
export function secondsPerUnit(speed: number, units: Units): number {
  return unitMeters(units) / speed;
}

/** "6:42" for one speed. */
export function formatPace(speed: number, units: Units): string {
  return formatClock(secondsPerUnit(speed, units));
}

/** "7:00–6:42 /mi": slower pace first, as coaches write bands. A band that rounds to one pace prints once. */
export function formatPaceBand(low: number, high: number, units: Units): string {
  const a = formatPace(low, units);
  const b = formatPace(high, units);
  return `${a === b ? a : `${a}–${b}`} /${units}`;
}

/** The athlete's units with the other unit beside it: "7:00–6:42 /mi (4:21–4:10 /km)". */
export function formatPaceBandBoth(low: number, high: number, units: Units): string {
  const other: Units = units === 'mi' ? 'km' : 'mi';
  return `${formatPaceBand(low, high, units)} (${formatPaceBand(low, high, other)})`;
}

/** "400 m", "1.5 mi", "10 km": track distances in metres, longer ones in the athlete's unit. */
export function formatDistance(meters: number, units: Units): string {
  const asMiles = meters / METERS_PER_MILE;
  if (units === 'mi' && Math.abs(asMiles - Math.round(asMiles * 100) / 100) < 1e-6 && meters >= 1609) {
    return `${trim(asMiles)} mi`;
  }
  // Track distances read in metres; anything longer in the athlete's unit ("7.15 mi", not "11506 m").
  if (meters < 3000) return `${Math.round(meters)} m`;
  return units === 'mi' ? `${trim(asMiles)} mi` : `${trim(meters / 1000)} km`;
}

/**
 * An estimated distance: "3 mi", "6.25 mi", "6.3 mi", "10.1 km", "800 m".
 * Estimates are sums of guesses, good to about 100 m, so they are rounded
 * once, in the unit they are shown in: to a tenth of a mile (from a mile up)
 * or of a kilometre (from 3 km up), else to 100 m. Rounding to 100 m first and
 * converting that to miles rounded twice: a written "3 mi" (4828 m, 4800 m)
 * read "2.98 mi". A whole number of quarter miles (to the metre the estimate
 * keeps) is how a coach writes miles, and shows as written.
 */
export function formatRoughDistance(meters: number, units: Units): string {
  if (units === 'mi' && meters >= Math.floor(METERS_PER_MILE)) {
    const quarters = Math.round((meters / METERS_PER_MILE) * 4);
    if (Math.abs(meters - (quarters * METERS_PER_MILE) / 4) <= 0.5) return `${quarters / 4} mi`;
    return `${Math.round((meters / METERS_PER_MILE) * 10) / 10} mi`;
  }
  if (units === 'km' && meters >= 3000) return `${Math.round(meters / 100) / 10} km`;
  return `${Math.max(100, Math.round(meters / 100) * 100)} m`;
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "20 s", "5 min", "1:30 min", "1 h 5 min". */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} min` : `${formatClock(s)} min`;
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function formatDuration(d: Duration, units: Units): string {
  switch (d.kind) {
    case 'time':
      return formatSeconds(d.seconds);
    case 'distance':
      return formatDistance(d.meters, units);
    case 'open':
      return 'until lap';
  }
}

/** "Z2 · 130–145 bpm", "140–150 bpm": a heart-rate band by its name, then its beats (said once). */
export function heartRateText(t: { low: number; high: number; name: string }, join = ' · '): string {
  const beats = t.low === t.high ? `${t.low} bpm` : `${t.low}–${t.high} bpm`;
  return !t.name || t.name === beats ? beats : `${t.name}${join}${beats}`;
}

/** "HM–10K · 7:00–6:42 /mi", an effort label, or "" for no target. */
export function formatTarget(t: Target, units: Units): string {
  switch (t.kind) {
    case 'pace':
      return `${t.name} · ${formatPaceBand(t.low, t.high, units)}`;
    case 'heartRate':
      return heartRateText(t);
    case 'effort':
      return t.label;
    case 'none':
      return '';
  }
}
