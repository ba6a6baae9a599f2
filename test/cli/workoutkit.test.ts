/**
 * Apple Watch files from the command line: `runcast workout … --format
 * workoutkit -o <file>` and `runcast compile … --format workoutkit --out
 * <dir>`, read back with the decoder and compared with the compiled sessions.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ATHLETE } from '../../src/athlete/demo.js';
import { makeAthlete } from '../../src/athlete/load.js';
import { compileSession } from '../../src/compiler/index.js';
import { decodePlan } from '../../src/writers/workoutkit/codec.js';
import { runCli as run } from '../helpers/cli.js';
import { workoutKitDiffs } from '../helpers/workoutkit-compare.js';

const root = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'runcast-workoutkit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('runcast … --format workoutkit', () => {
  it('workout -o writes one .workout file that runs the session, and prints what changed shape', async () => {
    const text = '3 x 1 mile @ HM w/ 1 min walk recovery';
    const file = join(scratch, 'one.workout');
    const r = await run('workout', text, '--format', 'workoutkit', '-o', file);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`wrote ${file}`);
    expect(r.err).toMatch(/^note: .*written as 2 × rep \+ recovery, then the last rep alone/m);
    const bytes = new Uint8Array(readFileSync(file));
    const w = compileSession(text, makeAthlete(DEMO_ATHLETE));
    expect(workoutKitDiffs(w, bytes)).toEqual([]);
    expect(decodePlan(bytes).custom!.blocks[0]!.steps[0]!.step.goal).toEqual({ type: 'distance', distance: { value: 1, unit: 'miles' } });
  });

  it('workout without -o refuses: the format is binary', async () => {
    const r = await run('workout', '45 min run', '--format', 'workoutkit');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the workoutkit format is binary: give -o <file>/);
  });

  it('compile --out writes one file per running session, dated, and says the others stay on the calendar', async () => {
    const dir = join(scratch, 'plan');
    const r = await run('compile', join(root, 'templates/mile-8-week.yaml'), '--format', 'workoutkit', '--start', '2026-11-30', '--out', dir);
    expect(r.code, r.err).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(40);
    for (const f of files) expect(f).toMatch(/^\d{4}-\d{2}-\d{2}-w\d-[a-z]{3}-\d\.workout$/);
    expect(r.err).toMatch(/^note: 16 sessions are not running \(rest, strength or cross-training\): they stay on the calendar feed$/m);
    for (const f of files) expect(decodePlan(new Uint8Array(readFileSync(join(dir, f)))).custom?.activity).toBe('running');
  });
});
