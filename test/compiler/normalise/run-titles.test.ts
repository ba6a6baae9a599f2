/** A sentence that only names the kind of run titles the sentence after it. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors } from '../../helpers/reading.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { runTitles } from '../../../src/compiler/normalise/run-titles.js';

const runs = (text: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  return w.steps.map((s) => (s.type === 'step' ? `${s.duration.kind === 'distance' ? Math.round(s.duration.meters) : s.duration.kind} ${s.target.kind === 'pace' ? s.target.name : s.target.kind}` : 'repeat'));
};

describe('"Recovery run. 8 miles"', () => {
  it('is one run at the pace the title names', () => {
    expect(runs('Sunday: Recovery run. 8 miles')).toEqual(runs('Sunday: Recovery run: 8 miles'));
    expect(runs('Sunday: Recovery run. 8 miles')).toHaveLength(1);
    expect(runs('Easy run.\n5 miles')).toEqual(['8047 E']);
    expect(runs('Long run. 16 miles')).toHaveLength(1);
  });

  it('reads a title of a kind of session that would stop the reading on its own', () => {
    expect(compileSession('Tempo run. 4 miles', athlete).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('leaves a sentence of talk that ends in "run" alone', () => {
    // "I love a run." names no kind of run; "Easy run. Then 5 miles" has no figure right after the title.
    const colons = (text: string) => runTitles(tokenize(text).tokens).filter((t) => t.kind === 'colon').length;
    expect(colons('I love a run. 5 miles today')).toBe(0);
    expect(colons('Easy run. Then 5 miles')).toBe(0);
    expect(colons('Easy run. 5 miles')).toBe(1);
    // Reps after the title are reps of their own: the easy run stays a run.
    expect(colons('Easy run. 5 x 100 strides')).toBe(0);
    expect(colons('Long run.\n3 x 2 miles at MP')).toBe(0);
  });
});
