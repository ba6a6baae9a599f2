/** A run/walk list after a label's colon ("Run 2: Jog 8 minutes, walk 5 minutes, …") alternates as it does alone. */
import { describe, it } from 'vitest';
import { expectReads as reads } from '../../helpers/reading.js';

describe('a run/walk list after a label', () => {
  it('"Run 2: Jog 8 minutes, walk 5 minutes, jog 8 minutes" (a couch-to-5K page)', () => {
    reads('Run 2: Jog 8 minutes, walk 5 minutes, jog 8 minutes', 'run 8:00 @E | rest 5:00 walk | run 8:00 @E');
  });

  it('"**Monday**: jog for 4 minutes then walk for 2 minutes. Repeat x 4." (a beginners\' plan)', () => {
    reads('**Monday**: jog for 4 minutes then walk for 2 minutes. Repeat x 4.', '4x(run 4:00 @E | rest 2:00 walk)');
  });
});
