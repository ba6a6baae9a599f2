/**
 * An athlete profile from the API, as a JSON object or as YAML text, checked
 * the same way the CLI checks a profile file: every problem comes back with its
 * path (or line and column) and hint, as a 422.
 */
import type { Athlete } from '../athlete/athlete.js';
import { loadAthlete } from '../athlete/load.js';
import { athleteSchema, type AthleteProfile } from '../athlete/schema.js';
import { buildPaceTable, profileProblems } from '../paces/table.js';
import { HttpError, unprocessable, zodIssues } from './errors.js';

export type ProfileResult = { ok: true; athlete: Athlete } | { ok: false; error: HttpError };

const MESSAGE = 'The athlete profile has problems.';

export function checkProfile(input: Record<string, unknown> | string): ProfileResult {
  if (typeof input === 'string') {
    const loaded = loadAthlete(input, 'profile');
    if (loaded.athlete) return { ok: true, athlete: loaded.athlete };
    return { ok: false, error: unprocessable('invalid_athlete', MESSAGE, loaded.diagnostics) };
  }
  const parsed = athleteSchema.safeParse(input);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error, ['profile']);
    return { ok: false, error: new HttpError(422, 'invalid_athlete', MESSAGE, { issues }) };
  }
  return fromProfile(parsed.data);
}

function fromProfile(profile: AthleteProfile): ProfileResult {
  const problems = profileProblems(profile);
  if (problems.length > 0) {
    const issues = problems.map((p) => ({ path: ['profile', ...p.path].join('.'), message: p.message, hint: p.hint ?? null }));
    return { ok: false, error: new HttpError(422, 'invalid_athlete', MESSAGE, { issues }) };
  }
  return { ok: true, athlete: { profile, paces: buildPaceTable(profile) } };
}

/**
 * A profile read back from the store was valid when written; one stored
 * before a rule was tightened (a name of control characters, a clock time
 * of "25:00") is refused as the coach's to mend, with the same details.
 */
export function storedAthlete(profile: unknown): Athlete {
  const result = checkProfile(profile as Record<string, unknown>);
  if (!result.ok) {
    throw new HttpError(422, 'invalid_stored_athlete', 'The stored athlete profile is no longer valid: send a new one.', result.error.details);
  }
  return result.athlete;
}
