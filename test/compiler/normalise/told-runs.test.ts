/**
 * A run a log tells of with nothing said of how hard it went ("Tuesday: 4 miles. My legs were a little
 * sore …", "Ran 4 miles this morning.") is read at the runner's own effort, not at a plan's easy pace;
 * a plan's "Monday: 5 miles" keeps its easy pace.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete } from '../../helpers/reading.js';
import { printNotation } from '../../corpus/notation.js';

const read = (text: string) => {
  const [w] = compileRuns(text, athlete);
  return { steps: printNotation(w!.steps), target: w!.steps[0]?.type === 'step' ? w!.steps[0].target : undefined };
};

describe('a run a log tells of', () => {
  it('in a story told in the first person and the past tense: no target', () => {
    const r = read('Tuesday: 4 miles. My legs were a little bit sore and fatigued from Monday, so I kept it pretty slow on this run.');
    expect(r.target?.kind).toBe('effort');
    expect(r.steps).toBe('run 4mi ~as you feel');
  });

  it('in a sentence that reports it: "Ran 4 miles this morning."', () => {
    expect(read('Ran 4 miles this morning.').steps).toBe('run 4mi ~as you feel');
  });

  it('under a day with no mark after it: "Monday 8 miles" over a story', () => {
    expect(read('Monday 8 miles\nOriginally I had planned on intervals.').steps).toBe('run 8mi ~as you feel');
  });

  it('with its unit hyphened and named a run: "Friday: 3.5-mile run. I worked from home …"', () => {
    expect(read('Friday: 3.5-mile run. I worked from home on Friday and was happy to get my run done.').steps).toBe('run 3.5mi ~as you feel');
  });

  it('after a few words of time or talk before the runner\'s pronoun: "Then, I ran", "Yesterday we did a"', () => {
    expect(read('Then, I ran 9 miles on Saturday and mowed my lawn.').steps).toBe('run 9mi ~as you feel');
    expect(read('So we ran a 3 mile loop.').steps).toBe('run 3mi ~as you feel');
    expect(read('This morning I ran 5 miles.').steps).toBe('run 5mi ~as you feel');
  });

  it('words runcast does not read after the run say where or why, not how hard: "a 3 mile trail run"', () => {
    expect(read('So we ran a 3 mile trail run.').steps).toBe('run 3mi ~as you feel');
    expect(read('Ran 6 miles on the towpath today.').steps).toBe('run 6mi ~as you feel');
  });

  it('a word runcast reads after the run still says how hard: "So we ran a 3 mile tempo run"', () => {
    expect(read('So we ran a 3 mile tempo run.').steps).not.toBe('run 3mi ~as you feel');
  });

  it('the story saying how it felt gives its pace: "Run felt easy"', () => {
    expect(read('I ran 4.5 miles before the track. Run felt easy and it was a great warmup.').steps).toBe('run 4.5mi @E');
  });
});

describe('a plan\'s run keeps the plan\'s easy pace', () => {
  it('"Monday: 5 miles", "5-mile run", "Monday 8 miles" with no story', () => {
    expect(read('Monday: 5 miles').steps).toBe('run 5mi @E');
    expect(read('5-mile run').steps).toBe('run 5mi @E');
    expect(read('Monday 8 miles').steps).toBe('run 8mi @E');
  });

  it('a word of its effort after the run keeps it: "Tuesday: 4 miles easy. I felt great."', () => {
    expect(read('Tuesday: 4 miles easy. I felt great.').steps).toBe('run 4mi @E');
  });
});

describe('a run stated twice in a log', () => {
  it('"30 mins 48 secs, 4.9 km" and "30:48, 4.9 km" are one run, its distance restated', () => {
    expect(read('30 mins 48 secs, 4.9 km').steps).toBe('run 30:48 @E');
    expect(read('30:48, 4.9 km').steps).toBe('run 30:48 @E');
  });

  it('a short time and a distance stay two parts: "5:00, 1 mile"', () => {
    expect(read('5:00, 1 mile').steps).toBe('run 5:00 @E | run 1mi @E');
  });

  it('its fields apart, by a line break, a semicolon or a comma: "7K\\n53m28s", "15,6 km; 1:24", "13km, 2 hours"', () => {
    expect(read('7K\n53m28s').steps).toBe('run 7km @53:28 per 7000m');
    // A clock too short for any run is the hours and minutes a log prints.
    expect(read('15,6 km; 1:24').steps).toBe('run 15600m @84:00 per 15600m');
    expect(read('13km, 2 hours').steps).toBe('run 13km @120:00 per 13000m');
  });

  it('a sentence\'s end parts two things: "8 km. Or 45 min." is no pace of 45 minutes for 8 km', () => {
    expect(read('8 km. Or 45 min.').steps).not.toContain('per 8000m');
  });

  it('under a label, whose pace stands: "Long run: 13km, 2 hours", "Easy 5 km 30 min"', () => {
    expect(read('Long run: 13km, 2 hours').steps).toBe('run 13km @E');
    expect(read('Easy 5 km 30 min').steps).toBe('run 5km @E');
  });

  it('a "+" between them makes two runs: "30 min + 5 km"', () => {
    expect(read('30 min + 5 km').steps).toBe('run 30:00 @E | run 5km @E');
  });

  it('a log\'s "Type:" field names the kind of run', () => {
    expect(read('Type: Tempo\nDistance: 5 miles').steps).toBe('run 5mi @T');
  });
});

describe('where a told run stops', () => {
  it('a coach\'s "we" is no runner\'s log: the plan\'s easy pace stays', () => {
    expect(read('Monday: 5 miles. We had a great session last week, keep it up!').steps).toBe('run 5mi @E');
  });

  it('a longer sentence before the pronoun is no lead-in, and a figure there is none either', () => {
    // The same run opening its line is told: the words before the pronoun are all that differ.
    expect(read('I ran 5 miles.').steps).toBe('run 5mi ~as you feel');
    expect(read('On the long drive home for the weekend I ran 5 miles.').steps).not.toContain('as you feel');
    expect(read('After 2 miles I ran 5 miles.').steps).not.toContain('as you feel');
  });

  it('a clock after a warm-up is the warm-up\'s: "Warm up 15:00, 2 miles" is two parts', () => {
    expect(read('Warm up 15:00, 2 miles').steps).toBe('wu 15:00 | run 2mi @E');
  });
});
