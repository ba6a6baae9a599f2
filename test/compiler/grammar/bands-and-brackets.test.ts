import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a pace band written with "to"', () => {
  it('a run progressing from one pace to another runs in the band between them', () => {
    expectReads('wu, 4 miles progressing from 6:30 to 6:00 pace, cd', 'wu 15:00 | run 4mi @6:00-6:30/mi | cd 10:00');
    expectReads('10 miles building from 8:00 to 7:00/mi', 'run 10mi @7:00-8:00/mi');
  });

  it('"@ 6:30 to 6:00/mi" is the same band as "@ 6:00-6:30/mi", whichever end comes first', () => {
    expectReads('4 miles @ 6:30 to 6:00/mi', 'wu 15:00 | run 4mi @6:00-6:30/mi | cd 10:00');
    expectReads('4 miles @ 6:00 to 6:30/mi', 'wu 15:00 | run 4mi @6:00-6:30/mi | cd 10:00');
  });
});

describe('a session in brackets', () => {
  it('reps in brackets are the session, not its recovery, even when a rest closes them', () => {
    expectReads('Sunday – Intervals (8 x 4 min 90 sec rest)', 'wu 15:00 | 8x(run 4:00 | rest 1:30) | cd 10:00');
    expectReads('(8 x 400m w/ 90 sec rest)', 'wu 15:00 | 8x(run 400m | rest 1:30) | cd 10:00');
  });

  it('brackets round one part after a label keep the pace of the label: "Tempo (20 min)"', () => {
    expectReads('Tempo (20 min)', 'run 20:00 @T');
  });

  it('a whole session of several parts in brackets is the session: "(7 km + strides)" is an easy run and its strides', () => {
    expectReads('(7 km + strides)', 'run 7km @E | 4x(run 100m ~strides | rest 1:00 walk)');
    expectReads('Easy (7 km + strides)', 'run 7km @E | 4x(run 100m ~strides | rest 1:00 walk)');
    expectReads('(2 mi easy, 4 x 800m @ 5K w/ 400m jog, 2 mi easy)', 'run 2mi @E | 4x+(run 800m @5K | rec 400m jog) | run 2mi @E');
  });

  it('reps in brackets with no run of their own stay reps: "(1 km, 2 km, 1 km)", "(30s hard, 30s easy)"', () => {
    expectReads('(1 km, 2 km, 1 km)', 'wu 15:00 | run 1000m | run 2km | run 1000m | cd 10:00');
    expectReads('(30s hard, 30s easy)', 'wu 15:00 | run 0:30 ~hard | rec 0:30 @E | cd 10:00');
  });

  it('a count after the brackets still repeats them: "(4 x 400m) x 2"', () => {
    expectReads('(4 x 400m) x 2', 'wu 15:00 | 2x(4x+(run 400m | rec open)) | cd 10:00');
  });
});
