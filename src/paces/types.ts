/** Named paces and the athlete's pace table, in metres per second. */

/** Race paces, slowest (marathon) to fastest (800 m). */
export const RACE_PACES = ['M', 'HM', '15K', '10K', '8K', '5K', '3K', 'Mile', '1500', '800'] as const;
export type RacePace = (typeof RACE_PACES)[number];

/** Daniels' training paces. Daniels' M equals the marathon race pace above. */
export const TRAINING_PACES = ['E', 'T', 'I', 'R'] as const;
export type TrainingPace = (typeof TRAINING_PACES)[number];

export type PaceName = RacePace | TrainingPace;

/** Race distances in metres. */
export const RACE_METERS: Record<RacePace, number> = {
  M: 42195,
  HM: 21097.5,
  '15K': 15000,
  '10K': 10000,
  '8K': 8000,
  '5K': 5000,
  '3K': 3000,
  Mile: 1609.344,
  '1500': 1500,
  '800': 800,
};

export interface PaceBand {
  /** Slower end, m/s. */
  low: number;
  /** Faster end, m/s. */
  high: number;
}

export interface PaceEntry extends PaceBand {
  /** The pace itself (centre), m/s. */
  speed: number;
  /** Where it came from: "vdot", "riegel", "goal", "profile". */
  source: 'vdot' | 'riegel' | 'goal' | 'profile';
}

export interface PaceTable {
  paces: Record<PaceName, PaceEntry>;
  /** The athlete's goal race pace, when a goal is given ("goal pace"). */
  goal?: PaceEntry & { distance: RacePace | number };
  /** VDOT of the current race (present with the vdot model). */
  vdot?: number;
  model: 'vdot' | 'riegel';
  /** Equivalent race times in seconds from current fitness. */
  equivalents: Record<RacePace, number>;
  /**
   * The race paces current fitness gives, before the goal or the profile's own
   * paces replace any of them in `paces`: the pace of each equivalent time.
   */
  fitness: Record<RacePace, PaceEntry>;
}

/** What each pace name means, in words for athletes. */
export const PACE_MEANINGS: Record<PaceName, string> = {
  E: 'easy',
  T: 'threshold',
  I: 'interval',
  R: 'repetition',
  M: 'marathon',
  HM: 'half marathon',
  '15K': '15 km',
  '10K': '10 km',
  '8K': '8 km',
  '5K': '5 km',
  '3K': '3 km',
  Mile: 'mile',
  '1500': '1500 m',
  '800': '800 m',
};
