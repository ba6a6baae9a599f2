/**
 * Reading FIT files back in tests with two independent consumers:
 * - Garmin's own SDK Decoder (integrity check, named fields), and
 * - fit-file-parser: its strict raw reader (header, CRC, structure) for every
 *   message field by field number, and its semantic parser.
 * Values are read raw — no scale applied, no subfields expanded — so tests
 * compare milliseconds, centimetres and mm/s, what a watch actually reads.
 */
import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser, { readFitMessages, readFitStringField, readFitUnsignedField, type FitRawField } from 'fit-file-parser';
import { expect } from 'vitest';
import type { Node, Step, Workout } from '../../src/ir/workout.js';

/** Global message numbers and base types from the FIT profile, spelled out to stay independent of the writer. */
export const MESG = { FILE_ID: 0, WORKOUT: 26, WORKOUT_STEP: 27, SCHEDULE: 28 } as const;
const BASE = { ENUM: 0x00, UINT16: 0x84, UINT32: 0x86, UINT32Z: 0x8c } as const;

export interface SdkDecoded {
  messages: Record<string, Record<string, unknown>[]>;
}

/** Decodes with the SDK and fails the test unless the file is FIT, passes its integrity check and decodes without errors. */
export function sdkDecode(bytes: Uint8Array): SdkDecoded {
  const stream = Stream.fromByteArray(bytes);
  expect(Decoder.isFIT(stream)).toBe(true);
  const decoder = new Decoder(stream);
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read({
    applyScaleAndOffset: false,
    expandSubFields: false,
    expandComponents: false,
    convertTypesToStrings: true,
    convertDateTimesToDates: false,
    includeUnknownData: true,
    mergeHeartRates: false,
  });
  expect(errors).toEqual([]);
  return { messages: messages as unknown as SdkDecoded['messages'] };
}

export interface RawMessage {
  mesgNum: number;
  fields: Map<number, FitRawField>;
  littleEndian: boolean;
}

/** Every message, by field number, through fit-file-parser's strict reader (it throws on a bad CRC or structure). */
export function rawDecode(bytes: Uint8Array): RawMessage[] {
  const { messages } = readFitMessages(bytes);
  return messages.map((m) => ({
    mesgNum: m.globalMessageNumber,
    fields: new Map(m.fields.map((f) => [f.fieldNumber, f])),
    littleEndian: m.littleEndian,
  }));
}

const u8 = (m: RawMessage, n: number) => readFitUnsignedField(m.fields.get(n), BASE.ENUM, 1, m.littleEndian);
const u16 = (m: RawMessage, n: number) => readFitUnsignedField(m.fields.get(n), BASE.UINT16, 2, m.littleEndian);
const u32 = (m: RawMessage, n: number) => readFitUnsignedField(m.fields.get(n), BASE.UINT32, 4, m.littleEndian);
const u32z = (m: RawMessage, n: number) => readFitUnsignedField(m.fields.get(n), BASE.UINT32Z, 4, m.littleEndian);
/** Decoded with a fatal UTF-8 decoder: a string cut mid-character throws here. */
const str = (m: RawMessage, n: number) => readFitStringField(m.fields.get(n));
/** Bytes the field takes in the file, NUL included. */
const size = (m: RawMessage, n: number) => m.fields.get(n)?.size;

/** FIT enum values used by the tests, from the FIT profile. */
export const DURATION = { time: 0, distance: 1, open: 5, repeatUntilStepsCmplt: 6 } as const;
export const TARGET = { speed: 0, heartRate: 1, open: 2 } as const;
export const INTENSITY = { active: 0, rest: 1, warmup: 2, cooldown: 3, recovery: 4 } as const;
export const FILE = { workout: 5, schedules: 7 } as const;
export const SPORT = { generic: 0, running: 1, training: 10 } as const;
export const SUB_SPORT = { generic: 0, strengthTraining: 20, cardioTraining: 26 } as const;

export interface RawStep {
  messageIndex?: number;
  name?: string;
  nameBytes?: number;
  durationType?: number;
  durationValue?: number;
  targetType?: number;
  targetValue?: number;
  low?: number;
  high?: number;
  intensity?: number;
  notes?: string;
  notesBytes?: number;
}

export function rawSteps(bytes: Uint8Array): RawStep[] {
  return rawDecode(bytes)
    .filter((m) => m.mesgNum === MESG.WORKOUT_STEP)
    .map((m) => ({
      messageIndex: u16(m, 254),
      name: str(m, 0),
      nameBytes: size(m, 0),
      durationType: u8(m, 1),
      durationValue: u32(m, 2),
      targetType: u8(m, 3),
      targetValue: u32(m, 4),
      low: u32(m, 5),
      high: u32(m, 6),
      intensity: u8(m, 7),
      notes: str(m, 8),
      notesBytes: size(m, 8),
    }));
}

const nameOf = (table: Record<string, number>) => (v: unknown) => (typeof v === 'string' ? table[v] : (v as number | undefined));

/** The steps as Garmin's SDK reads them, in the same raw units and enum numbers as rawSteps. */
export function sdkSteps(bytes: Uint8Array): RawStep[] {
  const steps = sdkDecode(bytes).messages.workoutStepMesgs ?? [];
  return steps.map((m) => ({
    messageIndex: m.messageIndex as number | undefined,
    name: m.wktStepName as string | undefined,
    durationType: nameOf(DURATION)(m.durationType),
    durationValue: m.durationValue as number | undefined,
    targetType: nameOf(TARGET)(m.targetType),
    targetValue: m.targetValue as number | undefined,
    low: m.customTargetValueLow as number | undefined,
    high: m.customTargetValueHigh as number | undefined,
    intensity: nameOf(INTENSITY)(m.intensity),
    notes: m.notes as string | undefined,
  }));
}

/** The steps, read by both decoders, which must agree field for field. */
export function bothSteps(bytes: Uint8Array): RawStep[] {
  const raw = rawSteps(bytes);
  const same = ({ nameBytes: _n, notesBytes: _b, ...s }: RawStep) => s;
  expect(sdkSteps(bytes)).toEqual(raw.map(same));
  return raw;
}

export interface RawFileId {
  type?: number;
  manufacturer?: number;
  product?: number;
  serialNumber?: number;
  timeCreated?: number;
}

function fileIdOf(m: RawMessage): RawFileId {
  return { type: u8(m, 0), manufacturer: u16(m, 1), product: u16(m, 2), serialNumber: u32z(m, 3), timeCreated: u32(m, 4) };
}

export function rawFileId(bytes: Uint8Array): RawFileId {
  const ids = rawDecode(bytes).filter((m) => m.mesgNum === MESG.FILE_ID);
  expect(ids).toHaveLength(1);
  return fileIdOf(ids[0]!);
}

/** The file's identity (serial number and creation time), read by both decoders, which must agree. */
export function fileIdentity(bytes: Uint8Array): { serialNumber: number; timeCreated: number } {
  const raw = rawFileId(bytes);
  const [sdk] = sdkDecode(bytes).messages.fileIdMesgs ?? [];
  expect({ serialNumber: sdk?.serialNumber, timeCreated: sdk?.timeCreated }).toEqual({
    serialNumber: raw.serialNumber,
    timeCreated: raw.timeCreated,
  });
  return { serialNumber: raw.serialNumber!, timeCreated: raw.timeCreated! };
}

export interface RawWorkout {
  name?: string;
  nameBytes?: number;
  sport?: number;
  subSport?: number;
  numValidSteps?: number;
}

export function rawWorkout(bytes: Uint8Array): RawWorkout {
  const ws = rawDecode(bytes).filter((m) => m.mesgNum === MESG.WORKOUT);
  expect(ws).toHaveLength(1);
  const m = ws[0]!;
  return { name: str(m, 8), nameBytes: size(m, 8), sport: u8(m, 4), subSport: u8(m, 11), numValidSteps: u16(m, 6) };
}

export interface RawSchedule extends RawFileId {
  completed?: number;
  scheduleType?: number;
  scheduledTime?: number;
}

export function rawSchedules(bytes: Uint8Array): RawSchedule[] {
  return rawDecode(bytes)
    .filter((m) => m.mesgNum === MESG.SCHEDULE)
    .map((m) => ({
      manufacturer: u16(m, 0),
      product: u16(m, 1),
      serialNumber: u32z(m, 2),
      timeCreated: u32(m, 3),
      completed: u8(m, 4),
      scheduleType: u8(m, 5),
      scheduledTime: u32(m, 6),
    }));
}

/** fit-file-parser's semantic parse (strict: no `force`), for the names it gives fields and enums. */
export async function parserDecode(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  return new FitParser({ force: false, mode: 'list' }).parseAsync(buffer);
}

/** FIT date_time seconds for a UTC instant given as an ISO string. */
export function fitSeconds(iso: string): number {
  return (Date.parse(iso) - Date.UTC(1989, 11, 31)) / 1000;
}

/** The steps an athlete runs, in order, as the IR means them (no recovery after the last rep when flagged). */
export function runSequence(nodes: readonly Node[]): Step[] {
  const out: Step[] = [];
  for (const n of nodes) {
    if (n.type === 'step') {
      out.push(n);
      continue;
    }
    for (let k = 0; k < n.count; k++) {
      let body = n.children;
      if (k === n.count - 1 && n.skipLastRecovery) {
        let end = body.length;
        while (end > 0 && body[end - 1]!.type === 'step' && ['recovery', 'rest'].includes((body[end - 1] as Step).intensity)) end--;
        body = body.slice(0, end);
      }
      out.push(...runSequence(body));
    }
  }
  return out;
}

/** Plays the decoded steps the way a watch does, following repeat steps back to their first step. */
export function playOnWatch(steps: readonly RawStep[]): RawStep[] {
  steps.forEach((s, i) => expect(s.messageIndex).toBe(i));
  const done: RawStep[] = [];
  const rounds = new Map<number, number>();
  for (let pc = 0, guard = 0; pc < steps.length; guard++) {
    expect(guard).toBeLessThan(10_000);
    const s = steps[pc]!;
    if (s.durationType !== DURATION.repeatUntilStepsCmplt) {
      done.push(s);
      pc++;
      continue;
    }
    expect(s.durationValue).toBeLessThan(pc);
    const round = rounds.get(pc) ?? 1;
    if (round < s.targetValue!) {
      rounds.set(pc, round + 1);
      pc = s.durationValue!;
    } else {
      rounds.delete(pc);
      pc++;
    }
  }
  return done;
}

/** What a step of the IR must look like on the watch, in the file's raw units. */
export function expectedRaw(s: Step): Partial<RawStep> {
  const d = s.duration;
  const t = s.target;
  return {
    durationType: DURATION[d.kind],
    durationValue: d.kind === 'time' ? Math.round(d.seconds * 1000) : d.kind === 'distance' ? Math.round(d.meters * 100) : undefined,
    targetType: t.kind === 'pace' ? TARGET.speed : t.kind === 'heartRate' ? TARGET.heartRate : TARGET.open,
    // Garmin's cookbook: a step without a pace has target value 0 and a zero band.
    targetValue: 0,
    // Speeds in mm/s; heart rates in bpm + 100 (FIT keeps 0–100 for % of max HR).
    low: t.kind === 'pace' ? Math.round(t.low * 1000) : t.kind === 'heartRate' ? t.low + 100 : 0,
    high: t.kind === 'pace' ? Math.round(t.high * 1000) : t.kind === 'heartRate' ? t.high + 100 : 0,
    intensity: INTENSITY[s.intensity],
  };
}

/** Repeat steps as Garmin's cookbook writes them: target_type open, the count in target_value, no band. */
export function expectCookbookRepeats(steps: readonly RawStep[]): void {
  for (const s of steps.filter((x) => x.durationType === DURATION.repeatUntilStepsCmplt)) {
    expect(s.targetType).toBe(TARGET.open);
    expect(s.targetValue).toBeGreaterThan(0);
    expect(s.low).toBeUndefined();
  }
}

const essentials = (s: RawStep): Partial<RawStep> => ({
  durationType: s.durationType,
  durationValue: s.durationValue,
  targetType: s.targetType,
  targetValue: s.targetValue,
  low: s.low,
  high: s.high,
  intensity: s.intensity,
});

/**
 * Decodes with both readers and checks that the watch, playing the file,
 * runs exactly the steps the IR describes, in raw units. Returns the steps.
 */
export function expectRunsLikeIr(bytes: Uint8Array, w: Workout): RawStep[] {
  const steps = bothSteps(bytes);
  expect(rawWorkout(bytes).numValidSteps).toBe(steps.length);
  expectCookbookRepeats(steps);
  expect(playOnWatch(steps).map(essentials)).toEqual(runSequence(w.steps).map(expectedRaw));
  return steps;
}
