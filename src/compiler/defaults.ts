/**
 * The plan's defaults are shorthand too: a warm-up or cool-down is one run
 * ("15 min easy"), the strides recovery is what follows "w/" ("1 min walk").
 * Read here once, for the plan loader (which reports them) and the resolver
 * (which uses them).
 */
import type { IntervalNode, Item, PaceExpr, RecoveryExpr, SessionNode } from './ast.js';
import { parseSession } from './parser.js';

export type Read<T> = { ok: true; value: T } | { ok: false; offset: number; length: number; message: string; hint?: string };

export function readRun(text: string): Read<IntervalNode> {
  const r = parseSession(text);
  if (!r.ok) return { ok: false, ...r.error };
  const items = r.session.alternatives.length === 1 ? r.session.alternatives[0]!.items : [];
  const item = items[0];
  if (items.length !== 1 || item?.kind !== 'interval') {
    return { ok: false, offset: 0, length: text.length, message: 'must be one run, such as 15 min easy', hint: "or 'none'" };
  }
  return { ok: true, value: item };
}

/** Read as the recovery clause of one rep, so it means exactly what it would after "w/" in a session. */
export function readRecovery(text: string): Read<RecoveryExpr> {
  return readAfter('1 x 400m w/ ', text, (item) => (item.kind === 'repeat' ? item.recovery : undefined), {
    message: 'must be one recovery, such as 1 min walk',
    hint: "or '100m jog'",
  });
}

/** Read as the pace of one kilometre, so a plan's pace name means exactly what its pace would after "@". */
export function readPace(text: string): Read<PaceExpr> {
  return readAfter('1 km @ ', text, (item, session) => (item.kind === 'interval' && session.ignored.length === 0 ? item.pace : undefined), {
    message: 'must be a pace, such as easy, 5K or 4:50/km',
    hint: "a pace the reader knows, or one written out such as '4:50-5:10/km'",
  });
}

/** `text` read as the end of a session that starts with `before`: the part `pick` takes from its one item. */
function readAfter<T>(before: string, text: string, pick: (item: Item, session: SessionNode) => T | undefined, otherwise: { message: string; hint: string }): Read<T> {
  const r = parseSession(`${before}${text}`);
  if (!r.ok) return { ok: false, ...r.error, offset: Math.max(0, r.error.offset - before.length) };
  const items = r.session.alternatives.length === 1 ? r.session.alternatives[0]!.items : [];
  const value = items.length === 1 ? pick(items[0]!, r.session) : undefined;
  if (value === undefined) return { ok: false, offset: 0, length: text.length, ...otherwise };
  return { ok: true, value };
}
