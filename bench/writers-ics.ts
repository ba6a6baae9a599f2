/**
 * ICS feed generation time for a 52-week plan (8 sessions a week), all-day
 * and with timed events and links, plus the content hashes a revision store
 * needs. Median of several runs.
 */
import { performance } from 'node:perf_hooks';
import { writeIcs, sessionContentHash, RevisionLog } from '../src/writers/ics.js';
import { samplePlan } from '../fixtures/ics/sample-plan.js';

const RUNS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeMs(op: () => unknown): number {
  const start = performance.now();
  op();
  return performance.now() - start;
}

export async function run(): Promise<void> {
  const plan = samplePlan({ weeks: 52, zone: 'America/New_York', start: '2026-01-05' });
  const timed = {
    times: { tue: '06:30', thu: '06:30', sat: '08:00' },
    defaultTime: '17:30',
    baseUrl: 'https://runcast.example/a/jordan',
  };
  const cases: [string, () => string][] = [
    ['all-day', () => writeIcs(plan)],
    ['timed + links', () => writeIcs(plan, timed)],
    ['timed + links + RevisionLog', () => writeIcs(plan, { ...timed, revisions: new RevisionLog({}, '2026-01-01T00:00:00Z').revisions })],
  ];

  for (const [, op] of cases) op(); // warm-up for the JIT
  for (const [name, op] of cases) {
    const ms = median(Array.from({ length: RUNS }, () => timeMs(op)));
    const bytes = Buffer.byteLength(op(), 'utf8');
    console.log(
      `writers-ics: 52-week feed (${plan.sessions.length} events), ${name}: ${ms.toFixed(1)} ms ` +
        `(${(1000 / ms).toFixed(1)} feeds/s, ${(bytes / 1024).toFixed(0)} KiB; median of ${RUNS})`,
    );
  }

  const hashMs = median(Array.from({ length: RUNS }, () => timeMs(() => plan.sessions.forEach((w) => sessionContentHash(w, plan, timed)))));
  console.log(`writers-ics: sessionContentHash over ${plan.sessions.length} sessions: ${hashMs.toFixed(1)} ms (median of ${RUNS})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
