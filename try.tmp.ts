import { loadPlan, compilePlan } from './src/compiler/index.js';
import { DEMO_ATHLETE } from './src/athlete/demo.js';
import { makeAthlete } from './src/athlete/load.js';
const a = makeAthlete(DEMO_ATHLETE);
const yaml = `name: K plan
units: km
paces:
  EZ: easy
  SP: 5K
  L2: "4:50/km"
weeks:
  - mon: "5"
    tue: "6 x 800 @ SP w/ 400 jog"
    wed: "8 @ 4:50-5:10"
    thu: "10 @ L2"
    fri: "45 easy"
    sat: "8 x 400 @ EZ"
`;
const csv = `# name: sheet
# units: km
# bare numbers: min
# pace SP: 5K
Legend: EZ = easy, L2 = 4:50/km
Mon,Tue,Wed
5 EZ,6 x 800 @ SP,60
8 km @ L2,,
`;
for (const t of [yaml, csv, process.argv[2] ?? '']) {
  if (!t) continue;
  const l = loadPlan(t);
  console.log(l.diagnostics.map(d=>`${d.line}:${d.column} ${d.message}`));
  if (!l.plan) continue;
  const c = compilePlan(l.plan, a);
  for (const s of c.sessions) console.log(s.source, '=>', s.asWritten ? 'KEPT' : s.steps.map((x:any)=>`${JSON.stringify(x.duration)} ${x.target?.name}`).join(' | '), s.diagnostics.map(d=>d.message).join(';'), s.notes.join(';'));
}
