/**
 * What a run goes over is a note for the athlete, never a step: "inc hills", "hilly course",
 * "on trails", a "Grass –" heading. A choice between hills and something else is not a note.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('terrain as a note', () => {
  it('reads the run and keeps the terrain in the notes (blind: plan cells)', () => {
    expectReads('30-40 mins relaxed, inc hills', 'run 30:00 @E');
    expectReads('10km hilly course', 'run 10km @E');
    expectReads('Grass – Steady run 35min', 'run 35:00 @M');
    expectReads('5 miles on trails', 'run 5mi @E');
    const w = compileSession('10km hilly course', athlete);
    expect(w.notes.join(' ')).toContain('hilly course');
  });

  it('leaves hill reps and a choice of hills to the grammar', () => {
    expectReads('9x200m hills', 'wu 15:00 | 9x(run 200m ~hill | rec open jog) | cd 10:00');
    expect(compileSession('30 min jog with hills or sprints', athlete).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('takes a terrain word as a heading only at the start of a line before a dash or colon', () => {
    expectReads('Trails: 6 miles easy', 'run 6mi @E');
    expect(compileSession('Trails: 6 miles easy', athlete).notes.join(' ')).toContain('where it is run: Trails:');
    expect(compileSession('6 miles grass', athlete).notes.join(' ')).not.toContain('where it is run');
  });
});
