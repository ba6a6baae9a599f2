/**
 * Sessions in Chinese, Korean, Portuguese, Russian, Czech, Polish, Indonesian,
 * Turkish, Hungarian, Danish, Finnish, Estonian and Catalan: the language is found from the session's words (from its
 * script for Korean and Chinese), words glued together in a script without spaces
 * are parted into the table's words, and each language's running vocabulary is read
 * as the shorthand. A word of everyday talk never becomes a length or a count.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../src/compiler/index.js';
import { tokenize } from '../../src/compiler/lexer.js';
import { languageOf, languages } from '../../src/compiler/normalise/languages.js';
import { athlete, errors, expectReads as reads } from '../helpers/reading.js';

const language = (text: string) => languageOf(tokenize(text).tokens)?.language.code;
const normalised = (text: string) => languages(tokenize(text).tokens).filter((t) => t.kind !== 'eof' && t.kind !== 'prose').map((t) => t.value).join(' ');
const refused = (text: string) => compileRuns(text, athlete).some((w) => errors(w).length > 0);

describe('the language of a session', () => {
  it.each([
    ['10 tiros de 400 metros com 1 minuto de intervalo', 'pt'],
    ['5 раз по 400 м, отдых 2 минуты', 'ru'],
    ['10x 800 m s meziklusem 400 m', 'cs'],
    ['10 minut rozgrzewki, 6 x 400 m z przerwą 90 sekund', 'pl'],
    ['pemanasan 10 menit, 6 x 400 meter dengan istirahat 90 detik', 'id'],
    ['10 dakika ısınma, 6 kere 800 metre hızlı', 'tr'],
    ['3 kilométeres bemelegítés, 5 x 1000 méter, 2 perc pihenő', 'hu'],
    ['15 minutter opvarmning, 6 x 1000 meter med 2 minutters pause', 'da'],
    ['10 minuuttia lämmittelyä, 6 x 1000 m, palautus 2 minuuttia', 'fi'],
    ['Soojendus 15 minutit, 10 korda 400 m', 'et'],
    ["20 minuts d'escalfament, 6 x 1000 metres amb 2 minuts de recuperació", 'ca'],
    ['400미터(50초 제자리 휴식) 12세트 달렸습니다.', 'ko'],
    ['熱身 15分鐘, 400公尺 x 8趟', 'zh'],
    ['热身 2公里, 6x800米', 'zh'],
  ])('%j is read as %s', (text, code) => {
    expect(language(text)).toBe(code);
  });

  it('Chinese characters with kana, or with only the words Japanese writes, are Japanese', () => {
    expect(language('1000m×5本 繋ぎは90秒のjog')).toBe('ja');
    expect(language('1000m×5本')).toBe('ja');
  });

  it('an English session with a word another language also writes stays English (a defect: "target" made it Indonesian)', () => {
    expect(language('4 x 800m @ target 5K pace\nRecovery: 400m easy jog between each interval.')).toBeUndefined();
  });
});

describe('words glued together in a script without spaces', () => {
  it('are parted into the table\'s words, the Latin letters among them and the particles between', () => {
    expect(normalised('慢跑400公尺後')).toBe('jog 400 m after');
    expect(normalised('1000m×5本 繋ぎは90秒のjog')).toBe('1000 m x 5 with 90 sec jog');
  });

  it('a Korean word is parted from its particle only, never inside', () => {
    expect(normalised('조깅을')).toBe('jog');
    // "장시간" is "a long time": "시간" (hours) inside it is no unit.
    expect(normalised('장시간 조깅 400미터')).toBe('장시간 jog 400 m');
  });

  it('a unit of one character is parted off only right after a number ("部分" holds "分", minutes, and is no unit)', () => {
    expect(normalised('跑 10公里, 大部分 慢跑')).toBe('run 10 km , 大部分 jog');
    expect(normalised('休息90秒')).toBe('rest 90 sec');
  });
});

describe('counters after a count', () => {
  it('after a length they repeat it, before one too', () => {
    expect(normalised('2000m 4세트')).toBe('2000 m x 4');
    expect(normalised('10趟400公尺')).toBe('10 x 400 m');
  });

  it('after the repeat sign they say nothing more, and of a range of counts the lower is run', () => {
    expect(normalised('400m × 6세트')).toBe('400 m x 6');
    expect(normalised('400m 빠르게 + 200m 걷기 × 4~6세트')).toBe('400 m fast + 200 m walk x 4');
  });
});

describe('each language read as the shorthand', () => {
  it.each([
    ['Portuguese', 'Aquecimento de 20 minutos, 6 x 1000 metros com 2 minutos de descanso, 5 minutos de desaquecimento', 'wu 20:00 | 6x(run 1000m | rest 2:00) | cd 5:00'],
    ['Portuguese: the runs are the reps, the interval their pause', '10 tiros de 400 metros com 1 minuto de intervalo', 'wu 15:00 | 10x(run 400m | rest 1:00) | cd 10:00'],
    ['Russian: "раз по" is a count of a length', '20 минут разминка, 5 раз по 400 м, отдых 2 минуты, заминка 5 минут', 'wu 20:00 | 5x(run 400m | rest 2:00) | cd 5:00'],
    ['Czech', '20 minut rozklus, 6 x 1000 m s pauzou 2 minuty, 5 minut výklus', 'wu 20:00 | 6x(run 1000m | rest 2:00) | cd 5:00'],
    ['Polish', '20 minut rozgrzewki, 6 x 400 m z przerwą 90 sekund, 5 minut schłodzenia', 'wu 20:00 | 6x(run 400m | rest 1:30) | cd 5:00'],
    ['Indonesian', 'pemanasan 10 menit, 6 x 400 meter dengan istirahat 90 detik, pendinginan 10 menit', 'wu 10:00 | 6x(run 400m | rest 1:30) | cd 10:00'],
    ['Hungarian', '3 kilométeres bemelegítés, 5 x 1000 méter, 2 perc pihenő', 'wu 3km | 5x(run 1000m | rest 2:00) | cd 10:00'],
    ['Korean', '워밍업 20분, 400m × 6세트 (휴식 90초), 쿨다운 5분', 'wu 20:00 | 6x(run 400m | rest 1:30) | cd 5:00'],
    ['Korean: a count after its length', '2000m 4세트, 세트 휴식 3분', 'wu 15:00 | 4x(run 2000m | rest 3:00) | cd 10:00'],
    ['Chinese (traditional)', '熱身 15分鐘, 400公尺 x 8趟 (慢跑200公尺), 緩和跑 10分鐘', 'wu 15:00 | 8x(run 400m | rec 200m jog) | cd 10:00'],
    ['Chinese (simplified)', '热身 20分钟, 6x800米 (休息2分钟), 缓和跑 5分钟', 'wu 20:00 | 6x(run 800m | rest 2:00) | cd 5:00'],
    ['Chinese: a count before its length', '10趟400公尺, 休息90秒', 'wu 15:00 | 10x(run 400m | rest 1:30) | cd 10:00'],
    ['Japanese: what links the reps is their recovery', '1000m×5本 繋ぎは90秒のjog', 'wu 15:00 | 5x(run 1000m | rec 1:30 jog) | cd 10:00'],
    ['Danish', '20 minutter opvarmning, 6 x 1000 meter med 2 minutters pause, 5 minutter nedløb', 'wu 20:00 | 6x(run 1000m | rest 2:00) | cd 5:00'],
    ['Finnish', '10 minuuttia lämmittelyä, 6 x 1000 m, palautus 2 minuuttia hölkkää, 10 minuuttia loppuverryttelyä', 'wu 10:00 | 6x(run 1000m | rec 2:00 jog) | cd 10:00'],
    ['Estonian', 'Soojendus 20 minutit, 10 x 400 m, paus 90 sekundit, lõdvestus 5 minutit', 'wu 20:00 | 10x(run 400m | rest 1:30) | cd 5:00'],
    ['Catalan, with its elided "de"', "20 minuts d'escalfament, 6 x 1000 metres amb 2 minuts de recuperació, 5 minuts de tornada a la calma", 'wu 20:00 | 6x(run 1000m | rec 2:00) | cd 5:00'],
    ['Italian: "per" between two numbers is the repeat sign', '10 per 1000 con recupero 400 metri', 'wu 15:00 | 10x(run 1000m | rec 400m) | cd 10:00'],
  ])('%s: an invented session', (_, text, meant) => {
    reads(text, meant);
  });

  it.each([
    ['Czech (blind round 11)', '10x 800 m s meziklusem 400 m', 'wu 15:00 | 10x(run 800m | rec 400m jog) | cd 10:00'],
    ['Czech (blind round 11)', '4x 3000 m s meziklusem 1000 m', 'wu 15:00 | 4x(run 3000m | rec 1000m jog) | cd 10:00'],
    ['Dutch: a recovery joined to its length by "van" (blind round 11)', 'Joyner stelde voor om op te bouwen tot 20 x 400 meter met een jog van 200 meter na elke herhaling.', 'wu 15:00 | 20x(run 400m | rec 200m jog) | cd 10:00'],
    ['Spanish: a recovery joined to its length by "de"', '6 x 400 metros con trote de 200 metros', 'wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00'],
    ['Chinese (blind round 11)', '間歇跑 6x400m (配速 3:45/km)', 'wu 15:00 | 6x(run 400m @3:45/km | rec open) | cd 10:00'],
    ['Chinese (blind round 11)', '長距離跑 8km (配速 4:50/km)', 'run 8km @4:50/km'],
  ])('%s: %j', (_, text, meant) => {
    reads(text, meant);
  });
});

describe('what cannot be decided is refused', () => {
  it.each([
    // "т.е." restates the run as a distance: one run or the other, not both (blind round 11).
    '- вторник – 20 минут бега (пульс 70-85%), т.е. около 3-4 км в зависимости от степени подготовки',
    // "akár … akár": either eight or four reps, not both (blind round 11).
    'Amikor a félmaratonra készültem, mindig 8 kilométer körül futottam a résztávokat, akár 8x1000 méter, akár 4x2000 méter formájában.',
    // "váltott tempójú": a changing pace the reader does not know is no easy run (blind round 11).
    'Nálunk a 3 kilométeres bemelegítés után 7-8 kilométer váltott tempójú futás következik.',
    // "opakujeme 10 x": the count repeats the two runs before it, not the cool-down after (blind round 11).
    'SPEED SWITCH 15 minut rozehřátí 2 minuty rychle (tempo půlmatonu) 2 minuty velmi rychle (tempo 5 km) OPAKUJEME 10 x 15 minut výklus, uvolnění',
    // "30-minutowy trening" is the session's whole length, "1:3" a ratio (blind round 9).
    '- Prosty start: schemat 1:3 i 30-minutowy trening na początek – 10′ rozgrzewki → 8× (1′ szybciej / 2′ marszu) → 5′ schłodzenia.',
  ])('%j', (text) => {
    expect(refused(text)).toBe(true);
  });

  it('a warm-up or cool-down counted more than once, which no coach means', () => {
    expect(refused('6 x 2 min fast, 10 x 15 min cooldown')).toBe(true);
    reads('1 800 at mile pace. 1 800 warm down.', 'wu 15:00 | run 800m @Mile | cd 800m');
  });
});

describe('marks other keyboards type', () => {
  const lexed = (text: string) => tokenize(text);

  it('a tilde between two numbers is a range; elsewhere it decorates', () => {
    expect(lexed('3~4세트').tokens.map((t) => t.kind)).toEqual(['number', 'dash', 'number', 'word', 'eof']);
    expect(lexed('~5 min').tokens.map((t) => t.value)).toEqual(['5', 'min', '']);
  });

  it('Spanish opening marks and the Japanese middle dot decorate; Hebrew abbreviation marks join a word', () => {
    expect(lexed('¿Cómo? ・1,000m').errors).toEqual([]);
    expect(lexed('סה״כ כ-25 דקות').tokens[0]!.value).toBe('סה״כ');
  });
});
