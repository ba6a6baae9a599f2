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

  it('a hill\'s length is no climb: "200m climb" stays what it was', () => {
    expect(read('5 x 400m uphill, 200m jog')).toBe('wu 15:00 | 5x(run 400m ~hill | rec 200m jog) | cd 10:00');
  });
});
