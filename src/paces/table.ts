/**
 * The athlete's pace table: every named pace as a band of speeds, worked out
 * from current fitness, the goal race and any paces the coach wrote by hand.
 */
import type { AthleteProfile } from '../athlete/schema.js';
import { formatClock } from '../units/format.js';
import { parsePaceName, parsePaceText, parseRaceDistance, parseRaceTime, type RaceDistance, type WrittenPace } from './parse.js';
import { riegelSeconds } from './riegel.js';
import {
  RACE_METERS,
  RACE_PACES,
  type PaceEntry,
  type PaceName,
  type PaceTable,
  type RacePace,
} from './types.js';
import { danielsPaces, raceSecondsFromVdot, vdotFromRace } from './vdot.js';

/** Half-width of the band around a single pace, as a fraction of speed. */
export interface Tolerance {
  /** For paces run in short reps (800 through 5K, I, R), where a watch's lap pace is steadier. */
  fast: number;
  /** For the longer paces (8K to marathon, T, E), run over longer stretches. */
  slow: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { fast: 0.015, slow: 0.02 };

const FAST_PACES: ReadonlySet<PaceName> = new Set<PaceName>(['800', '1500', 'Mile', '3K', '5K', 'I', 'R']);

/** The slowest and fastest average race speeds the model is trusted with (m/s). */
const SPEED_LIMITS = { min: 1, max: 10.5 };
/** Race distances the Daniels/Gilbert and Riegel fits cover, roughly 1–300 minutes of racing. */
const DISTANCE_LIMITS = { min: 400, max: 50_000 };

/** A problem with a profile's fitness or paces, located by its path in the document. */
export interface ProfileProblem {
  path: (string | number)[];
  message: string;
  hint?: string;
}

interface Race extends RaceDistance {
  seconds: number;
}

interface Resolved {
  race: Race;
  goal?: Race;
  paces: { name: PaceName; key: string; written: WrittenPace }[];
}

/** Check what zod cannot: distances and times that mean something, and pace names. */
export function profileProblems(profile: AthleteProfile): ProfileProblem[] {
  return resolve(profile).problems;
}

function resolve(profile: AthleteProfile): { resolved?: Resolved; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const race = readRace(profile.fitness.race, ['fitness', 'race'], problems);
  const goal = profile.fitness.goal ? readRace(profile.fitness.goal, ['fitness', 'goal'], problems) : undefined;
  const paces: Resolved['paces'] = [];
  const seen = new Map<PaceName, string>();
  for (const [key, text] of Object.entries(profile.paces)) {
    const name = parsePaceName(key);
    if (!name.ok) {
      problems.push({ path: ['paces', key], message: `paces.${key}: ${name.error}`, hint: name.hint });
      continue;
    }
    const earlier = seen.get(name.value);
    if (earlier !== undefined) {
      problems.push({ path: ['paces', key], message: `paces.${key}: ${name.value} pace is already given as paces.${earlier}` });
      continue;
    }
    seen.set(name.value, key);
    const written = parsePaceText(text);
    if (!written.ok) {
      problems.push({ path: ['paces', key], message: `paces.${key}: ${written.error}`, hint: written.hint });
      continue;
    }
    paces.push({ name: name.value, key, written: written.value });
  }
  if (!race || problems.length > 0) return { problems };
  return { resolved: { race, goal, paces }, problems };
}

function readRace(
  input: { distance: string | number; time: string },
  path: string[],
  problems: ProfileProblem[],
): Race | undefined {
  const where = path.join('.');
  const distance = parseRaceDistance(input.distance);
  const time = parseRaceTime(input.time);
  if (!distance.ok) problems.push({ path: [...path, 'distance'], message: `${where}.distance: ${distance.error}`, hint: distance.hint });
  if (!time.ok) problems.push({ path: [...path, 'time'], message: `${where}.time: ${time.error}`, hint: time.hint });
  if (!distance.ok || !time.ok) return undefined;
  const { meters } = distance.value;
  if (meters < DISTANCE_LIMITS.min || meters > DISTANCE_LIMITS.max) {
    problems.push({
      path: [...path, 'distance'],
      message: `${where}.distance: ${Math.round(meters)} m is outside the race distances the pace model covers`,
      hint: `use a race between ${DISTANCE_LIMITS.min} m and the marathon`,
    });
    return undefined;
  }
  const speed = meters / time.value;
  if (speed < SPEED_LIMITS.min || speed > SPEED_LIMITS.max) {
    problems.push({
      path: [...path, 'time'],
      message: `${where}.time: ${input.distance} in ${formatClock(time.value)} is not a plausible race`,
      hint: 'times are h:mm:ss, m:ss or seconds: a 45-minute 10K is "45:00"',
    });
    return undefined;
  }
  return { ...distance.value, seconds: time.value };
}

/**
 * Build the pace table for a profile that has passed athleteSchema. Throws an
 * Error naming the problems if `profileProblems` would report any; callers
 * that take user input check those first and report them as diagnostics.
 */
export function buildPaceTable(profile: AthleteProfile, tolerance: Tolerance = DEFAULT_TOLERANCE): PaceTable {
  const { resolved, problems } = resolve(profile);
  if (!resolved) throw new Error(`invalid athlete profile: ${problems.map((p) => p.message).join('; ')}`);
  const { race, goal } = resolved;
  const model = profile.fitness.model;

  // Training paces always come from VDOT: Daniels' intensities are defined on it,
  // whichever model predicts race times.
  const vdot = vdotFromRace(race.meters, race.seconds);
  const daniels = danielsPaces(vdot);

  const equivalents = {} as Record<RacePace, number>;
  // The race that was run keeps its exact time rather than a round trip through VDOT.
  for (const p of RACE_PACES) {
    equivalents[p] =
      model === 'riegel'
        ? riegelSeconds(race.seconds, race.meters, RACE_METERS[p], profile.fitness.riegelExponent)
        : race.name === p
          ? race.seconds
          : raceSecondsFromVdot(vdot, RACE_METERS[p]);
  }

  const band = (name: PaceName, speed: number, source: PaceEntry['source']): PaceEntry => {
    const half = FAST_PACES.has(name) ? tolerance.fast : tolerance.slow;
    return { speed, low: speed * (1 - half), high: speed * (1 + half), source };
  };

  const fitness = {} as Record<RacePace, PaceEntry>;
  for (const p of RACE_PACES) fitness[p] = band(p, RACE_METERS[p] / equivalents[p], model);
  const paces = { ...fitness } as Record<PaceName, PaceEntry>;

  let goalEntry: PaceTable['goal'];
  if (goal) {
    const speed = goal.meters / goal.seconds;
    const half = goal.meters <= RACE_METERS['5K'] ? tolerance.fast : tolerance.slow;
    const entry: PaceEntry = { speed, low: speed * (1 - half), high: speed * (1 + half), source: 'goal' };
    goalEntry = { ...entry, distance: goal.name ?? goal.meters };
    if (goal.name) paces[goal.name] = entry;
  }

  // Daniels' M is the marathon race pace; it stays in the table under 'M' above.
  paces.E = { ...daniels.easy, source: 'vdot' };
  paces.T = band('T', daniels.threshold, 'vdot');
  paces.I = band('I', daniels.interval, 'vdot');
  paces.R = band('R', daniels.repetition, 'vdot');

  for (const { name, written } of resolved.paces) {
    paces[name] = written.single
      ? band(name, written.low, 'profile')
      : { speed: (written.low + written.high) / 2, low: written.low, high: written.high, source: 'profile' };
  }

  return { paces, goal: goalEntry, vdot, model, equivalents, fitness };
}
