/**
 * FIT writer throughput over the compiled 8-week mile plan for the reference
 * athlete: FIT workout files written per second, whole plans (56 files and
 * the schedule) per second, and USB zip bundles per second. Median of several
 * runs.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compilePlan, loadAthlete, loadPlan } from '../src/compiler/index.js';
import '../src/writers/fit.js';
import { DEFAULT_PROFILE } from '../src/writers/fit/profile.js';
import { encodeWorkout } from '../src/writers/fit/workout.js';
import { getWriter } from '../src/writers/registry.js';
import { writeBundle } from '../src/writers/zip.js';

const RUNS = 7;
const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Calls `op` for about `ms` milliseconds and returns calls per second. */
function opsPerSecond(op: () => unknown, ms = 300): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    op();
    n++;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

function compiledPlan() {
  const { athlete, diagnostics } = loadAthlete(read('fixtures/athletes/reference.yaml'), 'reference.yaml');
  if (!athlete) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const loaded = loadPlan(read('templates/mile-8-week.yaml'), 'mile-8-week.yaml');
  if (!loaded.plan) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return compilePlan(loaded.plan, athlete, { start: '2026-03-02' });
}

export async function run(): Promise<void> {
  const plan = compiledPlan();
  const sessions = plan.sessions;
  const fit = getWriter('fit')!;

  let i = 0;
  const oneFile = () => encodeWorkout(sessions[i++ % sessions.length]!, plan, DEFAULT_PROFILE);
  opsPerSecond(oneFile, 200); // warm-up for the JIT

  const perFile: number[] = [];
  const perPlan: number[] = [];
  const perZip: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    perFile.push(opsPerSecond(oneFile));
    perPlan.push(opsPerSecond(() => fit.writePlan(plan, {})));
    perZip.push(opsPerSecond(() => writeBundle(plan, {})));
  }
  const files = fit.writePlan(plan, {});
  const bytes = files.reduce((n, f) => n + (f.data as Uint8Array).length, 0);
  console.log(`writers-fit: ${median(perFile).toFixed(0)} FIT workout files/s (median of ${RUNS})`);
  console.log(
    `writers-fit: ${median(perPlan).toFixed(1)} whole plans/s, ${files.length} files and ` +
      `${(bytes / 1024).toFixed(1)} KiB each (median of ${RUNS})`,
  );
  console.log(`writers-fit: ${median(perZip).toFixed(1)} four-week USB zip bundles/s (median of ${RUNS})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
