/**
 * A whole session that is one run shorter than any run, whose figure is a usual run in
 * minutes ("60m", "50m"): the "m" is miles or minutes, and the norms of the session's label
 * choose where one is usual and the other is not, with a note naming the other; where both
 * fit as well, or the figure is the track's round metres, the reading stops, positioned on the
 * length, and says how to write minutes or a rep — it never runs 60 metres easy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (text: string) => compileSession(text, athlete).diagnostics.filter((d) => d.severity === 'error');

describe('a lone run shorter than any run', () => {
  it('is read in minutes where as many miles would be no usual run, with a note naming the miles', () => {
    for (const [text, seconds] of [['60m', 3600], ['50m', 3000], ['30m easy', 1800], ['Fartlek: 20m', 1200], ['Hill fartlek: 25m', 1500]] as const) {
      const w = compileSession(text, athlete);
      expect(errors(text), text).toEqual([]);
      expect(w.steps[0]?.type === 'step' && w.steps[0].duration, text).toEqual({ kind: 'time', seconds });
      // 20 miles is no fartlek at all: nothing to name beside the minutes.
      if (!text.includes('artlek')) expect(w.notes.join(' '), text).toMatch(/mi would be an unusual/);
    }
  });

  it('a long run\'s "m" is miles where its minutes would be too short for one', () => {
    const w = compileSession('Long run 15m', athlete);
    expect(w.steps[0]?.type === 'step' && w.steps[0].duration.kind).toBe('distance');
  });

  it('a label\'s "m" with more after it on its line stays as the text reads it: one line never reads "m" two ways', () => {
    const w = compileSession('Tempo: 12m w/ 8m @ T', athlete);
    expect(w.steps.every((s) => s.type !== 'step' || s.duration.kind === 'distance')).toBe(true);
    expect(compileSession('Tempo: 12M', athlete).steps[0]).toMatchObject({ duration: { kind: 'distance' } });
  });

  it('is refused where miles and minutes fit as well, where only a possible one is left, under a hill label, or the figure is the track\'s round metres', () => {
    for (const text of ['20m', '100m', 'Tempo: 90m', 'Hills: 80m', 'Hill repeats: 60m']) {
      const [e] = errors(text);
      expect(e?.message, text).toMatch(/on its own is shorter than any run/);
      expect(e?.column, text).toBe(text.search(/\d/) + 1);
      expect(e?.hint).toMatch(/min/);
    }
  });

  it('still reads a short length no usual run in minutes could be, and lengths beside other parts', () => {
    expect(errors('200m (1/2 lap on the track/0.12 mile~)')).toEqual([]);
    expect(errors('400m @ Mile')).toEqual([]);
    expect(errors('4 x 200m')).toEqual([]);
    expect(errors('60 min')).toEqual([]);
    expect(errors('1 mile')).toEqual([]);
  });
});

describe('a lone run a verb names, shorter than any run', () => {
  it('"Run 20m" is weighed as "20m" is: never 20 metres easy', () => {
    expect(errors('Run 20m').map((d) => d.message)).toEqual(['20m on its own is shorter than any run']);
    expect(errors('20m in the third run').length).toBe(1);
    const w = compileSession('Run 40m', athlete);
    expect(w.steps[0]?.type === 'step' && w.steps[0].duration).toEqual({ kind: 'time', seconds: 2400 });
  });
});
