/**
 * Work and recovery written as "on" and "off": "2min on 2 min off", "20 seconds on/40 seconds rest",
 * and "off" opening the reps' recovery after them, in brackets or on a part of its own.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('"N on M off": a rep, then its recovery', () => {
  it('reads the pair with or without a slash between (blind: "8-10 X 2min on 2 min off")', () => {
    expectReads('8-10 X 2min on 2 min off', 'wu 15:00 | 8x(run 2:00 ~hard | rec 2:00 jog) | cd 10:00');
    expectReads('10 x 1 min on/1 min off', 'wu 15:00 | 10x(run 1:00 ~hard | rec 1:00 jog) | cd 10:00');
  });

  it('takes how the recovery is run from its word', () => {
    expectReads('10 x 20 seconds on/40 seconds rest', 'wu 15:00 | 10x(run 0:20 ~hard | rest 0:40 rest) | cd 10:00');
    expectReads('6 x 2:30 on, 2:30 float', 'wu 15:00 | 6x(run 2:30 ~hard | rec 2:30 jog) | cd 10:00');
    expectReads('8 x 3mins on 2mins walk recovery', 'wu 15:00 | 8x(run 3:00 ~hard | rec 2:00 walk) | cd 10:00');
  });

  it('runs the Mona fartlek as one continuous block (blind: a club page)', () => {
    expectReads(
      '2x 90 sec on 90 sec off\n4x 60 sec on 60 sec off\n4x 30 sec on 30sec off\n4x 15 sec on 15 sec off',
      'wu 15:00 | 2x+(run 1:30 | rec 1:30) | 4x+(run 1:00 | rec 1:00) | 4x+(run 0:30 | rec 0:30) | 4x+(run 0:15 | rec 0:15) | cd 10:00',
    );
  });

  it('leaves a send-off after "on" alone', () => {
    expect(compileSession('6 x 400 on 2:00', athlete).steps).toEqual(compileSession('6 x 400 start on 2:00', athlete).steps);
  });
});

describe('"off" opening the recovery of the reps', () => {
  it('takes the mode from the word after the length (blind: "3 x 5 minutes threshold off 1:30 rest")', () => {
    expectReads('3 x 5 minutes threshold off 1:30 rest', 'wu 15:00 | 3x(run 5:00 @T | rest 1:30 rest) | cd 10:00');
    expectReads('8 x 1km off 60 seconds jog', 'wu 15:00 | 8x(run 1000m | rec 1:00 jog) | cd 10:00');
    expectReads('5 x 1km off 90', 'wu 15:00 | 5x(run 1000m | rec 1:30 recovery) | cd 10:00');
  });

  it('reads it in brackets (blind: "Saturday - 8 x 1km (off 60 seconds jog)")', () => {
    expectReads('8 x 1km (off 60 seconds jog)', 'wu 15:00 | 8x(run 1000m | rec 1:00 jog) | cd 10:00');
    expectReads('4-6 x 5 minutes Tempo cruise intervals (off 1 minute recoveries)', 'wu 15:00 | 4x(run 5:00 @T | rec 1:00) | cd 10:00');
  });

  it('reads it as a part of its own after the reps it recovers (blind: a fartlek on a club page)', () => {
    expectReads('6 x 1 minute at 5K pace; off 1 min easy.', 'wu 15:00 | 6x(run 1:00 @5K | rec 1:00) | cd 10:00');
    expectReads(
      '2 x 90 seconds hard; off 90 second easy; 4 x 60 seconds; off 60 seconds easy; 4 x 15 seconds; off 15 seconds easy',
      'wu 15:00 | 2x+(run 1:30 | rec 1:30) | 4x+(run 1:00 | rec 1:00) | 4x(run 0:15 | rec 0:15) | cd 10:00',
    );
  });

  it('recovers a rep run once before the next block (blind: "1-2 x 200 metres …; off 200 metres easy walk/jog; …")', () => {
    expectReads(
      '1-2 x 200 metres at repetition pace; off 200 metres easy walk/jog; 1-4 x 800 metres at threshold pace; off 1-2 min rest; 1-2 x 200 meters at repetition pace.',
      'wu 15:00 | run 200m @R | rec 200m | run 800m @T | rest 1:00 rest | run 200m @R | cd 10:00',
    );
  });
});
