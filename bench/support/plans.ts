/**
 * Athletes and plans for the service benchmarks: the shipped 8-week mile
 * template, and a 52-week plan made of its weeks in turn (the year-long case
 * a coach's own YAML can reach), with edits that change one session.
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

export const REFERENCE_PROFILE = {
  name: 'Jordan Miles',
  timezone: 'America/Chicago',
  units: 'mi',
  fitness: { race: { distance: 'mile', time: '6:00' }, goal: { distance: 'mile', time: '5:45' } },
  // Timed events (a TZID and a VTIMEZONE) are the more expensive feed to write.
  times: { tue: '06:30', wed: '06:30', sat: '08:00' },
};

/** Athlete k of many: varied names, fitness, units and zones, as a coaching platform's would be. */
export function benchProfile(k: number): Record<string, unknown> {
  const zones = ['America/Chicago', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Los_Angeles'];
  return {
    name: `Athlete ${k}`,
    timezone: zones[k % zones.length],
    units: k % 3 === 0 ? 'km' : 'mi',
    fitness: { race: { distance: '5K', time: `${18 + (k % 10)}:${String((k * 7) % 60).padStart(2, '0')}` } },
  };
}

const TEMPLATE = new URL('../../templates/mile-8-week.yaml', import.meta.url);

/** The 8-week template's weeks repeated to 52; `variant` rewrites one session so each edit is a real change. */
export function yearPlanYaml(variant = 0): string {
  const doc = parse(readFileSync(TEMPLATE, 'utf8')) as { name: string; weeks: Record<string, unknown>[] };
  const weeks = Array.from({ length: 52 }, (_, k) => ({ ...doc.weeks[k % doc.weeks.length]! }));
  // Week 30's Sunday long run: 40 + variant % 30 minutes.
  weeks[29]!.sun = `${40 + (variant % 30)} min run`;
  return stringify({ ...doc, name: '52-Week Mile Year', weeks });
}

/** Next Monday after a fixed day, so every run of a bench builds the same dates. */
export const PLAN_START = '2026-11-30';
