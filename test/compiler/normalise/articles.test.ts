/**
 * Articles in a session told as a sentence: "a mile", "an hour" are one of the unit; an article
 * after the repeat sign or a join ("six repeats of an 800m", "with an 800 meter recovery jog")
 * says nothing; a rate or a place ("7:30 a mile", "a mile from the end") is no length.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { normalise } from '../../../src/compiler/normalise/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const refusals = (text: string) => compileRuns(text, athlete).flatMap(errors);

describe('an article before a unit is one of it', () => {
  it('"I warmed up for a mile and then ran 4 x 400" (a runner\'s log)', () => {
    reads('I warmed up for a mile and then ran 4 x 400', 'wu 1mi | 4x(run 400m | rec open) | cd 10:00');
    reads('wu a mile, then 4 x 400', 'wu 1mi | 4x(run 400m | rec open) | cd 10:00');
  });

  it('"an hour easy", "with a lap jog"', () => {
    reads('an hour easy', 'run 1:00:00 @E');
    reads('10 x 400 with a lap jog', 'wu 15:00 | 10x(run 400m | rec 400m jog) | cd 10:00');
  });

  it('a rate is no length: "20 seconds a mile faster" is not read as a mile', () => {
    expect(refusals('Run 10 x 400 at 20 seconds a mile faster than 5K pace')).not.toEqual([]);
  });

  it('a place on the run is no length: "a mile from the end" adds no mile', () => {
    const words = normalise(tokenize('8 miles easy, pick it up a mile from the end').tokens).map((t) => t.value);
    expect(words).toContain('a');
    expect(words.filter((w) => w === '1')).toEqual([]);
  });
});

describe('an article after a count or a join says nothing', () => {
  it('"The other week my workout called for six repeats of an 800m followed by a 400m recovery jog." (a runner\'s log)', () => {
    reads('The other week my workout called for six repeats of an 800m followed by a 400m recovery jog.', 'wu 15:00 | 6x(run 800m | rec 400m jog) | cd 10:00');
  });

  it('"6 x an 800m w/ 400 jog", "4 x 1 mile with an 800 meter recovery jog"', () => {
    reads('6 x an 800m w/ 400 jog', 'wu 15:00 | 6x(run 800m | rec 400m jog) | cd 10:00');
    reads('4 x 1 mile with an 800 meter recovery jog', 'wu 15:00 | 4x(run 1mi | rec 800m jog) | cd 10:00');
  });
});
