/** Whether a part is hard, which decides the warm-up and cool-down a session gets. */
import { describe, it } from 'vitest';
import { expectReads as reads } from '../../helpers/reading.js';

describe('hills', () => {
  it('hill reps are hard work, with a warm-up and cool-down: "6 x 1 min hills"', () => {
    reads('6 x 1 min hills', 'wu 15:00 | 6x(run 1:00 ~hill | rec open) | cd 10:00');
  });

  it('a hill part longer than any hill rep is a hilly run, its own warm-up: "Plan a 30-40 minute route that will have some decent hills on it."', () => {
    reads('Plan a 30-40 minute route that will have some decent hills on it.', 'run 30:00 ~hill');
  });

  it('a hill part as long as a run is a hilly run, by distance too: "Tu: 14 on hills"', () => {
    reads('Tu: 14 on hills', 'run 14mi ~hill');
  });
});
