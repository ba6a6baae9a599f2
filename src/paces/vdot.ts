/**
 * Daniels/Gilbert "Oxygen Power" (1979) model, as used for the VDOT tables in
 * Daniels' Running Formula. Speeds in and out are m/s; the published regressions
 * are in metres per minute and minutes, so conversions happen only in here.
 */

/** Oxygen cost (ml/kg/min) of running at v metres per minute. */
export function oxygenCost(metersPerMinute: number): number {
  const v = metersPerMinute;
  return -4.6 + 0.182258 * v + 0.000104 * v * v;
}

/** Fraction of VO2max a runner can sustain for a race lasting t minutes. */
export function sustainableFraction(minutes: number): number {
  return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
}

/** VDOT (pseudo-VO2max) implied by running `meters` in `seconds`. */
export function vdotFromRace(meters: number, seconds: number): number {
  const minutes = seconds / 60;
  return oxygenCost(meters / minutes) / sustainableFraction(minutes);
}

/**
 * Speed (m/s) whose oxygen cost is `fraction` of `vdot`: the positive root of
 * 0.000104 v² + 0.182258 v − (4.60 + fraction·vdot) = 0, in m/min.
 */
export function speedAtFraction(vdot: number, fraction: number): number {
  const a = 0.000104;
  const b = 0.182258;
  const c = -(4.6 + fraction * vdot);
  const metersPerMinute = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
  return metersPerMinute / 60;
}

/**
 * Race time (s) over `meters` for a runner of this VDOT. vdotFromRace falls
 * strictly as time grows (slower over the same distance), so bisection on time
 * always converges and gives the same answer on every machine.
 */
export function raceSecondsFromVdot(vdot: number, meters: number): number {
  // Bracket: nobody runs faster than 12 m/s, and 0.5 m/s is a slow walk.
  let fast = meters / 12;
  let slow = meters / 0.5;
  for (let i = 0; i < 200 && slow - fast > 1e-9 * slow; i++) {
    const mid = (fast + slow) / 2;
    if (vdotFromRace(meters, mid) > vdot) fast = mid;
    else slow = mid;
  }
  return (fast + slow) / 2;
}

/**
 * Daniels' training intensities as fractions of VDOT (of VO2max, for the
 * oxygen-cost curve). Daniels' Running Formula describes them in words and
 * heart-rate bands; the fractions here are chosen so the paces match the
 * published tables (Daniels' VDOT O2 calculator: a 3:15:00 marathoner, VDOT
 * 48.7, gets E 8:25–9:16, M 7:26, T 7:00, I 6:26 /mi; a 1:30:00 half
 * marathoner, VDOT 51.0, E 8:07–8:56, T 6:45, I 6:12 /mi). Checked against
 * rows from VDOT 41 to 66 the implied fractions are 0.619–0.621 and
 * 0.699–0.701 (E), 0.878–0.880 (T), 0.974–0.976 (I): about 1 s per mile.
 * Below VDOT ~38 the published paces run a little faster than these fractions
 * give (a 2:00 half marathoner's I is 7:59 /mi, ~8 s faster than 97.5%).
 */
export const DANIELS_FRACTIONS = {
  /**
   * Easy: Daniels puts E at roughly 59–74% of VO2max (65–79% of max heart rate),
   * the range where stroke volume is already near its peak but the running
   * leaves the legs fresh. The table's E band is narrower and sits inside it.
   */
  easySlow: 0.62,
  easyFast: 0.7,
  /**
   * Threshold: "comfortably hard", the pace a trained runner could race for
   * about an hour; Daniels gives 83–88% of VO2max, and his tables use the top
   * of that range.
   */
  threshold: 0.88,
  /**
   * Interval: training at VO2max, about the pace a runner could race for
   * 10–12 minutes; the tables sit just under 100% so several minutes of work
   * per rep are possible.
   */
  interval: 0.975,
} as const;

/** R pace: Daniels sets repetition pace about 6 s per 400 m faster than I pace. */
export const R_SECONDS_FASTER_PER_400 = 6;

export interface DanielsPaces {
  /** Slower and faster ends of the easy band, and its centre (the middle fraction), m/s. */
  easy: { low: number; speed: number; high: number };
  threshold: number;
  interval: number;
  repetition: number;
  /** Marathon race pace, m/s. */
  marathon: number;
}

export function danielsPaces(vdot: number): DanielsPaces {
  const f = DANIELS_FRACTIONS;
  const interval = speedAtFraction(vdot, f.interval);
  return {
    easy: {
      low: speedAtFraction(vdot, f.easySlow),
      speed: speedAtFraction(vdot, (f.easySlow + f.easyFast) / 2),
      high: speedAtFraction(vdot, f.easyFast),
    },
    threshold: speedAtFraction(vdot, f.threshold),
    interval,
    repetition: 400 / (400 / interval - R_SECONDS_FASTER_PER_400),
    marathon: 42195 / raceSecondsFromVdot(vdot, 42195),
  };
}
