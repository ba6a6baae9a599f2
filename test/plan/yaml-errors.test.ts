/**
 * A YAML plan with mistakes: problems of the document name their path and line;
 * a session that cannot be read points at the line and column of the mistake in
 * the file, however YAML quotes the string.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import { formatDiagnostic, type Diagnostic } from '../../src/ir/diagnostic.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const athlete = loadAthlete(read('fixtures/athletes/reference.yaml')).athlete!;

/** Line and column (1-based) of `spot` on a line picked by hand from the file. */
function where(text: string, line: number, spot: string): { line: number; column: number } {
  const source = text.split('\n')[line - 1]!;
  const at = source.indexOf(spot);
  if (at < 0) throw new Error(`'${spot}' is not on line ${line}: ${source}`);
  return { line, column: at + 1 };
}

function expectAt(d: Diagnostic | undefined, text: string, line: number, spot: string, file: string) {
  expect(d, `a diagnostic at line ${line}`).toBeDefined();
  expect({ line: d!.line, column: d!.column }).toEqual(where(text, line, spot));
  expect(d!.file).toBe(file);
  expect(d!.sourceLine).toBe(text.split('\n')[line - 1]);
  // The caret of the printed diagnostic sits under the spot in the file's line.
  const [, shown, caret] = formatDiagnostic(d!).split('\n');
  expect(caret!.indexOf('^')).toBe(shown!.indexOf(spot, 2));
}

describe('document problems name the path and the line', () => {
  const file = 'fixtures/plans/bad-day.yaml';
  const text = read(file);
  const { plan, diagnostics } = loadPlan(text, file);

  it('the plan is refused', () => {
    expect(plan).toBeUndefined();
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('an unknown day key ("tues") is reported on its own line', () => {
    const d = diagnostics.find((x) => x.message.includes('tues'));
    expect(d, JSON.stringify(diagnostics)).toBeDefined();
    expect(d!.message).toMatch(/weeks\.0/);
    expect(d!.line).toBe(5);
    expect(d!.file).toBe(file);
  });

  it('an empty session text names weeks.0.wed and points at the empty string', () => {
    const d = diagnostics.find((x) => x.message.includes('weeks.0.wed'));
    expect(d, JSON.stringify(diagnostics)).toBeDefined();
    expectAt(d, text, 6, '""', file);
  });

  it('a YAML syntax error has a line too', () => {
    const bad = 'name: Broken\nweeks:\n  - mon: 30 min run\n   tue: [unclosed\n';
    const r = loadPlan(bad, 'broken.yaml');
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(3);
      expect(d.file).toBe('broken.yaml');
    }
  });

  it('a plan without weeks says so', () => {
    const r = loadPlan('name: No weeks\n', 'empty.yaml');
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message).join('\n')).toMatch(/weeks/);
  });

  it('an unreadable default warm-up points at the word in defaults.warmup', () => {
    const f = 'fixtures/plans/bad-defaults.yaml';
    const t = read(f);
    const r = loadPlan(t, f);
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d?.message).toMatch(/defaults\.warmup/);
    expect(d?.hint).toBe("did you mean 'min'?");
    expectAt(d, t, 4, 'mni', f);
  });

  it('a default warm-up that is more than one run is refused', () => {
    const r = loadPlan('name: Two runs\ndefaults:\n  warmup: 6 x 400m @ 5K w/ 400m jog\nweeks:\n  - mon: 30 min run\n', 'two.yaml');
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d?.message).toMatch(/defaults\.warmup/);
    expect(d?.line).toBe(3);
  });
});

describe('a session error points into the file', () => {
  const file = 'fixtures/plans/bad-sessions.yaml';
  const text = read(file);
  const loaded = loadPlan(text, file);
  const compiled = compilePlan(loaded.plan!, athlete);
  const errorOf = (id: string) => {
    const s = compiled.sessions.find((w) => w.id === id);
    expect(s, id).toBeDefined();
    const errs = s!.diagnostics.filter((d) => d.severity === 'error');
    expect(errs, id).toHaveLength(1);
    return errs[0];
  };

  it('the document itself is fine and every session with a mistake has one error', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(7);
  });

  it('an unquoted scalar', () => expectAt(errorOf('w1-mon-0'), text, 4, 'HN', file));
  it('a double-quoted scalar', () => expectAt(errorOf('w1-tue-0'), text, 5, 'jgo', file));
  it('the text of a session object', () => expectAt(errorOf('w1-wed-0'), text, 7, 'mni', file));
  it('a single-quoted scalar', () => expectAt(errorOf('w1-thu-0'), text, 9, 'jgo', file));
  it('the second session of a double day', () => {
    expect(compiled.sessions.find((w) => w.id === 'w1-fri-0')!.diagnostics).toEqual([]);
    expectAt(errorOf('w1-fri-1'), text, 12, 'mni', file);
  });
  it('a flow mapping', () => expectAt(errorOf('w1-sat-0'), text, 13, 'HN', file));
  it('a folded block scalar: the mistake is on the second line of the block', () => expectAt(errorOf('w1-sun-0'), text, 16, 'jgo', file));
});
