/**
 * The development corpus (fixtures/corpus): 22 published plans and single
 * sessions from coaches' pages, read as they are published. Shared by the
 * corpus tests and the report (`npm run corpus`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { WEEKDAYS } from '../../src/ir/workout.js';

const DIR = new URL('../../fixtures/corpus/', import.meta.url);

export interface CorpusCell {
  text: string;
  /** The day's running distance the plan states, in metres (0: none given). */
  meters: number;
  week: number;
  day: (typeof WEEKDAYS)[number];
}

export interface CorpusPlan {
  id: string;
  title: string;
  units: 'miles' | 'kilometers';
  raceType: string;
  cells: CorpusCell[];
  /** The plan as a runcast plan document (JSON is YAML), every cell as published. */
  document: string;
}

const UNIT_METERS = { miles: 1609.344, kilometers: 1000 } as const;
/** The plan's race, as runcast names it. */
const RACE: Record<string, string | undefined> = { Marathon: 'M', 'Half Marathon': 'HM', '5K': '5K', Base: undefined };

/** The plans of a corpus folder (the development corpus unless another folder of the same layout is given). */
export function corpusPlans(root: URL = DIR): CorpusPlan[] {
  const dir = new URL('plans/', root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as {
        id: string;
        title: string;
        units: 'miles' | 'kilometers';
        raceType: string;
        weeks: { text: string; totalDistance: number }[][];
      };
      const unit = UNIT_METERS[raw.units];
      const cells: CorpusCell[] = raw.weeks.flatMap((week, w) =>
        week.map((c, d) => ({ text: c.text, meters: c.totalDistance * unit, week: w + 1, day: WEEKDAYS[d]! })),
      );
      const race = RACE[raw.raceType];
      const doc = {
        name: raw.title,
        ...(race ? { race } : {}),
        weeks: raw.weeks.map((week) => Object.fromEntries(week.map((c, d) => [WEEKDAYS[d]!, c.text]))),
      };
      return { id: raw.id, title: raw.title, units: raw.units, raceType: raw.raceType, cells, document: JSON.stringify(doc, null, 1) };
    });
}

export interface CorpusSession {
  text: string;
  source: string;
}

export function corpusSessions(root: URL = DIR): CorpusSession[] {
  if (!existsSync(new URL('sessions.tsv', root))) return [];
  const lines = readFileSync(new URL('sessions.tsv', root), 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const tab = l.indexOf('\t');
    return { source: l.slice(0, tab), text: l.slice(tab + 1) };
  });
}
