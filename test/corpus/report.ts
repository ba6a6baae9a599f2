/**
 * `npm run corpus`: how the compiler reads the development corpus, per plan and
 * for the single sessions — read, kept as written, refused — and how many plan
 * days add up to the distance the plan states (within 10 %). A report, not a test.
 * `npm run corpus -- --dir <folder>` reads another folder of the same layout
 * (plans/*.json, sessions.tsv): real text the compiler was not developed on.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compilePlan, compileSession, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { corpusPlans, corpusSessions } from './corpus.js';

const loaded = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8'));
const athlete = loaded.athlete!;
const verbose = process.argv.includes('--verbose');
const dirArg = process.argv.indexOf('--dir');
const root = dirArg > 0 && process.argv[dirArg + 1] ? pathToFileURL(process.argv[dirArg + 1]!.replace(/\/?$/, '/')) : undefined;

const isKept = (w: Workout) => w.diagnostics.some((d) => d.severity === 'error');
const pct = (a: number, b: number) => (b === 0 ? '   -' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);

const rows: string[][] = [['plan', 'cells', 'read', 'kept', 'distinct', 'distinct read', 'with distance', 'agree ±10%']];
const totals = { cells: 0, read: 0, kept: 0, withDistance: 0, agree: 0 };
const distinct = new Map<string, boolean>();
const misses: string[] = [];
for (const plan of corpusPlans(root)) {
  const { plan: loadedPlan, diagnostics } = loadPlan(plan.document, `${plan.id}.json`);
  if (!loadedPlan) {
    console.log(`${plan.id}: does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
    continue;
  }
  const compiled = compilePlan(loadedPlan, athlete);
  const byDay = new Map<string, Workout[]>();
  for (const s of compiled.sessions) {
    const key = `${s.slot!.week}-${s.slot!.day}`;
    byDay.set(key, [...(byDay.get(key) ?? []), s]);
  }
  let read = 0;
  let kept = 0;
  let withDistance = 0;
  let agree = 0;
  const planDistinct = new Map<string, boolean>();
  for (const cell of plan.cells) {
    const day = byDay.get(`${cell.week}-${cell.day}`) ?? [];
    const ok = day.length > 0 && !day.some(isKept);
    if (ok) read++;
    else kept++;
    planDistinct.set(cell.text, ok);
    distinct.set(cell.text, ok);
    if (cell.meters > 0) {
      withDistance++;
      const meters = day.filter((w) => !isKept(w)).reduce((a, w) => a + w.estimate.meters, 0);
      if (ok && Math.abs(meters - cell.meters) <= 0.1 * cell.meters) agree++;
      else if (verbose) misses.push(`${plan.id} w${cell.week} ${cell.day}: ${JSON.stringify(cell.text)} states ${(cell.meters / 1609.344).toFixed(2)} mi, read ${ok ? (meters / 1609.344).toFixed(2) + ' mi' : 'kept as written'}`);
    }
  }
  const dRead = [...planDistinct.values()].filter(Boolean).length;
  rows.push([plan.id, String(plan.cells.length), String(read), String(kept), String(planDistinct.size), `${dRead} ${pct(dRead, planDistinct.size)}`, String(withDistance), `${agree} ${pct(agree, withDistance)}`]);
  totals.cells += plan.cells.length;
  totals.read += read;
  totals.kept += kept;
  totals.withDistance += withDistance;
  totals.agree += agree;
}
const dOk = [...distinct.values()].filter(Boolean).length;
rows.push(['all plans', String(totals.cells), String(totals.read), String(totals.kept), String(distinct.size), `${dOk} ${pct(dOk, distinct.size)}`, String(totals.withDistance), `${totals.agree} ${pct(totals.agree, totals.withDistance)}`]);
const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
for (const r of rows) console.log(r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));

const sessions = corpusSessions(root);
let sRead = 0;
const refused: string[] = [];
for (const s of sessions) {
  const w = compileSession(s.text, athlete);
  if (!isKept(w)) sRead++;
  else {
    const e = w.diagnostics.find((d) => d.severity === 'error')!;
    refused.push(`  ${JSON.stringify(s.text)}\n    ${e.column}: ${e.message}`);
  }
}
console.log(`\nsingle sessions: ${sessions.length}, read ${sRead} (${pct(sRead, sessions.length).trim()}), refused ${sessions.length - sRead}`);
if (verbose) {
  console.log('\nrefused:\n' + refused.join('\n'));
  console.log('\nplan cells not read, or off their stated distance:\n' + [...new Set(misses)].join('\n'));
  console.log('\nplan cells kept as written (distinct):');
  for (const [t, ok] of distinct) if (!ok) console.log(`  ${JSON.stringify(t)}`);
}
