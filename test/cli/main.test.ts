/** The command line, run in-process through `main(argv, io)` with the output captured. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CompiledPlan, Workout } from '../../src/ir/workout.js';

const root = new URL('../../', import.meta.url).pathname;
const at = (path: string) => join(root, path);
const REFERENCE = at('fixtures/athletes/reference.yaml');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const scratch = mkdtempSync(join(tmpdir(), 'runcast-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('runcast check', () => {
  it.each(['templates/mile-8-week.yaml', 'templates/mile-workouts.yaml', 'fixtures/plans/mile-8-week.csv', 'fixtures/plans/own-words.yaml', 'fixtures/plans/own-words.csv'])('%s has no problems: exit 0', async (plan) => {
    const r = await run('check', at(plan), '--athlete', REFERENCE);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: (\d+) sessions: \1 read, 0 kept as written, 0 warnings$/);
  });

  it('the 8-week plan has 56 sessions', async () => {
    const r = await run('check', at('templates/mile-8-week.yaml'));
    expect(r.out).toContain('56 sessions');
  });

  it('a plan with mistakes: file:line:col, the line, a caret under the word and the hint; exit 1', async () => {
    const file = at('fixtures/plans/bad-sessions.yaml');
    const r = await run('check', file, '--athlete', REFERENCE);
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    const source = readFileSync(file, 'utf8').split('\n');
    // Monday (line 4): "  - mon: 6 x 400m @ HN w/ 400m jog"
    const col = source[3]!.indexOf('HN') + 1;
    const head = lines.findIndex((l) => l.startsWith(`${file}:4:${col}: error:`));
    expect(head, r.err).toBeGreaterThanOrEqual(0);
    expect(lines[head + 1]).toBe(`  ${source[3]}`);
    expect(lines[head + 2]).toBe(`  ${' '.repeat(col - 1)}^^`);
    expect(lines[head + 3]).toMatch(/^ {2}hint: did you mean 'hm'\?$/i);
    // Each session it cannot read is kept as written, and counted.
    expect(r.out).toMatch(/: 8 sessions: 1 read, 7 kept as written, 0 warnings$/);
  });

  it('a CSV plan with a mistake points into the spreadsheet', async () => {
    const file = at('fixtures/plans/bad-session.tsv');
    const r = await run('check', file);
    expect(r.code).toBe(1);
    const col = readFileSync(file, 'utf8').split('\n')[1]!.indexOf('HN') + 1;
    expect(r.err).toContain(`${file}:2:${col}: error: `);
  });

  it('a document error (unknown day) exits 1 and names the key', async () => {
    const r = await run('check', at('fixtures/plans/bad-day.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad-day\.yaml:\d+:\d+: error: .*tues/);
  });

  it('a missing file is a clear error, exit 1', async () => {
    const r = await run('check', at('fixtures/plans/no-such-plan.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*no-such-plan\.yaml: no such file/);
  });

  it('no plan given: exit 1 and says what is missing', async () => {
    const r = await run('check');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing a plan file/);
  });
});

describe('runcast workout', () => {
  it('text: the title, the steps with the athlete\'s paces, the choices in notes', async () => {
    const r = await run('workout', '6-10 x 400m @ HM-10K w/ 400m jog recovery', '--athlete', REFERENCE);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n')[0]).toBe('6×400m @ HM–10K');
    expect(r.out).toMatch(/6 ×/);
    expect(r.out).toMatch(/400 m @ HM–10K/);
    expect(r.out).toMatch(/\/mi/);
    expect(r.out).toMatch(/6 chosen/);
  });

  it('json: the IR of the session', async () => {
    const r = await run('workout', '5 x 1000m @ I w/ 400m jog', '--athlete', REFERENCE, '--format', 'json');
    expect(r.code).toBe(0);
    const w = JSON.parse(r.out) as Workout;
    expect(w.sport).toBe('running');
    expect(w.source).toBe('5 x 1000m @ I w/ 400m jog');
    const rep = w.steps.find((s) => s.type === 'repeat');
    expect(rep).toMatchObject({ type: 'repeat', count: 5, skipLastRecovery: true });
    expect(w.steps.map((s) => (s.type === 'step' ? s.intensity : 'repeat'))).toEqual(['warmup', 'repeat', 'cooldown']);
  });

  it('words after the command are joined into the session', async () => {
    const r = await run('workout', '20', 'min', '@', 'T', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Workout).source).toBe('20 min @ T');
  });

  it('a session with a mistake: the diagnostic with its caret on stderr, exit 1, nothing on stdout', async () => {
    const r = await run('workout', '4 x 5 mni @ Mile');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toEqual(["<input>:1:7: error: unknown unit 'mni'", '  4 x 5 mni @ Mile', '        ^^^', "  hint: did you mean 'min'?"]);
  });

  it('an unknown format: exit 1, names the format and lists the known ones', async () => {
    const r = await run('workout', '30 min', '--format', 'xml');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown format 'xml'/);
    expect(r.err).toMatch(/json/);
  });

  it('-o writes the file', async () => {
    const out = join(scratch, 'one.json');
    const r = await run('workout', '20 min @ T', '--format', 'json', '-o', out);
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Workout).title).toBe('20 min @ T');
  });
});

describe('runcast compile', () => {
  it('--format json --out <dir> writes the dated plan', async () => {
    const dir = join(scratch, 'plan-json');
    const r = await run('compile', at('templates/mile-8-week.yaml'), '--athlete', REFERENCE, '--start', '2026-11-30', '--format', 'json', '--out', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(join(dir, 'plan.json'));
    expect(readdirSync(dir)).toEqual(['plan.json']);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as CompiledPlan;
    expect(plan.start).toBe('2026-11-30');
    expect(plan.sessions).toHaveLength(56);
    expect(plan.athlete).toEqual({ name: 'Jordan Miles', timezone: 'America/Chicago', units: 'mi' });
    expect(plan.sessions[0]).toMatchObject({ id: 'w1-mon-0', date: '2026-11-30', sport: 'strength' });
  });

  it('text to stdout without --out', async () => {
    const r = await run('compile', at('templates/mile-workouts.yaml'), '--start', '2026-11-30');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2026-11-30/);
    expect(r.out).toMatch(/8×200m @ Mile/);
  });

  it('a plan with sessions it cannot read is written, those kept as written and named; --strict writes nothing', async () => {
    const dir = join(scratch, 'kept');
    const r = await run('compile', at('fixtures/plans/bad-sessions.yaml'), '--format', 'json', '--out', dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^note: 7 sessions are kept as written \(w1-mon-0, .*\): their text goes on the calendar, one open step on the watch$/m);
    const plan = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')) as { sessions: { asWritten?: boolean; source: string; steps: { duration: { kind: string } }[] }[] };
    const kept = plan.sessions.filter((s) => s.asWritten);
    expect(kept).toHaveLength(7);
    for (const s of kept) expect(s.steps.map((x) => x.duration.kind)).toEqual(['open']);

    const strict = join(scratch, 'strict');
    const refused = await run('compile', at('fixtures/plans/bad-sessions.yaml'), '--format', 'json', '--out', strict, '--strict');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^runcast: --strict: 7 sessions could not be read \(w1-mon-0, .*\); nothing was written$/m);
    expect(() => readdirSync(strict)).toThrow();
  });

  it('a dated format without --start says --start is needed, exit 1', async () => {
    const r = await run('compile', at('templates/mile-8-week.yaml'), '--format', 'fit', '--out', join(scratch, 'fit'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--start is needed/);
  });

  it('formats: the registry lists at least json and text', async () => {
    const r = await run('formats');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^json\s/m);
    expect(r.out).toMatch(/^text\s/m);
  });

  it('a bad start date is an error, exit 1', async () => {
    const r = await run('compile', at('templates/mile-8-week.yaml'), '--start', '2026-13-01', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/2026-13-01/);
  });
});

describe('runcast paces', () => {
  it('--race "mile 6:00" prints VDOT 48.4 and the equivalent 5K', async () => {
    const r = await run('paces', '--race', 'mile 6:00');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/VDOT 48\.4\b/);
    expect(r.out).toMatch(/20:2\d/);
  });

  it('--race without a time is a clear error', async () => {
    const r = await run('paces', '--race', 'mile');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--race takes a distance and a time/);
  });

  it('--model must be vdot or riegel', async () => {
    const r = await run('paces', '--race', 'mile 6:00', '--model', 'magic');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/vdot or riegel/);
  });
});

describe('usage errors', () => {
  it('an unknown command: exit 2 with a clear message and the usage', async () => {
    const r = await run('bogus');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'bogus'/);
    expect(r.err).toMatch(/Usage:/);
  });

  it('an unknown option: exit 2', async () => {
    const r = await run('check', at('templates/mile-8-week.yaml'), '--colour');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/colour/);
  });

  it('no command: the usage, exit 2; --help: the usage, exit 0', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.out).toMatch(/Usage:/);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/runcast check <plan>/);
  });
});
