/**
 * The plan's defaults are shorthand too: a warm-up or cool-down is one run
 * ("15 min easy"), the strides recovery is what follows "w/" ("1 min walk").
 * Read here once, for the plan loader (which reports them) and the resolver
 * (which uses them).
 */
import type { IntervalNode, PaceExpr, RecoveryExpr } from './ast.js';
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
const REP = '1 x 400m w/ ';

export function readRecovery(text: string): Read<RecoveryExpr> {
  const r = parseSession(`${REP}${text}`);
  if (!r.ok) return { ok: false, ...r.error, offset: Math.max(0, r.error.offset - REP.length) };
  const items = r.session.alternatives.length === 1 ? r.session.alternatives[0]!.items : [];
  const item = items[0];
  if (items.length !== 1 || item?.kind !== 'repeat' || !item.recovery) {
    return { ok: false, offset: 0, length: text.length, message: 'must be one recovery, such as 1 min walk', hint: "or '100m jog'" };
  }
  return { ok: true, value: item.recovery };
}

/** Read as the pace of one kilometre, so a plan's pace name means exactly what its pace would after "@". */
const AT_PACE = '1 km @ ';

export function readPace(text: string): Read<PaceExpr> {
  const r = parseSession(`${AT_PACE}${text}`);
  if (!r.ok) return { ok: false, ...r.error, offset: Math.max(0, r.error.offset - AT_PACE.length) };
  const items = r.session.alternatives.length === 1 ? r.session.alternatives[0]!.items : [];
  const item = items[0];
  if (items.length !== 1 || item?.kind !== 'interval' || !item.pace || r.session.ignored.length > 0) {
    return { ok: false, offset: 0, length: text.length, message: 'must be a pace, such as easy, 5K or 4:50/km', hint: "a pace the reader knows, or one written out such as '4:50-5:10/km'" };
  }
  return { ok: true, value: item.pace };
}
