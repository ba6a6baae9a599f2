/**
 * What runcast read, in the coach's notation, beside the coach's text: the
 * calendar event, the CLI's text and `check --explain`; and a session kept as
 * written says in plain words what was not understood (no line or column).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import { guessAs, notUnderstood, readAs } from '../../src/writers/read-as.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWorkout } from '../../src/writers/ics/describe.js';
import { main } from '../../src/cli/main.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const read = (text: string) => readAs(compileSession(text, athlete), 'mi');

describe('read as', () => {
  it('"6 x 800m @ 5K w/ 90 s jog" reads back as the coach would write it, with the plan\'s warm-up and cool-down', () => {
    expect(read('6 x 800m @ 5K w/ 90 s jog')).toBe('15 min WU, 6 × 800 m @ 5K w/ 1:30 min jog, 10 min CD');
  });

  it('sets, alternatives and run/walk', () => {
    expect(read('2 sets of 4 x 400m w/ 200m jog w/ 3 min between sets')).toBe('15 min WU, 2 × (4 × 400 m w/ 200 m jog, 3 min recovery), 10 min CD');
    expect(read('30 min run or 45 - 60 min cross-train')).toBe('30 min @ E or 45 min cross-train');
    expect(read('Jog 4 minutes, walk 2 minutes, repeat 5 times')).toBe('5 × 4 min @ E w/ 2 min walk');
  });

  it('a misread shows at once: the zone the coach wrote is named as the pace it was read as', () => {
    expect(read('40 min Z2')).toBe('40 min @ E');
  });

  it('nothing for a session that did not compile, and its problem in plain words instead', () => {
    const w = compileSession('4 x 5 mni @ Mile', athlete);
    expect(readAs(w, 'mi')).toBe('');
    expect(notUnderstood(w)).toBe("runcast did not understand this: unknown unit 'mni'. Hint: did you mean 'min'?");
    expect(notUnderstood(w)).not.toMatch(/line|column/);
  });
});

describe('where the reading is shown', () => {
  it('in each calendar event, under the coach\'s text', () => {
    const text = describeWorkout(compileSession('6 x 800m @ 5K w/ 90 s jog', athlete), 'mi');
    expect(text).toContain('Coach wrote: 6 x 800m @ 5K w/ 90 s jog\nRead as: 15 min WU, 6 × 800 m @ 5K w/ 1:30 min jog, 10 min CD');
  });

  it('in `runcast check --explain`, session by session', async () => {
    const out: string[] = [];
    const code = await main(['check', new URL('../../templates/mile-8-week.yaml', import.meta.url).pathname, '--explain'], { out: (t) => out.push(t), err: () => {} });
    expect(code).toBe(0);
    const at = out.indexOf('w1 wed  6-10 x 400m @ HM-10K [half marathon to 10K pace] w/ 400m jog recovery');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(out[at + 1]).toBe('  read as: 15 min WU, 6 × 400 m @ HM–10K w/ 400 m jog, 10 min CD');
  });
});

describe("a refused session's best guess", () => {
  /** A training log's words (fixtures/corpus/blind-4): refused, with a guess. */
  const LOG = "I ran my second set of intervals last night. I ran 5x400 with 400 recovery's in between. It was difficult.";
  const GUESS = '15 min WU, 5 × 400 m w/ 400 m recovery, 10 min CD';

  it('is written in the same notation, after what was not understood, and is not what was read', () => {
    const w = compileSession(LOG, athlete);
    expect(readAs(w, 'mi')).toBe('');
    expect(guessAs(w, 'mi')).toBe(GUESS);
    expect(notUnderstood(w, 'mi')).toMatch(new RegExp(`^runcast did not understand this: .*runcast's best guess, not used until the coach writes it so: ${GUESS.replace(/[()×]/g, '.')}\\.$`));
    expect(notUnderstood(w)).not.toContain('best guess');
  });

  it('shows in `runcast check --explain` under the session kept as written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runcast-guess-'));
    try {
      const file = join(dir, 'plan.yaml');
      writeFileSync(file, `name: Guess\nweeks:\n  - tue: "${LOG}"\n`);
      const out: string[] = [];
      await main(['check', file, '--explain'], { out: (t) => out.push(t), err: () => {} });
      expect(out).toContain(`  kept as written; best guess, not used: ${GUESS}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
