import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/compiler/lexer.js';
import { expectReads } from '../helpers/reading.js';

describe('a star between a count and a figure', () => {
  it('is the repeat sign: "3*2KM allure semi, repos 2\'"', () => {
    expectReads("20mn Echauffement + 3*2KM allure semi, repos 2'", 'wu 20:00 | 3x(run 2km @HM | rest 2:00) | cd 10:00');
    expect(tokenize('3*2KM').tokens.map((t) => t.kind)).toEqual(['number', 'x', 'number', 'word', 'eof']);
  });

  it('elsewhere decorates: "**Easy** 5 miles"', () => {
    expectReads('**Easy** 5 miles', 'run 5mi @E');
  });
});

describe('a half marathon written with a hyphen, or as a "semi"', () => {
  it('is the half, never the marathon: "HALF-MARATHON!", "SEMI-MARATHON!"', () => {
    expectReads('HALF-MARATHON!', 'run 21097.5m @goal HM');
    expectReads('SEMI-MARATHON!', 'run 21097.5m @goal HM');
  });
});
