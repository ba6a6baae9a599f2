/**
 * A clause of talk joined to the session by a dash, a bracket or a comma rather than a full
 * stop ("Run 20 minutes – I feel faint just typing it") is set aside when it holds no word the
 * shorthand reads; an invitation before the session ("Okay, lets go to river road and do …")
 * is read past. A clause holding a figure, a count, a pace or an effort word, or a word that
 * ties it to the reps, stays and so does the refusal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { outline } from '../helpers/steps.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const setAside = (text: string, w: Workout) => w.diagnostics.filter((d) => d.severity === 'warning').map((d) => text.slice(d.column - 1, d.column - 1 + d.length));
const same = (text: string, shorthand: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  expect(outline(w.steps), text).toEqual(outline(compileSession(shorthand, athlete).steps));
  return w;
};
const refused = (text: string) => expect(errors(compileSession(text, athlete)).length, text).toBe(1);

describe('a clause of talk after a dash', () => {
  it('"Day 3: Run 20 minutes – I feel faint just typing it." (a beginner plan) reads 20 minutes, the clause in the notes', () => {
    const text = 'Day 3: Run 20 minutes – I feel faint just typing it.';
    const w = same(text, 'Run 20 min');
    expect(setAside(text, w)).toContain('– I feel faint just typing it');
    expect(w.notes.join(' ')).toContain('I feel faint just typing it');
  });

  it('the writer\'s capital I after a dash is no interval pace when a verb follows it', () => {
    same('5 miles easy – I was glad it was over', '5 miles easy');
  });

  it('a clause between two dashes in the middle of a session goes, and the parts either side are read', () => {
    same('5 miles easy - I was glad it was over - then 4 x 100m strides', '5 miles easy, then 4 x 100m strides');
    same('4 x 1 mile – my legs hurt – 3 min rest', '4 x 1 mile – 3 min rest');
  });

  it('a dash between two figures is a range, not the start of a clause', () => {
    same('Run 20-30 minutes – I feel faint just typing it', 'Run 20-30 minutes');
  });
});

describe('the marks left by talk already set aside', () => {
  it('brackets round talk set aside go with it: "stop briefly (quick stretch), then 4 x 80m strides"', () => {
    const text = 'Easy jog 20min then stop briefly (quick stretch), then 4 x 80m strides';
    const w = same(text, 'Easy jog 20min, then 4 x 80m strides');
    expect(setAside(text, w)).toContain('(quick stretch)');
  });
});

describe('an invitation before the session', () => {
  it('"Okay, lets go to river road and do 10 x 400m hill repeat...oops river road is closed." reads the hill reps', () => {
    const text = 'Okay, lets go to river road and do 10 x 400m hill repeat...oops river road is closed.';
    const w = same(text, '10 x 400m hill');
    expect(setAside(text, w)).toContain('Okay, lets go to river road and do');
  });

  it('where the invitation names a hill, it may say what is run, and the reading stops', () => {
    refused('Okay, lets go to the hill and do 10 x 200m');
  });
});

describe('clauses that stay', () => {
  it('a clause that ties itself to the reps ("we walk between") is not talk', () => {
    refused('6 x 400m – we walk between');
  });

  it('"resp." pairs two lists: the clause holding it is not set aside', () => {
    refused('400m, 800m with 60s, 90s recoveries, resp.');
  });

  it('a clause offering a choice ("or bike") is not talk', () => {
    refused('Run 5 miles - or bike');
  });
});
