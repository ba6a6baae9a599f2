/** The text `runcast paces` prints: fitness, equivalent race times and every named pace. */
import type { Athlete } from '../athlete/athlete.js';
import { formatClock, formatPaceBandBoth, type Units } from '../units/format.js';
import { PACE_MEANINGS, RACE_PACES, type PaceEntry, type PaceName } from './types.js';

const TRAINING_ROWS: PaceName[] = ['E', 'M', 'T', 'I', 'R'];

const SOURCE_LABELS: Record<PaceEntry['source'], string> = {
  vdot: 'VDOT',
  riegel: 'Riegel',
  goal: 'goal',
  profile: 'profile',
};

export function formatPaceTable(athlete: Athlete, units: Units = athlete.profile.units): string {
  const { profile, paces: table } = athlete;
  const { race, goal } = profile.fitness;
  const out: string[] = [];

  out.push(`${profile.name}: ${race.distance} in ${race.time}`);
  const model =
    table.model === 'riegel'
      ? `Riegel, exponent ${profile.fitness.riegelExponent} (training paces from VDOT)`
      : 'Daniels/Gilbert VDOT';
  out.push(`VDOT ${table.vdot?.toFixed(1) ?? '-'} · race times by ${model}`);
  if (goal && table.goal) {
    out.push(`Goal: ${goal.distance} in ${goal.time} · ${formatPaceBandBoth(table.goal.speed, table.goal.speed, units)}`);
  }

  out.push('', 'Training paces');
  const rows: string[][] = TRAINING_ROWS.map((name) => [name, PACE_MEANINGS[name], band(table.paces[name], units), source(table.paces[name])]);
  out.push(...columns(rows));

  // Each time beside the pace it is run at; the goal or a profile's pace the plan runs instead, after it, named.
  out.push('', 'Race paces (equivalent time from current fitness)');
  const raceRows = [...RACE_PACES].reverse().map((p) => {
    const fitness = table.fitness[p];
    const planned = table.paces[p];
    const instead = planned.source === fitness.source ? [] : [`plan: ${source(planned)} ${band(planned, units)}`];
    return [p, PACE_MEANINGS[p], formatRaceTime(table.equivalents[p]), band(fitness, units), source(fitness), ...instead];
  });
  out.push(...columns(raceRows));
  return `${out.join('\n')}\n`;
}

function band(entry: PaceEntry, units: Units): string {
  return formatPaceBandBoth(entry.low, entry.high, units);
}

function source(entry: PaceEntry): string {
  return SOURCE_LABELS[entry.source];
}

/** Race times to a tenth under ten minutes, where tenths matter on the track. */
function formatRaceTime(seconds: number): string {
  if (seconds >= 600) return formatClock(seconds);
  const tenths = Math.round(seconds * 10);
  return `${formatClock(Math.floor(tenths / 10))}.${tenths % 10}`;
}

/** Left-aligned columns, two spaces apart, indented by two. */
function columns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd());
}
