/**
 * Constructs the nineteenth blind round showed: a day's length heading its lines, a second sport named before the
 * run, a pace a log puts in brackets, two recoveries for sets, marks other keyboards type, and short codes in
 * brackets a page's legend defines.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, compileSession, loadPlan } from '../../src/compiler/index.js';
import { show } from '../corpus/expect.js';
import { tokenize } from '../../src/compiler/lexer.js';
import { planLanguageOf } from '../../src/compiler/normalise/languages.js';
import { costlyProsePlan } from '../support/hostile.js';
import { athlete, errors, expectReads } from '../helpers/reading.js';

describe("a day's length heading the lines that make it", () => {
  it('is the whole when the warm-up opens the lines below: no run before the warm-up', () => {
    expectReads('8km HL\n2km WU;\n4x3min HL\n(RPE 6) with\n2min walk; CD', 'wu 2km | 4x(run 3:00 ~rpe6 | walk 2:00) | cd 10:00');
    const w = compileSession('8km HL\n2km WU;\n4x3min HL with 2min walk; CD', athlete);
    expect(w.notes.join(' ')).toMatch(/read 8km HL as the day's whole/);
  });

  it('is the whole when the lengths below add up to it', () => {
    expectReads('10 miles\n2 mi easy\n6 mi @ M\n2 mi easy', 'run 2mi @E | run 6mi @M | run 2mi @E');
  });

  it('stays a run of its own when the lines below neither open with a warm-up nor add up', () => {
    expectReads('5 miles easy\n4 x 100m strides', 'run 5mi @E | 4x(run 100m ~strides | rest 1:00 walk)');
    expect(show(compileRuns('6 miles\n2 mi easy\n2 mi @ T', athlete))).toMatch(/^run 6mi/);
  });
});

describe('a recovery run easy', () => {
  it('"with 1:30min E": a letter after a clock is the recovery\'s pace', () => {
    expectReads('5 x 3 min @ T with 1:30min E', 'wu 15:00 | 5x(run 3:00 @T | rec 1:30 @E) | cd 10:00');
  });

  it('an easy pace after the recovery is never the reps\', even when they have none', () => {
    const w = compileSession('4 x 3 min with 2 min @ E', athlete);
    expect(show([w])).toBe('wu 15:00 | 4x(run 3:00 | rec 2:00 recovery @E) | cd 10:00');
  });

  it('a harder pace after the recovery is still the reps\'', () => {
    expectReads('10 x 150m with 50m recovery at 5K pace', 'wu 15:00 | 10x(run 150m @5K | rec 50m) | cd 10:00');
  });
});

describe('two recoveries after sets of one distance', () => {
  it("\"2x6x400m (rec 1'/3')\": between reps, then between sets", () => {
    expectReads("2x6x400m (rec 1'/3')", 'wu 15:00 | 2x(6x(run 400m | rec 1:00) | rec 3:00) | cd 10:00');
  });

  it('distances too: "3x4x300m (rec 100m/500m)"', () => {
    expectReads('3x4x300m (rec 100m/500m)', 'wu 15:00 | 3x(4x(run 300m | rec 100m) | rec 500m) | cd 10:00');
  });

  it('paired reps keep their paired recoveries', () => {
    expectReads("6 x 800m/400m (rec 2'/1')", 'wu 15:00 | 6x(run 800m | rec 2:00 | run 400m | rec 1:00) | cd 10:00');
  });
});

describe('marks and characters other keyboards type', () => {
  it('an acute accent after a number is the minutes\' prime', () => {
    expectReads('6x1000m (rec 2´)', 'wu 15:00 | 6x(run 1000m | rec 2:00) | cd 10:00');
    expectReads('5´ easy', 'run 5:00 @E');
  });

  it('a unit set in one katakana square reads as its letters: "3000㍍"', () => {
    const w = compileSession('3000㍍を2本', athlete);
    expect(errors(w).join()).not.toMatch(/unexpected character/);
  });
});

describe('the language a session is written in', () => {
  it('words both languages write ("me", "a") are no sign of English', () => {
    expectReads('Tras calentar 3km me puse a ello: 6x1000m (rec 2 min)', 'wu 3km | 6x(run 1000m | rec 2:00) | cd 10:00');
  });
});

describe('another sport and a run on one day', () => {
  it('the other sport named first: "Strength Training (arms + core) + 5K Recovery Run"', () => {
    expectReads('Strength Training (arms + core) + 5K Recovery Run', 'strength || run 5km @recovery');
    expectReads('Yoga + 4 mile run', 'cross || run 4mi @E');
  });

  it('cross-training named after the run is a second session, not an open run', () => {
    expectReads('3 mile run + yoga', 'run 3mi @E || cross');
    expectReads('5 miles easy + cross training', 'run 5mi @E || cross');
  });

  it('a sport word with no run after it stays what it was', () => {
    expect(compileSession('Strength + core', athlete).sport).toBe('strength');
  });
});

describe('morning and evening runs with nothing between them but the marks', () => {
  it('"AM 5 miles PM 3 miles recovery run"', () => {
    expectReads('AM 5 miles PM 3 miles recovery run', 'run 5mi @E || run 3mi @recovery');
  });
});

describe('a pace a log puts in brackets after an easy run it timed', () => {
  it('is how fast the run went, a note; the run stays easy', () => {
    expectReads('Mon – 40 mins easy (7:05)', 'run 40:00 @E');
    expectReads('Sun – 1h50 long run (7:12)', 'run 1:50:00 @E');
    const w = compileSession('40 mins easy (7:05)', athlete);
    expect(w.notes.join(' ')).toMatch(/read \(7:05\) as the pace the run went at/);
  });

  it('among reps a bracket still gives a part its own pace', () => {
    const w = compileSession('5 x 1 min fast (6:30), 2 min easy (8:30)', athlete);
    expect(show([w])).not.toMatch(/run 2:00 @E \|/);
  });

  it('a clock no runner runs a mile in is left to the grammar', () => {
    expect(errors(compileSession('45 mins easy (0:53)', athlete)).length).toBe(1);
  });
});

describe('efforts', () => {
  it('a hyphen between two efforts offers the harder as the slash does', () => {
    const w = compileSession('7 miles easy-moderate', athlete);
    expect(show([w])).toBe('run 7mi @E');
    expect(w.diagnostics.map((d) => d.message)).toContain("'-moderate' is an option the coach offers besides the one read");
  });

  it('"light pace" and "gentle pace" are easy', () => {
    expectReads('1.5 miles @ light pace', 'run 1.5mi @E');
    expectReads('2 miles at a gentle pace', 'run 2mi @E');
  });

  it('"speed run" and "quicker" say the run is faster than easy: never read at easy pace', () => {
    expectReads('7km speed run', 'run 7km ~speed');
    expectReads('3 miles quicker', 'run 3mi ~quicker');
  });

  it('"Faster" after Mile pace is still the pace beyond it', () => {
    expect(errors(compileSession('100m @ Faster', athlete)).length).toBe(1);
  });
});

describe("a bare number before a spaced dash and a remark", () => {
  it('"Tuesday - 10 - Completed" is a run in the text\'s unit', () => {
    expect(show(compileRuns('Tuesday - 10 - Completed', athlete))).toBe('run 10mi @E');
  });

  it('a dash before a word runcast reads is no remark', () => {
    expect(errors(compileSession('Mo: 7 - Long run', athlete)).length).toBe(1);
  });
});

describe('a short code in brackets', () => {
  it("names an effort from the page's legend: refused where it stands, never run at a guessed pace", () => {
    const text = '30´ Corrida (MO)';
    const w = compileSession(text, athlete);
    const e = w.diagnostics.find((d) => d.severity === 'error')!;
    expect(e.message).toBe("'MO' in brackets reads as a code for an effort that runcast does not know");
    expect(text.slice(e.offset, e.offset + e.length)).toBe('(MO)');
  });

  it('codes that are notes and codes runcast reads still read', () => {
    expectReads('5 km parkrun (PB)', 'run 5km @E');
    expectReads('6 miles (MP)', 'run 6mi @M');
  });
});

describe('a length beside one word runcast does not know', () => {
  it('is refused at the word: it may say what is done ("Marche 1h" is a walk), never run easy on a guess', () => {
    for (const [text, word] of [['Marche 1h', 'Marche'], ['30 min Cam', 'Cam'], ['10km Testlauf', 'Testlauf']] as const) {
      const w = compileSession(text, athlete);
      const e = w.diagnostics.find((d) => d.severity === 'error')!;
      expect(e.message, text).toBe(`'${word}' may say what is done, which runcast does not know`);
      expect(text.slice(e.offset, e.offset + e.length)).toBe(word);
    }
  });

  it('words the tables know, a weekday, everyday English and a second language found still read', () => {
    expectReads('4M slow', 'run 4mi @E');
    expectReads('5 km parkrun', 'run 5km @E');
    expectReads('Monday 5 miles', 'run 5mi @E');
    expectReads('Sortie 2h', 'run 2:00:00 @E');
    expectReads('22km Longrun', 'run 22km @E');
  });
});

describe('after review: where the constructs stop', () => {
  it('a heading over only its warm-up stays a run of its own', () => {
    expect(show(compileRuns('20 miles long\n3 mi WU', athlete))).toMatch(/run 20mi/);
    expect(show(compileRuns('13.1 miles race\nWU 2 mi', athlete))).toMatch(/21082/);
  });

  it('a clock before a letter is the coach\'s pace, never read as the letter\'s: "10 km at 5:00 E" is refused', () => {
    expect(errors(compileSession('10 km at 5:00 E', athlete)).length).toBe(1);
  });

  it('a bracketed clock after a steady or bare run is left to the grammar', () => {
    expect(compileSession('40 min steady (7:00)', athlete).notes.join(' ')).not.toMatch(/the pace the run went at/);
  });

  it('a word in lower case after the length says how it went: "7 miles nice", "1h trot", "8 km Corsa" still read', () => {
    for (const text of ['7 miles nice', '6 miles undulating', '5 miles commute', '8 km Corsa', '5K PB']) expect(errors(compileSession(text, athlete)), text).toEqual([]);
  });

  it('"(AT)" is a code, not the word "at"', () => {
    expect(errors(compileSession('6 miles (AT)', athlete))[0]).toMatch(/reads as a code for an effort/);
  });
});

describe("a cell read in its plan's language", () => {
  const plan = (cells: string[]) => `name: Plan\nweeks:\n  - ${cells.map((c, k) => `${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][k]}: "${c}"`).join('\n    ')}\n`;
  const read = (cells: string[]) => {
    const { plan: p } = loadPlan(plan(cells), 'plan.yaml');
    return compilePlan(p!, athlete).sessions.map((w) => (errors(w).length ? `! ${errors(w)[0]}` : show([w])));
  };

  it('"Repos", "Footing 45\'" and "Course longue (90 minutes)" in a French plan; the same cells alone in an English one are refused', () => {
    const french = ['Repos', "Footing 45'", 'Sortie longue 1h30 en endurance fondamentale', 'Repos complet', 'Course longue (90 minutes)', 'Fractionné 6 x 400 m, récupération 1 minute', 'Repos'];
    const got = read(french);
    expect(got[0]).toBe('rest');
    expect(got[4]).toBe('run 1:30:00 @E');
    expect(read(['Repos', '5 miles easy', '6 x 400m w/ 200m jog', 'Rest', '30 min easy', 'Long run 10 miles', 'Rest'])[0]).toMatch(/^!/);
  });

  it('one word of a language repeated over the weeks is no sign of it: several different words are', () => {
    const cells = (k: number) => costlyProsePlan(k).split('\n').filter((l) => /^\s+-?\s*\w+: /.test(l)).map((l) => l.replace(/^\s+-?\s*\w+: /, ''));
    expect(planLanguageOf(tokenize(cells(1).join('\n')).tokens)).toBeUndefined();
    expect(planLanguageOf(tokenize('Repos\nFooting 45\'\nSortie longue 1h30\nRepos').tokens)).toBe('fr');
  });
});

describe('another sport with its own time', () => {
  it('after the run or before it, with its time or a bracket: a session of its own', () => {
    expectReads('5 km run + bike 20 min', 'run 5km @E || cross');
    expectReads('Bike 30 min + run 20 min', 'cross || run 20:00 @E');
    expectReads('Core (10 min) + 5 miles', 'strength || run 5mi @E');
  });
});
