/**
 * How much an island says. A figure with the shorthand's marks around it
 * ("4 x 1 mile", "2 miles warm up", "5 min jog", "20 min @ tempo") is a part of
 * the session wherever it stands. A bare length ("18 miles", "3:54", "5
 * minutes") in a page of prose may be the session, a result, a total or a
 * remark: it is the session only when it is the one figure the text has.
 */
import type { Item, SessionNode } from '../ast.js';

const MARKED_ROLES = new Set(['warmup', 'cooldown', 'strides', 'hill', 'race', 'walk']);

export function strong(island: SessionNode): boolean {
  return island.alternatives.some((a) => a.items.some(marked)) || island.label?.known === true;
}

function marked(item: Item): boolean {
  switch (item.kind) {
    case 'interval':
      return (item.roleWritten && MARKED_ROLES.has(item.role)) || item.pace !== undefined || item.effort !== undefined || item.within !== undefined;
    case 'other':
      return false;
    default:
      return true;
  }
}

/** The length a bare island gives, to find the same run said twice ("18 miles … 18 miles"). */
export function bareLength(island: SessionNode): string | undefined {
  const items = island.alternatives[0]?.items ?? [];
  const only = items.length === 1 ? items[0] : undefined;
  // By kind and figures: each saying has its own span.
  const q = only?.kind === 'interval' ? only.quantity : undefined;
  return q && (q.kind === 'distance' || q.kind === 'time') ? `${q.kind}:${q.low}-${q.high}` : undefined;
}
