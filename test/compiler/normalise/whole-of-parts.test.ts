/**
 * A run's whole length, then after ";" or ":" the parts it is made of: when the parts add up to
 * the whole, the whole is set aside and the day is run once, as its parts.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads as reads } from '../../helpers/reading.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { totalBetween } from '../../../src/compiler/normalise/whole-of-parts.js';
import { show } from '../../corpus/expect.js';

describe('a whole told as its parts', () => {
  it('"5 miles: 1 mile warm up, 3 miles at 9:04/mi, 1 mile cool down" is the three parts', () => {
    reads('5 miles: 1 mile warm up, 3 miles at 9:04/mi, 1 mile cool down.', 'wu 1mi | run 3mi @9:04/mi | cd 1mi');
  });

  it('reads "a mile" as one of the parts, after a semicolon', () => {
    reads('I was supposed to run 5 miles this morning; 1 mile warm up, 3 miles at 9:04/mi, and a mile cool down.', 'wu 1mi | run 3mi @9:04/mi | cd 1mi');
    const w = compileSession('5 miles; 1 mile warm up, 3 miles at 9:04/mi, and a mile cool down.', athlete);
    expect(w.notes).toContain('read 5 miles as the whole of the parts after it, which add up to it');
  });

  it('leaves a whole whose parts do not add up to it as written', () => {
    const w = compileSession('6 miles; 1 mile warm up, 3 miles at 9:04/mi, and a mile cool down.', athlete);
    expect(w.notes.some((n) => n.includes('the whole of the parts'))).toBe(false);
  });

  it('"19 total miles" is "19 miles total": the word between a figure and its unit', () => {
    const tokens = totalBetween(tokenize('19 total miles, last 4 @ M').tokens);
    expect(tokens.slice(0, 3).map((t) => t.value)).toEqual(['19', 'miles', 'total']);
    // Each token keeps its own place in the text.
    expect(tokens[1]!.offset).toBe(9);
    expect(totalBetween(tokenize('total 19 miles').tokens).map((t) => t.value).slice(0, 3)).toEqual(['total', '19', 'miles']);
  });

  it('a whole opening its sentence, then after a comma or "consisting of" parts that add up to it, is set aside', () => {
    reads('8 miles, 2 mi warm up, 4 mi @ T, 2 mi cool down', 'wu 2mi | run 4mi @T | cd 2mi');
    reads('8 miles, consisting of: 2 mi warm up, 4 mi @ T, 2 mi cool down', 'wu 2mi | run 4mi @T | cd 2mi');
    reads('8 miles made up of 2 mi warm up, 4 mi @ T, 2 mi cool down', 'wu 2mi | run 4mi @T | cd 2mi');
    // A part with its pace is no whole, though the parts after it add up to it.
    reads('run 6 miles at easy pace, run 4 miles at tempo pace, run 2 miles at easy pace', 'run 6mi @E | run 4mi @T | run 2mi @E');
    // After a count, a comma parts reps, not a whole from its parts.
    reads('4 x 400m, 800m, 400m @ 5K', 'wu 15:00 | 4x+(run 400m @5K | rec open) | run 800m @5K | run 400m @5K | cd 10:00');
  });
});


describe('"as" before the parts that make the whole', () => {
  it('"30km as 10km easy, 8km at MP+40s/km, …, 2km rec" is its parts, with no warm-up or cool-down on top', () => {
    reads('Long Run\n30km as 10km easy, 8km at MP+40s/km, 6km at MP+20s/km, 4km at MP+10-15s/km, 2km rec', 'run 10km @E | run 8km @M+40s | run 6km @M+20s | run 4km @M+10–15s | rec 2km recovery');
  });

  it('parts that add up to a whole "consisting of" them add no cool-down: "10 miles consisting of 4 mi easy, 6 mi @ T"', () => {
    reads('10 miles consisting of 4 mi easy, 6 mi @ T', 'run 4mi @E | run 6mi @T');
  });

  it('parts that do not add up leave the whole as written: "30km as 10km easy, 8km at MP"', () => {
    const w = compileSession('30km as 10km easy, 8km at MP', athlete);
    expect(w.notes.join()).not.toContain('as the whole of the parts');
  });
});

describe('a whole over its parts on the lines below', () => {
  it('after a colon or "consisting of:" as after a line of its own', () => {
    for (const head of ['5 miles:', '5 miles, consisting of:', '5 miles', 'Total 5 miles:']) {
      expect(show([compileSession(`${head}\n1 mile easy\n3 miles tempo\n1 mile easy`, athlete)]), head).toBe('run 1mi @E | run 3mi @T | run 1mi @E');
    }
  });

  it('after a title and a dash, its parts in fractions of a mile (a real beginners\' programme)', () => {
    const w = compileSession('Beginner — 1 mile\n\n  • walk 1/4 mile\n  • jog 1/2 mile\n  • finish with 1/4 mile walk', athlete);
    expect(show([w])).toBe('rest 402.336m walk | run 0.5mi @E | rest 402.336m walk');
  });

  it('parts that repeat, or do not add up, leave the heading as written', () => {
    expect(show([compileSession('5 miles:\n1 mile easy\n2 miles tempo\n1 mile easy', athlete)])).not.toBe('run 1mi @E | run 2mi @T | run 1mi @E');
    expect(show([compileSession('8 miles:\n4 x 1 mile @ T', athlete)])).not.toBe('4x(run 1mi @T | rec open)');
  });
});

describe('"Repeat once" after the lines of a round', () => {
  it('runs the round again: twice in all', () => {
    expect(show([compileSession('Run 3 minutes\nWalk 2 minutes\nRepeat once', athlete)])).toBe('2x(run 3:00 @E | rest 2:00 walk)');
  });

  it('"Repeat once more" as before', () => {
    expect(show([compileSession('Run 3 minutes, walk 2 minutes. Repeat once more.', athlete)])).toMatch(/^2x/);
  });
});
