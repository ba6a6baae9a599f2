/**
 * Bad shorthand gets one clear error: the right line and column, a caret under
 * the spot in `formatDiagnostic`'s output, and a hint. Explanations that
 * contradict their session are warnings and never change the work.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import { formatDiagnostic, type Diagnostic } from '../../src/ir/diagnostic.js';
import type { Workout } from '../../src/ir/workout.js';
import { stepDiffs } from '../helpers/steps.js';

const loaded = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8'));
if (!loaded.athlete) throw new Error('reference athlete does not load');
const athlete = loaded.athlete;

const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const warnings = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'warning');

function onlyError(text: string): Diagnostic {
  const w = compileSession(text, athlete);
  expect(w.diagnostics, text).toHaveLength(1);
  const [d] = w.diagnostics;
  expect(d!.severity).toBe('error');
  expect(w.steps).toEqual([]);
  return d!;
}

/** The caret line of formatDiagnostic sits exactly under `spot` on the source line above it. */
function expectCaretUnder(d: Diagnostic, spot: string) {
  const lines = formatDiagnostic(d).split('\n');
  expect(lines[0]).toBe(`<input>:${d.line}:${d.column}: error: ${d.message}`);
  const source = lines[1]!;
  const caret = lines[2]!;
  const at = source.indexOf(spot);
  expect(at, `'${spot}' in ${source}`).toBeGreaterThanOrEqual(0);
  expect(caret).toBe(`${' '.repeat(at)}${'^'.repeat(spot.length)}`);
  if (d.hint) expect(lines[3]).toBe(`  hint: ${d.hint}`);
}

describe('one clear error at the right spot', () => {
  const cases: { text: string; spot: string; message: RegExp; hint?: RegExp }[] = [
    { text: '4 x 5 mni @ Mile', spot: 'mni', message: /'mni'/, hint: /^did you mean 'min'\?$/ },
    { text: '6 x 400m @ HN', spot: 'HN', message: /pace 'HN'/, hint: /^did you mean 'hm'\?$/i },
    { text: '6 x 400m @ 5K w/ 400m jgo recovery', spot: 'jgo', message: /'jgo'/, hint: /^did you mean 'jog'\?$/ },
    { text: '6 x 400m @ 5K w/ 400m jgo', spot: 'jgo', message: /'jgo'/, hint: /^did you mean 'jog'\?$/ },
    { text: 'jgo 30 min', spot: 'jgo', message: /'jgo'/, hint: /^did you mean 'jog'\?$/ },
    { text: '6 x 400m @ 5K w/ 400m jog; 4 x 5 mni @ Mile', spot: 'mni', message: /'mni'/, hint: /'min'/ },
    // A split is seconds per rep: it means nothing for a rep measured in time.
    { text: '6 x 3 min @ 75 w/ 2 min jog', spot: '75', message: /distance/, hint: /pace/ },
    { text: '100m @ Faster', spot: 'Faster', message: /'Faster'/, hint: /Mile/ },
    { text: '6 x 400m @ 5K w/ 400m jog {', spot: '{', message: /'\{'/ },
    { text: '500 x 400m @ 5K', spot: '500', message: /500/ },
    { text: '6 x 200m @ 5K/6:30/mi', spot: '5K/6:30/mi', message: /paired|paces/, hint: /800m\/300m/ },
    // No runner jogs 3 miles between mile reps: the recovery is refused where it stands.
    { text: '4 x 1 mile w/ 3 mi jog', spot: '3 mi jog', message: /longer than its 1 mi rep and than any recovery between reps \(at most 2 km/, hint: /two runs of the day/ },
    { text: '8 mi w/ 10 mi @ MP', spot: '10 mi @ MP', message: /faster part/ },
    // Zero seconds per mile is an infinite speed: no watch target can come of it.
    { text: '6 x 400m @ 0:00/mi w/ 400m jog', spot: '0:00', message: /pace|0:00/ },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.text), () => {
      const d = onlyError(c.text);
      expect(d.line).toBe(1);
      expect(d.column).toBe(c.text.indexOf(c.spot) + 1);
      expect(d.offset).toBe(c.text.indexOf(c.spot));
      expect(d.length).toBe(c.spot.length);
      expect(d.message).toMatch(c.message);
      if (c.hint) expect(d.hint).toMatch(c.hint);
      expect(d.sourceLine).toBe(c.text);
      expectCaretUnder(d, c.spot);
    });
  }

  it('"6 x 400m w/": the recovery is missing; the caret stays on the w/ it belongs to and the hint says how to write one', () => {
    const d = onlyError('6 x 400m w/');
    expect(d.message).toMatch(/recovery/);
    expect(d.hint).toMatch(/400m jog|90 sec/);
    // "w/" spans columns 10–11; the end of the text is column 12.
    expect(d.column).toBeGreaterThanOrEqual(10);
    expect(d.column).toBeLessThanOrEqual(12);
  });

  it('an unclosed "(" is reported where the ")" was due, or at the "(" itself', () => {
    const text = '2 x (4 x 400m @ Mile w/ 1 min rest';
    const d = onlyError(text);
    expect(d.message).toMatch(/\)/);
    expect([text.indexOf('(') + 1, text.length + 1]).toContain(d.column);
    // The caret line still renders under the source line, even past its last character.
    const caret = formatDiagnostic(d).split('\n')[2]!;
    expect(caret.indexOf('^')).toBe(2 + d.column - 1);
  });

  it('a session over two lines reports the second line and its own column', () => {
    const d = onlyError('6 x 400m @ 5K\nw/ 400m jgo');
    expect(d.line).toBe(2);
    expect(d.column).toBe(9);
    expect(d.sourceLine).toBe('w/ 400m jgo');
    expectCaretUnder(d, 'jgo');
  });

  it('a word the shorthand does not know and no near word is set aside where it stands, with no made-up suggestion', () => {
    const w = compileSession('6 x 400m @ 5K w/ 400m zzzzqq', athlete);
    expect(errors(w)).toEqual([]);
    const [d] = warnings(w);
    expect(d!.column).toBe('6 x 400m @ 5K w/ 400m '.length + 1);
    expect(`${d!.message} ${d!.hint ?? ''}`).not.toMatch(/did you mean/);
  });
});

describe('explanations are checked, never run', () => {
  const ladder = '500m, 400m @ Mile w/ previous distance jog recovery';

  it('a contradicting "(i.e. …)" is one warning pointing at the explanation, and the work is the session\'s', () => {
    const text = `${ladder} (i.e. 500m @ Mile, 400m recovery)`;
    const w = compileSession(text, athlete);
    expect(errors(w)).toEqual([]);
    expect(warnings(w)).toHaveLength(1);
    const d = warnings(w)[0]!;
    expect(d.column).toBe(text.indexOf('(i.e.') + 1);
    expect(d.message).toMatch(/400m/);
    expect(stepDiffs(w.steps, compileSession(ladder, athlete).steps)).toEqual([]);
  });

  it('an explanation that agrees gives no diagnostics and adds nothing', () => {
    const text = '500m, 400m, 300m, 200m @ Mile w/ previous distance jog recovery (i.e. 500m @ Mile, 500m recovery, 400m @ Mile, 400m recovery)';
    const w = compileSession(text, athlete);
    expect(w.diagnostics).toEqual([]);
    expect(stepDiffs(w.steps, compileSession('500m, 400m, 300m, 200m @ Mile w/ previous distance jog recovery', athlete).steps)).toEqual([]);
  });

  it('an explanation that goes on past the session is a warning, not extra reps', () => {
    const text = '400m, 300m @ Mile w/ previous distance jog recovery (i.e. 400m @ Mile, 400m recovery, 300m @ Mile, 300m recovery, 200m @ Mile)';
    const w = compileSession(text, athlete);
    expect(errors(w)).toEqual([]);
    expect(warnings(w)).toHaveLength(1);
    expect(stepDiffs(w.steps, compileSession('400m, 300m @ Mile w/ previous distance jog recovery', athlete).steps)).toEqual([]);
  });

  it('paired reps: the explanation of the seed plan agrees; a wrong pace in it is a warning', () => {
    const session = '4 x 800m/300m @ 5K/Mile w/ 100m/400m jog recovery';
    const plain = compileSession(session, athlete).steps;
    const good = compileSession(`${session} (i.e. 800m @ 5K, 100m jog, 300m @ Mile, 400m jog)`, athlete);
    expect(good.diagnostics).toEqual([]);
    expect(stepDiffs(good.steps, plain)).toEqual([]);
    const bad = compileSession(`${session} (i.e. 800m @ 5K, 100m jog, 300m @ 5K, 400m jog)`, athlete);
    expect(errors(bad)).toEqual([]);
    expect(warnings(bad)).toHaveLength(1);
    expect(warnings(bad)[0]!.message).toMatch(/Mile/);
    expect(stepDiffs(bad.steps, plain)).toEqual([]);
  });

  it('a pace explanation in brackets: "[half marathon to 10K pace]" agrees with HM-10K, "[half marathon to 5K pace]" does not', () => {
    const plain = compileSession('6 x 400m @ HM-10K w/ 400m jog recovery', athlete).steps;
    const good = compileSession('6 x 400m @ HM-10K [half marathon to 10K pace] w/ 400m jog recovery', athlete);
    expect(good.diagnostics).toEqual([]);
    expect(stepDiffs(good.steps, plain)).toEqual([]);
    const text = '6 x 400m @ HM-10K [half marathon to 5K pace] w/ 400m jog recovery';
    const bad = compileSession(text, athlete);
    expect(errors(bad)).toEqual([]);
    expect(warnings(bad)).toHaveLength(1);
    expect(warnings(bad)[0]!.column).toBe(text.indexOf('[') + 1);
    expect(stepDiffs(bad.steps, plain)).toEqual([]);
  });
});

// Regression: the token-mutation property found ".5 sets of …" compiling to a repeat of 0.5.
describe('set counts', () => {
  it('refuses a number of sets that is not a whole number from 1', () => {
    for (const text of ['.5 sets of 2 x 200m @ 800 w/ full recovery', '0 sets of 2 x 200m @ Mile w/ 200m jog']) {
      const d = onlyError(text);
      expect(d.column).toBe(1);
      expect(d.message).toMatch(/not a number of sets/);
    }
  });
});

// Regression: the token-mutation property found "in 0s" giving an infinite pace band.
describe('times per rep', () => {
  it('refuses a rep time of zero', () => {
    for (const text of ['4 x 200 in 0s w/ 200m jog', '4 x 200m @ 0:00 w/ 200m jog']) {
      expect(onlyError(text).message).toMatch(/not a (time for a rep|running pace)/);
    }
  });
});

// Regression: the token-mutation property found "@ HM - 1500 sec" giving a negative speed.
describe('pace offsets', () => {
  it('refuses an offset too large to be a pace', () => {
    expect(onlyError('2 x 20 sec @ HM - 1500 sec w/ 200m jog').message).toMatch(/too far/);
  });
});
