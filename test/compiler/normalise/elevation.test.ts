/**
 * How much a run climbs ("1500 vert", "1,080’ gain", "900 ft of climbing") is a note, never a length: 1,080’ is no run
 * of 18 hours, 1500 no second run of 1500 m.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete } from '../../helpers/reading.js';

const read = (text: string) => show(compileRuns(text, athlete));

describe('a climb after a run', () => {
  it('is set aside with the comma or dash before it', () => {
    expect(read('10 miles, 1080 ft gain')).toBe('run 10mi @E');
    expect(read('7 miles, 1500 vert')).toBe('run 7mi @E');
    expect(read('12 miles – 2,203’ gain')).toBe('run 12mi @E');
  });

  it('keeps its words in the notes', () => {
    const [w] = compileRuns('7 miles, 1500 vert', athlete);
    expect(w!.diagnostics.map((d) => d.message).join(' ')).toContain('1500 vert');
  });

  it('a rep\'s length is no climb, nor are metres without a word of gain', () => {
    expect(read('Hills: 6 x 200m climbing, jog down')).toBe('wu 15:00 | 6x(run 200m ~hill | rec open) | cd 10:00');
    expect(read('10 miles, 300 m gain')).toBe('run 10mi @E');
  });
});
