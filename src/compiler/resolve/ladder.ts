/**
 * Ladders and pyramids: "500m, 400m, 300m, 200m @ Mile w/ previous distance jog
 * recovery". The pace and recovery written once at the end of a comma list
 * belong to every bare distance before it.
 */
import type { IntervalNode, Item, Join, RepeatNode } from '../ast.js';

type Member = { interval: IntervalNode; repeat?: RepeatNode };

function single(item: Item): Member | undefined {
  if (item.kind === 'interval') return { interval: item };
  if (item.kind === 'repeat' && !item.sets && item.body.length === 1 && item.body[0]!.kind === 'interval') {
    return { interval: item.body[0] as IntervalNode, repeat: item };
  }
  return undefined;
}

const isBare = (m: Member) =>
  !m.interval.pace && !m.interval.effort && !m.interval.roleWritten && !m.interval.within && !m.repeat?.recovery;
const isPaced = (m: Member) => m.interval.pace !== undefined || m.interval.effort !== undefined;

/** Returns the items with ladder members filled in; the input is not changed. */
export function distributeLadders(items: Item[], joins: Join[]): Item[] {
  const out = [...items];
  let bare: number[] = [];
  // "1,200 m; 1,000 m; 800 m; 600 m; 400 m (200 m recovery)": semicolons part rungs too, where two or more stand bare.
  let semicolons = false;
  for (let k = 0; k < out.length; k++) {
    const m = single(out[k]!);
    // "15 + 10 + 5 mins THR": a list whose unit is written once is one ladder, whatever joins it.
    const inherited = (it: Item | undefined) => {
      const q = it === undefined ? undefined : single(it)?.interval.quantity;
      return q !== undefined && 'inherited' in q && q.inherited === true;
    };
    const joinedBefore = k === 0 || joins[k - 1] === ',' || joins[k - 1] === 'and' || joins[k - 1] === ' ' || joins[k - 1] === ';' || (joins[k - 1] === '+' && inherited(out[k - 1]));
    if (!joinedBefore) bare = [];
    if (bare.length === 0) semicolons = false;
    if (k > 0 && joins[k - 1] === ';') semicolons = true;
    if (!m) {
      bare = [];
      continue;
    }
    if (isBare(m)) {
      bare.push(k);
      continue;
    }
    // "4 x 200 meters, …, and 1 x 800 meters, with a full recovery …": a recovery written once at the end.
    const carriesRecovery = !isPaced(m) && m.repeat?.recovery !== undefined && !m.interval.roleWritten && !m.interval.within;
    if ((isPaced(m) || carriesRecovery) && bare.length > (semicolons ? 1 : 0)) {
      const fits = bare.every((b) => {
        const bm = single(out[b]!)!;
        if (bm.interval.quantity.kind !== m.interval.quantity.kind) return false;
        // "15 min, 6 x 5 min @ 5K" is a run before reps, not a ladder.
        return !(bm.repeat === undefined && m.repeat !== undefined && m.repeat.count.high > 1);
      });
      if (fits) {
        for (const b of bare) out[b] = fill(single(out[b]!)!, m);
        // The written end of the ladder is a member too: no recovery after it unless more work follows.
        if (m.repeat) out[k] = { ...m.repeat, ladder: true };
      }
    }
    bare = [];
  }
  return out;
}

function fill(target: Member, from: Member): RepeatNode {
  const interval: IntervalNode = {
    ...target.interval,
    pace: from.interval.pace,
    effort: from.interval.effort,
    role: from.interval.role,
    roleWritten: from.interval.roleWritten,
    remarks: [...from.interval.remarks],
    ...(from.interval.heartRateWords ? { heartRateWords: from.interval.heartRateWords } : {}),
  };
  const base = target.repeat ?? { kind: 'repeat' as const, count: { low: 1, high: 1, span: interval.span }, body: [], sets: false, span: interval.span };
  // "2 x 3km, 2 x 2km, 2 x 1km with 1 minute recovery between reps and 2 minutes recovery between sets".
  return { ...base, body: [interval], recovery: from.repeat?.recovery, ...(from.repeat?.setRecovery ? { setRecovery: from.repeat.setRecovery } : {}), ladder: true };
}
