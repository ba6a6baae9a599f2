/**
 * The command line and intervals.icu: `compile --format intervals` writes
 * every session in the workout-text syntax, and `sync intervals` puts a plan
 * on the stand-in intervals.icu calendar on 127.0.0.1, again and again
 * without duplicates, updating what changed and deleting what was removed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readIntervals } from '../helpers/intervals-reader.js';
import { FakeIntervals } from '../support/fake-intervals.js';

const root = new URL('../../', import.meta.url).pathname;
const at = (path: string) => join(root, path);
const KEY = 'cli-key-abcdefghijklmnop0123';
const ATHLETE = 'i8080';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const scratch = mkdtempSync(join(tmpdir(), 'runcast-cli-intervals-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('runcast compile --format intervals', () => {
  it('writes every session of the 8-week plan, no start date needed, each block a workout that reads cleanly', async () => {
    const r = await run('compile', at('templates/mile-8-week.yaml'), '--format', 'intervals');
    expect(r.code).toBe(0);
    const blocks = r.out.split(/^=== .* ===$/m).slice(1);
    expect(blocks).toHaveLength(56);
    expect(r.out.match(/^=== Week 1 Wed · Run: 6 × 400m @ HM–10K ===$/m)).not.toBeNull();
    for (const block of blocks) expect(readIntervals(block).problems).toEqual([]);
  });

  it('one file with --out, and one session with `workout`', async () => {
    const out = join(scratch, 'intervals');
    expect((await run('compile', at('templates/mile-8-week.yaml'), '--format', 'intervals', '--start', '2026-11-30', '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'plan.intervals.txt'), 'utf8')).toMatch(/^=== 2026-11-30 · Week 1 Mon · WeightTraining: PT \/ Strength Focused Lift ===$/m);
    const one = await run('workout', '4 x 5 min @ HM w/ 1:30 min recovery', '--format', 'intervals');
    expect(one.out).toMatch(/^HM 3x\n- HM 5m \d+:\d\d-\d+:\d\d\/mi Pace\n- Recovery 1m30s$/m);
  });
});

describe('runcast sync intervals', () => {
  let fake: FakeIntervals;
  const plan = join(scratch, 'plan.yaml');
  const sync = (...extra: string[]) => run('sync', 'intervals', '--plan', plan, '--start', '2026-11-30', '--intervals-athlete', ATHLETE, ...extra);

  beforeEach(async () => {
    fake = await new FakeIntervals([{ athleteId: ATHLETE, apiKey: KEY }]).start();
    vi.stubEnv('INTERVALS_API_KEY', KEY);
    vi.stubEnv('RUNCAST_INTERVALS_URL', fake.url);
    writeFileSync(plan, readFileSync(at('templates/mile-8-week.yaml'), 'utf8'));
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await fake.close();
  });

  it('pushes the plan, and again without duplicates; an edited session is updated, a removed one deleted', async () => {
    const first = await sync();
    expect(first.err).toBe('');
    expect(first.out).toBe(`intervals.icu athlete ${ATHLETE}: 56 created, 0 updated, 0 deleted, 0 unchanged`);
    expect(fake.calendar(ATHLETE)).toHaveLength(56);
    const ids = fake.calendar(ATHLETE).map((e) => e.id);

    const again = await sync();
    expect(again.out).toBe(`intervals.icu athlete ${ATHLETE}: 0 created, 0 updated, 0 deleted, 56 unchanged`);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
    expect(fake.calendar(ATHLETE).map((e) => e.id)).toEqual(ids);

    writeFileSync(plan, readFileSync(plan, 'utf8').replace('    sun: 45 min run\n  - mon', '    sun: 50 min run\n  - mon'));
    expect((await sync()).out).toBe(`intervals.icu athlete ${ATHLETE}: 0 created, 1 updated, 0 deleted, 55 unchanged`);
    expect(fake.calendar(ATHLETE).filter((e) => e.updates > 0).map((e) => e.external_id)).toEqual(['runcast-cli-w1-sun-0']);

    writeFileSync(plan, readFileSync(plan, 'utf8').replace('    sun: 50 min run\n', ''));
    expect((await sync()).out).toBe(`intervals.icu athlete ${ATHLETE}: 0 created, 0 updated, 1 deleted, 55 unchanged`);
    expect(fake.calendar(ATHLETE).map((e) => e.external_id)).not.toContain('runcast-cli-w1-sun-0');
    expect(fake.calendar(ATHLETE)).toHaveLength(55);
  });

  it('--dry-run says what it would do and sends nothing', async () => {
    const r = await sync('--dry-run');
    expect(r.out.split('\n')[0]).toBe(`intervals.icu athlete ${ATHLETE}: 56 to create, 0 to update, 0 to delete, 0 unchanged (dry run: nothing sent)`);
    expect(r.out).toContain('  create 2026-12-02 6×400m @ HM–10K');
    expect(fake.requests.map((x) => x.method)).toEqual(['GET']);
  });

  it('leaves alone the events it did not make', async () => {
    await sync();
    const other = [...fake.events.values()][0]!;
    fake.events.set(1, { ...other, id: 1, external_id: 'another-app-1', name: 'Not ours' });
    fake.events.set(2, { ...other, id: 2, external_id: undefined, name: 'Typed by hand' });
    writeFileSync(plan, 'name: Short\nweeks:\n  - mon: 30 min run\n');
    expect((await sync()).out).toBe(`intervals.icu athlete ${ATHLETE}: 0 created, 1 updated, 55 deleted, 0 unchanged`);
    expect(fake.calendar(ATHLETE).map((e) => e.name).sort()).toEqual(['30 min easy', 'Not ours', 'Typed by hand']);
  });

  it('says what is missing or wrong, never printing the key', async () => {
    vi.stubEnv('INTERVALS_API_KEY', '');
    expect(await sync()).toMatchObject({ code: 1, err: expect.stringMatching(/set INTERVALS_API_KEY/) });
    vi.stubEnv('INTERVALS_API_KEY', 'wrong-key-000000000');
    const refused = await sync();
    expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/refused the API key \(HTTP 401\)/) });
    expect(refused.err).not.toContain('wrong-key-000000000');
    vi.stubEnv('INTERVALS_API_KEY', KEY);
    expect(await run('sync', 'intervals', '--plan', plan, '--intervals-athlete', ATHLETE)).toMatchObject({ code: 1, err: expect.stringMatching(/--start is needed/) });
    expect(await run('sync', 'intervals', '--plan', plan, '--start', '2026-11-30')).toMatchObject({ code: 1, err: expect.stringMatching(/--intervals-athlete/) });
    expect(await run('sync', 'strava', '--plan', plan)).toMatchObject({ code: 1, err: expect.stringMatching(/one target is intervals/) });
  });
});
