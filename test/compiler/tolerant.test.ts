/**
 * The tolerant reader: words the shorthand does not know are filler, set aside
 * with their spans and kept in the notes, never a refusal by themselves; what
 * cannot be decided (a number that cannot be placed, a typo of a unit) still
 * stops the reading at its position.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { outline } from '../helpers/steps.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const warnings = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'warning');

describe('sentences around a clear session', () => {
  it('"Coach Dana wants five 1000s at 10K pace with a two-minute jog" reads the reps, sets the opening words aside', () => {
    const text = 'Coach Dana wants five 1000s at 10K pace with a two-minute jog';
    const w = compileSession(text, athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('5 x 1000m @ 10K w/ 2 min jog', athlete).steps));
    expect(warnings(w).map((d) => text.slice(d.column - 1, d.column - 1 + d.length))).toEqual(['Coach Dana wants']);
  });

  it('"Finish off with 6x300m …" opening a session reads the reps', () => {
    const w = compileSession('Finish off with 6x300m at mile pace w/ 100m walk', athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('6 x 300m @ Mile w/ 100m walk', athlete).steps));
  });

  it('a word nobody defined at the end of a part is set aside and listed in the notes', () => {
    const w = compileSession('5 x 1km @ T w/ 2 min jog, blorptastic', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes.join(' ')).toContain('blorptastic');
    expect(outline(w.steps)).toEqual(outline(compileSession('5 x 1km @ T w/ 2 min jog', athlete).steps));
  });

  it('prose between two pieces of structure is not read past: the refusal stands rather than a guess', () => {
    const w = compileSession('4 x 400m w/ 1 min glorp 3-2-1k', athlete);
    expect(errors(w)).toHaveLength(1);
    expect(w.steps).toEqual([]);
  });

  it('a typo of a unit still stops with its suggestion, not set aside', () => {
    const w = compileSession('4 x 5 mni @ Mile', athlete);
    expect(errors(w)[0]!.hint).toContain("did you mean 'min'");
  });

  it('a number that cannot be placed still stops the reading', () => {
    const w = compileSession('Nice day 30 min easy 7', athlete);
    expect(errors(w)).toHaveLength(1);
  });

  it('a text that is more prose than shorthand is refused at its first word, not read past without end', () => {
    const text = `${Array.from({ length: 30 }, (_, k) => `blah${String.fromCharCode(97 + (k % 26))}`).join(', ')}, 30 min easy`;
    const w = compileSession(text, athlete);
    expect(errors(w)).toHaveLength(1);
    expect(errors(w)[0]!.column).toBe(1);
  });

  it('an aside in a sentence of its own after the session is set aside: "6 x 800m @ 5K w/ 400m jog. Bring gels."', () => {
    const w = compileSession('6 x 800m @ 5K w/ 400m jog. Bring gels.', athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('6 x 800m @ 5K w/ 400m jog', athlete).steps));
  });
});
