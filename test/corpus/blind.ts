/**
 * `npm run blind -- <folder>`: how runcast reads a blind sample (fixtures/corpus/blind-*: coach
 * text it was never developed on, with what each session means written beside it). Every
 * session and every distinct plan cell is read as meant, refused (kept as written), or compiled
 * to a wrong workout (no error, but not what its author means); plan days that state a distance
 * add up to it within 10 % or not. `--misses` lists every miss with what was meant and what was
 * read. The same measurement backs test/corpus/blind.test.ts.
 */
import { isBudgetError } from '../../src/compiler/budget.js';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Athlete } from '../../src/athlete/athlete.js';
import { compilePlan, compileRuns, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { corpusPlanMeans, corpusPlans, corpusSessions } from './corpus.js';
import { expectationDiffs, show } from './expect.js';

export type Outcome = 'meant' | 'refused' | 'wrong';

export interface BlindReading {
  /** The page of a session, or "plan <id>" for a plan cell. */
  where: string;
  text: string;
  means: string;
  outcome: Outcome;
  read: string;
  /** The first difference from what was meant, or the refusal. */
  why: string;
}

export interface Tally {
  total: number;
  meant: number;
  refused: number;
  wrong: number;
}

export interface BlindFigures {
  sessions: Tally;
  cells: Tally;
  /** Plan days that state a distance, and how many add up to it within 10 %. */
  days: Days;
  /** The same, plan by plan. */
  plans: { id: string; cells: Tally; days: Days }[];
  readings: BlindReading[];
}

export interface Days {
  stated: number;
  agree: number;
}

const LENIENT = { lenient: true } as const;
const error = (runs: readonly Workout[]) => runs.flatMap((w) => w.diagnostics).find((d) => d.severity === 'error');

/** How the runs compiled for one text compare with what it means. */
function judge(where: string, text: string, means: string, runs: readonly Workout[]): BlindReading {
  const diffs = expectationDiffs(runs, means, LENIENT);
  const refusal = error(runs);
  const outcome: Outcome = diffs.length === 0 ? 'meant' : refusal ? 'refused' : 'wrong';
  const why = refusal && outcome === 'refused' ? refusal.message : (diffs[0] ?? '').split('\n')[0]!;
  return { where, text, means, outcome, read: show(runs), why };
}

function tally(readings: readonly BlindReading[]): Tally {
  const count = (o: Outcome) => readings.filter((r) => r.outcome === o).length;
  return { total: readings.length, meant: count('meant'), refused: count('refused'), wrong: count('wrong') };
}

/** Each distinct cell of each plan read in its plan, and the days that state a distance. */
function planReadings(root: URL, athlete: Athlete): (BlindFigures['plans'][number] & { readings: BlindReading[] })[] {
  const meansByPlan = corpusPlanMeans(root);
  return corpusPlans(root).map((plan) => {
    const days = { stated: 0, agree: 0 };
    const loaded = loadPlan(plan.document, `${plan.id}.json`);
    if (!loaded.plan) throw new Error(`${plan.id} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
    const sessions = compilePlan(loaded.plan, athlete).sessions;
    const seen = new Map<string, BlindReading>();
    for (const cell of plan.cells) {
      const runs = sessions.filter((s) => s.slot!.week === cell.week && s.slot!.day === cell.day);
      const means = meansByPlan.get(plan.id)?.get(cell.text) ?? '';
      const reading = cell.text.trim() === '' ? blankDay(plan.id, means, runs) : judge(`plan ${plan.id}`, cell.text, means, runs);
      // A distinct cell is as meant only where every day that carries it is.
      const prior = seen.get(cell.text);
      if (!prior || (prior.outcome === 'meant' && reading.outcome !== 'meant')) seen.set(cell.text, reading);
      if (cell.meters > 0) {
        days.stated++;
        const meters = runs.filter((w) => !w.asWritten).reduce((a, w) => a + w.estimate.meters, 0);
        if (!runs.some((w) => w.asWritten) && runs.length > 0 && Math.abs(meters - cell.meters) <= 0.1 * cell.meters) days.agree++;
      }
    }
    const readings = [...seen.values()];
    return { id: plan.id, cells: tally(readings), days, readings };
  });
}

/** A blank cell schedules nothing: as meant where its meaning is a day of rest. */
function blankDay(id: string, means: string, runs: readonly Workout[]): BlindReading {
  const outcome: Outcome = runs.length === 0 && means.trim() === 'rest' ? 'meant' : 'wrong';
  return { where: `plan ${id}`, text: '', means, outcome, read: runs.length === 0 ? '(nothing scheduled)' : show(runs), why: outcome === 'meant' ? '' : 'a blank day holds no session' };
}

/** A session over the compile budget (longer than a session may be) is refused, as the service and the CLI refuse it. */
function compileOrRefuse(text: string, athlete: Athlete): Workout[] {
  try {
    return compileRuns(text, athlete);
  } catch (e) {
    if (!isBudgetError(e)) throw e;
    const refusal = { severity: 'error' as const, line: 1, column: 1, offset: 0, length: 1, message: e.message };
    return [{ id: 'session', title: text.slice(0, 80), source: text, sport: 'running', steps: [], alternatives: [], optional: false, estimate: { seconds: 0, meters: 0 }, notes: [], diagnostics: [refusal] }];
  }
}

/** Reads a blind sample for an athlete and compares every reading with what its author means. */
export function measureBlind(root: URL, athlete: Athlete): BlindFigures {
  const sessionReadings = corpusSessions(root).map((s) => judge(s.source, s.text, s.means ?? '', compileOrRefuse(s.text, athlete)));
  const plans = planReadings(root, athlete);
  const cellReadings = plans.flatMap((p) => p.readings);
  const days = { stated: plans.reduce((a, p) => a + p.days.stated, 0), agree: plans.reduce((a, p) => a + p.days.agree, 0) };
  return {
    sessions: tally(sessionReadings),
    cells: tally(cellReadings),
    days,
    plans: plans.map(({ id, cells, days: d }) => ({ id, cells, days: d })),
    readings: [...sessionReadings, ...cellReadings],
  };
}

export function referenceAthlete(): Athlete {
  return loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);

/** A refusal's message without the words it quotes, so that refusals of one kind group together. */
const kindOf = (r: BlindReading) => (r.outcome === 'refused' ? r.why.replace(/'[^']*'/g, "'…'").replace(/\d+/g, 'N') : r.why.replace(/^run \d+: /, '').replace(/\[\d+\]/g, '[…]').replace(/[\d:.]+(m|mi|km)?\b/g, 'N'));

function report(figures: BlindFigures, misses: boolean): void {
  const line = (name: string, t: Tally) =>
    `${name}: ${t.total}; as meant ${t.meant} (${pct(t.meant, t.total)}), refused ${t.refused} (${pct(t.refused, t.total)}), wrong workout ${t.wrong} (${pct(t.wrong, t.total)})`;
  console.log(line('sessions', figures.sessions));
  console.log(line('distinct plan cells', figures.cells));
  const days = (d: Days) => `days stating a distance ${d.stated}, adding up within 10 % ${d.agree} (${pct(d.agree, d.stated)})`;
  for (const p of figures.plans) console.log(`  ${line(p.id, p.cells)}; ${days(p.days)}`);
  console.log(`plan ${days(figures.days)}`);
  if (!misses) return;
  const groups = new Map<string, BlindReading[]>();
  for (const r of figures.readings.filter((x) => x.outcome !== 'meant')) {
    const key = `${r.outcome}: ${kindOf(r)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, rs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n${key} (${rs.length})`);
    for (const r of rs) console.log(`  ${JSON.stringify(r.text)}  [${r.where}]\n    meant: ${r.means}\n    read:  ${r.read}\n    why:   ${r.why}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'fixtures/corpus/blind-1';
  report(measureBlind(pathToFileURL(folder.replace(/\/?$/, '/')), referenceAthlete()), process.argv.includes('--misses'));
}
