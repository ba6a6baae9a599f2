/**
 * Choices a coach offers: the first option written is read, the others are kept visibly (the day's
 * alternatives, or a note and a warning at their span). Where the options are not separable, the
 * text stays refused where the choice stands.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const compiled = (text: string) => compileSession(text, athlete);
const choiceWarnings = (text: string) => {
  const w = compiled(text);
  return w.diagnostics.filter((d) => d.severity === 'warning' && /an option the coach offers/.test(d.message)).map((d) => text.slice(d.offset, d.offset + d.length));
};

describe('a whole day with a choice', () => {
  it('"and/or" offers the other day as "or" does (a real marathon plan\'s days)', () => {
    // The plan's own line "Full strength routine." is the day's second session.
    reads('10–14 mi easy and/or longer x-train.\nFull strength routine.', 'run 10mi @E OR cross || strength');
    reads('6–10 mi easy and/or shorter x-train.', 'run 6mi @E OR cross');
  });

  it('the cross-training alternative keeps its length and the efforts written before its word', () => {
    reads('8–12 mi easy or 1.5–2.5 hours easy/mod x-train.', 'run 8mi @E OR cross');
    const alt = compiled('6–10 mi easy or 1–2 hours easy/mod x-train.').alternatives[0]!;
    expect(alt.sport).toBe('cross_training');
    expect(alt.title).toMatch(/easy/i);
  });

  it('invented: "or/and" and an alternative of another sport with its manner before its word', () => {
    reads('5 mi easy or/and 45 min light bike', 'run 5mi @E OR cross');
  });

  it('a choice after more than one part is not separable: "… plus 6 × 30 second hills and/or longer x-train" stays refused', () => {
    const text = '12–18 mi easy plus 6 × 30 second hills and/or longer x-train.';
    const w = compiled(text);
    expect(errors(w).length).toBe(1);
    expect(w.diagnostics[0]!.offset).toBe(text.indexOf('/'));
  });

  it('a day that offers a run or rest still reads as before', () => {
    reads('8 mi easy or rest', 'run 8mi @E OR rest');
  });
});

describe('a choice of efforts', () => {
  it('"easy/mod" reads as easy, with the choice in the notes and a warning at "/mod"', () => {
    const text = '12 mi easy/mod';
    reads(text, 'run 12mi @E');
    expect(choiceWarnings(text)).toEqual(['/mod']);
    expect(compiled(text).notes.join('\n')).toMatch(/'easy\/mod' offers a choice of efforts: the first, easy, is read/);
    expect(compiled(text).notes).toContain('or: mod');
  });

  it('invented: "mod/hard" reads as moderate, "easy or steady" as easy', () => {
    reads('6 mi mod/hard', 'run 6mi @M');
    reads('6 mi easy or steady', 'run 6mi @E');
    expect(choiceWarnings('6 mi easy or steady')).toEqual(['or steady']);
  });

  it('invented: a choice of three efforts reads the first and keeps the other two', () => {
    reads('40 min easy/mod/hard', 'run 40:00 @E');
    expect(choiceWarnings('40 min easy/mod/hard')).toEqual(['/mod/hard']);
  });

  it('a harder effort then an easier one is no choice: "1 min hard/easy" is the rep and its recovery, not read as a choice', () => {
    expect(choiceWarnings('10 x 1 min hard/easy')).toEqual([]);
  });

  it('a range of efforts for the running around reps is not read on a guess (a real plan\'s "easy/mod with 6 × 5 min")', () => {
    const w = compiled('14–18 mi easy/mod with 6 × 5 min around 1-hour effort with 2 min easy after each.');
    expect(errors(w)).toEqual(["unexpected '/'"]);
  });
});

describe('a choice of recovery', () => {
  it('"30sec jog or walk recovery" (a real session) is a jog, the walk kept in the notes', () => {
    const text = '4 x 30sec @ 5km pace (30sec jog or walk recovery)';
    reads(text, 'wu 15:00 | 4x(run 0:30 @5K | rec 0:30 jog) | cd 10:00');
    expect(choiceWarnings(text)).toEqual(['or walk']);
    expect(compiled(text).notes).toContain('or: walk');
  });

  it('"200-meter slow jog recovery (or walk recovery)": the bracket is the other choice', () => {
    const text = '6 x 400m at 5K pace w/ 200-meter slow jog recovery (or walk recovery)';
    reads(text, 'wu 15:00 | 6x(run 400m @5K | rec 200m jog) | cd 10:00');
    expect(choiceWarnings(text)).toEqual(['(or walk recovery)']);
    const real = 'Repeat six times.\n\n  • 400 meters at goal mile pace\n\n  • 200-meter slow jog recovery (or walk recovery)';
    expect(choiceWarnings(real)).toEqual(['(or walk recovery)']);
  });

  it('invented: an alternative of another sport in the bracket is a choice, not a refusal', () => {
    reads('6 x 400m w/ 2 min walk recovery (or easy bike)', 'wu 15:00 | 6x(run 400m | rest 2:00 walk) | cd 10:00');
    expect(compiled('6 x 400m w/ 2 min walk recovery (or easy bike)').notes).toContain('or: easy bike');
  });

  it('"run 3mins easy or walk" says the part is the recovery: not read as a choice of a run', () => {
    expect(choiceWarnings('Run 5mins easy, (run 3mins brisk, run 3mins easy or walk) x 3, run 5mins easy')).toEqual([]);
  });

  it('a bracket of "or" after a run may say what the run is for: not set aside as a choice', () => {
    expect(choiceWarnings('1 mile (or 10 minute warm-up @ easy pace) + strides')).toEqual([]);
  });
});

describe('an optional extra offered as a choice', () => {
  it('"Optional easy double or uphill TM." after the day (a real marathon plan\'s cell) is kept as an option, no step', () => {
    const text = '8–12 mi easy or 1.5–2.5 hours easy/mod x-train.\nOptional easy double or uphill TM.';
    reads(text, 'run 8mi @E OR cross');
    expect(choiceWarnings(text)).toContain('Optional easy double or uphill TM');
    expect(compiled(text).notes).toContain('Optional easy double or uphill TM');
  });

  it('invented: an optional extra with a length written is not set aside', () => {
    expect(choiceWarnings('8 mi easy.\nOptional 4 x 100m strides or hills.')).toEqual([]);
  });

  it('invented: an optional sentence with no choice in it is left to the rest of the reader', () => {
    expect(choiceWarnings('8 mi easy.\nOptional easy double.')).toEqual([]);
  });
});

describe('a choice between two numbers sharing a unit', () => {
  it('"6 or 7 miles" and "16 or 18k" read as ranges, at their lower end', () => {
    expect(show(compileRuns('6 or 7 miles', athlete))).toBe('run 6mi @E');
    expect(show(compileRuns('16 or 18k', athlete))).toBe('run 16km @E');
  });

  it('"2 or 3 sets of 3 x 200" is a range of sets', () => {
    expect(show(compileRuns('2 or 3 sets of 3 x 200 at 800 pace', athlete))).toContain('2x(3x');
  });

  it('falling numbers are two lengths offered, not a range: "10 or 5 km" stays refused', () => {
    expect(show(compileRuns('10 or 5 km', athlete))).toMatch(/^!/);
  });
});

describe('a choice of two words for running', () => {
  it('is one run: "Jog or run for 30 minutes", "Run or jog for 30 minutes"', () => {
    reads('Jog or run for 30 minutes three times during the first week of training.', 'run 30:00 @E');
    reads('Run or jog for 30 minutes', 'run 30:00 @E');
    expect(choiceWarnings('Run or jog for 30 minutes')).toEqual(['or jog']);
  });

  it('a slash pairs a run with its recovery: "alternating run/jog 6 times" and "run or run/walk" stay as they were', () => {
    reads('Run 5 minutes at race pace then recover for 5 minutes with a slow jog. Continue this alternating run/jog 6 times.', 'wu 15:00 | 6x(run 5:00 @goal | rec 5:00 jog) | cd 10:00');
    expect(errors(compiled('1.5-mile continuous run or run/walk')).length).toBeGreaterThan(0);
  });
});
