/**
 * SVG writer throughput: charts per second over every session of the 8-week
 * mile plan for the reference athlete, drawn with the athlete's pace table (as
 * the athlete's page does) and through the registry without it (paces inferred
 * from each workout's estimate). Median of several runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePlan, loadAthlete, loadPlan } from '../src/compiler/index.js';
import { getWriter } from '../src/writers/registry.js';
import { workoutSvg } from '../src/writers/svg.js';
import { fmt, median, timeRuns } from './stats.js';

const RUNS = 9;
/** Whole-plan passes per timed run, so one run lasts long enough to time well. */
const PASSES = 20;

export async function run(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { athlete } = loadAthlete(readFileSync(resolve(root, 'fixtures/athletes/reference.yaml'), 'utf8'), 'reference.yaml');
  const { plan } = loadPlan(readFileSync(resolve(root, 'templates/mile-8-week.yaml'), 'utf8'), 'mile-8-week.yaml');
  if (!athlete || !plan) throw new Error('the reference athlete or the 8-week template did not load');
  const compiled = compilePlan(plan, athlete, { start: '2026-03-02' });
  const writer = getWriter('svg')!;
  const charts = compiled.sessions.length * PASSES;

  let bytes = 0;
  const withPaces = timeRuns(RUNS, () => {
    bytes = 0;
    for (let p = 0; p < PASSES; p++) for (const w of compiled.sessions) bytes += workoutSvg(w, 'mi', { paces: athlete.paces }).length;
  });
  const viaRegistry = timeRuns(RUNS, () => {
    for (let p = 0; p < PASSES; p++) writer.writePlan(compiled, {});
  });

  const perSecond = (ms: number[]) => (charts * 1000) / median(ms);
  console.log(`writers-svg: ${compiled.sessions.length} sessions in the 8-week plan, ${fmt(bytes / charts / 1024, 1)} KiB per chart on average`);
  console.log(`writers-svg: ${fmt(perSecond(withPaces))} SVGs/s with the athlete's paces (median of ${RUNS})`);
  console.log(`writers-svg: ${fmt(perSecond(viaRegistry))} SVGs/s through the registry, paces inferred (median of ${RUNS})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
