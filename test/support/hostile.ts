/** Inputs that once stalled, crashed or poisoned the service and the command line, shared by their regression tests. */

/** 26 characters, eight million repetitions. */
export const TRIPLE = '200 x (200 x (200 x 400m))';
/** Six of them: the process ran out of memory. */
export const SIX_TRIPLES = Array(6).fill(TRIPLE).join(' + ');
/** Twenty levels of "2 x (": a stack overflow in the reader and the explanation check. */
export const TWENTY_LEVELS = `${'2 x ('.repeat(20)}400m${')'.repeat(20)}`;
/** 2,000 plain parentheses. */
export const PARENS_2000 = `${'('.repeat(2000)}400m${')'.repeat(2000)}`;
/** A 96 KB ladder in one cell. */
export const LADDER_96K = `${Array.from({ length: 16_000 }, (_, i) => `${200 + (i % 5) * 100}m`).join(', ')} @ 5K w/ 200m jog`;

/** "Billion laughs": each line nine times the one before. */
export const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  '',
].join('\n');

/** A YAML document nested far deeper than any plan (the library overflowed its stack, and V8 could then abort). */
export const DEEP_YAML = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;

/** A one-week plan whose Monday is `cell`; `lines` go before `weeks:` (line 3 holds the cell when there are none). */
export function planWith(cell: string, lines = ''): string {
  return `name: Hostile\n${lines}weeks:\n  - mon: ${JSON.stringify(cell)}\n`;
}

/**
 * A plan of 31 different cells of prose, each about 990 characters of one
 * unknown word and "up up" ("bclower up up bclower up up …"), 31 KB in all:
 * every word sends the reader looking for a typo. Each `salt` gives cells no
 * other salt gives, so no cache has read them before.
 */
export function costlyProsePlan(salt: number): string {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const lines = ['name: Costly prose', 'weeks:'];
  for (let k = 0; k < 31; k++) {
    const cell = `${proseWord(salt * 31 + k)} up up `.repeat(90).slice(0, 990).trim();
    lines.push(`${k % 7 === 0 ? '  - ' : '    '}${days[k % 7]}: ${cell}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "aaslower", "baslower", …: a different made-up word for each n below 26^3. */
function proseWord(n: number): string {
  const letter = (k: number) => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(n / 26 ** k) % 26];
  return `${letter(0)}${letter(1)}${letter(2)}slower`;
}
