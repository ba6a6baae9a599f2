/**
 * Plans kept as a spreadsheet. fixtures/plans/mile-8-week.csv is the seed plan
 * (the 8-week plan of templates/mile-8-week.yaml) rebuilt as a Monday..Sunday grid, cells
 * with commas quoted; the .tsv is the same grid with tabs. Both must compile to
 * exactly the sessions of templates/mile-8-week.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import { formatDiagnostic } from '../../src/ir/diagnostic.js';
import type { CompiledPlan } from '../../src/ir/workout.js';
import { stepDiffs } from '../helpers/steps.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const athlete = loadAthlete(read('fixtures/athletes/reference.yaml')).athlete!;

function compileFile(path: string): CompiledPlan {
  const { plan, diagnostics } = loadPlan(read(path), path);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  return compilePlan(plan!, athlete);
}

const template = compileFile('templates/mile-8-week.yaml');

describe.each(['fixtures/plans/mile-8-week.csv', 'fixtures/plans/mile-8-week.tsv'])('%s', (path) => {
  const grid = compileFile(path);

  it('has the eight weeks and 56 sessions of the template, with no diagnostics', () => {
    expect(grid.weeks).toBe(8);
    expect(grid.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(grid.sessions.map((s) => s.id)).toEqual(template.sessions.map((s) => s.id));
    expect(grid.sessions).toHaveLength(56);
  });

  it('every cell holds the same text as the template, and compiles to the same title, sport and steps', () => {
    grid.sessions.forEach((s, k) => {
      const t = template.sessions[k]!;
      expect(s.source, s.id).toBe(t.source);
      expect(s.title, s.id).toBe(t.title);
      expect(s.sport, s.id).toBe(t.sport);
      expect(s.optional, s.id).toBe(t.optional);
      expect(stepDiffs(s.steps, t.steps), s.id).toEqual([]);
      expect(s.alternatives.map((a) => a.title), s.id).toEqual(t.alternatives.map((a) => a.title));
      s.alternatives.forEach((a, j) => expect(stepDiffs(a.steps, t.alternatives[j]!.steps), `${s.id} alternative ${j}`).toEqual([]));
    });
  });

  it('the plan is named after the file', () => {
    expect(grid.name).toBe('mile-8-week');
  });
});

describe('cells keep their place in the file', () => {
  it('a quoted CSV cell: an error inside it points at its line and column', () => {
    const path = 'fixtures/plans/bad-session.csv';
    const text = read(path);
    const plan = compilePlan(loadPlan(text, path).plan!, athlete);
    const errs = plan.diagnostics.filter((d) => d.severity === 'error');
    expect(errs).toHaveLength(2);
    const [a, b] = errs;
    // Line 2: 30 min run,"6 x 400m @ 5K w/ 400m jgo, …"  — the cell's text starts after the quote.
    expect([a!.line, a!.column]).toEqual([2, text.split('\n')[1]!.indexOf('jgo') + 1]);
    expect(a!.hint).toBe("did you mean 'jog'?");
    // Line 3: a cell with a leading space before its text.
    expect([b!.line, b!.column]).toEqual([3, text.split('\n')[2]!.indexOf('mni') + 1]);
    expect(b!.file).toBe(path);
    expect(b!.sourceLine).toBe(text.split('\n')[2]);
  });

  it('a TSV cell', () => {
    const path = 'fixtures/plans/bad-session.tsv';
    const text = read(path);
    const plan = compilePlan(loadPlan(text, path).plan!, athlete);
    const [e] = plan.diagnostics;
    expect(plan.diagnostics).toHaveLength(1);
    expect([e!.line, e!.column]).toEqual([2, text.split('\n')[1]!.indexOf('HN') + 1]);
    expect(plan.sessions.find((s) => s.id === 'w1-tue-0')!.diagnostics).toHaveLength(1);
  });

  it('a cell over two lines (Alt+Enter in a spreadsheet): the error is on the cell\'s second line', () => {
    const path = 'fixtures/plans/multiline-cell.csv';
    const text = read(path);
    const lines = text.split('\n');
    const plan = compilePlan(loadPlan(text, path).plan!, athlete);
    const errs = plan.diagnostics.filter((d) => d.severity === 'error');
    expect(errs).toHaveLength(2);
    // Line 3 is the cell's second line, 'w/ 400m jgo"…'; line 4 is the next week.
    expect(errs.map((d) => [d.line, d.column])).toEqual([
      [3, lines[2]!.indexOf('jgo') + 1],
      [4, lines[3]!.indexOf('mni') + 1],
    ]);
    expect(errs[0]!.sourceLine).toBe(lines[2]);
  });

  it('a header that is not a weekday is an error on line 1 under that cell', () => {
    const path = 'fixtures/plans/bad-header.csv';
    const r = loadPlan(read(path), path);
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    const [d] = r.diagnostics;
    expect([d!.line, d!.column]).toEqual([1, 'Monday,'.length + 1]);
    expect(d!.message).toMatch(/Tusday/);
  });

  it('an unclosed quote is a clear error, not a crash', () => {
    const path = 'fixtures/plans/unclosed-quote.csv';
    const r = loadPlan(read(path), path);
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.line).toBe(2);
    expect(r.diagnostics[0]!.hint).toMatch(/quote/);
  });

  it('a "Week" column and empty cells: days without a session are left out', () => {
    const r = loadPlan('Week,Mon,Tue,Wed\n1,30 min run,,45 min\n2,,6 x 400m @ 5K w/ 400m jog,\n', 'weeks.csv');
    expect(r.diagnostics).toEqual([]);
    const plan = compilePlan(r.plan!, athlete);
    expect(plan.sessions.map((s) => s.id)).toEqual(['w1-mon-0', 'w1-wed-0', 'w2-tue-0']);
  });

  it('a grid is recognised by its header even without a .csv name', () => {
    const r = loadPlan('Monday,Tuesday,Wednesday\n30 min run,45 min,6 miles\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.cells.map((c) => c.text)).toEqual(['30 min run', '45 min', '6 miles']);
  });
});

describe('a sheet names itself (a spreadsheet plan was called "Plan" everywhere)', () => {
  const cellsOf = (text: string, file?: string) => {
    const r = loadPlan(text, file);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    return r.plan!;
  };

  it('by a title row over the header, its cells still where they are in the file', () => {
    const plan = cellsOf(read('fixtures/plans/titled.csv'));
    expect(plan.doc.name).toBe('Spring Base Block');
    expect(compilePlan(plan, athlete).name).toBe('Spring Base Block');
    const wed = plan.cells.find((c) => c.week === 1 && c.day === 'wed')!;
    expect([wed.text, wed.origin.line, wed.origin.column]).toEqual(['6 x 400m @ 5K w/ 400m jog', 3, 'Rest,30 min easy,'.length + 1]);
  });

  it('by "# name:" and "# description:" lines, other "#" lines being comments, in a TSV without a file name', () => {
    const plan = cellsOf(read('fixtures/plans/named.tsv'));
    expect(plan.doc.name).toBe('Spring Base Block');
    expect(plan.doc.description).toBe('Two easy weeks with one session of speed each.');
    expect(plan.cells).toHaveLength(14);
    expect(plan.cells[0]).toMatchObject({ week: 1, day: 'mon', text: 'Rest', origin: { line: 5, column: 1 } });
  });

  it('by its file name when it says nothing, and "Plan" when there is neither', () => {
    const text = 'Monday,Tuesday,Wednesday\n30 min run,45 min,6 miles\n';
    expect(cellsOf(text, 'plans/spring-10k.csv').doc.name).toBe('spring-10k');
    expect(cellsOf(text).doc.name).toBe('Plan');
    expect(cellsOf(`"Spring, then summer",,\n${text}`).doc.name).toBe('Spring, then summer');
    // A heading wins over the file's name.
    expect(cellsOf(`# name: Spring 10K\n${text}`, 'plans/sheet1.csv').doc.name).toBe('Spring 10K');
  });

  it('a "#" column of week numbers is still the header, and a misspelt header under a title is still an error on its line', () => {
    expect(cellsOf('#,Monday,Tuesday,Wednesday\n1,30 min run,45 min,6 miles\n').cells.map((c) => c.text)).toEqual(['30 min run', '45 min', '6 miles']);
    const r = loadPlan('My plan\nMonday,Tusday,Wednesday\n30 min run,45 min,6 miles\n', 'x.csv');
    expect(r.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([[2, 8, "'Tusday' is not a weekday"]]);
  });

  it('a YAML plan opening with comments is not taken for a sheet', () => {
    expect(loadPlan('# Base\n# name: not a sheet\nname: Base\nweeks:\n  - mon: 30 min easy\n').plan!.doc.name).toBe('Base');
  });
});
