/**
 * Days of other activities in every language the reader reads (dialect/languages.ts): strength work, stretching,
 * cross-training and its sports, a hike, a day off or a holiday, each read as English reads its word
 * ("Krafttraining" as strength training, "Repos ou vélo" as rest or bike, "Wandern" as a walk). A rep's recovery
 * written with the same words ("2 min Pause") stays the rep's recovery, never a day off.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, loadPlan } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, expectReads } from '../../helpers/reading.js';

/** For each language: a strength day, a choice of a sport or a day off, a day off or a holiday, and more. */
const DAYS: Record<string, [string, string][]> = {
  de: [
    ['Krafttraining und Stabi', 'strength'],
    ['Ruhetag oder Radfahren 45 Minuten', 'rest OR cross'],
    ['Urlaub', 'rest'],
    ['Kein Training', 'rest'],
    ['Schwimmen oder Aquajogging', 'cross OR cross'],
    ['Athletik', 'strength'],
  ],
  nl: [
    ['Krachttraining', 'strength'],
    ['Rustdag of fietsen', 'rest OR cross'],
    ['Vakantie', 'rest'],
    ['Zwemmen 30 minuten', 'cross'],
  ],
  fr: [
    ['Renforcement musculaire', 'strength'],
    ['Repos ou vélo', 'rest OR cross'],
    ['Jour de repos', 'rest'],
    ['Vacances', 'rest'],
    ['Natation ou vélo elliptique', 'cross OR cross'],
  ],
  it: [
    ['Potenziamento muscolare', 'strength'],
    ['Riposo o bici', 'rest OR cross'],
    ['Giorno di riposo', 'rest'],
    ['Nuoto o ellittica', 'cross OR cross'],
  ],
  es: [
    ['Fuerza', 'strength'],
    ['Trabajo de fuerza', 'strength'],
    ['Descanso o bici', 'rest OR cross'],
    ['Bici 60 minutos o descanso', 'cross OR rest'],
    ['Día libre', 'rest'],
    ['Vacaciones', 'rest'],
  ],
  sv: [
    ['Styrketräning', 'strength'],
    ['Vila eller cykel', 'rest OR cross'],
    ['Vilodag', 'rest'],
    ['Simning eller roddmaskin', 'cross OR cross'],
  ],
  no: [
    ['Styrketrening', 'strength'],
    ['Hvile eller sykkel', 'rest OR cross'],
    ['Hviledag', 'rest'],
  ],
  ja: [
    ['筋トレ', 'strength'],
    ['休養またはバイク', 'rest OR cross'],
    ['完全休養', 'rest'],
    ['休足日', 'rest'],
    ['ヨガまたはストレッチ', 'cross OR strength'],
  ],
  zh: [
    ['力量训练', 'strength'],
    ['休息或骑车', 'rest OR cross'],
    ['休息日', 'rest'],
    ['游泳30分钟', 'cross'],
  ],
  ko: [
    ['코어 운동', 'strength'],
    ['크로스 트레이닝', 'cross'],
    ['요가 또는 스트레칭', 'cross OR strength'],
    ['휴식 또는 자전거', 'rest OR cross'],
    ['휴식일', 'rest'],
  ],
  pt: [
    ['Musculação', 'strength'],
    ['Descanso ou bicicleta', 'rest OR cross'],
    ['Dia de descanso', 'rest'],
    ['Férias', 'rest'],
  ],
  ru: [
    ['Силовая тренировка', 'strength'],
    ['Отдых или велосипед', 'rest OR cross'],
    ['Выходной', 'rest'],
    ['Плавание или йога', 'cross OR cross'],
  ],
  cs: [
    ['Posilování', 'strength'],
    ['Odpočinek nebo na kole', 'rest OR cross'],
    ['Dovolená', 'rest'],
  ],
  pl: [
    ['Trening siłowy', 'strength'],
    ['Odpoczynek lub rower', 'rest OR cross'],
    ['Dzień wolny', 'rest'],
  ],
  id: [
    ['Latihan kekuatan', 'strength'],
    ['Istirahat atau bersepeda', 'rest OR cross'],
    ['Hari libur', 'rest'],
    ['Tidak latihan', 'rest'],
  ],
  tr: [
    ['Kuvvet antrenmanı', 'strength'],
    ['Dinlenme veya bisiklet', 'rest OR cross'],
    ['Dinlenme günü', 'rest'],
  ],
  hu: [
    ['Erősítés', 'strength'],
    ['Pihenő vagy kerékpár', 'rest OR cross'],
    ['Pihenőnap', 'rest'],
  ],
  da: [
    ['Styrketræning', 'strength'],
    ['Hvile eller cykling', 'rest OR cross'],
    ['Fridag', 'rest'],
  ],
  fi: [
    ['Voimaharjoittelu', 'strength'],
    ['Lepo tai pyöräily', 'rest OR cross'],
    ['Lepopäivä', 'rest'],
    ['Vesijuoksu tai uinti', 'cross OR cross'],
  ],
  et: [
    ['Jõutreening', 'strength'],
    ['Puhkus või rattasõit', 'rest OR cross'],
    ['Puhkepäev', 'rest'],
  ],
  ca: [
    ['Treball de força', 'strength'],
    ['Descans o bici', 'rest OR cross'],
    ['Dia de descans', 'rest'],
  ],
};

const ROWS = Object.entries(DAYS).flatMap(([code, days]) => days.map(([text, means]) => [code, text, means] as const));

describe('a day of another activity, in each language', () => {
  it('holds a strength day, a choice with a day off, and a day off for every language', () => {
    expect(Object.keys(DAYS).length).toBe(21);
    for (const days of Object.values(DAYS)) {
      const means = days.map(([, m]) => m);
      expect(means).toContain('strength');
      expect(means.some((m) => m.includes(' OR ') && m.includes('rest'))).toBe(true);
      expect(means).toContain('rest');
    }
  });

  it.each(ROWS)('%s: "%s" reads as %s', (_, text, means) => {
    expect(show(compileRuns(text, athlete))).toBe(means);
  });
});

describe('a hike, as English reads "Hike 2 hours"', () => {
  it.each([
    ['Wandern 3 Stunden', 3],
    ['Randonnée 2 heures', 2],
    ['Senderismo 2 horas', 2],
    ['Vaellus 3 tuntia', 3],
    ['등산 2시간', 2],
    ['徒步2小时', 2],
    ['Поход 3 часа', 3],
  ])('"%s" is a walk of %i hours', (text, hours) => {
    const [w] = compileRuns(text, athlete);
    expect(w!.sport).toBe('running');
    expect(w!.steps).toHaveLength(1);
    const step = w!.steps[0]!;
    expect(step.type === 'step' && step.label).toMatch(/walk/);
    expect(step.type === 'step' && step.duration).toEqual({ kind: 'time', seconds: hours * 3600 });
  });
});

describe('another activity beside a run', () => {
  it('strength training named after a run is the day\'s second session', () => {
    expectReads('10 km locker + Krafttraining', 'run 10km @E || strength');
    expectReads('Footing 45 minutes puis renforcement musculaire', 'run 45:00 @E || strength');
  });

  it('stretching after a run goes with the run, as "then stretching" does in English', () => {
    expectReads('Footing 45 minutes puis étirements', 'run 45:00 @E');
    expectReads('30 Minuten locker, danach Dehnen', 'run 30:00 @E');
    expectReads('慢跑30分钟，拉伸', 'run 30:00 @E');
  });
});

describe("a day off written in a word alone, in its plan's language", () => {
  const plan = (cells: string[]) => `name: Plan\nweeks:\n  - ${cells.map((c, k) => `${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][k]}: "${c}"`).join('\n    ')}\n`;
  const read = (cells: string[]) => {
    const { plan: p } = loadPlan(plan(cells), 'plan.yaml');
    return compilePlan(p!, athlete).sessions.map((w) => show([w]));
  };

  // A day off, a strength day, an easy run, a choice, a long run, a holiday or a sport, and a day off or a sport.
  const week = (last: string, holiday = 'rest') => ['rest', 'strength', 'run 45:00 @E', 'rest OR cross', 'run 1:30:00 @E', holiday, last];

  it.each([
    ['fr', ['Repos', 'Renfo', 'Footing 45 minutes', 'Repos ou vélo', 'Sortie longue 1h30', 'Vacances', 'PPG'], week('strength')],
    ['nl', ['Rust', 'Krachttraining', 'Duurloop 45 minuten', 'Rust of fietsen', 'Lange duurloop 90 minuten', 'Zwemmen', 'Rust'], week('rest', 'cross')],
    ['fi', ['Lepo', 'Kuntosali', 'Kevyt lenkki 45 minuuttia', 'Lepo tai pyöräily', 'Pitkä lenkki 90 minuuttia', 'Loma', 'Sali'], week('strength')],
    ['sv', ['Vila', 'Styrka', 'Lugnt 45 minuter', 'Vila eller cykel', 'Lugnt 90 minuter', 'Vila', 'Simning'], week('cross')],
    ['de', ['Ruhe', 'Kraft', 'Lockerer Dauerlauf 45 Minuten', 'Ruhetag oder Radfahren', 'Langer Lauf 90 Minuten', 'Rad', 'Ruhetag'], week('rest', 'cross')],
    ['ru', ['Отдых', 'ОФП', 'Лёгкий бег 45 минут', 'Отдых или велосипед', 'Длительный бег 90 минут', 'Отпуск', 'Отдых'], week('rest')],
    ['pt', ['Folga', 'Força', 'Corrida leve 45 minutos', 'Descanso ou bicicleta', 'Corrida leve 90 minutos', 'Férias', 'Folga'], week('rest')],
    ['cs', ['Volno', 'Síla', 'Volný běh 45 minut', 'Odpočinek nebo na kole', 'Dlouhý běh 90 minut', 'Volno', 'Bazén'], week('cross')],
  ])('%s: a day off, a strength day and a sport, each a word alone', (_, cells, means) => {
    expect(read(cells)).toEqual(means);
  });
});

describe('a short word alone, outside a plan', () => {
  it('shows no language, as a lone "Repos" in an English plan shows none: refused', () => {
    for (const text of ['Lepo', 'Vila', 'Repos']) expect(show(compileRuns(text, athlete)), text).toMatch(/^! unknown word/);
  });

  it('a phrase of the language does: "Kein Training", "Día libre", "Dzień wolny" are days off', () => {
    for (const text of ['Kein Training', 'Día libre', 'Dzień wolny', 'Repos complet']) expect(show(compileRuns(text, athlete)), text).toBe('rest');
  });
});

describe('reps whose recovery is written with the words of a day off', () => {
  it.each([
    ['6 x 1000 m, 2 min Pause'],
    ['6 x 1000 m mit 2 Minuten Pause'],
    ['6 x 1000 meter met 2 minuten rust'],
    ['6 x 1000 m avec 2 minutes de repos'],
    ['6 x 1000 m con 2 minuti di riposo'],
    ['6 x 1000 m con 2 minutos de descanso'],
    ['6 x 1000 m med 2 min vila'],
    ['6 x 1000 m med 2 minutter pause'],
    ['6 x 1000 m com 2 minutos de descanso'],
    ['6 x 1000 м, отдых 2 минуты'],
    ['6 x 1000 m, odpočinek 2 minuty'],
    ['6 x 1000 m, przerwa 2 minuty'],
    ['6 x 1000 m, istirahat 2 menit'],
    ['6 x 1000 m, 2 dakika dinlenme'],
    ['6 x 1000 m, 2 perc pihenő'],
    ['6 x 1000 m, 2 perc szünet'],
    ['6 x 1000 m, 2 minutit puhkust'],
    ['6 x 1000 m amb 2 minuts de descans'],
  ])('"%s" is six reps with a 2-minute rest', (text) => {
    expectReads(text, 'wu 15:00 | 6x(run 1000m | rest 2:00) | cd 10:00');
  });

  it('in the scripts without spaces too', () => {
    expectReads('1000m×5本 (レスト90秒)', 'wu 15:00 | 5x(run 1000m | rest 1:30) | cd 10:00');
    expectReads('400米x10趟，休息90秒', 'wu 15:00 | 10x(run 400m | rest 1:30) | cd 10:00');
    expectReads('400m 10회, 휴식 90초', 'wu 15:00 | 10x(run 400m | rest 1:30) | cd 10:00');
  });

  it('"Pause" alone is a day off, "Ruhetag" too', () => {
    expectReads('Pause', 'rest');
    expectReads('Ruhetag', 'rest');
  });

  it('strength said of a rep ("mit Kraft", "con fuerza") is no strength day', () => {
    expectReads('8 x 80 m Bergsprints mit Kraft', 'wu 15:00 | 8x(run 80m ~hill | rec open) | cd 10:00');
    expectReads('10 x 200 m en cuesta con fuerza', 'wu 15:00 | 10x(run 200m ~hill | rec open) | cd 10:00');
  });
});
