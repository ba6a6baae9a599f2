/** Reading an athlete profile (YAML or JSON) into an Athlete with its pace table. */
import type { Diagnostic } from '../ir/diagnostic.js';
import { buildPaceTable, profileProblems } from '../paces/table.js';
import { parseYamlWith } from '../plan/yaml-doc.js';
import type { Athlete } from './athlete.js';
import { athleteSchema, type AthleteInput } from './schema.js';

/** A profile is a few hundred bytes; this bounds what is read at all. */
export const MAX_PROFILE_CHARS = 64 * 1024;

const ATHLETE_KEYS = ['name', 'timezone', 'units', 'fitness', 'race', 'goal', 'model', 'riegelExponent', 'paces', 'ranges', 'times', 'heartRate', 'max', 'threshold', 'zones', 'distance', 'time', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Parse and check a profile document; every problem comes back as a diagnostic with its line. */
export function loadAthlete(text: string, file?: string): { athlete?: Athlete; diagnostics: Diagnostic[] } {
  if (text.length > MAX_PROFILE_CHARS) {
    const message = `the profile is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_PROFILE_CHARS.toLocaleString('en-US')} are allowed`;
    return { diagnostics: [{ severity: 'error', line: 1, column: 1, offset: 0, length: 1, message, file }] };
  }
  const doc = parseYamlWith(athleteSchema, text, file, ATHLETE_KEYS);
  if (!doc.value) return { diagnostics: doc.diagnostics };
  const diagnostics = [...doc.diagnostics];
  for (const problem of profileProblems(doc.value)) {
    const at = doc.locate(problem.path) ?? doc.locate(problem.path.slice(0, -1)) ?? { line: 1, column: 1, offset: 0 };
    const sourceLine = doc.lines[at.line - 1];
    diagnostics.push({
      severity: 'error',
      ...at,
      length: Math.max(1, spanLength(sourceLine, at.column)),
      message: problem.message,
      hint: problem.hint,
      file,
      sourceLine,
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { athlete: { profile: doc.value, paces: buildPaceTable(doc.value) }, diagnostics };
}

/** Underline the scalar at `column`: up to the next comma, brace or end of line. */
function spanLength(line: string | undefined, column: number): number {
  if (line === undefined) return 1;
  const rest = line.slice(column - 1);
  const m = /^("[^"]*"|'[^']*'|[^,}\]#]*)/.exec(rest);
  return (m?.[1] ?? '').trimEnd().length;
}

/**
 * An Athlete from an object already in hand (tests, the server after its own
 * validation). Throws an Error listing every problem, since a bad object here
 * is a programming error rather than user input.
 */
export function makeAthlete(input: AthleteInput): Athlete {
  const parsed = athleteSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(profile)'}: ${i.message}`);
    throw new Error(`invalid athlete profile: ${issues.join('; ')}`);
  }
  const problems = profileProblems(parsed.data);
  if (problems.length > 0) throw new Error(`invalid athlete profile: ${problems.map((p) => p.message).join('; ')}`);
  return { profile: parsed.data, paces: buildPaceTable(parsed.data) };
}
