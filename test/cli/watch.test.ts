/**
 * What reaches the watch from the command line, read back with both FIT
 * decoders (Garmin's SDK and fit-file-parser): file identities, device
 * profiles, schedules and rest days.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compileSession } from '../../src/compiler/index.js';
import { makeAthlete } from '../../src/athlete/load.js';
import { DEMO_ATHLETE } from '../../src/athlete/demo.js';
import { bothSteps, expectRunsLikeIr, fileIdentity, rawSchedules, rawWorkout, sdkDecode } from '../helpers/fit-decode.js';

const root = new URL('../../', import.meta.url).pathname;
const at = (path: string) => join(root, path);
const scratch = mkdtempSync(join(tmpdir(), 'runcast-watch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let n = 0;
/** `runcast workout <text> --format fit -o <file>`, and the file's bytes. */
async function workoutFit(text: string, ...flags: string[]): Promise<Uint8Array> {
  const file = join(scratch, `w${n++}.fit`);
  const r = await run('workout', text, '--format', 'fit', '-o', file, ...flags);
  expect(r.code, r.err).toBe(0);
  return new Uint8Array(readFileSync(file));
}

/** `runcast compile <plan> --format fit --start … --out <dir>`: the files by name, and what it printed. */
async function compileFit(plan: string, ...flags: string[]) {
  const dir = join(scratch, `plan${n++}`);
  const r = await run('compile', plan, '--format', 'fit', '--start', '2026-03-02', '--out', dir, ...flags);
  expect(r.code, r.err).toBe(0);
  const files = new Map(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
  return { files, err: r.err };
}

const key = (id: { serialNumber: number; timeCreated: number }) => `${id.serialNumber}@${id.timeCreated}`;

describe('file identity', () => {
  const SESSIONS = [
    '6-10 x 400m @ HM-10K w/ 400m jog recovery',
    '12 x 200m @ Mile w/ 200m jog recovery',
    '4 x 5 min @ HM w/ 1:30 min recovery',
    '3-4 x 1 mile @ HM w/ 1 min walk recovery',
    '8 x 30 sec hill w/ jog down recovery',
    '30 min + 4 x 20 sec strides',
    '45 min run',
    'PT / Strength Focused Lift',
    '2 x 10 min @ HM w/ 1:30 min recovery + 4 x 1 min @ 5K-Mile w/ 2 min jog recovery',
  ];

  // Regression: every lone workout had serial 2337323255 and the same creation time, so a watch could take two for one.
  it('differs between lone workouts of different text, and is the same bytes for the same text', async () => {
    const ids = [];
    for (const text of SESSIONS) ids.push(key(fileIdentity(await workoutFit(text))));
    expect(new Set(ids).size).toBe(SESSIONS.length);
    expect(new Set(ids.map((id) => id.split('@')[0])).size).toBe(SESSIONS.length);
    const again = await workoutFit(SESSIONS[0]!);
    expect(Buffer.from(again).equals(Buffer.from(await workoutFit(SESSIONS[0]!)))).toBe(true);
    expect(key(fileIdentity(again))).toBe(ids[0]);
  });

  // Regression: an edited session kept its serial number and creation time, so a watch holding the old one could keep it.
  it('changes for the edited session only, and so does its schedule entry; the rest keep their bytes', async () => {
    const template = readFileSync(at('templates/mile-8-week.yaml'), 'utf8');
    const before = '6-10 x 400m @ HM-10K [half marathon to 10K pace] w/ 400m jog recovery';
    expect(template.split(before)).toHaveLength(2);
    const edited = join(scratch, 'edited.yaml');
    writeFileSync(edited, template.replace(before, '12 x 200m @ Mile w/ 200m jog recovery'));

    const a = await compileFit(at('templates/mile-8-week.yaml'));
    const b = await compileFit(edited);
    expect([...b.files.keys()].sort()).toEqual([...a.files.keys()].sort());
    const changed: string[] = [];
    for (const [name, bytes] of a.files) {
      if (name === 'schedule.fit') continue;
      const after = b.files.get(name)!;
      if (key(fileIdentity(bytes)) !== key(fileIdentity(after))) changed.push(name);
      else expect(Buffer.from(after).equals(Buffer.from(bytes)), name).toBe(true);
    }
    expect(changed).toEqual(['2026-03-04-w1-wed-0.fit']);

    const wed = a.files.get('2026-03-04-w1-wed-0.fit')!;
    const wedAfter = b.files.get('2026-03-04-w1-wed-0.fit')!;
    expect(rawWorkout(wed).name).toBe('6x400m @ HM-10K');
    expect(rawWorkout(wedAfter).name).toBe('12x200m @ Mile');

    // Both decoders read the same schedule entries; only Wednesday's now points elsewhere, at the new identity.
    const entries = (bytes: Uint8Array) => {
      const sdk = sdkDecode(bytes).messages.scheduleMesgs!;
      const raw = rawSchedules(bytes);
      expect(sdk.map((m) => [m.serialNumber, m.timeCreated, m.scheduledTime])).toEqual(raw.map((m) => [m.serialNumber, m.timeCreated, m.scheduledTime]));
      return raw;
    };
    const s1 = entries(a.files.get('schedule.fit')!);
    const s2 = entries(b.files.get('schedule.fit')!);
    expect(s2.map((e) => e.scheduledTime)).toEqual(s1.map((e) => e.scheduledTime));
    const moved = s1.flatMap((e, i) => (e.serialNumber !== s2[i]!.serialNumber || e.timeCreated !== s2[i]!.timeCreated ? [i] : []));
    expect(moved).toHaveLength(1);
    expect(key(s1[moved[0]!]! as never)).toBe(key(fileIdentity(wed)));
    expect(key(s2[moved[0]!]! as never)).toBe(key(fileIdentity(wedAfter)));
  });

  it('is the same bytes when an unchanged plan is written again', async () => {
    const a = await compileFit(at('templates/mile-workouts.yaml'));
    const b = await compileFit(at('templates/mile-workouts.yaml'));
    for (const [name, bytes] of a.files) expect(Buffer.from(b.files.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
  });
});

describe('device profiles', () => {
  // 29 rungs, 28 recoveries, warm-up, 1 mi easy and cool-down: no repeat to fold, 60 steps on any watch.
  const LADDER = `${Array.from({ length: 29 }, (_, i) => `${(i + 1) * 100}m`).join(', ')} @ Mile w/ 200m jog recovery + 1 mi easy`;

  it('lists the profiles, one a line: name, steps, nesting, name bytes', async () => {
    const r = await run('devices');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^conservative +50 steps +no nesting +names 15 bytes +notes 49 bytes +28 scheduled +any Garmin watch/);
    expect(lines[1]).toMatch(/^modern +100 steps +nested repeats +names 15 bytes /);
  });

  it('exports a 60-step session with --device modern, and refuses it on the default profile saying which fits', async () => {
    const bytes = await workoutFit(LADDER, '--device', 'modern');
    const w = compileSession(LADDER, makeAthlete(DEMO_ATHLETE));
    const steps = expectRunsLikeIr(bytes, w);
    expect(steps).toHaveLength(60);

    const r = await run('workout', LADDER, '--format', 'fit', '-o', join(scratch, 'refused.fit'));
    expect(r.code).toBe(1);
    const [message, hint] = r.err.split('\n');
    // Regression: the message read "session session (…)" and its hint named no profile.
    expect(message).toMatch(/^runcast: the session \("100–200–.*"\): needs 60 steps on the watch \(each repeat counts as one\), but the device profile "conservative" allows 50 without nested repeats$/);
    expect(hint).toBe(
      '  hint: the modern profile (100 steps, nested repeats) holds it: choose device "modern" (runcast --device modern, or device: modern in the athlete profile); no file was written, as one with fewer steps would lose part of the session',
    );
    expect(readdirSync(scratch)).not.toContain('refused.fit');
  });

  it('takes the device from the athlete profile, and --device over it', async () => {
    const athlete = join(scratch, 'modern.yaml');
    writeFileSync(athlete, `${readFileSync(at('fixtures/athletes/reference.yaml'), 'utf8')}device: modern\n`);
    expect(bothSteps(await workoutFit(LADDER, '--athlete', athlete))).toHaveLength(60);
    const r = await run('workout', LADDER, '--format', 'fit', '-o', join(scratch, 'x.fit'), '--athlete', athlete, '--device', 'conservative');
    expect(r.err).toMatch(/allows 50/);
    const bad = await run('workout', '45 min', '--format', 'fit', '-o', join(scratch, 'y.fit'), '--device', 'fenix99');
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('runcast: invalid FIT option device: device must be one of: conservative, modern');
  });
});

describe('schedules and rest days', () => {
  it('holds the first 28 sessions of the 8-week plan and says so; --from writes the next ones', async () => {
    const { files, err } = await compileFit(at('templates/mile-8-week.yaml'));
    expect(files.size).toBe(56 + 1);
    const first = rawSchedules(files.get('schedule.fit')!);
    expect(sdkDecode(files.get('schedule.fit')!).messages.scheduleMesgs).toHaveLength(28);
    expect(first).toHaveLength(28);
    expect(err).toBe(
      'note: schedule.fit holds the first 28 sessions (2026-03-02 to 2026-03-29): the device profile "conservative" shows 28 on the calendar. 28 more from 2026-03-30 on need a schedule from that day',
    );
    const next = await compileFit(at('templates/mile-8-week.yaml'), '--from', '2026-03-30');
    const second = rawSchedules(next.files.get('schedule.fit')!);
    expect(second).toHaveLength(28);
    expect(next.err).toBe('');
    const all = new Set([...first, ...second].map((e) => e.serialNumber));
    expect(all.size).toBe(56);
  });

  it('leaves rest days off the watch unless --rest-days', async () => {
    const plain = await compileFit(at('templates/mile-workouts.yaml'));
    const withRest = await compileFit(at('templates/mile-workouts.yaml'), '--rest-days');
    const restFiles = [...withRest.files.keys()].filter((f) => !plain.files.has(f));
    expect(restFiles.length).toBeGreaterThan(0);
    for (const f of restFiles) expect(rawWorkout(withRest.files.get(f)!)).toMatchObject({ name: 'Rest', sport: 0 });
    expect(plain.err).toMatch(/the \d+ rest days are not on the watch: they stay on the calendar feed/);
    const r = await run('workout', 'OFF', '--format', 'fit', '-o', join(scratch, 'off.fit'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^runcast: the session \("OFF"\) is a rest day: there is nothing to run, so no workout is written for the watch/);
    expect(rawWorkout(await workoutFit('OFF', '--rest-days'))).toMatchObject({ name: 'OFF', sport: 0 });
  });
});
