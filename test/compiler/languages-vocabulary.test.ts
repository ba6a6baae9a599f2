/**
 * Running vocabulary of other languages read by kind of word: what stands between the reps in
 * Japanese (間は), Italian strides and continuous runs, Finnish basic-endurance zones written with
 * their level glued on ("PK1"), a brisk walk, and a slash between a run and a walk that offers a
 * choice rather than naming the run-walk method.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../src/compiler/index.js';
import { tokenize } from '../../src/compiler/lexer.js';
import { languages } from '../../src/compiler/normalise/languages.js';
import { athlete, errors, expectReads as reads } from '../helpers/reading.js';

const normalised = (text: string) => languages(tokenize(text).tokens).filter((t) => t.kind !== 'eof' && t.kind !== 'prose').map((t) => t.value).join(' ');
const refused = (text: string) => compileRuns(text, athlete).some((w) => errors(w).length > 0);

describe('the recovery between the reps, in Japanese', () => {
  it.each([
    ['(基本のインターバル)\n 1000m×5~7本、間は200m', 'wu 15:00 | 5x(run 1000m | rec 200m) | cd 10:00'],
    ['(ショートインターバル、スピードを出すことが狙い)\n 400m×10~12本、間は200m', 'wu 15:00 | 10x(run 400m | rec 200m) | cd 10:00'],
  ])('a blind text (round 13): %j', (text, meant) => {
    reads(text, meant);
  });

  it('"間は" after the reps is their recovery, as "繋ぎは" is; a time is read as well as a length', () => {
    reads('800m×6本、間は90秒', 'wu 15:00 | 6x(run 800m | rec 1:30) | cd 10:00');
    expect(normalised('400m×8本、間は200m')).toBe('400 m x 8 , with 200 m');
  });

  it('"時間" (hours) keeps its "間": the longer word is read first', () => {
    expect(normalised('1時間は')).toBe('1 hr');
  });
});

describe('Italian strides and continuous runs', () => {
  it.each([
    ['50’ corsa continua lenta .. 10 ripetute di 100m in scioltezza', 'run 50:00 @E | 10x(run 100m ~strides | rest 1:00 walk)'],
    ['50’ corsa continua lenta.. 10 ripetute di 100m in scioltezza', 'run 50:00 @E | 10x(run 100m ~strides | rest 1:00 walk)'],
  ])('a blind text (round 13): %j', (text, meant) => {
    reads(text, meant);
  });

  it('"in scioltezza" (loose, relaxed) after short reps makes them strides; "corsa continua" is a run', () => {
    reads('6 ripetute di 80m in scioltezza', '6x(run 80m ~strides | rest 1:00 walk)');
    expect(normalised('40 minuti di corsa continua')).toBe('40 min run');
  });
});

describe('Finnish zones and walks', () => {
  it.each([
    ['20–40min kevyt juoksu PK1', 'run 20:00 @E'],
    ['30–40min kevyt lenkki PK1', 'run 30:00 @E'],
    ['15–25min reipas kävely PK1', 'walk 15:00'],
  ])('a blind text (round 13): %j', (text, meant) => {
    reads(text, meant);
  });

  it('"PK1" and "PK2", basic endurance with its level glued on, are easy running; the level is no figure of the session', () => {
    expect(normalised('45 min juoksu PK2')).toBe('45 min run easy');
    reads('45 min juoksu PK2', 'run 45:00 @E');
  });

  it('a spaced figure after "PK" stays a figure: "juoksu PK 8 km" is an easy 8 km', () => {
    expect(normalised('juoksu PK 8 km')).toBe('run easy 8 km');
  });

  it('a level glued to a word the table does not have stays a word and a number', () => {
    expect(normalised('juoksu XY3')).toBe('run xy 3');
  });
});

describe('a slash between a run and a walk in another language', () => {
  it('offers a choice, refused rather than read as one of the two (blind round 13)', () => {
    expect(refused('15–25min kevyt juoksu/reipas kävely PK1')).toBe(true);
  });

  it('is read as "or"; between two words of one activity it is left as written', () => {
    expect(normalised('20 min juoksu/kävely')).toBe('20 min run or walk');
    expect(normalised('20 min juoksu/juoksu')).toBe('20 min run / run');
  });
});

describe('a Czech plan\'s intensity levels', () => {
  it.each([
    'Rozklus 15 min (Intenzita: 1), Stupňovaný běh 40 min (Intenzita: 2-4), Výklus 15 min (Intenzita: 1)',
    'Souvislý běh: 16 km (1:20 – 1:28 hod) (Intenzita: 2)',
  ])('are refused where the text does not say what they are, never read as an easy run (blind round 13): %j', (text) => {
    expect(refused(text)).toBe(true);
    expect(normalised(text)).toContain('intensity :');
  });
});

describe('German "à" between a count and a length', () => {
  it('is each of that length: "6 Intervalle à 1000 m" is six reps of 1000 m', () => {
    reads('6 Intervalle à 1000 m mit 400 m Trabpause', 'wu 15:00 | 6x(run 1000m | rec 400m jog) | cd 10:00');
  });

  it('never leaves the length as a part of its own after an open count', () => {
    expect(normalised('3 Läufe à 2 km')).toBe('3 run of 2 km');
    expect(refused('3 Läufe à 2 km, 3 min Trabpause')).toBe(true);
  });
});

describe('walks as Italian and Swedish programmes write them', () => {
  it('"minuto di cammino" and "Pulspromenad" are walks', () => {
    reads('2 minuti di corsa, 1 minuto di cammino. Ripetere 8 volte.', '8x(run 2:00 @E | rest 1:00 walk)');
    reads('Tisdag: Pulspromenad 20 min.', 'walk 20:00');
  });
});
