/**
 * Doubts: what makes a reading from islands one a coach could not trust. The
 * islands of a page are read as one session only when nothing says they are
 * not: a reading is refused, at the place that raises the doubt, when
 *   - a bare length is the session while the page speaks of walking or another sport
 *     ("70min Cycle", "Walk for 30–60 minutes");
 *   - a clock stands alone as a run's length ("between 8:00 and 8:20 pace"): in prose it
 *     is a pace or a result far more often than a run;
 *   - two islands are far apart, or "or" stands between them ("from 5×5 minutes … to
 *     3×8 minutes … or 2×15 minutes"): the page lists choices or other days, not one session.
 */
import type { Item } from '../ast.js';
import type { Token } from '../lexer.js';
import type { ParseError } from '../grammar/cursor.js';
import { isProse } from '../grammar/prose.js';
import { ALTERNATIVE_WORDS, MAX_GAP_WORDS, OTHER_ACTIVITY } from '../dialect/talk.js';
import type { Island } from './islands.js';

export function doubt(tokens: Token[], islands: Island[], text: string, bare: boolean): ParseError | undefined {
  return (bare ? otherActivity(tokens, islands[0]!) : undefined) ?? loneClock(islands, text) ?? apart(tokens, islands);
}

function otherActivity(tokens: Token[], island: Island): ParseError | undefined {
  const t = tokens.find((t) => t.kind === 'word' && OTHER_ACTIVITY.has(t.value));
  if (!t) return undefined;
  return { offset: island.from, length: island.to - island.from, message: `'${island.words}' may be ${t.value}, not running`, hint: "say what it is, such as '30 min easy run' or '30 min walk'" };
}

function loneClock(islands: Island[], text: string): ParseError | undefined {
  for (const island of islands) {
    const clock = island.read.alternatives.flatMap((a) => a.items).find((i) => clockAlone(i, text));
    if (clock) return { offset: clock.span.start, length: clock.span.end - clock.span.start, message: `'${text.slice(clock.span.start, clock.span.end)}' is a time with nothing to say what it is`, hint: "in prose a clock is often a pace or a result; write '20:00 easy run' or '@ 7:30/mi'" };
  }
  return undefined;
}

function clockAlone(item: Item, text: string): boolean {
  return item.kind === 'interval' && !item.roleWritten && /^\d{1,2}:\d\d$/.test(text.slice(item.span.start, item.span.end).trim());
}

function apart(tokens: Token[], islands: Island[]): ParseError | undefined {
  for (let n = 1; n < islands.length; n++) {
    const between = tokens.slice(islands[n - 1]!.end, islands[n]!.start);
    const words = between.filter((t) => t.kind === 'word' || t.kind === 'prose');
    const choice = words.find((t) => ALTERNATIVE_WORDS.has(t.value));
    const prose = words.filter((t) => t.kind === 'word' && isProse(t.value)).length;
    if (!choice && prose <= MAX_GAP_WORDS) continue;
    const second = islands[n]!;
    return {
      offset: second.from,
      length: second.to - second.from,
      message: choice ? `'${choice.raw}' stands between '${islands[n - 1]!.words}' and '${second.words}': choices, not one session` : `'${islands[n - 1]!.words}' and '${second.words}' stand far apart in the text`,
      hint: 'write the session on its own, such as 2 mi warm-up, 4 x 800m @ 5K w/ 2 min jog, 2 mi cool-down',
    };
  }
  return undefined;
}
