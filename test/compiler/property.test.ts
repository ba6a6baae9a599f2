/**
 * Properties of the compiler over generated input:
 * - whatever the text, compiling ends in a workout with steps or in one positioned
 *   error, never an exception, and every workout is one a watch could run;
 * - a workout printed back as shorthand (`toShorthand`) compiles to the same steps.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import { isBudgetError } from '../../src/compiler/budget.js';
import type { Athlete } from '../../src/athlete/athlete.js';
import type { Node, Workout } from '../../src/ir/workout.js';
import { toShorthand } from '../../src/writers/shorthand.js';
import { outline, stepDiffs } from '../helpers/steps.js';

function fixtureAthlete(name: string): Athlete {
  const loaded = loadAthlete(readFileSync(new URL(`../../fixtures/athletes/${name}.yaml`, import.meta.url), 'utf8'), `${name}.yaml`);
  if (!loaded.athlete) throw new Error(`${name} athlete does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.athlete;
}
/** The reference athlete (6:00 mile, goal 5:45, miles); a km runner and one with hand-written paces for the round trip. */
const athlete = fixtureAthlete('reference');
const athletes: Record<string, Athlete> = { reference: athlete, 'km-runner': fixtureAthlete('km-runner'), 'explicit-paces': fixtureAthlete('explicit-paces') };

const errorsOf = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');

/** What every compiled session must satisfy, whatever its text. */
function checkOutcome(text: string, w: Workout): void {
  for (const d of w.diagnostics) {
    expect(d.line, `line of ${JSON.stringify(d)}`).toBeGreaterThanOrEqual(1);
    expect(d.column, `column of ${JSON.stringify(d)}`).toBeGreaterThanOrEqual(1);
    expect(d.length).toBeGreaterThanOrEqual(1);
    expect(d.offset).toBeGreaterThanOrEqual(0);
    expect(d.offset).toBeLessThanOrEqual(text.length);
    expect(d.message.trim()).not.toBe('');
    // The caret sits on the line shown, at most one past its end (a missing word at the end).
    expect(d.sourceLine).toBeDefined();
    expect(d.column - 1).toBeLessThanOrEqual(d.sourceLine!.length);
    expect(d.sourceLine).toBe(text.split('\n')[d.line - 1]);
  }
  const errors = errorsOf(w);
  if (errors.length > 0) {
    // One clear error: compilation stops at the first thing it cannot read.
    expect(errors).toHaveLength(1);
    expect(w.steps).toEqual([]);
    return;
  }
  if (w.sport === 'running') expect(w.steps.length, `no steps and no error for ${JSON.stringify(text)}`).toBeGreaterThan(0);
  checkNodes(w.steps);
  expect(Number.isFinite(w.estimate.seconds) && w.estimate.seconds >= 0).toBe(true);
  expect(Number.isFinite(w.estimate.meters) && w.estimate.meters >= 0).toBe(true);
}

/** Steps a watch can run: positive finite lengths, positive finite pace bands slow to fast, repeats of two or more. */
function checkNodes(nodes: readonly Node[]): void {
  for (const n of nodes) {
    if (n.type === 'repeat') {
      expect(Number.isInteger(n.count) && n.count >= 2, `repeat count ${n.count}`).toBe(true);
      expect(n.children.length).toBeGreaterThan(0);
      checkNodes(n.children);
      continue;
    }
    const d = n.duration;
    if (d.kind === 'time') expect(Number.isFinite(d.seconds) && d.seconds > 0, `time ${d.seconds}`).toBe(true);
    if (d.kind === 'distance') expect(Number.isFinite(d.meters) && d.meters > 0, `distance ${d.meters}`).toBe(true);
    const t = n.target;
    if (t.kind === 'pace') {
      expect(Number.isFinite(t.low) && Number.isFinite(t.high), `pace band ${t.low}..${t.high} (${t.name})`).toBe(true);
      expect(t.low).toBeGreaterThan(0);
      expect(t.low).toBeLessThanOrEqual(t.high);
    }
  }
}

function compileChecked(text: string): Workout | undefined {
  let w: Workout;
  try {
    w = compileSession(text, athlete);
  } catch (e) {
    // The one refusal that is not a diagnostic: more work than a session may hold ("200 x (200 x 400m)"),
    // refused before any of it is done, with the figure and the limit.
    if (isBudgetError(e)) {
      expect(e.reason).toMatch(/\d.*; at most [\d,]+ are allowed$/);
      return undefined;
    }
    throw new Error(`compileSession threw on ${JSON.stringify(text)}: ${(e as Error).stack}`);
  }
  checkOutcome(text, w);
  return w;
}

/** Tokens of the shorthand and near misses, so generated text reaches deep into the parser. */
const TOKENS = [
  '6', '8', '10', '2', '3', '1', '0', '400', '200', '1,000', '1.5', '.5', '1:30', '0:00', '6:30', '75', '250', '99999',
  'x', '×', 'X', '-', '–', '—', 'to', '/', '+', ',', ';', '(', ')', '[', ']', '@', '%', '.', ':',
  'm', 'meters', 'k', 'km', 'mi', 'mile', 'miles', 'sec', 'seconds', 's', 'min', 'mni', 'minutes', 'hr',
  'HM', 'hm', 'MP', 'M', 'Mile', '5K', '10K', '15K', '800', '1500', 'E', 'T', 'I', 'R', 'tempo', 'LT', 'goal', 'half', 'marathon', 'pace', 'Faster', 'HN',
  'w/', 'w.', 'w', 'with', 'jog', 'jgo', 'walk', 'rest', 'recovery', 'down', 'full', 'previous', 'distance', 'equal', 'time', 'interval', 'between', 'sets', 'set', 'of', 'in', 'each',
  'strides', 'hill', 'effort', 'max', 'hard', 'easy', 'run', 'race', 'WU', 'CD', 'WU/CD', 'cut', 'i.e.', 'or', 'OFF', 'Rest', 'PT', 'Strength', 'Focused', 'Lift', 'cross-train', 'and', 'then', 'for', 'rhythm',
];
const tokenSoup = (sep: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(fc.constantFrom(...TOKENS), sep), { minLength: 1, maxLength: 18 }).map((parts) => parts.map(([t, s]) => t + s).join('').trim());

describe('any input ends in a workout or in one positioned error', () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => void compileChecked(s)), { numRuns: 1500 });
  });

  it('arbitrary unicode, including combining marks, astral characters and lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => void compileChecked(s)), { numRuns: 800 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => void compileChecked(s)), { numRuns: 800 });
  });

  it('shorthand tokens in any order, spaced, glued and across lines', () => {
    fc.assert(fc.property(tokenSoup(fc.constantFrom(' ', ' ', ' ', '', '  ', '\n', '\t')), (s) => void compileChecked(s)), { numRuns: 4000 });
  });

  it('valid sessions with one token mutated still end cleanly', () => {
    fc.assert(
      fc.property(session, fc.nat(), fc.constantFrom(...TOKENS, ''), (text, at, token) => {
        const words = text.split(' ');
        words[at % words.length] = token;
        compileChecked(words.join(' '));
      }),
      { numRuns: 1500 },
    );
  });
});

// ---- a small grammar of valid sessions -----------------------------------------

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const count = fc.oneof(
  fc.integer({ min: 2, max: 12 }).map(String),
  fc.tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 0, max: 4 }), pick('-', ' - ', ' to ', '–', ' -')).map(([a, d, sep]) => `${a}${sep}${a + d}`),
);
const distance = pick('200m', '300m', '400m', '400 meters', '600m', '800m', '1000m', '1,000m', '1k', '1 km', '1200m', '1 mile', '1.5 mi', '2 mi');
const duration = pick('20 sec', '30 seconds', '45s', '90s', '1 min', '1:30 min', '2 min', '3 min', '5 min', '8 min', '10 min', '15 min', '20 min');
const raceName = pick('800', '1500', 'Mile', '3K', '5K', '8K', '10K', '15K', 'HM', 'half marathon', 'MP', 'M');
const namedPace = fc.oneof(
  raceName,
  pick('E', 'T', 'I', 'R', 'tempo', 'threshold', 'LT', 'interval', 'rep', 'goal mile', 'goal pace', 'easy'),
  fc.tuple(raceName, pick('-', ' - ', ' to ', '–', '—'), raceName).map(([a, sep, b]) => `${a}${sep}${b}`),
  pick('MP-10s', 'M-15s', '5K + 5 sec', '10K+10s', 'HM - 5 sec'),
);
const explicitPace = pick('6:30/mi', '7:00/mi', '4:05/km', '6:20-6:30/mi', '4:00-4:10/km', '7:15 per mile');
const pace = fc.oneof({ weight: 4, arbitrary: namedPace }, { weight: 1, arbitrary: explicitPace });
const recoveryClause = pick(
  '',
  ' w/ 400m jog recovery',
  ' w/ 200m jog',
  ' w/ 90 sec recovery',
  ' w/ 1:30 min recovery',
  ' w/ 1 min walk recovery',
  ' w. 400m jog rest',
  ' with 60 seconds of recovery jog in between',
  ' (jog 4 min recovery)',
  ' w/ jog down recovery',
  ' w/ full recovery',
  ' full recovery',
  ' w/ equal time jog',
  ' jog 50 to 90% interval time between',
  ' w/ 2 min jog',
);
const times = pick(' x ', 'x ', ' × ', ' X ');
/** A time for each rep fits its distance: "1000m @ 75" is a pace no runner runs, and is refused. */
const timedRep = pick<[string, string]>(['200', ' @ 35'], ['400', ' @ 75'], ['400m', ' in 80s'], ['800', ' @ 2:50'], ['800m', ' @ 2:50'], ['1000m', ' @ 3:30'], ['1 mile', ' @ 5:40']);
const repsOfDistance = fc.oneof(
  fc.tuple(count, times, fc.oneof(distance, pick('200', '400', '800')), pace, recoveryClause).map(([c, x, d, p, r]) => `${c}${x}${d} @ ${p}${r}`),
  fc.tuple(count, times, timedRep, recoveryClause).map(([c, x, [d, t], r]) => `${c}${x}${d}${t}${r}`),
);
const repsOfTime = fc.tuple(count, times, duration, pace, recoveryClause).map(([c, x, d, p, r]) => `${c}${x}${d} @ ${p}${r}`);
const paired = fc
  .tuple(count, pick('800m/300m', '400m/200m', '2 min/1 min'), fc.tuple(raceName, raceName), pick(' w/ 100m/400m jog recovery', ' w/ 200m jog', ' w/ 1 min/2 min recovery', ''))
  .map(([c, q, [a, b], r]) => `${c} x ${q} @ ${a}/${b}${r}`);
const reps = fc.oneof(repsOfDistance, repsOfTime);
const ladder = fc
  .tuple(fc.array(pick('200m', '300m', '400m', '500m', '600m', '800m'), { minLength: 2, maxLength: 5 }), pick(', ', ', and '), pace, pick(' w/ previous distance jog recovery', ' with a full recovery in between each interval', ' w/ 200m jog', ''))
  .map(([ds, lastSep, p, r]) => `${ds.slice(0, -1).join(', ')}${lastSep}${ds[ds.length - 1]} @ ${p}${r}`);
const group = fc.oneof(
  fc.tuple(fc.integer({ min: 2, max: 4 }), repsOfDistance).map(([n, r]) => `${n} x (${r})`),
  fc.tuple(fc.integer({ min: 2, max: 4 }), repsOfDistance, pick(' w/ 3 min between sets', ' w/ 800m jog between sets', '')).map(([n, r, s]) => `${n} sets of ${r}${s}`),
);
const strides = fc.tuple(fc.integer({ min: 4, max: 8 }), pick('20 sec strides', '100m strides', '100m strides @ Mile for rhythm', '15 sec strides w/ 45 sec walk')).map(([n, s]) => `${n} x ${s}`);
const hills = fc.tuple(count, pick('30 sec hill', '60 sec hills', '200m hill'), pick(' w/ jog down recovery', ' w/ walk down recovery', ' w/ 90s jog')).map(([c, h, r]) => `${c} x ${h}${r}`);
const effortReps = fc.tuple(count, duration, pick('90-95% effort', 'hard', 'max', 'all out'), recoveryClause).map(([c, d, e, r]) => `${c} x ${d} at ${e}${r}`);
const easyRun = pick('30 min run', '45 min', '1 hr', '6 miles', '8 mi easy', '45 - 60 min run', '45 min - 60 min run', '20 min easy', '3 mi');
const fasterPart = pick('8 miles w/ 4 miles @ 15K to half marathon pace', '16 mi w/ 10 mi @ MP', '60 min w/ 20 min @ T');
const cutDown = pick('2 x 300m cut down (100m @ 5K, 100m @ Mile, 100m @ Faster)', '3 x 600m cut down (200m @ 10K, 200m @ 5K, 200m @ Faster)');
const withRecoveryItem = fc.tuple(distance, pace, pick('5 min jog recovery', '400m jog', 'jog 3 min', 'walk 2 min', 'full recovery'), repsOfDistance).map(([d, p, r, next]) => `${d} @ ${p}, ${r}, ${next}`);
const single = fc.oneof(
  { weight: 4, arbitrary: reps },
  { weight: 1, arbitrary: paired },
  { weight: 1, arbitrary: withRecoveryItem },
  { weight: 1, arbitrary: pick('Mile', 'Mile race') },
  { weight: 2, arbitrary: ladder },
  { weight: 2, arbitrary: group },
  { weight: 1, arbitrary: strides },
  { weight: 1, arbitrary: hills },
  { weight: 1, arbitrary: effortReps },
  { weight: 2, arbitrary: easyRun },
  { weight: 1, arbitrary: fasterPart },
  { weight: 1, arbitrary: cutDown },
  { weight: 1, arbitrary: fc.tuple(pace, pick('20 min', '3 mi', '5K', '2 x 10 min')).map(([p, q]) => (q === '5K' ? `5 km @ ${p}` : `${q} @ ${p}`)) },
);
const running = fc
  .tuple(
    pick('', '', '', '2 mi WU, ', 'WU/CD + ', '15 min easy, '),
    fc.array(single, { minLength: 1, maxLength: 3 }),
    pick(' + ', ', then ', '; '),
    pick('', '', '', ', 2 mi CD', ' + 10 min easy'),
    pick('', ' or 45 min cross-train', ' or OFF'),
  )
  .map(([before, parts, join, after, alt]) => `${before}${parts.join(join)}${after}${alt}`);
const session = fc.oneof({ weight: 8, arbitrary: running }, { weight: 1, arbitrary: pick('PT / Strength Focused Lift', '45 - 60 min cross-train', 'Rest', 'OFF', 'cross-train') });

describe('a workout printed as shorthand reads back to the same steps', () => {
  it('every generated session compiles without errors (the grammar is valid shorthand)', () => {
    fc.assert(
      fc.property(session, (text) => {
        const w = compileChecked(text);
        expect(w, `${text} is within the budget`).toBeDefined();
        expect(errorsOf(w!).map((d) => `${d.column}: ${d.message}`), text).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  it('toShorthand, compiled with the warm-up and cool-down off, gives the same sport and step tree', () => {
    fc.assert(
      fc.property(session, fc.constantFrom(...Object.keys(athletes)), (text, name) => {
        const who = athletes[name]!;
        const first = compileSession(text, who);
        // Sessions the grammar cannot express are the previous test's business.
        fc.pre(errorsOf(first).length === 0);
        const printed = toShorthand(first);
        const again = compileSession(printed, who, { defaults: { warmup: 'none', cooldown: 'none' } });
        const where = `${name}: ${text}\n  printed: ${printed}\n  first:  ${outline(first.steps)}\n  again:  ${outline(again.steps)}`;
        expect(errorsOf(again).map((d) => `${d.column}: ${d.message}`), where).toEqual([]);
        expect(again.sport, where).toBe(first.sport);
        expect(stepDiffs(again.steps, first.steps), where).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});

/**
 * Inputs the properties above failed on for some seeds only, kept by name so
 * they are checked on every run whatever its seed.
 */
describe('counterexamples the properties found', () => {
  it.each([
    // A bare cool-down or warm-up inside brackets was dropped: an empty workout, no error.
    { text: '(cd)', column: 2, what: 'cool-down' },
    { text: '(cd}', column: 2, what: 'cool-down' },
    // …and inside a repeat, a repeat of nothing that no watch can run.
    { text: '2 x (wu)', column: 6, what: 'warm-up' },
  ])('$text is one positioned error, not an empty workout', ({ text, column, what }) => {
    const w = compileChecked(text)!;
    expect(errorsOf(w)).toMatchObject([{ line: 1, column, length: 2, message: `the ${what} cannot be inside brackets`, hint: expect.stringContaining('outside them') }]);
  });
});

describe('sessions the properties found that must compile', () => {
  // A race after the slash of paired reps' paces was read as a 5 km recovery, and refused once recoveries were held
  // to the norms; and "2 x 20 min w/ equal time jog" printed back as a 20-minute jog, as long as its rep.
  it.each(['2 x 800m/300m @ 800/5K + 2 x 20 sec @ MP-10s', '2 x 20 min @ 6:30/mi w/ equal time jog + 200m, 200m @ 800-800 w/ previous distance jog recovery'])(
    '%s compiles without errors, and its shorthand reads back the same',
    (text) => {
      const who = athletes.reference!;
      const first = compileSession(text, who);
      expect(errorsOf(first)).toEqual([]);
      const again = compileSession(toShorthand(first), who, { defaults: { warmup: 'none', cooldown: 'none' } });
      expect(errorsOf(again)).toEqual([]);
      expect(stepDiffs(again.steps, first.steps)).toEqual([]);
    },
  );
});

describe('round trips the properties found', () => {
  // A split over a whole kilometre ("1000m @ 3:30") named as a pace per km printed back as one, with a pace's band
  // rather than a split's: the printed shorthand must read back to the same band.
  it.each(['2 x (2-2 x 1000m @ 3:30)', '1 mile @ 6:10', '4 x 1 km @ 3:50'])('%s reads back to the same steps', (text) => {
    const who = athletes.reference!;
    const first = compileSession(text, who);
    expect(errorsOf(first)).toEqual([]);
    const again = compileSession(toShorthand(first), who, { defaults: { warmup: 'none', cooldown: 'none' } });
    expect(stepDiffs(again.steps, first.steps)).toEqual([]);
  });
});
