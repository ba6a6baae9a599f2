/**
 * How a session in another language says how many times to repeat: a counter or a word of
 * times after the count ("重复8-10次", "10세트 반복", "per 8 volte", "fünfmal"), a range of
 * counts run at its low end, and a verb of repeating written after its count.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { languages } from '../../../src/compiler/normalise/languages.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const normalised = (text: string) => languages(tokenize(text).tokens).filter((t) => t.kind !== 'eof' && t.kind !== 'prose').map((t) => t.value).join(' ');

describe('a count of times closing a part', () => {
  it('Chinese: "重复8-10次" repeats the parts before it, at the low end of the range (blind round 12)', () => {
    expect(normalised('1分钟全力跑，1分钟慢跑，重复8-10次')).toBe('1 min max run , 1 min jog , repeat 8 times');
    reads('1分钟全力跑，1分钟慢跑，重复8-10次', 'wu 15:00 | 8x(run 1:00 | rec 1:00 jog) | cd 10:00');
  });

  it('Korean: a count of sets on a line of its own, the verb of repeating after it (blind round 11)', () => {
    reads('기본 (초·중급자)\n2000m 페이스 러닝 (10km 레이스 페이스 or LT 페이스)\n400m 회복 조깅\n총 3~4세트 반복\n워밍업+쿨다운 필수', 'wu 15:00 | 3x(run 2000m @10K | rec 400m jog) | cd 10:00');
    reads('고강도 (상급자)\n2000m 페이스 러닝 (5km 레이스 페이스)\n200m 회복 조깅\n총 4~5세트 반복\n워밍업 + 쿨다운 필수', 'wu 15:00 | 4x(run 2000m @5K | rec 200m jog) | cd 10:00');
  });

  it('Korean: the count after the bracketed rest ran, the verb glued to its ending set aside (blind rounds 11, 12)', () => {
    reads('새벽 반포 종합운동장 트랙으로 이동하여 400미터(50초 제자리 휴식) 12세트 달렸습니다.', 'wu 15:00 | 12x(run 400m | rest 0:50) | cd 10:00');
    reads('예를 들어, 30초 빠르게 뛰고 90초 천천히 걷는 걸 10세트 반복하면 된다.', 'wu 15:00 | 10x(run 0:30 ~fast | rest 1:30 walk) | cd 10:00');
  });

  it('a counter after a repeat sign or before a length still says nothing more', () => {
    expect(normalised('400m 빠르게 + 200m 걷기 × 4~6세트')).toBe('400 m fast + 200 m walk x 4');
    expect(normalised('10趟400公尺')).toBe('10 x 400 m');
    expect(normalised('1000m x 5 - 7本')).toBe('1000 m x 5');
  });

  it('a counter in the middle of a sentence is no count of the whole ("流し2本を含む")', () => {
    expect(normalised('1マイルのアップ(流し2本を含む)の後')).not.toContain('times');
  });
});

describe('words of times', () => {
  it('Italian: "per 8 volte" after the parts it repeats, "più" joining two parts before a figure (blind round 12)', () => {
    reads('1) due minuti di camminata più un minuto di corsa per 8 volte.', '8x(walk 2:00 | run 1:00 @E)');
    reads('1) tre minuti di camminata più sei minuti di corsa per cinque volte.', '5x(walk 3:00 | run 6:00 @E)');
  });

  it('Italian: "più" before no figure is talk, not a join', () => {
    expect(normalised('6 x 400m più veloce')).not.toContain('+');
  });

  it('Swedish: "tre resp fyra gånger" runs the first count (blind round 12)', () => {
    reads('Vecka 4: Gå i fem minuter och jogga i två minuter och upprepa tre resp fyra gånger.', '3x(walk 5:00 | run 2:00 @E)');
    reads('Vecka 6: Gå i tre minuter och jogga fyra minuter och upprepa fyra resp fem gånger.', '4x(walk 3:00 | run 4:00 @E)');
  });

  it('German: "und das fünfmal in Folge" repeats the parts before it (blind round 12)', () => {
    reads(
      'Es habe sich bewährt, anfangs zwischen Laufen und Gehen abzuwechseln. Jeweils zwei Minuten in langsamen Tempo joggen und zwei Minuten gehen, und das fünfmal in Folge.',
      '5x(run 2:00 @E | rest 2:00 walk)',
    );
    reads('Jeweils zwei Minuten joggen und zwei Minuten gehen, und das 4 mal.', '4x(run 2:00 @E | rest 2:00 walk)');
  });

  it('a range of times in words runs at its low end', () => {
    expect(normalised('Misalnya sprint 30 detik, jalan 30 detik, terus diulang 8 sampai 10 kali.')).toContain('repeat 8 times');
    expect(normalised('wiederhole diese 3 bis 6 mal')).toBe('repeat diese 3 times');
  });

  it('French: "à répéter au moins 10 fois" is to be repeated, not a pace', () => {
    expect(normalised('30 secondes vite, 30 secondes lent, à répéter au moins 10 fois')).toBe('30 sec fast , 30 sec easy , repeat 10 times');
  });
});

describe('a count of reps closing a list of parts', () => {
  it('Polish: "…, 6–8 powtórzeń." is how many times the parts run (blind round 9)', () => {
    reads('Alternatywa: 30″ szybko / 90″ trucht, 6–8 powtórzeń. Zacznij wolniej, niż myślisz.', 'wu 15:00 | 6x(run 0:30 ~fast | rec 1:30 jog) | cd 10:00');
  });

  it('reps with their own length stay a count of that length', () => {
    expect(normalised('Haremos 10 repeticiones de 300 metros.')).toBe('haremos 10 reps of 300 m .');
    expect(normalised('6 powtórzeń po 400 m')).not.toContain('times');
  });
});

describe('what stays refused', () => {
  it('a repeat of numbered stages ("2~3단계 반복") is not read as a repeat of everything before it', () => {
    const text = '– 1단계 (5분): 천천히 걷거나 가볍게 조깅\n– 2단계 (30초): 빠른 속도로 전력 질주\n– 3단계 (90초): 천천히 걷거나 느린 조깅\n– 2~3단계 반복: 총 8~10세트';
    expect(errors(compileRuns(text, athlete)[0]!)).not.toEqual([]);
  });
});
