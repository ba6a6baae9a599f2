/**
 * The development corpus (fixtures/corpus): 22 published plans and single
 * sessions from coaches' pages, read as they are published. Shared by the
 * corpus tests and the reports (`npm run corpus`, `npm run blind`).
 * A blind sample (fixtures/corpus/blind-*) has the same layout, with what each
 * session means beside it: a third column `means` in sessions.tsv, and
 * plans-means.tsv (`plan_id`, `cell_text`, `means`); tabs, newlines, carriage
 * returns and backslashes in those cells are written \t, \n, \r and \\.
 * A plan whose published legend gives its words a meaning the reader cannot know (its "Easy
 * Run" is a recovery run, its cool-down is 5 minutes) is loaded with that legend as the plan's
 * declarations, as a coach loading it would write them: `legends.json` of the folder, by plan
 * id, `legend` (the published words) and `declares` (pace names and defaults of the plan document).
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
/** A plan's race as its file names it: in words, or by runcast's own race names ("HM", "M", "15K"). */
const RACE: Record<string, string | undefined> = {
  Marathon: 'M', 'Half Marathon': 'HM', '10K': '10K', '5K': '5K', Base: undefined,
  M: 'M', HM: 'HM', '15K': '15K', '8K': '8K', '3K': '3K', Mile: 'Mile',
};

/** The plans of a corpus folder (the development corpus unless another folder of the same layout is given). */
export function corpusPlans(root: URL = DIR): CorpusPlan[] {
  const dir = new URL('plans/', root);
  if (!existsSync(dir)) return [];
  const legends = planLegends(root);
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
      const declared = legends[raw.id]?.declares ?? {};
      // The plan's own statement of its units: a coach loading it says so, and its bare numbers are read in them.
      const doc = {
        name: raw.title,
        ...(race ? { race } : {}),
        units: raw.units === 'miles' ? 'mi' : 'km',
        ...declared,
        // A blank cell is a day with nothing on it, as in a CSV plan: left out, never sent as an empty session.
        weeks: raw.weeks.map((week) => Object.fromEntries(week.flatMap((c, d) => (c.text.trim() === '' ? [] : [[WEEKDAYS[d]!, c.text]])))),
      };
      return { id: raw.id, title: raw.title, units: raw.units, raceType: raw.raceType, cells, document: JSON.stringify(doc, null, 1) };
    });
}

/** What each plan's published legend declares (`legends.json`), by plan id. */
interface PlanLegend {
  legend: string;
  declares: { paces?: Record<string, string>; defaults?: Record<string, string> };
}

function planLegends(root: URL): Record<string, PlanLegend | undefined> {
  const file = new URL('legends.json', root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, PlanLegend>) : {};
}

export interface CorpusSession {
  text: string;
  source: string;
  /** What the session means, in the notation of notation.ts (blind samples). */
  means?: string;
}

export function corpusSessions(root: URL = DIR): CorpusSession[] {
  if (!existsSync(new URL('sessions.tsv', root))) return [];
  const [header, ...lines] = readFileSync(new URL('sessions.tsv', root), 'utf8').split('\n').filter((l) => l.trim() !== '');
  if (header!.split('\t').includes('means')) {
    return lines.map((l) => {
      const [source, text, means] = l.split('\t').map(unescapeCell);
      return { source: source!, text: text!, means: means! };
    });
  }
  return lines.map((l) => {
    const tab = l.indexOf('\t');
    return { source: l.slice(0, tab), text: l.slice(tab + 1) };
  });
}

/** What each distinct cell of each plan means (plans-means.tsv of a blind sample), by plan id and text. */
export function corpusPlanMeans(root: URL): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  if (!existsSync(new URL('plans-means.tsv', root))) return out;
  const lines = readFileSync(new URL('plans-means.tsv', root), 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
  for (const l of lines) {
    const [plan, text, means] = l.split('\t').map(unescapeCell);
    out.set(plan!, (out.get(plan!) ?? new Map<string, string>()).set(text!, means!));
  }
  return out;
}

const ESCAPED: Record<string, string> = { t: '\t', n: '\n', r: '\r', '\\': '\\' };

function unescapeCell(cell: string): string {
  return cell.replace(/\\([\\tnr])/g, (_, c: string) => ESCAPED[c]!);
}
