import { describe, expect, it } from 'vitest';
import { asciiToken, clip, NameRegistry, stepName, workoutName } from '../../src/writers/tcx/names.js';
import { escapeAttribute, escapeText, stripIllegalXmlChars } from '../../src/writers/tcx/xml.js';
import { intervals, ladder, strength } from '../../fixtures/tcx/sessions.js';

describe('XML text', () => {
  it('escapes markup characters so no text can close an element or a CDATA section', () => {
    expect(escapeText('a < b && c > d ]]>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt;');
    expect(escapeAttribute('say "hi"\n\tnow')).toBe('say &quot;hi&quot;&#10;&#9;now');
  });

  it('drops characters XML 1.0 cannot carry and keeps tab, newline and astral characters', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(stripIllegalXmlChars('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripIllegalXmlChars('tab\tline\ncr\r🏃')).toBe('tab\tline\ncr\r🏃');
  });

  it('turns CRLF into LF, as a parser would anyway', () => {
    expect(escapeText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });
});

describe('names (RestrictedToken_t: 1–15 characters)', () => {
  it('folds accents and dashes to ASCII and drops emoji', () => {
    expect(asciiToken('Fartlek à la Côte 🏃 HM–10K × 2')).toBe('Fartlek a la Cote HM-10K x 2');
  });

  it('clips at a word boundary without leaving punctuation behind', () => {
    expect(clip('6x400m @ HM-10K w/ jog', 8)).toBe('6x400m');
    expect(clip('Ladder 200-400', 4)).toBe('Ladd');
    expect(clip('short', 15)).toBe('short');
    expect(clip('Tempo run with strides', 8)).toBe('Tempo');
    expect(clip('3 sets of 4x200m @ Mile', 15)).toBe('3 sets of 4x200');
    expect(clip('anything', 0)).toBe('');
  });

  it('prefixes plan sessions with week and day, and marks the second session of a double', () => {
    expect(workoutName(intervals)).toBe('W3 Wed 6x400m');
    expect(workoutName(strength)).toBe('W1 Tue#2 Streng');
    expect(workoutName({ ...intervals, slot: undefined })).toBe('6x400m @ HM-10K');
    expect(workoutName(ladder, { index: 2, total: 2 })).toBe('W6 Sat Ladd 2/2');
  });

  it('closes up number and unit in a step name only when it is too long', () => {
    expect(stepName('400 m @ HM–10K')).toBe('400 m @ HM-10K');
    expect(stepName('10 min cool-down')).toBe('10min cool-down');
    expect(stepName('1 min hill @ 90-95% effort')).toBe('1min hill');
  });

  it('never returns an empty name, even for a title with nothing printable', () => {
    expect(workoutName({ ...intervals, slot: undefined, title: '🏃🏃' })).toBe('Workout');
    expect(stepName('🐢')).toBeUndefined();
  });

  it('stays within 15 characters for long week numbers and part suffixes', () => {
    const name = workoutName({ ...intervals, slot: { week: 260, day: 'wed', index: 3 } }, { index: 12, total: 12 });
    expect(name.length).toBeLessThanOrEqual(15);
  });

  it('makes clashing names unique within 15 characters', () => {
    const names = new NameRegistry();
    expect(names.claim('W1 Mon Long run')).toBe('W1 Mon Long run');
    expect(names.claim('W1 Mon Long run')).toBe('W1 Mon Long r~2');
    expect(names.claim('W1 Mon Long run')).toBe('W1 Mon Long r~3');
  });
});
