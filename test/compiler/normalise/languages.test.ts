/**
 * Sessions written in other languages: the language is found from the session's
 * words and its running vocabulary read as the shorthand; English sessions are
 * left as they are, and what cannot be read is still refused.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { languageOf, languages } from '../../../src/compiler/normalise/languages.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';
import { show } from '../../corpus/expect.js';

const language = (text: string) => languageOf(tokenize(text).tokens)?.language.code;
const normalised = (text: string) => languages(tokenize(text).tokens).filter((t) => t.kind !== 'eof' && t.kind !== 'prose').map((t) => t.value).join(' ');

describe('the language of a session', () => {
  it.each([
    ['Letzte Woche plante ich 10 x 400 Meter mit jeweils 1 Minute Pause.', 'de'],
    ['Zes intervallen van elk twee minuten lopen en een minuut rust.', 'nl'],
    ['20 min échauffement, 3x10min, 10min de récup.', 'fr'],
    ["15' riscaldamento\n5x1000m rec. 3' jog\n10' defaticamento", 'it'],
    ['4 series de 300 metros con 2 minutos de recuperación', 'es'],
    ['4 x 4 minuter med 2 minuters lätt jogg mellan varje intervall', 'sv'],
    ['Så hviler vi i 1 minutt mellom hver intervall', 'no'],
    ['400m x 10 - 12本 (インターバル:200m)', 'ja'],
  ])('%j is read as %s', (text, code) => {
    expect(language(text)).toBe(code);
  });

  it.each([
    'Blooming Barn Loop 20 minute Tempo run (comfortably hard pace on 5.1 km loop)',
    '4 mi E + 2 x 1 mi T w/ 2 min rest',
    '6 x 800m @ 5K w/ 90 s jog, then 2 mi easy',
    'Fartlek: 10 x 1 min on, 1 min off',
  ])('the English %j is English', (text) => {
    expect(language(text)).toBeUndefined();
  });

  it('a short word of another language leaves an English session as written', () => {
    // "e" is "and" in Italian, "E" the easy pace here.
    expect(normalised('4 mi E + 2 x 1 mi T')).toBe('4 mi e + 2 x 1 mi t');
  });
});

describe('a language read as the shorthand', () => {
  it('German: units, the pause and "each" (blind round 7)', () => {
    reads('Letzte Woche plante ich 10 x 400 Meter mit jeweils 1 Minute Pause.', 'wu 15:00 | 10x(run 400m | rest 1:00) | cd 10:00');
  });

  it('German: a range of paces between two clocks, and the time of day that is no step (blind round 7)', () => {
    reads('Mo 60 Minuten lockerer Dauerlauf (ca. 5:00 bis 5:20 pro Km)', 'run 1:00:00 @5:00-5:20/km');
    reads("Morgen geht's wieder sehr früh auf die Piste - Start 06:15 Uhr, 100 Minuten Jogging in 5:35/km.", 'run 1:40:00 @5:35/km');
  });

  it('Italian: warm-up, recoveries and the cool-down with "di" between a length and its part (blind round 7)', () => {
    reads(
      'L\'allenamento era così composto: 3km di riscaldamento + 12x500 con recupero 200m attivi + 5x200 con recupero 30", seguiti da uno scarico di 2 km.',
      'wu 3km | 12x+(run 500m | rec 200m jog) | 5x(run 200m | rec 0:30) | cd 2km',
    );
  });

  it('Japanese: the counter after a range of counts runs the lower, the interval between reps is jogged (blind round 7)', () => {
    reads('400m x 10 - 12本 (インターバル:200m)', 'wu 15:00 | 10x(run 400m | rec 200m jog) | cd 10:00');
  });

  it.each([
    ['Dutch', '6 x 1000 m met 2 minuten rust ertussen', 'wu 15:00 | 6x(run 1000m | rest 2:00) | cd 10:00'],
    ['French', '5 x 400 mètres avec 1 minute de récupération', 'wu 15:00 | 5x(run 400m | rec 1:00) | cd 10:00'],
    ['Spanish', '2 km de calentamiento, 6 x 400 metros con 200 metros de trote', 'wu 2km | 6x(run 400m | rec 200m jog) | cd 10:00'],
    ['Swedish', '10 minuter uppvärmning, 5 x 1000 meter med 2 minuters vila', 'wu 10:00 | 5x(run 1000m | rest 2:00) | cd 10:00'],
    ['Norwegian', '15 minutter oppvarming, 6 x 6 minutter med 1 minutt pause', 'wu 15:00 | 6x(run 6:00 | rest 1:00) | cd 10:00'],
    ['Italian', '10 x 400 metri con 1 minuto di recupero', 'wu 15:00 | 10x(run 400m | rec 1:00) | cd 10:00'],
    ['German', '10 bis 15 Minuten einlaufen, 3 mal 3000 m mit 2000 m Trabpause', 'wu 10:00 | 3x(run 3000m | rec 2000m jog) | cd 10:00'],
  ])('%s: an invented session', (_, text, meant) => {
    reads(text, meant);
  });

  it('Swedish: a compound of a length and its reps is both (blind round 7)', () => {
    reads(
      'Uppvärmningsjogg i minst 5 minuter.\n4 x 4-minutersintervaller med 2 minuters lätt jogg mellan varje intervall.\nNedvarvningsjogg i minst 5 minuter.',
      'wu 5:00 | 4x(run 4:00 | rec 2:00 jog) | cd 5:00',
    );
  });

  it('keeps each word read pointing at what the coach wrote', () => {
    const text = '15 Minuten einlaufen, dann 5 x 1000 m mit 400 m Trabpause';
    const spans = languages(tokenize(text).tokens).filter((t) => t.synthetic).map((t) => [t.value, text.slice(t.offset, t.offset + t.length)]);
    expect(spans).toEqual([['min', 'Minuten'], ['warmup', 'einlaufen'], ['then', 'dann'], ['with', 'mit'], ['jog', 'Trabpause']]);
  });

  it('says which language it read, and how, in the notes', () => {
    const [w] = compileRuns('Letzte Woche plante ich 10 x 400 Meter mit jeweils 1 Minute Pause.', athlete);
    expect(w!.notes.join('\n')).toMatch(/read as German: .*'Meter' as 'm'/);
  });
});

describe('a choice in another language', () => {
  it('a recovery of two lengths is read at the first, the other kept as the coach\'s option (blind round 7)', () => {
    const [w] = compileRuns('1000m x 5 - 7本 (インターバル:200m or 400m)', athlete);
    expect(errors(w!)).toEqual([]);
    expect(w!.diagnostics.some((d) => /'400m' is an option the coach offers/.test(d.message))).toBe(true);
  });
});

describe('what is not read is still refused', () => {
  it('a race pace that does not say which race is left unread (blind round 6)', () => {
    const [w] = compileRuns('E i suoi maratoneti corrono 6-8 km a ritmo maratona + 1,5 km a ritmo facile + altri 6-8 km a ritmo gara', athlete);
    expect(errors(w!)).not.toEqual([]);
  });

  it('a repeat said in words keeps its sentence from being read past', () => {
    expect(normalised('Und dann alles wieder runter und nochmals hoch.')).toContain('again');
  });
});

describe('a long session in another language', () => {
  // Each counter, count of reps and verb of repeating once looked over everything read before it,
  // so a text of a few thousand of them blocked the reader for seconds.
  it.each([
    ['a counter after each count ("5本")', '400m x 10 - 12本 (インターバル:200m)\n' + '400m 5本 '.repeat(4000)],
    ['a count of reps closing each part ("6 powtórzeń")', '4 series de 300 metros con 2 minutos de recuperación. ' + '30″ szybko / 90″ trucht, 6 powtórzeń. '.repeat(4000)],
    ['a verb of repeating after each count ("3세트 반복하면")', '10세트 반복하면 ' + '1분 달리기 3세트 반복하면 '.repeat(4000)],
  ])('%s is read in time that grows with its length, not its square', (_, text) => {
    const tokens = tokenize(text).tokens;
    const start = performance.now();
    languages(tokens);
    // Wide margin for a busy machine: linear work takes well under half a second here, the old walk over ten.
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('a compound naming another activity', () => {
  it('"hiihtolenkki" (a ski outing) and "kuntosalitreeni" (a gym session) are no easy runs', () => {
    expect(show(compileRuns('Tiistaina 1h40min hiihtolenkki,', athlete))).toBe('cross');
    expect(show(compileRuns('keskiviikkona 1h10min kuntosalitreeni (keskikroppapainoitteinen)', athlete))).toBe('strength');
  });

  it('in German, Dutch and Swedish too: "Radeinheit", "Schwimmeinheit", "Zwemtraining", "cykelpass"', () => {
    expect(show(compileRuns('Montag 45 min Radeinheit', athlete))).toBe('cross');
    expect(show(compileRuns('Schwimmeinheit 45 Minuten locker', athlete))).toBe('cross');
    expect(show(compileRuns('Zwemtraining 45 minuten rustig', athlete))).toBe('cross');
    expect(show(compileRuns('tisdag 60 min cykelpass', athlete))).toBe('cross');
  });

  it('a compound of running stays a run: "torstaina 10km juoksulenkki"', () => {
    reads('torstaina 10km juoksulenkki', 'run 10km @E');
  });
});

describe('European Portuguese "a" and the verb', () => {
  it('"30 minutos a correr, ao ritmo mais lento possível" is 30 minutes easy', () => {
    reads('– Dia 1: 30 minutos a correr, ao ritmo mais lento possível.', 'run 30:00 @E');
  });

  it('"1 minuto a andar" between runs is a walk, and "10 a correr" takes the minutes of the parts before', () => {
    reads('– Dia 3: 20 minutos a correr a ritmo lento, 1 minuto a andar, 10 a correr a ritmo médio.', 'run 20:00 @E | walk 1:00 | run 10:00 ~steady');
  });
});
