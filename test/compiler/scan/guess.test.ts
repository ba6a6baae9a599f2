/**
 * The best guess at a refused session: the figures of a page of prose read
 * where they stand and joined in order. It is shown beside the refusal, never
 * run: the session stays refused, with no steps, whatever the guess.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuns, loadAthlete } from '../../../src/compiler/index.js';
import { guessAs } from '../../../src/writers/read-as.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const compiled = (text: string) => compileRuns(text, athlete)[0]!;
const guess = (text: string) => guessAs(compiled(text), 'mi');

describe('a best guess beside a refusal', () => {
  it('reads the session from a training log and keeps the session refused (fixtures/corpus/blind-4)', () => {
    const w = compiled("I ran my second set of intervals last night. I ran 5x400 with 400 recovery's in between. It was difficult.");
    expect(w.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(w.steps).toEqual([]);
    expect(guessAs(w, 'mi')).toBe('15 min WU, 5 × 400 m w/ 400 m recovery, 10 min CD');
    expect(w.guess!.notes[0]).toMatch(/^guessed from one place in the text: '5x400 with 400'/);
  });

  it('joins the parts of a sentence in the order written (fixtures/corpus/blind-8)', () => {
    const text = 'This morning we did our first tempo long run, which the training program calls "Steady State." The workout was 2 miles warm up, 4 miles at the steady state pace, and 2 miles cool down.';
    expect(guess(text)).toBe('2 mi WU, 4 mi @ E, 2 mi CD');
  });

  it('a run said twice on the page is one run, and its second saying leaves no figure unplaced', () => {
    expect(guess('So my long run this week was 18 miles. Yes, 18 miles, and the last few were hard going.')).toBe('18 mi @ E');
  });

  it('makes no guess while a figure of the page is left unplaced', () => {
    // "8:10-8:24 per mile" is the pace of the middle part; read alone it is nothing, so nothing is guessed.
    const text = 'This morning we did our first tempo long run. My pace was listed in my chart as 8:10-8:24 per mile. The workout was 2 miles warm up, 4 miles at the steady state pace, and 2 miles cool down.';
    expect(compiled(text).guess).toBeUndefined();
    expect(compiled('Felt great tonight: the group ran 6 x 800m with 400m jog and then we had 3 pints').guess).toBeUndefined();
  });

  it('makes no guess where the page lists choices (fixtures/corpus/blind-8)', () => {
    const text = '3. There’s huge potential for variety. Sessions can vary from 5×5 minutes with 2-3 minutes recovery to 3×8 minutes with 2-3 minutes recovery right up to something like 2×15 minutes with 3-4 minutes recovery or; 1×30 minutes of Kenyan hills.';
    expect(compiled(text).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(compiled(text).guess).toBeUndefined();
  });

  it('makes no guess where the parts stand far apart: other days, not one session', () => {
    const text = 'Monday was 4 x 800m w/ 400m jog with the club, and then at the weekend, after a lot of wandering around town and some shopping with family, I managed 10 x 200m w/ 200m jog.';
    expect(compiled(text).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(compiled(text).guess).toBeUndefined();
  });

  it('makes no guess for a lone length on a page about another sport', () => {
    const text = 'Legs were heavy after the weekend, so instead of the usual loop I went for a 45 minute spin on the stationary bike.';
    expect(compiled(text).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(compiled(text).guess).toBeUndefined();
  });

  it('makes no guess for a clock that says nothing of what it is', () => {
    const text = 'The club run went well; the watch said 42:10 at the end of the run.';
    expect(compiled(text).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(compiled(text).guess).toBeUndefined();
  });

  it('makes no guess for a plan cell of shorthand: it is refused where it stops', () => {
    const w = compiled('6 x Long Hills');
    expect(w.guess).toBeUndefined();
  });

  it('a session that reads gets no guess', () => {
    expect(compiled('6 x 800m @ 5K w/ 90 s jog').guess).toBeUndefined();
  });
});

describe('a number before a word that may be its unit', () => {
  it('"I managed 10 kilometrow around the park" guesses nothing: the word may be a unit in a form runcast does not know', () => {
    const w = compiled('After work I managed 10 kilometrow around the park with the club, which felt good.');
    expect(w.diagnostics.find((d) => d.severity === 'error')?.message).toBe("unknown unit 'kilometrow'");
    expect(guessAs(w, 'mi')).toBe('');
  });
});
