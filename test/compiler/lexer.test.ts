/**
 * The lexer and the layout marks of dialect/layout.ts: decoration reads as a
 * space, punctuation of other scripts as its own mark, a table's bar as a token
 * of its own; marks that can carry meaning keep it.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../src/compiler/index.js';
import { tokenize } from '../../src/compiler/lexer.js';
import { athlete, errors, reads } from '../helpers/reading.js';

const kinds = (text: string) => tokenize(text).tokens.map((t) => t.kind);

describe('decoration', () => {
  it('bullets of any shape open a list item ("● Week 2: …", "▪ 4 x 400m")', () => {
    expect(tokenize('● 20 min easy\n▪ 4 x 400m @ 5K w/ 200m jog').errors).toEqual([]);
    expect(reads('● 20 min easy\n▪ 4 x 400m @ 5K w/ 200m jog', 'run 20:00 @E | 4x(run 400m @5K | rec 200m jog) | cd 10:00')).toEqual([]);
  });

  it('a character that is no decoration is still refused where it stands', () => {
    const { errors: found } = tokenize('6 x 400m ¤ 5K');
    expect(found).toEqual([{ offset: 9, length: 1, message: "unexpected character '¤'" }]);
  });
});

describe('list marks at the start of a line', () => {
  it('"=> 6 minutes" and "-> 1 minute" are items of a list', () => {
    expect(reads('2 min walk\n=> 20 min easy\n-> 2 min walk', 'walk 2:00 | run 20:00 @E | walk 2:00')).toEqual([]);
  });

  it('"=" and "-" inside a line keep their meaning', () => {
    expect(kinds('RI = 2 min')).toContain('equals');
    expect(reads('6-8 x 400m @ 5K w/ 200m jog', 'wu 15:00 | 6x(run 400m @5K | rec 200m jog) | cd 10:00')).toEqual([]);
  });
});

describe('a dash typed as hyphens', () => {
  it('"--" is one dash, read as the dash it stands for', () => {
    expect(tokenize('Run 5K -- 30 min').tokens[3]).toMatchObject({ kind: 'dash', raw: '--', length: 2 });
    const meant = 'run 10:00 @E | 6x+(run 400m @5K | rec 200m jog) | run 10:00 @E';
    expect(reads('10 min easy – 6 x 400m @ 5K w/ 200m jog – 10 min easy', meant)).toEqual([]);
    expect(reads('10 min easy -- 6 x 400m @ 5K w/ 200m jog -- 10 min easy', meant)).toEqual([]);
  });
});

describe('punctuation of other scripts', () => {
  it('"、" is a comma, "。" and "…" close a thought as a full stop does', () => {
    expect(kinds('1000m、200m')).toEqual(['number', 'word', 'comma', 'number', 'word', 'eof']);
    expect(kinds('5km easy。')).toEqual(['number', 'word', 'word', 'dot', 'eof']);
    expect(tokenize('200 jogs … so').tokens[2]).toMatchObject({ kind: 'dot', raw: '…' });
  });

  it('an ellipsis between clauses reads as the end of one ("… with one lap jog … or equal distance recovery.")', () => {
    const w = compileSession('Run 8 X 400 fast with one lap jog … or equal distance recovery.', athlete);
    expect(errors(w)).toEqual([]);
  });
});

describe("a table's bar", () => {
  it('is a token of its own, with its span', () => {
    expect(tokenize('Steady | 4M | 7:30').tokens[1]).toMatchObject({ kind: 'bar', raw: '|', offset: 7, length: 1 });
  });
});

describe('marks other keyboards and scripts type', () => {
  it('German low quotes are quotes: decoration („Wir werden … anfangen“)', () => {
    const text = '„Wir werden schrittweise anfangen, so wie ich auch damals.“ Schrittweise bedeutet eine Minute laufen und eine Minute gehen, das Ganze jeweils 16 Mal.';
    expect(tokenize(text).errors).toEqual([]);
    expect(reads(text, '16x(run 1:00 @E | rest 1:00 walk)')).toEqual([]);
    expect(kinds('‚6 x 400m‘')).toEqual(['number', 'x', 'number', 'word', 'eof']);
  });

  it('a wave dash or full-width tilde is the dash of a range ("3〜4本")', () => {
    expect(tokenize('3〜4 x 1000m').tokens[1]).toMatchObject({ kind: 'dash', raw: '〜' });
    expect(reads('3～4 x 1000m @ 5K w/ 400m jog', 'wu 15:00 | 3x(run 1000m @5K | rec 400m jog) | cd 10:00')).toEqual([]);
  });

  it('a unit set in one character reads as its letters ("3\'20/㎞"), over its own span', () => {
    expect(tokenize('5㎞').tokens[1]).toMatchObject({ kind: 'word', value: 'km', raw: '㎞', offset: 1, length: 1 });
    expect(reads('8 x 500m @ 3:20/㎞', 'wu 15:00 | 8x(run 500m @3:20/km | rec open) | cd 10:00')).toEqual([]);
  });

  it('a compatibility character that spells no letters is still refused ("℉")', () => {
    expect(tokenize('70℉').errors).toEqual([{ offset: 2, length: 1, message: "unexpected character '℉'" }]);
  });
});

describe('a list of lettered or numbered steps', () => {
  it('a line opened by "b)" is a line of its own, not the line before it wrapped', () => {
    const text = 'a) 5 min @ HM w/ 2 min jog\nb) 3 min @ 10K w/ 90 sec jog';
    expect(kinds(text).filter((k) => k === 'newline' || k === 'rparen')).toEqual(['newline']);
    expect(reads(text, 'wu 15:00 | run 5:00 @HM | rec 2:00 jog | run 3:00 @10K | rec 1:30 jog | cd 10:00')).toEqual([]);
  });

  it('"1)" before the figure it numbers is a list mark ("1)10 x 400m")', () => {
    expect(kinds('1)10 x 400m')).toEqual(['number', 'x', 'number', 'word', 'eof']);
    expect(tokenize('1)10 x 400m').tokens[0]).toMatchObject({ value: '10', offset: 2 });
  });

  it('a bracket closed after a number inside a line is still read as written', () => {
    expect(kinds('4 x (400m, 200m) x 2')).toContain('rparen');
  });
});

describe('figures as other languages write them', () => {
  it('a dot before three digits groups thousands where metres follow, or whole hundreds stand alone', () => {
    expect(reads('6 x 1.000 m, 3 min rest', 'wu 15:00 | 6x(run 1000m | rest 3:00) | cd 10:00')).toEqual([]);
    expect(reads('1.200, 800, 400 y 1.000 con 6 min de recuperación', 'wu 15:00 | run 1200m | rec 6:00 | run 800m | rec 6:00 | run 400m | rec 6:00 | run 1000m | cd 10:00')).toEqual([]);
  });

  it('a dot before three digits stays a decimal before miles or kilometres', () => {
    expect(reads('3.106 miles', 'run 4999m @E')).toEqual([]);
    expect(reads('1.500 km easy', 'run 1500m @E')).toEqual([]);
  });

  it('"40mn" is forty minutes, glued as French writes it; "on" after a number stays a word', () => {
    expect(reads('40mn Endurance', 'run 40:00 @E')).toEqual([]);
    expect(tokenize('40mn').tokens[1]).toMatchObject({ kind: 'word', value: 'min', raw: 'mn' });
    expect(tokenize('14 on hills').tokens[1]).toMatchObject({ kind: 'word', value: 'on' });
  });
});

describe('pictographs', () => {
  it('read as a space, with their joiners and variation selectors', () => {
    expect(tokenize('30km long🦵').errors).toEqual([]);
    expect(reads('30km long🦵', 'run 30km @E')).toEqual([]);
    expect(reads('🏃‍♀️ 40 min easy 🎉', 'run 40:00 @E')).toEqual([]);
    expect(kinds('6x400m 👉 200m jog')).toEqual(kinds('6x400m 200m jog'));
  });

  it('other symbols are still refused where they stand', () => {
    expect(tokenize('6 x 400m ¤ 5K').errors).toHaveLength(1);
  });
});

describe('numbered steps', () => {
  it('"1.)" numbers a step as "1." does', () => {
    expect(kinds('2.) 6 x 400m')).toEqual(kinds('6 x 400m'));
  });

  it('a step number followed by two spaces is still a step number', () => {
    expect(kinds('1.  Walk 1 mile.')).toEqual(kinds('Walk 1 mile.'));
    expect(reads('3.  Walk 220 yards, jog 220 yards, walk 440 yards.', 'rest 201.2m walk | run 201.2m @E | walk 402.3m')).toEqual([]);
  });
});

describe('hours, minutes and seconds with marks', () => {
  it('"1:35’45”" is one time of an hour and a half, not two runs', () => {
    const clocks = tokenize('chiusa in 1:35’45” senza problemi').tokens.filter((t) => t.kind === 'clock');
    expect(clocks.map((t) => t.value)).toEqual(['1:35:45']);
  });

  it('minutes and seconds alone stay as they were: "6\'30\'\'"', () => {
    expect(tokenize("6'30''").tokens[0]).toMatchObject({ kind: 'clock', value: '6:30' });
  });
});
