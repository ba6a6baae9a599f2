/** A pace written with no unit is per the plan's or the athlete's unit, unless that makes an easy run a race. */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete } from '../../helpers/reading.js';

const run = (text: string) => {
  const [w] = compileRuns(text, athlete);
  const step = w!.steps.find((s) => s.type === 'step' && s.intensity === 'active');
  return { target: step?.type === 'step' && step.target.kind === 'pace' ? step.target.name : undefined, notes: w!.notes.join(' ') };
};

describe('a pace with no unit', () => {
  it('on an easy run, faster than threshold per mile but easy per km: per km, with a note', () => {
    const r = run('Easy run 40 min, pace 6:30');
    expect(r.target).toBe('6:30/km');
    expect(r.notes).toContain('read per km: per mi it would be faster than your threshold');
  });

  it('on an easy run that is easy per mile: per mile', () => {
    expect(run('Easy run 40 min, pace 9:30').target).toBe('9:30/mi');
  });

  it('on a tempo run: the athlete\'s unit, whatever its speed', () => {
    expect(run('Tempo 20 min, pace 6:30').target).toBe('6:30/mi');
  });
});

describe('a pace with no unit on a long run', () => {
  it('an hour or more at a pace faster than threshold per mile, a steady one per km: per km', () => {
    expect(run('Run 70 min, pace 6:30').target).toBe('6:30/km');
    expect(run('Run 70 min, pace 6:30').notes).toContain('no long run');
    expect(run('Run 20 min, pace 6:30').target).toBe('6:30/mi');
  });
});

describe('a pace with no unit on a part inside an easy or long run', () => {
  it('keeps the written unit: "Long run: 2 hours, last 20 min @ 6:40", "Easy 50 min, last 10 min @ 6:50"', () => {
    const [long] = compileRuns('Long run: 2 hours, last 20 min @ 6:40', athlete);
    const [easy] = compileRuns('Easy 50 min, last 10 min @ 6:50', athlete);
    const names = (w: typeof long) => w!.steps.flatMap((s) => (s.type === 'step' && s.target.kind === 'pace' ? [s.target.name] : []));
    expect(names(long)).toContain('6:40/mi');
    expect(names(easy)).toContain('6:50/mi');
  });
});
