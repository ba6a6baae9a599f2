/**
 * ICS feed generation time for a 52-week plan (8 sessions a week), all-day
 * and with timed events and links, plus the content hashes a revision store
 * needs. Median of several runs, for a feed written the first time (every
 * event serialised) and written again (its events' text kept, as when a plan
 * edit changed one session).
 */
import { performance } from 'node:perf_hooks';
import { writeIcs, sessionContentHash, RevisionLog } from '../src/writers/ics.js';
import type { CompiledPlan } from '../src/ir/workout.js';
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
  const timed = {
    times: { tue: '06:30', thu: '06:30', sat: '08:00' },
    defaultTime: '17:30',
    baseUrl: 'https://runcast.example/a/jordan',
  };
  // A new athlete name each run gives new event UIDs: nothing of the feed was serialised before.
  let athletes = 0;
  const fresh = () => samplePlan({ weeks: 52, zone: 'America/New_York', start: '2026-01-05', athlete: `Athlete ${++athletes}` });
  const plan = fresh();
  const cases: [string, (p: CompiledPlan) => string][] = [
    ['all-day', (p) => writeIcs(p)],
    ['timed + links', (p) => writeIcs(p, timed)],
    ['timed + links + RevisionLog', (p) => writeIcs(p, { ...timed, revisions: new RevisionLog({}, '2026-01-01T00:00:00Z').revisions })],
  ];

  for (const [, op] of cases) op(fresh()); // warm-up for the JIT
  for (const [name, op] of cases) {
    const first = median(Array.from({ length: RUNS }, () => {
      const p = fresh();
      return timeMs(() => op(p));
    }));
    // The same feed again: its events' text is kept, as after a plan edit that changed one session.
    op(plan);
    const again = median(Array.from({ length: RUNS }, () => timeMs(() => op(plan))));
    const bytes = Buffer.byteLength(op(plan), 'utf8');
    console.log(
      `writers-ics: 52-week feed (${plan.sessions.length} events, ${(bytes / 1024).toFixed(0)} KiB), ${name}: ` +
        `first build ${first.toFixed(1)} ms (${(1000 / first).toFixed(1)} feeds/s), ` +
        `rebuilt ${again.toFixed(1)} ms (median of ${RUNS} each)`,
    );
  }

  const hashMs = median(Array.from({ length: RUNS }, () => timeMs(() => plan.sessions.forEach((w) => sessionContentHash(w, plan, timed)))));
  console.log(`writers-ics: sessionContentHash over ${plan.sessions.length} sessions: ${hashMs.toFixed(1)} ms (median of ${RUNS})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
