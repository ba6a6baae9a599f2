/** What the resolver needs to know about the athlete and the plan while it builds a workout. */
import type { Athlete } from '../../athlete/athlete.js';
import type { PaceTable, RacePace } from '../../paces/types.js';
import type { SessionLabel, Span } from '../ast.js';
import type { LabelPace } from '../dialect/labels.js';
import type { RaceDistance } from '../../paces/parse.js';
import { heartRateZones, type HeartRateZones } from '../../paces/heart-rate.js';

export interface Defaults {
  warmup: string;
  cooldown: string;
  stridesRecovery: string;
  /**
   * Which runs the warm-up and cool-down go around: work faster than easy (the default), or every
   * run, as a plan says that asks for them each time ("Always start with a good 15min Warm Up").
   */
  around?: WarmupAround;
  tolerance: { fast: number; slow: number };
  /** The race the plan prepares for: what "pace", "race pace" and "Race Day!" mean. */
  race?: RaceDistance;
  /** The unit the plan is written in: what a pace with no unit ("4:50") and "MP-10s" are per. */
  units?: 'km' | 'mi';
  /** The text is a whole day of a plan: a run of a stated length alone is the day's distance (see `statesDayTotal`). */
  day?: boolean;
}

export const WARMUP_AROUND = ['work', 'every run'] as const;
export type WarmupAround = (typeof WARMUP_AROUND)[number];

export const DEFAULTS: Defaults = {
  warmup: '15 min easy',
  cooldown: '10 min easy',
  stridesRecovery: '1 min walk',
  tolerance: { fast: 0.015, slow: 0.02 },
};

export interface Problem {
  span: Span;
  message: string;
  hint?: string;
}

/** Raised for a session that parses but cannot be resolved (a split on a time rep, say). */
export class ResolveError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export class ResolveContext {
  readonly notes: string[] = [];
  readonly warnings: Problem[] = [];
  /** The last race pace named, for "Faster". */
  lastRace?: RacePace;
  /** The session's label ("Recovery", "Lactate threshold"): the intensity of running the text leaves unpaced. */
  label?: SessionLabel;
  /** Inside a run with work in it: the pace the label gives unpaced reps ("VO2max 10 miles w/ 5 x 1000m"). */
  workPace?: LabelPace;

  constructor(
    readonly athlete: Athlete,
    readonly paces: PaceTable,
    readonly defaults: Defaults,
  ) {}

  #zones?: HeartRateZones | null;

  /** The athlete's heart-rate zones, when the profile has heart-rate data. */
  get heartRateZones(): HeartRateZones | undefined {
    if (this.#zones === undefined) this.#zones = heartRateZones(this.athlete.profile.heartRate) ?? null;
    return this.#zones ?? undefined;
  }

  get units() {
    return this.athlete.profile.units;
  }

  /** The unit the text is written in: the plan's, when it declares one, else the athlete's. */
  get writtenUnits() {
    return this.defaults.units ?? this.athlete.profile.units;
  }

  /** Whose unit a pace written with none is read in, for the notes. */
  get writtenUnitsWhose(): string {
    return this.defaults.units ? "the plan's unit" : 'your unit';
  }

  /** Pick from a written range as the athlete's `ranges` setting says, and record the choice. */
  choose(low: number, high: number, what: (v: number) => string, suffix = ''): number {
    if (low === high) return low;
    const mode = this.athlete.profile.ranges;
    const value = mode === 'low' ? low : mode === 'high' ? high : Math.round((low + high) / 2);
    this.note(`${what(low)}–${what(high)}${suffix} written: ${what(value)} chosen (ranges: ${mode})`);
    return value;
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  fail(span: Span, message: string, hint?: string): never {
    throw new ResolveError({ span, message, hint });
  }
}
