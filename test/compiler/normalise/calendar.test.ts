/** Times of day and dates in figures written around a session are set aside: their numbers are no lengths, counts or paces. */
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const messages = (text: string) => compileSession(text, athlete).diagnostics.map((d) => d.message);
/** Where the reading of `text` first stops, or -1 when it reads. */
const stopsAt = (text: string) => compileSession(text, athlete).diagnostics.find((d) => d.severity === 'error')?.offset ?? -1;

describe('a date in figures', () => {
  it('month-day-year with dashes, then the hour the group meets: "4-16-2002 6:00 Evergreen Cemetery" runs no 6:00', () => {
    reads('4-16-2002 6:00 Evergreen Cemetery  4 x 3/4mi with 2 min rests.', 'wu 15:00 | 4x(run 0.75mi | rest 2:00) | cd 10:00');
    reads('5-7-2002 6pm  Abbott Park: 3 x 1 mile w/ 3 min rest', 'wu 15:00 | 3x(run 1mi | rest 3:00) | cd 10:00');
  });

  it('year-month-day, and day.month.year with full stops', () => {
    reads('2015-04-21: 10 x 400m w/ 400m jog', 'wu 15:00 | 10x(run 400m | rec 400m jog) | cd 10:00');
    reads('12.3.2019 - 6 x 1km w/ 2 min jog', 'wu 15:00 | 6x(run 1000m | rec 2:00 jog) | cd 10:00');
  });

  it('a year of two figures where the date heads its line or fills its brackets: "1/6/10:", "(11.4.25)"', () => {
    reads('1/6/10:  10 miles easy', 'run 10mi @E');
    reads('Surge Workout (11.4.25):\n5 x 3 min tempo w/ 3 min easy', 'wu 15:00 | 5x(run 3:00 @T | rec 3:00) | cd 10:00');
    expect(messages('Surge Workout (11.4.25):\n5 x 3 min tempo w/ 3 min easy')).toContain("'(11.4.25)' is not used");
  });

  it('a day and month after "on", one of them past 12: "The workout on 5/21"', () => {
    reads('The workout on 5/21: 6 x 400m w/ 200m jog', 'wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00');
  });

  it('the "on" before a date goes with it: "6 miles on 5/21" is no effort of "1 min on"', () => {
    reads('6 miles on 5/21', 'run 6mi @E');
    reads('6 miles', 'run 6mi @E');
    reads('4 x 1 mile on 5/15', 'wu 15:00 | 4x(run 1mi | rec open) | cd 10:00');
    reads('10 x 100m on 4/30', 'wu 15:00 | 10x(run 100m | rec open) | cd 10:00');
    expect(messages('6 miles on 5/21')).toContain("'on 5/21' is not used");
    expect(messages('on 5/21').join()).not.toMatch(/unknown word 'on'/);
  });

  it('the real logs: the reading no longer stops at the date', () => {
    for (const text of [
      '4-30-2002 6:00 Mt Hope Cemetery  3 of 1 mile runs starting at 0-11-22 mins.  Meet in far sw corner.  Park single file',
      '5-7-2002 6pm  Abbott Park, Trails, Westside of Abbot Rd just north of Lake Lansing Rd.  Loops of 1 mile and ½ mile',
      '1/6/10:  10 miles w/ 6 at MP in a row.  MP (8:36 – 8:46).  Temp -5',
      'Tuesday Surge Play Workout (11.4.25):\nWarmup w/dynamics\n5 times:\n3 min. tempo-moderately hard effort',
    ]) {
      expect(messages(text).join(), text).not.toMatch(/needs a unit/);
      expect(stopsAt(text), text).not.toBe(0);
    }
  });
});

describe('figures that only look like dates stay lengths', () => {
  it('a ladder of minutes goes on past three figures: "5/4/3/2/1 minutes" is no date', () => {
    expect(messages('5/4/3/2/1 minutes hard w/ 2 min jog').join()).not.toMatch(/is not used/);
  });

  it('"10/10/10" inside a sentence is minutes, not 10 October 2010', () => {
    expect(messages('1. Wind-up run of 10/10/10\n\nThis is ten minutes easy').join()).not.toMatch(/'10\/10\/10' is not used/);
  });

  it('a ladder of equal parts alone on its line is no date: "10/10/10", "12/12/12" keep their positioned error', () => {
    for (const text of ['10/10/10', '12/12/12', '10/10/10\n']) {
      expect(messages(text).join(), text).not.toMatch(/is not used|session ends/);
      expect(stopsAt(text), text).toBe(0);
    }
  });

  it('a fraction after "on" is no date: "on 1/2 recovery"', () => {
    expect(messages('on 1/2 recovery 6 x 400m').join()).not.toMatch(/'1\/2' is not used/);
  });

  it('a clock after a date that counts or measures is the session: "4-16-2002 5 x 1 mile"', () => {
    reads('4-16-2002 5 x 1 mile w/ 2 min rest', 'wu 15:00 | 5x(run 1mi | rest 2:00) | cd 10:00');
  });
});

describe('a time of day', () => {
  it('an hour with a full stop and its mark: "6.15pm", "9.37.30 AM"', () => {
    reads('Screen Shot 2015-04-21 at 9.37.30 AM\n\n10 x 400m w/ 400m jog', 'wu 15:00 | 10x(run 400m | rec 400m jog) | cd 10:00');
    const w = compileSession('6.15pm: 5 miles easy', athlete);
    expect(errors(w)).toEqual([]);
    expect(JSON.stringify(w.steps)).not.toMatch(/"seconds":375\b/);
  });

  it('an earlier hour given as a choice goes with it: "6 / 6.15pm", "5-6pm"', () => {
    reads('5-6pm: 5 miles easy', 'run 5mi @E');
    const text = "Thursday 1st April:\n\n6 / 6.15pm = run session on the north side of Lake Monger. I will not be present at tonight's session";
    expect(messages(text).join()).not.toMatch(/'6' needs a unit/);
  });

  it('a weekday before it, in brackets: "(Thurs 5:30pm)" is set aside whole', () => {
    reads('Long Interval (Thurs 5:30pm): 4 x 800m w/ 2 min jog', 'wu 15:00 | 4x(run 800m | rec 2:00 jog) | cd 10:00');
    expect(messages('Long Interval (Thurs 5:30pm): 4 x 800m w/ 2 min jog')).toContain("'(Thurs 5:30pm)' is not used");
  });

  it('a clock beside a word of meeting: "meeting at 5:45", "5:45 meetup"', () => {
    reads('Track (meeting at 5:45): 4 x 400m w/ 400m jog', 'wu 15:00 | 4x(run 400m | rec 400m jog) | cd 10:00');
    reads('5:45 meetup: 4 x 400m w/ 400m jog', 'wu 15:00 | 4x(run 400m | rec 400m jog) | cd 10:00');
  });

  it('a clock with no word that makes it an hour stays a pace or a rep time: "4 x 1 mile at 6:00"', () => {
    reads('4 x 1 mile at 6:00 w/ 2 min rest', 'wu 15:00 | 4x(run 1mi @6:00/mi | rest 2:00) | cd 10:00');
    // No time of day: a whole easy run of "1:30" is, by the norms, an hour and a half.
    reads('Monday 1:30 easy', 'run 1:30:00 @E');
  });

  it('French hours: "à 18h30", and "18h30" alone as an afternoon hour; "1h30" is how long', () => {
    reads('à 18h30 : 10 x 400m, récup 1 min', 'wu 15:00 | 10x(run 400m | rec 1:00) | cd 10:00');
    reads('Mardi 18h30 : 10 x 400m', 'wu 15:00 | 10x(run 400m | rec open) | cd 10:00');
    reads('Run 1h30 easy', 'run 1:30:00 @E');
  });

  it('a weekday\'s letter and the part of the day heading a log\'s line: "T/p.m.:"', () => {
    reads('T/p.m.: 2.5mi super easy', 'run 2.5mi @E');
    expect(messages('T/a.m.: 7.6mi: 1.25mi warmup, then 20x 400m at 5K to 10K pace').join()).not.toMatch(/unknown word 'T'/);
  });

  it('a weekday alone in brackets after a date: "April 15 (Wednesday)"', () => {
    reads('April 15 (Wednesday) - 5 miles nice and easy.', 'run 5mi @E');
  });

  it('a part of the day in words: "5 miles at lunch" is no pace, "last night" and "in the evening" say when', () => {
    reads('April 15 (Wednesday) - 5 miles at lunch nice and easy.', 'run 5mi @E');
    reads('6 x 400m w/ 200m jog last night', 'wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00');
    expect(messages('6 x 400m w/ 200m jog in the evening')).toContain("'in the evening' is not used");
    expect(messages("Last night's 6 easy turned into 5 speedwork.").join()).not.toMatch(/unknown word 'Last'/);
  });
});

describe('an hour said with the part of the day after it', () => {
  it('"at 5:45 this morning" is when the run was, no run of its own', () => {
    expect(show(compileRuns('I got back out there at 5:45 this morning and did 4 miles.', athlete))).toBe('run 4mi @E');
  });

  it('a pace after "at" stays a pace', () => {
    expect(show(compileRuns('6 x 400 at 1:30 in the rain', athlete))).toBe('wu 15:00 | 6x(run 400m @1:30 per 400m | rec open) | cd 10:00');
  });
});
