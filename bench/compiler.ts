/**
 * Sessions compiled per second: the 8-week plan across many athletes, and one 52-week plan; and the
 * costly prose plan (31 different cells of about 990 characters of words the reader does not know),
 * new text each run so no cache has read it, per plan and per cell.
 */
import { readFileSync } from 'node:fs';
import { compilePlan, loadPlan, makeAthlete } from '../src/compiler/index.js';
import { costlyProsePlan } from '../test/support/hostile.js';
import { fmt, median, timeRuns } from './stats.js';

export async function run(): Promise<void> {
  const { plan } = loadPlan(readFileSync('templates/mile-8-week.yaml', 'utf8'), 'templates/mile-8-week.yaml');
  if (!plan) throw new Error('template does not load');
  const athletes = Array.from({ length: 1000 }, (_, k) =>
    makeAthlete({ name: `A${k}`, units: k % 2 ? 'mi' : 'km', fitness: { race: { distance: '5K', time: `${18 + (k % 12)}:${String(k % 60).padStart(2, '0')}` } } }),
  );
  const perPlan = plan.cells.length;
  const runs = timeRuns(5, () => {
    for (const a of athletes) compilePlan(plan, a, { start: '2026-11-30' });
  });
  const ms = median(runs);
  const sessions = perPlan * athletes.length;
  console.log(`compiler: 8-week plan × ${athletes.length} athletes = ${fmt(sessions)} sessions`);
  console.log(`  median ${fmt(ms, 1)} ms per run (${runs.length} runs) → ${fmt((sessions / ms) * 1000)} sessions/s`);

  const year = { ...plan, doc: { ...plan.doc, weeks: Array.from({ length: 52 }, (_, k) => plan.doc.weeks[k % 8]!) }, cells: Array.from({ length: 52 }, (_, w) => plan.cells.filter((c) => c.week === (w % 8) + 1).map((c) => ({ ...c, week: w + 1 }))).flat() };
  const one = athletes[0]!;
  const yr = timeRuns(21, () => compilePlan(year, one, { start: '2026-11-30' }));
  console.log(`compiler: 52-week plan (${year.cells.length} sessions), one athlete: median ${fmt(median(yr), 2)} ms → ${fmt((year.cells.length / median(yr)) * 1000)} sessions/s`);

  let salt = 0;
  const prose = timeRuns(11, () => {
    const loaded = loadPlan(costlyProsePlan(salt++));
    if (!loaded.plan) throw new Error('the costly prose plan does not load');
    compilePlan(loaded.plan, one, { start: '2026-11-30' });
  });
  const cells = 31;
  console.log(`compiler: costly prose plan (${cells} cells of ~990 characters, 31 KB), read and compiled: median ${fmt(median(prose), 1)} ms → ${fmt(median(prose) / cells, 2)} ms a cell`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
