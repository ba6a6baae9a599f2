/**
 * The `.workout` encoder and decoder against Apple's own bytes
 * (fixtures/workoutkit/apple/): every workout Apple's encoder wrote is written
 * again byte for byte, and every file of Apple's decodes to the workout it was
 * written from. The alert workouts, which have no Apple bytes, go through the
 * documented field layout and back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan, WorkoutFileError } from '../../src/writers/workoutkit/codec.js';
import type { WorkoutPlan } from '../../src/writers/workoutkit/plan.js';

const dir = new URL('../../fixtures/workoutkit/apple/', import.meta.url);
const spec = (name: string) => JSON.parse(readFileSync(new URL(`${name}.spec.json`, dir), 'utf8')) as WorkoutPlan;
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.workout'))
  .map((f) => f.replace(/\.workout$/, ''))
  .sort();

describe("Apple's files", () => {
  it('are all here: custom, single-goal, pacer and swim-bike-run workouts', () => {
    expect(names.length).toBe(33);
    for (const kind of ['custom-', 'goal-', 'pacer-', 'sbr-']) expect(names.some((n) => n.startsWith(kind))).toBe(true);
  });

  for (const name of names) {
    const apple = new Uint8Array(readFileSync(new URL(`${name}.workout`, dir)));
    it(`${name}: the encoder writes Apple's bytes`, () => {
      expect(Buffer.from(encodePlan(spec(name))).toString('hex')).toBe(Buffer.from(apple).toString('hex'));
    });
    it(`${name}: Apple's bytes decode to the workout`, () => {
      expect(decodePlan(apple)).toEqual(spec(name));
    });
  }
});

describe('step alerts (no Apple bytes: the documented layout, by round trip)', () => {
  for (const name of ['alert-speed-range', 'alert-speed-threshold', 'alert-hr-range', 'alert-hr-zone']) {
    it(`${name} decodes to itself`, () => {
      const plan = spec(name);
      const bytes = encodePlan(plan);
      expect(decodePlan(bytes)).toEqual(plan);
    });
  }

  it('writes a speed range as the documented fields: target type current speed (2), kind range (2), field 4 of the alert', () => {
    const bytes = Buffer.from(encodePlan(spec('alert-speed-range')));
    // WorkoutStep.alert (field 2) = { targetType: 2, targetKind: 2, speedAlert (field 4) { range (field 2) … } }
    expect(bytes.toString('hex')).toMatch(/12..0802100222..12/);
  });

  it('writes a heart-rate zone as target type current heart rate (5), kind zone (3), zone 3 in field 7', () => {
    const bytes = Buffer.from(encodePlan(spec('alert-hr-zone')));
    expect(bytes.toString('hex')).toContain('080510033a040a020803');
  });
});

describe('the decoder refuses what it cannot read, with a message', () => {
  it('bytes that are not a .workout file', () => {
    expect(() => decodePlan(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(WorkoutFileError);
    expect(() => decodePlan(new TextEncoder().encode('BEGIN:VCALENDAR'))).toThrow(/not a \.workout file|holds no workout/);
  });

  it('an empty file holds no workout', () => {
    expect(() => decodePlan(new Uint8Array())).toThrow('the file holds no workout');
  });

  it('an activity it has no name for', () => {
    // WorkoutPlan.goal (10) = { activity: 3000 ("other"), goal: open }
    const bytes = new Uint8Array([0x52, 0x07, 0x08, 0xb8, 0x17, 0x22, 0x02, 0x08, 0x04]);
    expect(() => decodePlan(bytes)).toThrow('the file holds the activity 3000, which runcast cannot name');
  });
});
