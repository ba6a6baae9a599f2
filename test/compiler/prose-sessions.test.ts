/**
 * Sessions stated plainly inside ordinary sentences, as club posts, logs and articles write them.
 * A break written after its length or after what it is spent in ("three minutes break in between
 * each", "30 second recovery breaks", "1 min walk breaks") is that recovery; a break of anything
 * else ("a water break") is talk, and "no break" is no recovery.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../src/compiler/index.js';
import { athlete, errors } from '../helpers/reading.js';
import { outline } from '../helpers/steps.js';

const same = (text: string, shorthand: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  expect(outline(w.steps), text).toEqual(outline(compileSession(shorthand, athlete).steps));
  return w;
};

describe('a break after its length is a recovery of that length', () => {
  it('"Now, run 6x1200 metres with three minutes break in between each." (a club page) is 6 × 1200 m with 3 minutes rest', () => {
    same('Now, run 6x1200 metres with three minutes break in between each.', '6 x 1200m w/ 3 min rest');
  });

  it('a break given in seconds or minutes, with or without "a"', () => {
    same('6 x 800m with 90 sec break', '6 x 800m w/ 90 sec rest');
    same('2 x 6.5 min runs, with a 2.5 min break in between.', '2 x 6.5 min w/ 2.5 min rest');
    same('4 x 2km at 5km pace with 90 second break.', '4 x 2km @ 5K w/ 90 sec rest');
  });

  it('a break between sets is the rest between them', () => {
    same('3 sets of 5 x 200m w/ 200m jog, 5 minute break between sets', '3 x (5 x 200m w/ 200m jog) w/ 5 min rest');
  });
});

describe('a break after what it is spent in is that recovery', () => {
  it('"30 second recovery breaks in between" is a 30-second recovery between the reps', () => {
    same('5 x 2 min fast with 30 second recovery breaks in between', '5 x 2 min fast w/ 30 sec recovery');
  });

  it('walk breaks are walks', () => {
    const w = same('4 x 400m with 1 min walk breaks in between', '4 x 400m w/ 1 min walk');
    expect(JSON.stringify(w.steps)).toMatch(/walk/i);
  });
});

describe('other breaks are not recoveries', () => {
  it('a water break after the reps adds no step: it is set aside as talk', () => {
    const w = same('4 x 800m, then a water break', '4 x 800m');
    expect(w.notes.join(' ')).toContain('water break');
  });

  it('"no break between" still stops the reading: the reps have no recovery, which the shorthand cannot say so', () => {
    expect(errors(compileSession('5 x 1 km at 10k pace, no break between', athlete)).length).toBe(1);
  });
});

describe('"one of" and "N of us" are talk, no count', () => {
  it('"One of my favourite sessions is …" reads the session, and "One of" is listed as set aside', () => {
    const text = 'One of my favourite sessions is 6 x 1000m at 10K pace with 2 min jog.';
    const w = same(text, '6 x 1000m @ 10K w/ 2 min jog');
    expect(w.diagnostics.some((d) => d.severity === 'warning' && text.slice(d.column - 1, d.column - 1 + d.length).startsWith('One of'))).toBe(true);
  });

  it('a club night that went "along one of our popular routes" (a club post) is the 5 × 5 minutes it states', () => {
    same(
      'Club night, last night took us along one of our popular routes, from Blaydon, along Scotswood Road, around Newcastle Business Park and back. The session, which I found tough, was 5 x 5mins with 3 mins jog recovery.',
      '5 x 5 min w/ 3 min jog',
    );
  });

  it('"20 of us" counts runners, not reps', () => {
    same('There were 20 of us out for 5 x 5 min with 3 min jog recovery.', '5 x 5 min w/ 3 min jog');
  });

  it('"4 of them" counts the reps talked about: never set aside, the sentence stays refused', () => {
    expect(errors(compileSession('4 x 800m. I ran 4 of them again each with a 5 minute break in between.', athlete)).length).toBe(1);
  });

  it('"one of" before a figure stays a count with nothing to count: refused at the "of"', () => {
    expect(errors(compileSession('one of 5 x 400m', athlete)).length).toBe(1);
  });
});

describe('a run named by its length after any word', () => {
  it('"a pretty light 3 miler" (a training log) is a 3-mile run', () => {
    same('Tomorrow and Friday I plan to ride into work and on Thursday I am going to do a pretty light 3 miler just to keep the legs fresh.', '3 mi');
  });

  it('"My first 8 miler." is an 8-mile run', () => {
    same('My first 8 miler.', '8 mi');
  });

  it('after a count the number is no run\'s whole length: "two 5 milers" and "4 x 1 miler" stay refused', () => {
    expect(errors(compileSession('two 5 milers', athlete)).length).toBe(1);
    expect(errors(compileSession('4 x 1 miler', athlete)).length).toBe(1);
  });
});

describe('"run" before sets', () => {
  it('"run 10 sets of 800 metres and jog 400 metres between each set" (an article) is 10 × 800 m with 400 m jog', () => {
    same('run 10 sets of 800 metres and jog 400 metres between each set.', '10 x 800m w/ 400m jog');
  });

  it('"run 2 sets of 5 x 400m" reads as the sets do without the verb', () => {
    same('run 2 sets of 5 x 400m w/ 200m jog', '2 sets of 5 x 400m w/ 200m jog');
  });

  it('another verb before sets says what kind of rep they are: "walk 2 sets of 5 min" stays refused', () => {
    expect(errors(compileSession('walk 2 sets of 5 min', athlete)).length).toBe(1);
  });
});
