/** Where the chart's scales start and end, and which minutes and paces get a label. */
import { formatClock, METERS_PER_MILE, type Units } from '../../units/format.js';
import type { Block } from './timeline.js';

export interface SpeedDomain {
  /** Speed at the bottom of the plot (m/s). */
  lo: number;
  /** Speed at the top of the plot (m/s). */
  hi: number;
}

/**
 * From a little below the slowest block, so even a walk has a visible height,
 * to a little above the fastest band, so the fastest reps are not cut flat.
 */
export function speedDomain(blocks: readonly Block[]): SpeedDomain {
  const slowest = Math.min(...blocks.map((b) => b.low));
  const fastest = Math.max(...blocks.map((b) => b.high));
  return { lo: slowest * 0.8, hi: fastest * 1.06 };
}

export interface Gridline {
  speed: number;
  /** "7:00": the pace in the athlete's units. */
  label: string;
}

// Round paces first (every 5 min, then every minute), each kept only if it has
// room, until there are enough to read the axis; quarter minutes only
// when a narrow range leaves too few whole minutes ("8:15" reads as noise otherwise).
const PACE_STEPS = [300, 60, 30, 15];
const FINE_STEP = 15;
const ENOUGH_GRIDLINES = 3;
const MAX_GRIDLINES = 5;
const MAX_CANDIDATES = 400;

/**
 * Pace gridlines at round paces, at least `minGap` apart once mapped to the
 * plot by `y` (speed → vertical position), inside the plot's `top` and `bottom`.
 */
export function paceGridlines(domain: SpeedDomain, units: Units, y: (speed: number) => number, minGap: number, plot: { top: number; bottom: number }): Gridline[] {
  const perUnit = units === 'mi' ? METERS_PER_MILE : 1000;
  const fastPace = perUnit / domain.hi;
  const slowPace = perUnit / domain.lo;
  const chosen: { pace: number; y: number }[] = [];
  for (const step of PACE_STEPS) {
    if (step <= FINE_STEP && chosen.length >= ENOUGH_GRIDLINES) break;
    const first = Math.ceil(fastPace / step) * step;
    if ((slowPace - first) / step > MAX_CANDIDATES) continue;
    for (let pace = first; pace <= slowPace; pace += step) {
      if (chosen.length >= MAX_GRIDLINES) break;
      const at = y(perUnit / pace);
      // Clear of the time axis below and of the unit label above.
      if (at > plot.bottom - minGap / 2 || at < plot.top + minGap / 2) continue;
      if (chosen.some((c) => c.pace === pace || Math.abs(c.y - at) < minGap)) continue;
      chosen.push({ pace, y: at });
    }
  }
  return chosen.sort((a, b) => a.pace - b.pace).map((c) => ({ speed: perUnit / c.pace, label: formatClock(c.pace) }));
}

const MINUTE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120];
const MAX_TICKS = 7;

/** Tick times in seconds from 0, every 1, 2, 5, 10… minutes, at most `MAX_TICKS` of them. */
export function minuteTicks(totalSeconds: number): number[] {
  const minutes = totalSeconds / 60;
  const step = MINUTE_STEPS.find((s) => minutes / s <= MAX_TICKS) ?? Math.ceil(minutes / MAX_TICKS / 60) * 60;
  const ticks: number[] = [];
  for (let m = 0; m * 60 <= totalSeconds; m += step) ticks.push(m * 60);
  return ticks;
}
