/**
 * Paces, efforts and zones written in words: a number of minutes for each mile or km is a pace,
 * not a length ("8 min/mile", "Sub 4 mins per km", "at 8 minute miles", "a 9:04 minute mile");
 * "zone 2 heart rate", "low to mid Zone 2" and the Dutch "hartslagzone 2" are heart-rate zones,
 * read as "Z2" is; "pulse 70-85%" is a share of maximum heart rate. The real texts are from the
 * blind samples; the rest are invented edge cases.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../src/compiler/index.js';
import { tokenize } from '../../src/compiler/lexer.js';
import { paceWords } from '../../src/compiler/normalise/pace-words.js';
import { heartRateWords } from '../../src/compiler/normalise/heart-rate-words.js';
import { athlete, errors, expectReads, flat } from '../helpers/reading.js';

/** The tokens a pass writes for `text`, as the grammar sees them. */
const written = (pass: typeof paceWords, text: string) =>
  pass(tokenize(text).tokens)
    .filter((t) => t.kind !== 'eof')
    .map((t) => t.value)
    .join(' ');

describe('minutes for each mile or km', () => {
  it('"8 min/mile", "5 minutes per km", "7 min a mile" are paces', () => {
    expect(written(paceWords, 'at 8 min/mile pace')).toBe('at 8:00 / mi pace');
    expect(written(paceWords, '12km roughly 5 minutes per km')).toBe('12 km @ 5:00 / km');
    expect(written(paceWords, '6 miles at 7 min a mile')).toBe('6 miles at 7:00 / mi');
    expectReads('5km at 8 min/mile pace', 'run 5km @8:00/mi');
  });

  it('"Sub 4 mins per km" and "Just over 6minutes per km" are that pace, the words kept in the note', () => {
    const w = compileSession('15km sub 4 mins per km', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes).toContain('read sub 4 mins per km as a pace of 4:00/km');
    expectReads('9km just over 6minutes per km', 'run 9km @6:00/km');
  });

  it('a dot between minutes and seconds is a clock typed with a dot; one digit after it is a decimal', () => {
    // Blind sample: "Thursday: 30min tempo @3.55min/k (15min w/up and dn);"
    expectReads('30min tempo @3.55min/k', 'wu 15:00 | run 30:00 @3:55/km | cd 10:00');
    expect(compileSession('30min tempo @3.55min/k', athlete).notes.some((n) => n.includes('3.55 as 3:55'))).toBe(true);
    expectReads('1 mile at 8.5 minute miles', 'wu 15:00 | run 1mi @8:30/mi | cd 10:00');
  });

  it('"7.25-35 min mile pace" is a band from 7:25 to 7:35 a mile', () => {
    // Blind sample: "2 x 2 miles at 7.25-35 min mile pace with 60-90 second rest between"
    expectReads('2 x 2 miles at 7.25-35 min mile pace with 60 second rest between', 'wu 15:00 | 2x(run 2mi @7:25-7:35/mi | rest 1:00) | cd 10:00');
    expectReads('6 x 1 mile at 7-7:30 min/mile, 2 min jog', 'wu 15:00 | 6x(run 1mi @7:00-7:30/mi | rec 2:00 jog) | cd 10:00');
  });

  it('"at 10 min pace" is ten minutes for each mile or km, as the text measures', () => {
    expectReads('1 mile warm up at 10 min pace', 'wu 1mi @10:00/mi');
    expectReads('5 km at 5 min pace', 'run 5km @5:00/km');
  });

  it('a pace no runner keeps is not read: the words are left to refuse', () => {
    expect(written(paceWords, 'walk 1 min per mile')).toBe('walk 1 min per mile');
    expect(errors(compileSession('1 Minute 3 minute mile pace', athlete))).not.toEqual([]);
  });
});

describe('"N minute mile(s)"', () => {
  it('after "at" or a length, the minutes are the pace', () => {
    // Blind sample (Session 2): "1 Minute 7 minute mile pace"
    expectReads('1 Minute 7 minute mile pace', 'wu 15:00 | run 1:00 @7:00/mi | cd 10:00');
    expectReads('2 miles at 8 minute miles', 'run 2mi @8:00/mi');
    expectReads('3 miles at a 9:04 minute mile', 'run 3mi @9:04/mi');
    expectReads('16 miles (9:50 minute miles)', 'run 16mi @9:50/mi');
  });

  it('after a count or an article alone, one mile (or km) run at that pace', () => {
    expectReads('5x 4min kms', 'wu 15:00 | 5x(run 1km @4:00/km | rec open) | cd 10:00');
    expectReads('an 8 minute mile', 'wu 15:00 | run 1mi @8:00/mi | cd 10:00');
    expectReads('a 9-minute mile', 'wu 15:00 | run 1mi @9:00/mi | cd 10:00');
  });

  it('"4 x 2 min mile pace" is two minutes at mile pace; where the minutes could be a pace, a note says why not', () => {
    expectReads('4 x 2 min mile pace', 'wu 15:00 | 4x(run 2:00 @Mile | rec open) | cd 10:00');
    const w = compileSession('4 x 8 min mile pace', athlete);
    expect(flat(w.steps).filter((s) => s.intensity === 'active').every((s) => s.duration.kind === 'time' && s.duration.seconds === 480)).toBe(true);
    expect(w.notes.some((n) => n.includes('as 8 min at mile pace'))).toBe(true);
    // 2:00 a mile is no pace: the two minutes are the length, with or without a count.
    expectReads('2 min mile pace, 2 min jog', 'wu 15:00 | run 2:00 @Mile | rec 2:00 jog | cd 10:00');
  });

  it('after a length of its own, minutes no runner keeps a mile are refused, not read as a second length', () => {
    // Blind sample (Session 2): "1 Minute 3 minute mile pace".
    expect(errors(compileSession('Session 2:\n\n1 Minute 7 minute mile pace\n\n1 Minute 3 minute mile pace', athlete))).not.toEqual([]);
  });

  it('the real text: a run told as its parts, one at "a 9:04 minute mile", the day\'s total set aside', () => {
    expectReads(
      'Well... I was supposed to run 5 miles this morning; 1 mile warm up, 3 miles at a 9:04 minute mile, and a mile cool down.',
      'wu 1mi | run 3mi @9:04/mi | cd 1mi',
    );
  });
});

describe('heart-rate zones in words', () => {
  it('"zone 2 heart rate" and "heart rate zone 2" are Z2', () => {
    expect(written(heartRateWords, 'at zone 2 heart rate')).toBe('at zone 2');
    expect(written(heartRateWords, '(heart rate zone 2)')).toBe('( zone 2 )');
    // Blind sample.
    expectReads('Cold, 3C, mostly clear skies. The training plan called for a 60 minute run at zone 2 heart rate.', 'run 1:00:00 @Z2');
    expectReads('20 min Heart Rate Zone 2', 'run 20:00 @Z2');
    expectReads('20 min in zone 3-4 HR', 'wu 15:00 | run 20:00 @Z3-4 | cd 10:00');
  });

  it('"low to mid Zone 2", "high Zone 1" are the zone', () => {
    // Blind sample.
    expectReads('Workout Goal:\n\n30 minutes in low to mid Zone 2 (7:13–7:40 min/km)', 'run 30:00 @Z2');
    expectReads('40 min high Zone 1', 'run 40:00 @Z1');
  });

  it('"1 hr zone 2": hours after a number stay hours', () => {
    expect(written(heartRateWords, '1 hr zone 2')).toBe('1 hr zone 2');
    expectReads('1 hr zone 2', 'run 1:00:00 @Z2');
  });

  it('the Dutch "hartslagzone" is a heart-rate zone, for the reps and for their recovery', () => {
    // Blind sample.
    expectReads('  • 3 x 10 minuten in hartslagzone 2 (3 minuten dribbelpauze in hartslagzone 1)', '3x(run 10:00 @Z2 | rec 3:00 jog @Z1)');
  });

  it('"pulse 70-85%" and "HR 80%" are shares of maximum heart rate', () => {
    expect(written(heartRateWords, 'pulse 70-85%')).toBe('70 - 85 % hrmax');
    const w = compileSession('20 min pulse 70-85%', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes.some((n) => n.startsWith('read 70–85% HRmax as'))).toBe(true);
    expect(flat(w.steps)[0]!.notes).toEqual(['pulse 70-85%']);
    expect(written(heartRateWords, 'HR 140-150')).toBe('hr 140 - 150');
  });
});
