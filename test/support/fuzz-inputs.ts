/**
 * Generated input for the fuzzing properties of the service and the command
 * line: random strings and documents, and text shaped by the shorthand's
 * grammar with what made it fall over before (huge counts multiplied through
 * nesting, brackets dozens deep, long ladders, control characters, alias
 * bombs, documents nested thousands of levels deep).
 */
import fc from 'fast-check';
import { inject } from 'vitest';
import { ALIAS_BOMB, DEEP_YAML, TRIPLE } from './hostile.js';

/**
 * The run's seed (test/support/fuzz-seed.ts: fixed unless RUNCAST_FUZZ_SEED
 * says otherwise, printed at the start of the run); RUNCAST_FUZZ_RUNS, a
 * multiplier, explores further. A failure prints its seed and path.
 */
export const FUZZ_SEED = inject('fuzzSeed');
export const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.RUNCAST_FUZZ_RUNS ?? 1)));

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 13, max: 200 }).map(String) },
  { weight: 1, arbitrary: pick('0', '201', '999999', '6-10', '8 to 10', '1e9', '-3') },
);
const quantity = pick('400m', '200', '1 mile', '1k', '90s', '1:30 min', '5 min', '70 km', '20 hr', '10 mi', '.5 mi', '1,000m');
const pace = pick('5K', 'HM-10K', 'Mile', 'MP-10s', '6:30/mi', '4:05-4:10/km', '75', 'Faster', '5K/Mile', 'goal pace', 'HM to 10K');
const recovery = pick('', ' w/ 400m jog', ' w/ 90s rest', ' w/ equal jog', ' w/ previous distance jog recovery', ', 3 min between sets', ' (2 min walk)');
const join = pick(' + ', ', ', '; ', ' then ', ' and ', ' or ', ', and ');
const noise = fc.oneof(
  pick('\u0000', '\u001b[31m', '\u0007', '\u007f', '\u0085', '\r', '\t', '\n', '🏃', '\ud83c', '\u202e', '\u200b', '"', "'", '\\', '%', '&', '<b>', '@', '×'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

/** Shorthand as a coach (or an attacker) might write it: repeats within repeats, joined, explained, with noise. */
export const shorthand: fc.Arbitrary<string> = fc
  .letrec<{ item: string }>((tie) => ({
    item: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: fc.tuple(quantity, fc.option(pace.map((p) => ` @ ${p}`), { nil: '' })).map(([q, p]) => `${q}${p}`) },
      { weight: 3, arbitrary: fc.tuple(count, quantity, pace, recovery).map(([c, q, p, r]) => `${c} x ${q} @ ${p}${r}`) },
      { weight: 3, arbitrary: fc.tuple(count, tie('item'), recovery).map(([c, inner, r]) => `${c} x (${inner})${r}`) },
      { weight: 1, arbitrary: fc.tuple(count, tie('item')).map(([c, inner]) => `${c} sets of ${inner}`) },
      { weight: 1, arbitrary: fc.tuple(tie('item'), tie('item')).map(([a, b]) => `${a} (i.e. ${b})`) },
      { weight: 2, arbitrary: fc.tuple(tie('item'), join, tie('item')).map(([a, j, b]) => `${a}${j}${b}`) },
      { weight: 1, arbitrary: fc.array(quantity, { minLength: 2, maxLength: 40 }).map((qs) => `${qs.join(', ')} @ 5K w/ 200m jog`) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), pick('(', '[', '2 x (', '200 x (')).map(([n, open]) => `${open.repeat(n)}400m${(open.endsWith('[') ? ']' : ')').repeat(n)}`) },
      { weight: 1, arbitrary: fc.tuple(tie('item'), noise).map(([a, n]) => `${a}${n}`) },
    ),
  }))
  .item.chain((s) => fc.oneof({ weight: 6, arbitrary: fc.constant(s) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 80 }).map((k) => Array(k).fill(s).join(' + ')) }));

/** Any text a session field might receive. */
export const sessionText = fc.oneof(
  { weight: 6, arbitrary: shorthand },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: pick(TRIPLE, `${TRIPLE} + ${TRIPLE}`, '') },
);

const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const title = fc.oneof(pick('Track', 'Long run', '\u0000', '   ', 'Tempo\u001b[0m', '🏃'), fc.string({ maxLength: 30 }));

/** A YAML plan of generated sessions, or a spreadsheet, or something that only looks like one. */
export const planText = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        title,
        fc.array(fc.array(fc.tuple(fc.constantFrom(...days), sessionText, fc.option(title, { nil: undefined })), { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.option(shorthand, { nil: undefined }),
      )
      .map(([name, weeks, warmup]) => {
        const lines = [`name: ${JSON.stringify(name)}`];
        if (warmup !== undefined) lines.push('defaults:', `  warmup: ${JSON.stringify(warmup)}`);
        lines.push('weeks:');
        for (const week of weeks) {
          const cells = new Map(week.map(([d, text, t]) => [d, t === undefined ? JSON.stringify(text) : `{ text: ${JSON.stringify(text)}, title: ${JSON.stringify(t)} }`]));
          lines.push(cells.size === 0 ? '  - {}' : `  - ${[...cells].map(([d, v]) => `${d}: ${v}`).join('\n    ')}`);
        }
        return `${lines.join('\n')}\n`;
      }),
  },
  { weight: 1, arbitrary: fc.array(fc.array(sessionText, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 4 }).map((rows) => `Mon,Tue,Wed,Thu,Fri,Sat,Sun\n${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: pick(ALIAS_BOMB, DEEP_YAML, `name: x\nweeks:\n${'  - {}\n'.repeat(300)}`, 'name: x\nweeks: []\n', '{}', '[[[[[[[[]]]]]]]]') },
);

const REFERENCE = { name: 'Jordan Miles', timezone: 'America/Chicago', units: 'mi', fitness: { race: { distance: 'mile', time: '6:00' } } };

/** A profile: the reference one, one with a field gone wrong, YAML text, or anything at all. */
export const profile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(REFERENCE) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(pick('name', 'timezone', 'units', 'fitness', 'times', 'paces', 'ranges'), fc.oneof(fc.jsonValue({ maxDepth: 3 }), title, fc.constantFrom<unknown>({ mon: '25:00' }, { E: '7:00/mi' }, 'Mars/Olympus')))
      .map(([k, v]) => ({ ...REFERENCE, [k]: v })),
  },
  { weight: 1, arbitrary: pick(ALIAS_BOMB, DEEP_YAML, 'name: A\nfitness: { race: { distance: mile, time: "6:00" } }\n') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

const date = fc.oneof(pick('2026-01-05', '9999-12-31', '0000-01-01', '2200-12-29', '2026-02-30', 'tomorrow'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

/** A body for /api/compile: shaped like a request, or not. */
export const compileBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ text: sessionText, athlete: profile, render: fc.boolean(), format: pick('json', 'fit') }, { requiredKeys: ['text', 'athlete'] }) },
  { weight: 3, arbitrary: fc.record({ plan: planText, athlete: profile, start: date, render: fc.boolean(), format: pick('json', 'fit'), session: pick('w1-mon-0', '2026-01-05', 'x') }, { requiredKeys: ['plan', 'athlete'] }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A body for creating an athlete, or for changing one (`patch`: every field optional). */
export const athleteBody = (patch: boolean): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record(
        { profile, plan: fc.oneof(planText.map((yaml) => ({ yaml })), pick({ template: 'mile-8-week' }, { template: 'nope' })), start: date },
        { requiredKeys: patch ? [] : ['profile', 'plan'] },
      ),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

/** A path under /a/ that may or may not hold `token`, spelt every way a router or a person might spell it. */
export const athletePath = (token: string): fc.Arbitrary<string> => {
  const encoded = [...token].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
  const tok = fc.oneof(pick(token, encoded, token.slice(0, 31), `${token}x`, token.toUpperCase(), `${token}%00`, `${token}%ZZ`), fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent));
  const lead = pick('/a/', '/A/', '//a/', '/a%2F', '/%61/', '/a/./', '/a/../a/', '/a;x/', '/a//');
  const rest = fc.oneof(
    pick('', '/', '/calendar.ics', '/schedule.fit', '/bundle.zip', '/bundle.zip?days=0', '/bundle.zip?from=9999-12-31', '/bundle.zip?days=28&from=2026-01-05', '/sessions/w1-mon-0.fit', '/sessions/2026-12-07.tcx', '/sessions/%00.fit', '/sessions/..%2F..%2Fetc.fit'),
    fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `/${encodeURIComponent(s)}`),
  );
  return fc.tuple(lead, tok, rest).map(([l, t, r]) => `${l}${t}${r}`);
};
