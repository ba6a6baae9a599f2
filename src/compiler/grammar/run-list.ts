/**
 * A session written as a list of runs with rests between them ("1 mile Run\nRest 3 min\n800m
 * Run\nRest 2 min\n400m Run", "-Run 1,600 meters\n-Rest 3 minutes\n-Run 1,200 meters"): the runs
 * are its reps, run by feel, not easy runs — a coach rests the athlete between efforts, never between
 * easy runs. A walk between runs is a run/walk's break, and its runs stay easy.
 */
import type { IntervalNode, Item, SequenceNode } from '../ast.js';

/** A run said to be a run and nothing else ("800m Run"). */
const saidRun = (it: Item | undefined): it is IntervalNode => it?.kind === 'interval' && it.runSaid === true && it.role === 'easy' && !it.within;

/** A run that may stand across a rest from one: said to be a run, or already a rep ("Run 400 meters (hard)"). */
const runOrRep = (it: Item | undefined): boolean => it?.kind === 'interval' && !it.within && ((it.runSaid === true && it.role === 'easy') || it.role === 'work');

/** A rest of its own between two runs: stood or jogged, not walked, and not said of sets or reps elsewhere. */
const rest = (it: Item | undefined) => it?.kind === 'recovery' && it.recovery.mode !== 'walk' && !it.betweenSets && !it.betweenReps;

export function repsBetweenRests(seq: SequenceNode): SequenceNode {
  const items = seq.items;
  const reps = new Set<number>();
  for (let k = 0; k + 2 < items.length; k++) {
    if (!rest(items[k + 1]) || !runOrRep(items[k]) || !runOrRep(items[k + 2])) continue;
    if (saidRun(items[k])) reps.add(k);
    if (saidRun(items[k + 2])) reps.add(k + 2);
  }
  if (reps.size === 0) return seq;
  return { ...seq, items: items.map((it, k) => (reps.has(k) ? asRep(it as IntervalNode) : it)) };
}

function asRep(run: IntervalNode): IntervalNode {
  const { runSaid: _said, ...rest } = run;
  return { ...rest, role: 'work' };
}
