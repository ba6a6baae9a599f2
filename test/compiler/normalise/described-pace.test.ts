/**
 * A pace described by a clause after it ("at a pace that feels comfortable and allows for easy
 * conversation") is easy where the clause says the runner can talk or is comfortable and nothing
 * makes it harder; a clause that compares the pace or makes it harder stays unread.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete } from '../../helpers/reading.js';

const read = (text: string) => show(compileRuns(text, athlete));

describe('a pace described in words', () => {
  it('"Run 3 miles at a pace that feels comfortable and allows for easy conversation." is 3 miles easy (a real session)', () => {
    const text = 'Run 3 miles at a pace that feels comfortable and allows for easy conversation.';
    expect(read(text)).toBe('run 3mi @E');
    expect(compileRuns(text, athlete)[0]!.notes.join(' ')).toContain('describes an easy pace');
  });

  it('the clause ends at a comma: "at a pace where you can chat, then 4 x 100m strides"', () => {
    expect(read('Run 30 minutes at a pace where you can chat, then 4 x 100m strides')).toBe('run 30:00 @E | 4x(run 100m ~strides | rest 1:00 walk)');
  });

  it('a clause that makes the pace harder than talking is not read as easy', () => {
    expect(read('3 x 8 minutes at a pace that is just fast enough you are uncomfortable holding a conversation')).toMatch(/^!/);
  });

  it('a clause comparing the pace with talking is not read as easy', () => {
    expect(read('Run 20 minutes at a pace that is a little faster than conversation')).toMatch(/^!/);
  });

  it('a clause with a figure in it is not read as easy', () => {
    expect(read('Run 5 miles at a pace that you could hold for 2 hours while chatting')).toMatch(/^!/);
  });

  it('a clause with no word of talk or comfort says nothing of the pace', () => {
    expect(read('Run 3 miles at a pace that suits the hills')).toMatch(/^!/);
  });
});
