/** A count after a hard part and an easier one repeats the pair, never the easy part alone. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors } from '../../helpers/reading.js';

const repeats = (text: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  return w.steps.filter((s) => s.type === 'repeat').map((s) => (s.type === 'repeat' ? { count: s.count, children: s.children.length } : undefined));
};

describe('"1min hard, 1 min easy x 10"', () => {
  it('repeats both parts ten times', () => {
    expect(repeats('1min hard, 1 min easy x 10')).toEqual([{ count: 10, children: 2 }]);
  });


  it('a label before the pair stays outside it: "Tempo – 4 min hard, 2 min easy x 6"', () => {
    expect(repeats('Tempo – 4 min hard, 2 min easy x 6')).toEqual([{ count: 6, children: 2 }]);
  });
});

describe('counts that stay with their part', () => {
  it('after a warm-up: "2 mile warm up, 400m x 6" repeats the 400s only', () => {
    expect(repeats('2 mile warm up, 400m x 6')).toEqual([{ count: 6, children: 2 }]);
    expect(compileSession('2 mile warm up, 400m x 6', athlete).steps[0]?.type).toBe('step');
  });

  it('when the second part is the harder: "3 minutes steady, 1 minute fast X 3"', () => {
    const w = compileSession('3 minutes steady, 1 minute fast X 3', athlete);
    expect(w.steps.filter((s) => s.type === 'repeat').length).toBe(1);
    expect(w.steps.find((s) => s.type === 'step' && s.duration.kind === 'time' && s.duration.seconds === 180)).toBeDefined();
  });
});

describe('"10 x 1 min hard, 1 min easy": the count before the pair', () => {
  const kinds = (text: string) => {
    const w = compileSession(text, athlete);
    expect(errors(w), text).toEqual([]);
    return w.steps.map((s) => (s.type === 'repeat' ? `${s.count}x(${s.children.map((c) => (c.type === 'step' ? c.intensity : 'repeat')).join(' ')})` : s.intensity));
  };

  it('repeats both parts when the easier one is as long as a recovery', () => {
    expect(kinds('10 x 1 min hard, 1 min easy')).toEqual(['warmup', '10x(active recovery)', 'cooldown']);
    expect(kinds('8 x 400m fast, 200m easy')).toEqual(['warmup', '8x(active recovery)', 'cooldown']);
  });

  it('leaves a run after the reps when the easier part is a run of its own', () => {
    const w = compileSession('4 x 1 mile @ T, 2 miles easy', athlete);
    const rep = w.steps.find((s) => s.type === 'repeat');
    expect(rep?.type === 'repeat' && rep.children.every((c) => c.type !== 'step' || c.duration.kind !== 'distance' || c.duration.meters < 3000)).toBe(true);
    expect(w.steps.some((s) => s.type === 'step' && s.duration.kind === 'distance' && Math.round(s.duration.meters) === 3219)).toBe(true);
  });

  it('leaves a recovery written with its word to the recovery reader', () => {
    // "float" and "jog" make the part the reps' recovery, with none after the last rep.
    const w = compileSession('6 x 15 seconds hard, 15 seconds float', athlete);
    const rep = w.steps.find((s) => s.type === 'repeat');
    expect(rep?.type === 'repeat' && rep.children.map((c) => (c.type === 'step' ? c.intensity : c.type))).toEqual(['active', 'recovery']);
  });

  it('needs a hard first part and an easy part no longer than a recovery for its rep', () => {
    // "8 x 400m, 400m easy" names no effort for the 400s; "8 x 1 min fast, 5 min easy" is five times the rep.
    // The easy part stays a run of its own after the reps, which recover until the lap button.
    expect(kinds('8 x 400m, 400m easy')).toEqual(['warmup', '8x(active recovery)', 'active']);
    expect(kinds('8 x 1 min fast, 5 min easy')).toEqual(['warmup', '8x(active recovery)', 'active']);
    expect(kinds('6 x 3:00 at T, 2:00 easy')).toEqual(['warmup', '6x(active recovery)', 'cooldown']);
  });

  it('pairs only lengths of one kind: a distance and a time stay apart', () => {
    const w = compileSession('6 x 400m fast, 2 min easy', athlete);
    const rep = w.steps.find((s) => s.type === 'repeat');
    expect(rep?.type === 'repeat' && rep.children.some((c) => c.type === 'step' && c.duration.kind === 'time' && c.duration.seconds === 120)).toBe(false);
    expect(compileSession('6 x 400m fast, 2 min easy', athlete).steps.filter((s) => s.type === 'step' && s.duration.kind === 'time' && s.duration.seconds === 120)).toHaveLength(1);
  });
});
