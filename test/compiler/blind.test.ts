/**
 * The blind samples (fixtures/corpus/blind-*): coach text runcast was never developed on, each
 * session with what its author means, written before runcast read it. Every sample stays honest
 * (enough sessions, pages and plans; every session and every distinct plan cell has a meaning that
 * parses in the notation). Each round was measured blind once it was gathered (see its README);
 * from then on it is development material, and the reader cannot fall below what it reads of it
 * today, nor compile more of it to a wrong workout.
 * The figures are printed; `npm run blind -- fixtures/corpus/blind-1 --misses` lists every miss.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/ir/workout.js';
import { measureBlind, referenceAthlete } from '../corpus/blind.js';
import { corpusPlanMeans, corpusPlans, corpusSessions } from '../corpus/corpus.js';
import { notationDiffs, parseNotation } from '../corpus/notation.js';

const SAMPLES = ['blind-1', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-9', 'blind-10', 'blind-11', 'blind-12', 'blind-13', 'blind-14', 'blind-15', 'blind-16', 'blind-17', 'blind-18', 'blind-19', 'blind-20', 'blind-21', 'blind-22', 'blind-23', 'blind-24', 'blind-25', 'blind-26', 'blind-27', 'blind-28', 'blind-29'] as const;
/** Rounds whose search for whole plans by new authors found fewer than the four a round aims for (said in their README). */
const PLANS_FOUND: Partial<Record<(typeof SAMPLES)[number], number>> = { 'blind-21': 3, 'blind-23': 2, 'blind-25': 2, 'blind-26': 3, 'blind-27': 3, 'blind-28': 1, 'blind-29': 0 };
const ROOT = (sample: string) => new URL(`../../fixtures/corpus/${sample}/`, import.meta.url);
const SPORTS = new Set(['rest', 'cross', 'strength']);

/** Throws on a meaning the notation cannot read (each day, each alternative). */
function parseMeaning(means: string): void {
  for (const day of means.split(' || ')) {
    for (const alt of day.split(' OR ')) if (!SPORTS.has(alt.trim()) && !alt.startsWith('! ')) parseNotation(alt);
  }
}

describe.each(SAMPLES)('the blind sample %s', (sample) => {
  const sessions = corpusSessions(ROOT(sample));
  const plans = corpusPlans(ROOT(sample));

  it(`holds at least 150 sessions from at least 40 pages and ${PLANS_FOUND[sample] ?? 4} whole plans`, () => {
    expect(sessions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(sessions.map((s) => s.source)).size).toBeGreaterThanOrEqual(40);
    expect(plans.length).toBeGreaterThanOrEqual(PLANS_FOUND[sample] ?? 4);
  });

  it('says what every session means, in the notation', () => {
    for (const s of sessions) {
      expect(s.means, s.text).toBeTruthy();
      expect(() => parseMeaning(s.means!), s.text).not.toThrow();
    }
  });

  it('says what every distinct plan cell means, in the notation, and nothing for cells it does not hold', () => {
    expectEveryCellMeant(ROOT(sample));
  });
});

/** Every distinct cell of every plan of a sample has a meaning that parses, and no meaning is for a cell it does not hold. */
function expectEveryCellMeant(root: URL): void {
  const plans = corpusPlans(root);
  const planMeans = corpusPlanMeans(root);
  for (const plan of plans) {
    const means = planMeans.get(plan.id);
    expect(means, plan.id).toBeDefined();
    expect(plan.cells.length, plan.id).toBeGreaterThan(0);
    const texts = new Set(plan.cells.map((c) => c.text));
    expect([...texts].filter((t) => !means!.has(t)), plan.id).toEqual([]);
    expect([...means!.keys()].filter((t) => !texts.has(t)), plan.id).toEqual([]);
    for (const m of means!.values()) expect(() => parseMeaning(m), `${plan.id}: ${m}`).not.toThrow();
  }
  expect([...planMeans.keys()].sort()).toEqual(plans.map((p) => p.id).sort());
}

describe('reading a blind sample', () => {
  const FLOORS = {
    // A race of 5 km or more is now the whole day, as 72 of the 81 race days of the blind samples mean it: two 5K race
    // days of this sample, whose meaning has the warm-up and cool-down, count as wrong (98 → 96 cells as meant).
    'blind-1': { sessions: 86, cells: 96, days: 95, wrongSessions: 4, wrongCells: 5 },
    // Pictographs read as spaces: five cells that were refused on '🦵' or '🎉' now read as meant, and one ("8x1km
    // intervals🦵", meant at the plan's I pace with its 2-minute jog) compiles to reps by feel, a wrong cell.
    // A recovery past the norms table is refused: five cells read as reps with a 2-4 mile "jog" (wrong, though their
    // days added up) are refused now, and their days no longer count as adding up (164 → 158).
    'blind-2': { sessions: 52, cells: 155, days: 158, wrongSessions: 14, wrongCells: 3 },
    'blind-3': { sessions: 38, cells: 166, days: 48, wrongSessions: 7, wrongCells: 10 },
    // "Easy Run 30-45mins, pace 6:02-6:37" now reads its unitless pace per km, which an easy run makes plausible: as
    // meant. "Progression Run …, last 10 mins at Half Marathon goal pace, 5:21-5:40" now reads, at the athlete's own
    // goal pace with a note on the coach's figures; its meaning takes the figures: wrong.
    // A log's form ("Distance: 4 miles\nTime: 37:41\nPace: 9:24 min/mi\nComments: …") is read as the log it is, its run
    // at the runner's own effort, where a pace's unit once passed for parts of the run and left it refused: its meaning,
    // written before the samples' convention for logged runs, has the logged pace as a target (14 → 15 wrong).
    'blind-4': { sessions: 23, cells: 63, days: 82, wrongSessions: 15, wrongCells: 30 },
    // A strength session after a comma is the day's second: "Tuesday: 45 minutes elliptical, upper body weights", whose
    // meaning leaves the weights out, is wrong (23 → 22 sessions as meant).
    'blind-5': { sessions: 22, cells: 107, days: 176, wrongSessions: 16, wrongCells: 29 },
    'blind-6': { sessions: 23, cells: 100, days: 200, wrongSessions: 16, wrongCells: 5 },
    // "5K Race day! Good luck!": a length beside one word runcast does not know is refused at the word rather than run
    // easy on a guess: a wrong cell fewer, and its day, read wrong but adding up, no longer counts.
    // A log's form ("Distance: 6.0 miles\nPace: 9:32\nComments: …") with nothing said of how hard is read at the
    // runner's own effort, as a told run is: two such logs, meant at easy pace before the samples' convention for
    // logged runs (round 23), are wrong (37 → 35 as meant).
    'blind-7': { sessions: 35, cells: 106, days: 224, wrongSessions: 11, wrongCells: 10 },
    // A run in a first-person log with nothing said of its effort is read as the runner feels (the samples' convention
    // for logged runs); one log here ("I ran 4.5 miles … Run felt good") was meant at easy pace: 6 → 5 as meant.
    // A text is in Italian when its Italian words outnumber the English ones it does not share ("a", "me"): "… 3 km a
    // ritmo gara" is now refused on the race pace the plan's context names, where it was read easy; a wrong cell fewer,
    // and a day that added up (read wrong) no longer counts.
    'blind-8': { sessions: 5, cells: 49, days: 77, wrongSessions: 11, wrongCells: 6 },
    // "´" typed for the minutes' prime: "6 x 1.000 m in ca. 3:55 – 4:05, 3´ I (= Intervall)" and its sibling, refused
    // on the character, now read "3´ I" as three minutes at I pace, where the page's legend makes I the rest: wrong.
    'blind-9': { sessions: 24, cells: 65, days: 51, wrongSessions: 13, wrongCells: 4 },
    'blind-10': { sessions: 26, cells: 68, days: 77, wrongSessions: 7, wrongCells: 22 },
    // Three run/walk weeks whose meaning adds a warm-up walk the page states once, outside their text, are read as
    // written since a total after the count is read ("Repeat 3x (Total exercise time – 21min)"): they count as wrong.
    'blind-11': { sessions: 31, cells: 42, days: 116, wrongSessions: 13, wrongCells: 17 },
    'blind-12': { sessions: 36, cells: 56, days: 221, wrongSessions: 9, wrongCells: 7 },
    // An easy kind of run named alone is now an easy run as long as the athlete likes: "EZ or CT" reads so, where the
    // plan's legend (outside the cell) makes its EZ an easy walk: a wrong cell.
    // A strength session said in a sentence or line of its own after the run is the day's second session: the plan's
    // "…\nFull strength routine." cells, whose meanings leave the plan's strength line out, count as wrong (54 → 50).
    'blind-13': { sessions: 21, cells: 50, days: 94, wrongSessions: 10, wrongCells: 43 },
    // Russian months are dates: "12 апреля.\nСегодня провел тренировку в восстановительном режиме - 15км.", refused at
    // the month before, now reads its 15 km at easy pace where its meaning keeps it to a recovery run's: wrong.
    'blind-14': { sessions: 22, cells: 68, days: 118, wrongSessions: 27, wrongCells: 53 },
    // A clock straight after a distance is its time or pace: "レースペース走10km 4’19”/km" now reads at 4:19 a km,
    // where its meaning takes the race pace the words name: wrong.
    // "1 km a 5'35 + 4 X 1 KM a 5'15 con recupero a 5'40\" per 1 km", now found to be Italian, reads its first kilometre
    // as a run at 5:35 after the default warm-up; its meaning makes that kilometre the warm-up: a wrong cell.
    // A cell read in its plan's language: "8 km a 5'40\" e 2 a 5'30\"" of the same Italian plan now reads, with the
    // default warm-up and cool-down around its paced running, which its meaning leaves out: wrong.
    'blind-15': { sessions: 35, cells: 98, days: 188, wrongSessions: 21, wrongCells: 6 },
    // Three Korean run/walk sets ("1분 달리기 + 2분 걷기 × 10세트") are now read; their meaning keeps the last walk (`x+`),
    // the reader drops it as for any repeat with no total (84 of the samples' run/walk meanings do, 60 keep it): wrong.
    'blind-16': { sessions: 13, cells: 54, days: 57, wrongSessions: 24, wrongCells: 24 },
    // Two club sessions with "recs" are now read; their meaning has no warm-up or cool-down although the sample's
    // stated convention gives reps the defaults, which the reader adds: wrong.
    'blind-17': { sessions: 18, cells: 46, days: 77, wrongSessions: 25, wrongCells: 17 },
    // Most of its wrong cells are days of one German plan whose tempo days, refused when measured, now compile with the
    // default 15-minute warm-up where the post gives ten, and run/walk days whose meaning keeps the last walk.
    // "10km Testlauf": a length beside one word runcast does not know is refused at the word, not run easy on a guess
    // (its meaning is a 10K test): a wrong cell fewer, and its day, read wrong but adding up, no longer counts.
    // A plan's cell "Run 8 mins, walk 2 mins. Do 3 times" now reads its count ("do" before a count of times says
    // "repeat"); its meaning, written before the samples' convention that a run/walk's last walk is left out, counts
    // it: a wrong cell (73 → 74).
    'blind-18': { sessions: 19, cells: 32, days: 94, wrongSessions: 20, wrongCells: 74 },
    // Two sessions refused when measured now read with a target their meaning leaves out: "Thursday: 7 miles
    // easy-moderate + Strength" (meant without its strength session) and "Tuesday - 10 - Completed" (a logged run,
    // meant with no target, read at easy pace): wrong.
    'blind-19': { sessions: 14, cells: 49, days: 97, wrongSessions: 34, wrongCells: 11 },
    'blind-20': { sessions: 16, cells: 158, days: 415, wrongSessions: 25, wrongCells: 55 },
    // "3 km di corsa leggera o camminata": the walk offered beside the run is an open walk, where its meaning gives it the
    // run's 3 km (wrong, as at the start of the stop; refused for a while when round 24's walks were taught).
    // "Type: Brick — Bike/Run\nDistance: 20.0 miles/2.0 miles …": read as two runs, as before 131b393 (27 → 28 wrong).
    'blind-21': { sessions: 19, cells: 34, days: 70, wrongSessions: 28, wrongCells: 11 },
    'blind-22': { sessions: 28, cells: 72, days: 131, wrongSessions: 29, wrongCells: 41 },
    'blind-23': { sessions: 29, cells: 13, days: 43, wrongSessions: 20, wrongCells: 4 },
    'blind-24': { sessions: 20, cells: 78, days: 116, wrongSessions: 33, wrongCells: 35 },
    // Two beginners' days "Run 2 minutes, Walk 2 minutes, 7 times with a 5 minute warm-up and cool-down", refused when
    // measured, now read with a 5-minute warm-up and cool-down; their meanings walk them, from the programme's page: wrong.
    'blind-25': { sessions: 16, cells: 30, days: 158, wrongSessions: 18, wrongCells: 2 },
    'blind-26': { sessions: 13, cells: 30, days: 121, wrongSessions: 37, wrongCells: 3 },
    // A spreadsheet plan's stacked columns are read: its "Tempo Run" cells run their stated miles at their pace, the
    // day's total as the plan states it, where their meanings add a warm-up and cool-down: wrong cells.
    'blind-27': { sessions: 22, cells: 41, days: 143, wrongSessions: 33, wrongCells: 26 },
    // Measured blind on 131b393 and on 3cdee99 alike: 9 as meant, 23 wrong (the sample's README); after the work on it, 13
    // and 22. One plan, which states no distances.
    'blind-28': { sessions: 13, cells: 10, days: 0, wrongSessions: 22, wrongCells: 1 },
    // Measured blind on fc42842 and on 3cdee99 alike: 8 as meant, 41 wrong (the sample's README); after the work on it,
    // 9 and 38. No plan was found.
    'blind-29': { sessions: 9, cells: 0, days: 0, wrongSessions: 38, wrongCells: 0 },
  } as const;

  it.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])('%s is read no worse than it is today, and no more of it wrong', (sample) => {
    const { sessions: s, cells: c, days: d } = measureBlind(ROOT(sample), referenceAthlete());
    console.log(
      `${sample}: sessions ${s.meant}/${s.total} as meant, ${s.refused} refused, ${s.wrong} wrong; ` +
        `plan cells ${c.meant}/${c.total} as meant, ${c.refused} refused, ${c.wrong} wrong; days ${d.agree}/${d.stated} adding up`,
    );
    const floor = FLOORS[sample];
    expect(s.meant + s.refused + s.wrong).toBe(s.total);
    expect(s.meant).toBeGreaterThanOrEqual(floor.sessions);
    expect(c.meant).toBeGreaterThanOrEqual(floor.cells);
    expect(d.agree).toBeGreaterThanOrEqual(floor.days);
    expect(s.wrong).toBeLessThanOrEqual(floor.wrongSessions);
    expect(c.wrong).toBeLessThanOrEqual(floor.wrongCells);
  });

  it('unescapes tabs, newlines, carriage returns and backslashes in every column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runcast-blind-'));
    try {
      const row = ['https://example.org/a\\tb', 'Line one\\r\\nLine two\\\\n', 'run 5:00 @E'].join('\t');
      writeFileSync(join(dir, 'sessions.tsv'), `source_url\tsession_text\tmeans\n${row}\n`);
      writeFileSync(join(dir, 'plans-means.tsv'), `plan_id\tcell_text\tmeans\np\tEasy\\r\\n5 miles\trun 5mi @E\n`);
      const root = pathToFileURL(`${dir}/`);
      expect(corpusSessions(root)).toEqual([{ source: 'https://example.org/a\tb', text: 'Line one\r\nLine two\\n', means: 'run 5:00 @E' }]);
      expect(corpusPlanMeans(root).get('p')?.get('Easy\r\n5 miles')).toBe('run 5mi @E');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a share of maximum heart rate in the notation', () => {
  const step = (target: Step['target'], notes: string[] = []): Step => ({
    type: 'step',
    intensity: 'active',
    duration: { kind: 'time', seconds: 1080 },
    target,
    label: '18:00',
    notes,
  });
  const diffs = (s: Step, means: string) => notationDiffs([s], parseNotation(means), 'steps', { lenient: true });
  const band = { kind: 'pace', low: 3.5, high: 3.8, name: 'E' } as const;

  it('agrees with a target naming those shares of the maximum, or a pace band whose notes name them', () => {
    expect(diffs(step({ kind: 'effort', label: '79-82% HRmax' }), 'run 18:00 @79-82%HRmax')).toEqual([]);
    expect(diffs(step({ kind: 'effort', label: '79–82% of max HR' }), 'run 18:00 @79-82%HRmax')).toEqual([]);
    expect(diffs(step(band, ['79-82% MHR: no heart-rate data, easy pace']), 'run 18:00 @79-82%HRmax')).toEqual([]);
    expect(diffs(step({ kind: 'effort', label: '75% max heart rate' }), 'run 18:00 @75%HRmax')).toEqual([]);
  });

  it('disagrees with other shares, a share of something else, or no target', () => {
    expect(diffs(step({ kind: 'effort', label: '70-78% HRmax' }), 'run 18:00 @79-82%HRmax')).not.toEqual([]);
    expect(diffs(step({ kind: 'effort', label: '79-82% effort' }), 'run 18:00 @79-82%HRmax')).not.toEqual([]);
    expect(diffs(step(band), 'run 18:00 @79-82%HRmax')).not.toEqual([]);
    expect(diffs(step({ kind: 'none' }), 'run 18:00 @75%HRmax')).not.toEqual([]);
  });
});

describe('a share of a named pace in the notation', () => {
  const step = (name: string): Step => ({
    type: 'step',
    intensity: 'active',
    duration: { kind: 'distance', meters: 1200 },
    target: { kind: 'pace', low: 3.5, high: 3.8, name },
    label: '1200m',
    notes: [],
  });
  const diffs = (s: Step, means: string) => notationDiffs([s], parseNotation(means), 'steps', { lenient: true });

  it('names one band whether "of" is written or not, and whatever the dash', () => {
    expect(diffs(step('90–92% of 5K'), 'run 1200m @90-92% 5K')).toEqual([]);
    expect(diffs(step('85% of 5K'), 'run 1200m @85% 5K')).toEqual([]);
    expect(diffs(step('100% of M'), 'run 1200m @M')).toEqual([]);
  });

  it('tells other shares and other paces apart', () => {
    expect(diffs(step('90–92% of 5K'), 'run 1200m @92-94% 5K')).not.toEqual([]);
    expect(diffs(step('90% of M'), 'run 1200m @90% 5K')).not.toEqual([]);
    expect(diffs(step('100% of M'), 'run 1200m @HM')).not.toEqual([]);
  });
});
