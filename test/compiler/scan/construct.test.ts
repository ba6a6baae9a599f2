/**
 * One construct in a sentence of talk: where a log or an article tells the session in an
 * ordinary sentence and its only figures make one marked construct, that construct is the
 * session and the words around it are set aside, each as a warning. Words that could change
 * what was run keep the refusal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuns, loadAthlete } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const compiled = (text: string) => compileRuns(text, athlete)[0]!;
const refused = (text: string) => compiled(text).diagnostics.some((d) => d.severity === 'error');
const warnings = (text: string) => compiled(text).diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);

describe('a session told in a sentence around one construct', () => {
  it('reads the reps an article names in passing (fixtures/corpus/blind-11)', () => {
    const text = 'Discovering suitable workouts can sometimes be challenging, but one that consistently both challenges and exhilarates me is the 6x1000 meters routine.';
    const w = compiled(text);
    expect(refused(text)).toBe(false);
    expect(show([w])).toBe('wu 15:00 | 6x(run 1000m | rec open) | cd 10:00');
    expect(w.notes[0]).toBe("read from '6x1000 meters'; the words around it are talk");
    expect(warnings(text)).toContain("'routine' is not used");
  });

  it('reads a logged run with its kind (fixtures/corpus/blind-10)', () => {
    const text = 'Wednesday was 6 miles recovery on the treadmill. A little sore in the hips. It turns out yesterday took quite a bit out of me.';
    expect(show([compiled(text)])).toBe('run 6mi @recovery');
    expect(warnings(text).length).toBeGreaterThan(0);
  });

  it('reads an invented sentence around reps with their pace, which the word-by-word reading refuses', () => {
    const w = compiled('Discovering new routes is fun, and the one that I love most is the 5 x 800m @ 5K loop.');
    expect(show([w])).toBe('wu 15:00 | 5x(run 800m @5K | rec open) | cd 10:00');
    expect(w.notes[0]).toBe("read from '5 x 800m @ 5K'; the words around it are talk");
  });
});

describe('words that change what was run keep the refusal', () => {
  // The sentence of blind-11 read above, with one word more: each such word keeps it refused.
  const lead = 'Discovering suitable workouts can sometimes be challenging, but one that consistently both challenges and exhilarates me is';
  const cases: [string, string][] = [
    ['instead', `${lead} the 6x1000 meters routine instead.`],
    ['not', `${lead} not the 6x1000 meters routine.`],
    ['skipped', `${lead} the 6x1000 meters routine, which I skipped.`],
    ['planned … but', `${lead} the 6x1000 meters routine I planned.`],
    ['another sport', `${lead} the 6x1000 meters routine on the bike.`],
    ['a race', `${lead} the 6x1000 meters routine before a race.`],
    ['a count around it', `${lead} the 6x1000 meters routine, repeated.`],
    ['a figure left over', `${lead} the 6x1000 meters routine in 42 minutes.`],
    ['a word of the shorthand around it', `${lead} the 6x1000 meters routine with a cool down.`],
    ['a count in talk', 'Tomorrow: Run half pace for three minutes, walk one to three minutes (depending upon how out of breath you are) - repeat five times.'],
  ];
  for (const [why, text] of cases) {
    it(`${why}: ${text.slice(0, 50)}…`, () => expect(refused(text)).toBe(true));
  }

  it('a bare length around talk is no construct: its pace is not said (fixtures/corpus/blind-11)', () => {
    expect(refused('Sunday’s long run which I’ve just got back from was 32k with intervals!')).toBe(true);
  });

  it('talk in another language is not read around a construct (fixtures/corpus/blind-10)', () => {
    expect(refused('Hans beryktede intervalløkter er heller ikke noe som vil gjentas for de fleste av oss: Over en toukersperiode løp han 50 x 400 meter med ett minutts pause om morgenen.')).toBe(true);
  });
});
