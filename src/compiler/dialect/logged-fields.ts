/**
 * The fields of a run written as a log's small form ("Distance: 3 miles\nIntended pace: 11 minutes
 * per mile\nActual pace: 11’14”", "Plan: 6 miles easy/6.0/58:17/9:43 min/mile\nRan: 6.03/58:19/…"):
 * each label and what its line gives. The planned and intended values are the session; the actual
 * ones, and a bare time or pace beside a logged distance, are results kept in the notes.
 */

/**
 * - `length`: the run's distance; `time`, `pace`: how long it took or its pace, a result in a log and
 *   otherwise left as written;
 * - `intended`: the pace the run was meant at, its target;
 * - `actual`: what was run, a result, never a target;
 * - `kind`: the kind of run ("easy", "steady"), its effort when no intended pace is given;
 * - `plan`: a line giving the planned run, with its planned total, time and pace after slashes;
 * - `comments`: the runner's words about the run;
 * - `day`: how the runner's day went ("Sleep: 5.5h", "Legs: 8/10", "Weather: 45 degrees"): only a log
 *   keeps these, so the text is a log; the line is kept in the notes.
 */
export type FieldRole = 'length' | 'time' | 'pace' | 'intended' | 'actual' | 'kind' | 'plan' | 'comments' | 'day';

/** Each field's label (as written before its colon, in lower case) and its role; the longest label is matched first. */
export const LOG_FIELDS: ReadonlyArray<readonly [string, FieldRole]> = [
  ['distance', 'length'],
  ['time', 'time'],
  ['duration', 'time'],
  ['pace', 'pace'],
  ['avg pace', 'pace'],
  ['average pace', 'pace'],
  ['intended pace', 'intended'],
  ['planned pace', 'intended'],
  ['target pace', 'intended'],
  ['goal pace', 'intended'],
  ['actual pace', 'actual'],
  ['actual time', 'actual'],
  ['actual distance', 'actual'],
  ['actual', 'actual'],
  ['ran', 'actual'],
  ['result', 'actual'],
  ['results', 'actual'],
  ['run designation', 'kind'],
  ['run type', 'kind'],
  ['type of run', 'kind'],
  ['type', 'kind'],
  ['plan', 'plan'],
  ['planned', 'plan'],
  ['comments', 'comments'],
  ['comment', 'comments'],
  ['sleep', 'day'],
  ['legs', 'day'],
  ['weather', 'day'],
  ['shoes', 'day'],
  ['shoe', 'day'],
  ['mood', 'day'],
  ['temperature', 'day'],
  ['temp', 'day'],
];

/** The labels of the fields only a runner's log keeps (role `day`). */
export const LOG_DAY_FIELDS: ReadonlySet<string> = new Set(LOG_FIELDS.filter(([, role]) => role === 'day').map(([label]) => label));
