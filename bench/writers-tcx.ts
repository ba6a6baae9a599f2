/**
 * TCX writer throughput: session documents per second over the fixture
 * sessions (intervals, nested sets, split ladders, strength days…), and
 * whole-plan documents per second. Median of several runs.
 */
import { performance } from 'node:perf_hooks';
import { tcxForPlan, tcxForWorkout } from '../src/writers/tcx.js';
import { ALL_SESSIONS, planOf } from '../fixtures/tcx/sessions.js';

const RUNS = 7;

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

export async function run(): Promise<void> {
  const sessions = Object.values(ALL_SESSIONS);
  const plan = planOf(sessions);
  // A 12-week plan's worth of sessions in one document.
  const bigPlan = planOf(Array.from({ length: 7 }, (_, k) => sessions.map((w) => ({ ...w, id: `${w.id}-${k}` }))).flat());

  let i = 0;
  const oneSession = () => tcxForWorkout(sessions[i++ % sessions.length]!, plan);
  opsPerSecond(oneSession, 200); // warm-up for the JIT

  const perSession: number[] = [];
  const perPlan: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    perSession.push(opsPerSecond(oneSession));
    perPlan.push(opsPerSecond(() => tcxForPlan(bigPlan)));
  }
  const bytes = tcxForPlan(bigPlan).length;
  console.log(`writers-tcx: ${median(perSession).toFixed(0)} session documents/s (median of ${RUNS})`);
  console.log(
    `writers-tcx: ${median(perPlan).toFixed(1)} plan documents/s for ${bigPlan.sessions.length} sessions, ` +
      `${(bytes / 1024).toFixed(0)} KiB each (median of ${RUNS})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
