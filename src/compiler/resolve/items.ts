/**
 * Build IR nodes from the items of a sequence: intervals, repeats, ladders,
 * cut-downs, recoveries. Each built part remembers the recovery that would
 * follow it, so the sequence can keep it when more work comes after.
 */
import type { Duration, Node, PaceTarget, Repeat, Step, Target } from '../../ir/workout.js';
import type { CountRange, CutDownNode, IntervalNode, Item, RecoveryExpr, RepeatNode, WuCdNode } from '../ast.js';
import { RACE_METERS } from '../../paces/types.js';
import { readRecovery } from '../defaults.js';
import type { ResolveContext } from './context.js';
import { labelTarget, raceNamed, raceTarget, resolvePace, resolveTarget } from './pace.js';
import { defaultRecovery, recoveryStep } from './recovery.js';
import { floatsAtEnd } from './float.js';
import { HILL_REP_NORM, fit } from '../dialect/norms.js';
import { LABEL_WORK_PACES, WORK_LABEL_EFFORTS } from '../dialect/labels.js';
import { chooseDuration, durationWords, step } from './steps.js';

export interface Part {
  nodes: Node[];
  /** Makes the part end with its recovery, when another part follows (a transition). */
  keepTrailingRecovery?: () => string | undefined;
  kind: 'work' | 'easy' | 'recovery' | 'warmup' | 'cooldown' | 'other' | 'strides';
  /** Faster than easy running (for adding the plan's warm-up and cool-down). */
  hard: boolean;
}

/** "Brisk five-minute warmup walk": a warm-up or cool-down walked says so on the watch. */
const walked = (iv: IntervalNode) => (iv.remarks.some((r) => r === 'walk' || r.startsWith('walk or ')) ? ' walk' : '');

/** `rep`: the interval is a rep of a repeat or group, so with no pace it is run by feel, not as an easy run. */
export function intervalSteps(iv: IntervalNode, ctx: ResolveContext, rep = false): Step[] {
  const steps = stepsOf(iv, ctx, rep);
  // A heart-rate target already says the zone; a pace read from one keeps the coach's words in its notes.
  if (!iv.heartRateWords) return steps;
  return steps.map((s) => (s.target.kind === 'heartRate' || s.notes.includes(iv.heartRateWords!) ? s : { ...s, notes: [...s.notes, iv.heartRateWords!] }));
}

function stepsOf(iv: IntervalNode, ctx: ResolveContext, rep: boolean): Step[] {
  if (iv.within) ctx.fail(iv.span, 'work inside a run cannot itself be a rep', "such as '8 miles w/ 4 miles @ HM'");
  const notes = [...iv.remarks, ...(iv.otherwise ? [iv.otherwise] : [])];
  switch (iv.role) {
    case 'warmup': {
      const duration = durationOf(iv, ctx);
      return [step('warmup', duration, easyTarget(iv, ctx), `${durationWords(duration, ctx.units)} warm-up${walked(iv)}`, notes)];
    }
    case 'cooldown': {
      const duration = durationOf(iv, ctx);
      return [step('cooldown', duration, easyTarget(iv, ctx), `${durationWords(duration, ctx.units)} cool-down${walked(iv)}`, notes)];
    }
    case 'easy': {
      const target = iv.effort ? ({ kind: 'effort', label: iv.effort } as const) : easyTarget(iv, ctx, true);
      const duration = durationOf(iv, ctx, target);
      const words = durationWords(duration, ctx.units);
      return [step('active', duration, target, iv.effort ? `${words} ${iv.effort}` : `${words} easy`, notes)];
    }
    case 'walk': {
      const duration = durationOf(iv, ctx);
      return [step('active', duration, { kind: 'none' }, `${durationWords(duration, ctx.units)} walk`, notes)];
    }
    case 'race': {
      const duration = durationOf(iv, ctx);
      const target = iv.pace ? resolveTarget(iv.pace, iv.quantity, ctx) : racePace(iv, duration, ctx);
      const d = duration.kind === 'open' ? raceDistance(iv, ctx) : duration;
      return [step('active', d, target, `${durationWords(d, ctx.units)} race @ ${target.name}`, notes)];
    }
    default: {
      const written = workTarget(iv, ctx);
      // A plain "45 min" or "6 miles" is an easy run (or the label's pace); a rep with no pace is run by feel,
      // or at the pace the session's label gives its work.
      const unpaced = iv.role === 'work' && written.kind === 'none';
      const implied = unpaced ? (rep ? labelRepTarget(ctx) : labelRunTarget(ctx)) : undefined;
      const target = implied ?? written;
      const duration = durationOf(iv, ctx, target);
      const words = durationWords(duration, ctx.units);
      const what = iv.role === 'strides' ? ' strides' : iv.role === 'hill' ? ' hill' : '';
      const at = target.kind === 'pace' || target.kind === 'heartRate' ? ` @ ${target.name}` : target.kind === 'effort' && target.label !== what.trim() ? ` @ ${target.label}` : '';
      if (unpaced && !implied) {
        if (!rep) return [step('active', duration, easyTarget(iv, ctx, true), `${words} easy`, notes)];
        ctx.note(`no pace written for the ${words} reps: run them by feel`);
      }
      if (unpaced && implied && !rep && target.kind === 'pace' && (target.name === 'E' || target.name === 'recovery')) {
        // "6 mi Kenyan-style progression run": named so on the watch, which shows the easy pace it starts at.
        const kind = ctx.label?.progression && target.name === 'E' ? 'progression run' : target.name === 'E' ? 'easy' : 'recovery';
        return [step('active', duration, target, `${words} ${kind}`, notes)];
      }
      return [step('active', duration, target, `${words}${what}${at}`, notes)];
    }
  }
}

/** The duration of a run, "lesser of" decided at its target's speed. */
function durationOf(iv: IntervalNode, ctx: ResolveContext, target?: Target): Duration {
  const band = target?.kind === 'pace' ? target : target?.kind === 'heartRate' ? target.pace : undefined;
  const speed = band ? (band.low + band.high) / 2 : undefined;
  return chooseDuration(iv.quantity, ctx, speed);
}

/**
 * The pace reps with none of their own are run at: the work pace of the run they are inside, else the pace of the
 * session's label when it names work ("Tempo: 3 x 10 min (2 min jog)", "Threshold\n3 x 15 min"): reps under a label
 * of tempo are the tempo.
 */
function labelRepTarget(ctx: ResolveContext): Target | undefined {
  const pace = ctx.workPace ?? (ctx.label?.pace && LABEL_WORK_PACES.has(ctx.label.pace) ? ctx.label.pace : undefined);
  return pace ? labelTarget(pace, ctx) : undefined;
}

/** The pace a session's label gives its running when the text gives none ("Recovery 5 miles"), or its effort ("6 miles fartlek"). */
function labelRunTarget(ctx: ResolveContext): Target | undefined {
  const pace = ctx.label?.pace;
  if (pace) return labelTarget(pace, ctx);
  return ctx.label?.effort ? { kind: 'effort', label: ctx.label.effort } : undefined;
}

/** The race's distance when the text names none ("Race Day!"): the plan's race, else the athlete's goal race. */
function raceDistance(iv: IntervalNode, ctx: ResolveContext): Duration {
  const race = ctx.defaults.race;
  if (race) return { kind: 'distance', meters: race.meters };
  const goal = ctx.paces.goal;
  if (goal) {
    const meters = typeof goal.distance === 'number' ? goal.distance : RACE_METERS[goal.distance];
    ctx.note('the race distance is not written: your goal race');
    return { kind: 'distance', meters };
  }
  ctx.fail(iv.span, 'the race distance is not written, and there is no goal race to take it from', "such as 'Race Day! Run 5K!' or a goal race in the athlete's profile");
}

/** "5K race", "Race 3-5 miles", "Half Marathon": the race pace of that distance, at the goal time when the goal is that race. */
function racePace(iv: IntervalNode, duration: Duration, ctx: ResolveContext): PaceTarget {
  const d = duration.kind === 'open' ? raceDistance(iv, ctx) : duration;
  if (d.kind !== 'distance') ctx.fail(iv.span, 'a race is run over a race distance', "such as 'Mile', '5K race' or '10K race @ goal pace'");
  const named = raceNamed(d.meters);
  if (named) return resolvePace({ kind: 'named', names: [{ name: named, goal: true }], span: iv.span }, iv.quantity, ctx);
  return raceTarget(d.meters, ctx);
}

function workTarget(iv: IntervalNode, ctx: ResolveContext): Target {
  if (iv.pace) return resolveTarget(iv.pace, iv.quantity, ctx);
  if (iv.effort) return { kind: 'effort', label: iv.effort };
  if (iv.role === 'strides') return { kind: 'effort', label: 'strides' };
  // "Hills: 6 x 60 sec", "Fartlek: 13 x 3 min / 1 min jog": under a label of hills or fartlek, reps with no pace
  // of their own are run up the hill, or as the fartlek's surges.
  if (iv.role === 'hill') return { kind: 'effort', label: 'hill' };
  const labelled = ctx.label?.effort;
  if (labelled && WORK_LABEL_EFFORTS.has(labelled)) return { kind: 'effort', label: labelled };
  return { kind: 'none' };
}

/** Easy running carries the athlete's E band (or the label's, "Recovery"); warm-up and cool-down carry none, so the watch stays quiet. */
function easyTarget(iv: IntervalNode, ctx: ResolveContext, isRun = false): Target {
  if (iv.pace) return resolveTarget(iv.pace, iv.quantity, ctx);
  if (!isRun) return { kind: 'none' };
  if (ctx.label?.pace === 'recovery') return labelTarget('recovery', ctx);
  const e = ctx.paces.paces.E;
  return { kind: 'pace', low: e.low, high: e.high, name: 'E' };
}

export function chooseCount(c: CountRange, what: string, ctx: ResolveContext): number {
  return ctx.choose(c.low, c.high, String, ` × ${what}`);
}

const WUCD_NAMES = { both: 'warm-up and cool-down', warmup: 'warm-up', cooldown: 'cool-down' } as const;

/** The reps of one repetition of a repeat body, with recoveries placed between them. */
function repBody(node: RepeatNode, ctx: ResolveContext): { children: Node[]; hard: boolean; strides: boolean; label: string } {
  const body = node.body;
  if (body.length === 1 && body[0]!.kind === 'cutdown') return cutDownBody(body[0] as CutDownNode, node, ctx);
  if (body.every((b) => b.kind === 'interval')) {
    const intervals = body as IntervalNode[];
    const reps = intervals.map((iv) => intervalSteps(iv, ctx, true)[0]!);
    const strides = intervals.every((iv) => iv.role === 'strides');
    // "1 min @ 5k – 10k pace, 1 min steady, x 20": an easy or steady part after the work is the recovery.
    const float = !node.recovery && intervals.length > 1 && floatsAtEnd(reps);
    if (float) ctx.note(`no recovery written: the ${reps[reps.length - 1]!.label} part is the float between reps`);
    const eased = (intervals.length > 1 && isHard(intervals[0]!) && !isHard(intervals[intervals.length - 1]!)) || float;
    // "(200m sprint, 200m easy) x 8": the easy half of a hard and easy pair is the recovery between the hard ones.
    // "4x\n- 2m Z3 HR\n- 2m Z2 HR": so is a float that every rep runs, the last one's too.
    if (eased && !node.recovery && reps.length === 2 && (intervals[1]!.role === 'easy' || (float && node.everyStep))) reps[1] = { ...reps[1]!, intensity: 'recovery' };
    const children: Node[] = [];
    reps.forEach((rep, k) => {
      children.push(rep);
      const rec = pairedRecovery(node.recovery, k, reps.length);
      const recStep = rec ? recoveryStep(rec, rep, ctx, true) : undefined;
      if (recStep) children.push(recStep);
      // A workout text's repeat ("4x\n- 2m Z3 HR") runs the steps it writes and no other.
      else if (!eased && !node.everyStep && (k === reps.length - 1 || !node.recovery)) children.push(...missingRecovery(node, rep, strides, reps.length, k, ctx));
    });
    if (node.setRecovery && reps.length > 1) roundRest(node.setRecovery, children, ctx);
    return { children, hard: intervals.some((iv) => isHard(iv) || isByFeel(iv)), strides, label: reps.map((r) => r.label).join(' / ') };
  }
  // "(cd)", "2 x (400m + WU)": the plan's warm-up and cool-down go around the whole session, once.
  const wucd = body.find((b): b is WuCdNode => b.kind === 'wucd');
  if (wucd) ctx.fail(wucd.span, `the ${WUCD_NAMES[wucd.which]} cannot be inside brackets`, 'it goes around the whole session: write it outside them, such as "2 mi WU + 2 x (4 x 200m @ Mile) + CD"');
  // A group "(3 x 200m @ R w/ 200m jog)" or sets: build the inner sequence.
  const inner = buildItems(innerRecovered(node), ctx, { nested: true });
  const hard = inner.hard;
  // "2 x (…) w/ 3 min walk": a recovery written after a group is its rest between sets.
  const setRecovery = node.setRecovery ?? node.recovery;
  if (setRecovery) {
    // The set rest replaces the last recovery of the inner reps.
    const children = inner.nodes;
    const lastWork = lastStep(children);
    const rest = recoveryStep(setRecovery, lastWork ?? step('active', { kind: 'time', seconds: 60 }, { kind: 'none' }, ''), ctx);
    if (rest) children.push(rest);
    return { children, hard, strides: false, label: 'set' };
  }
  // The last recovery of each set is kept before its steps are taken: keeping it may add a step.
  if (node.count.high > 1 && inner.keepTrailing()) ctx.note('no rest written between sets: the last recovery of each set is run between sets');
  return { children: inner.nodes, hard, strides: false, label: 'set' };
}

/**
 * "2 × (6 × 400 m) (90 sec recovery) (2 min 30 sec recovery between sets)": with a rest between
 * sets written as well, the group's own recovery is the one between the reps inside it.
 */
function innerRecovered(node: RepeatNode): Item[] {
  const rec = node.recovery;
  if (!rec || !node.setRecovery) return node.body;
  return node.body.map((b) => (b.kind === 'repeat' && !b.recovery && b.count.high > 1 ? { ...b, recovery: rec } : b));
}

function pairedRecovery(rec: RecoveryExpr | undefined, k: number, n: number): RecoveryExpr | undefined {
  if (!rec) return undefined;
  if (rec.paired) {
    if (rec.paired.length !== n) return k === n - 1 ? rec : undefined;
    return rec.paired[k];
  }
  return k === n - 1 || n > 1 ? rec : undefined;
}

function missingRecovery(node: RepeatNode, rep: Step, strides: boolean, n: number, k: number, ctx: ResolveContext): Step[] {
  if (node.recovery) return [];
  if (k !== n - 1) return [];
  if (node.count.high <= 1) return [];
  if (strides) {
    const text = ctx.defaults.stridesRecovery;
    const rec = readRecovery(text);
    if (!rec.ok) ctx.fail(node.span, `the plan's strides recovery '${text}' cannot be read`, "such as '1 min walk' or '100m jog'");
    ctx.note(`strides recovery not written: ${text} (the plan's default)`);
    const recStep = recoveryStep(rec.value, rep, ctx);
    return recStep ? [recStep] : [];
  }
  if (node.body.some((b) => b.kind === 'interval' && b.role === 'hill')) {
    // "9x200m hills", "5-6 hill repeats": the way back down the hill is the recovery, jogged.
    ctx.note(`no recovery written between the ${rep.label} reps: jog back down`);
    return [recoveryStep({ mode: 'jog', amount: { kind: 'open', why: 'jog down' }, span: node.span }, rep, ctx)!];
  }
  return [defaultRecovery(rep.label, ctx)];
}

function cutDownBody(cd: CutDownNode, node: RepeatNode, ctx: ResolveContext) {
  const steps = cd.parts.map((p) => intervalSteps({ ...p, role: p.role === 'easy' ? 'work' : p.role }, ctx)[0]!);
  const label = steps.map((s) => s.label).join(', ');
  const children: Node[] = [...steps];
  const total = cd.total;
  if (total && (total.kind === 'distance' || total.kind === 'time') && steps.every((s) => s.duration.kind === total.kind)) {
    const sum = steps.reduce((a, s) => a + (s.duration.kind === 'distance' ? s.duration.meters : s.duration.kind === 'time' ? s.duration.seconds : 0), 0);
    if (Math.abs(sum - total.low) > 0.5) {
      ctx.warnings.push({ span: cd.span, message: `the cut-down parts add up to ${durationWords(total.kind === 'time' ? { kind: 'time', seconds: sum } : { kind: 'distance', meters: sum }, ctx.units)}, not ${durationWords(total.kind === 'time' ? { kind: 'time', seconds: total.low } : { kind: 'distance', meters: total.low }, ctx.units)}`, hint: 'the parts are run as written' });
    }
  }
  const recStep = node.recovery ? recoveryStep(node.recovery, steps[steps.length - 1]!, ctx, true) : undefined;
  if (recStep) children.push(recStep);
  else if (node.count.high > 1) children.push(defaultRecovery('cut-down', ctx));
  return { children, hard: true, strides: false, label };
}

function lastStep(nodes: Node[]): Step | undefined {
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k]!;
    if (n.type === 'step' && n.intensity === 'active') return n;
    if (n.type === 'repeat') return lastStep(n.children);
  }
  return undefined;
}

const isByFeel = (iv: IntervalNode) => iv.role === 'work' && !iv.pace && !iv.effort && !iv.within;

export function isHard(iv: IntervalNode): boolean {
  if (iv.within) return true;
  if (iv.role === 'walk') return false;
  if (iv.role === 'strides' || iv.role === 'easy' || iv.role === 'warmup' || iv.role === 'cooldown') return false;
  // "7 miles fartlek": the whole run, its own warm-up.
  if (iv.effort === 'fartlek' || iv.effort === 'steady' || iv.effort === 'run/walk') return false;
  // "a 30-40 minute route with decent hills", "14 on hills": a hill part as long as a run on its own is a hilly run, no rep.
  if (iv.role === 'hill' && (iv.quantity.kind === 'time' || iv.quantity.kind === 'distance') && fit(iv.quantity.low, HILL_REP_NORM[iv.quantity.kind === 'time' ? 'seconds' : 'meters']) === 0) return false;
  if (iv.pace) return !(iv.pace.kind === 'named' && iv.pace.names.every((n) => n.name === 'E'));
  return iv.effort !== undefined || iv.role === 'hill' || iv.role === 'race';
}

export function repeatPart(node: RepeatNode, ctx: ResolveContext): Part {
  const { children, hard, strides, label } = repBody(node, ctx);
  const count = chooseCount(node.count, label, ctx);
  if (count === 1) {
    // "1 800 warm down": one warm-up or cool-down, whatever the count says.
    const only = node.body.length === 1 && node.body[0]!.kind === 'interval' ? node.body[0] : undefined;
    if (only && (only.role === 'warmup' || only.role === 'cooldown') && !node.recovery) return { nodes: children.filter((c) => c.type !== 'step' || c.intensity === only.role), kind: only.role, hard: false };
    // "1 x 800m" or a single rep with a recovery clause: no repeat on the watch.
    // A lone rep whose text asks for a recovery keeps it; a ladder's last member does not.
    if (!node.ladder) return { nodes: node.count.high > 1 ? withoutRecoveryBetween(children, ctx) : children, kind: strides ? 'strides' : 'work', hard };
    const trailing = trailingRecoverySteps(children);
    const work = children.slice(0, children.length - trailing.length);
    const between = blockRecovery(node, work, ctx);
    return {
      nodes: work,
      kind: strides ? 'strides' : 'work',
      hard,
      keepTrailingRecovery: trailing.length
        ? () => {
            work.push(...(between ? [between] : trailing));
            return undefined;
          }
        : undefined,
    };
  }
  const repeat: Repeat = { type: 'repeat', count, children, skipLastRecovery: !node.filled && !node.runsLastRecovery && !node.everyStep, label: `${count}×` };
  const nodes: Node[] = [repeat];
  const between = blockRecovery(node, children, ctx);
  const hasTrailing = trailingRecoverySteps(children).length > 0 || children[children.length - 1]?.type === 'repeat';
  return {
    nodes,
    kind: strides ? 'strides' : 'work',
    hard,
    keepTrailingRecovery: hasTrailing
      ? () => {
          // Between blocks of a ladder of repeats, the rest written "between sets"; else the reps' own.
          if (between) nodes.push(between);
          else repeat.skipLastRecovery = false;
          return between ? undefined : label;
        }
      : undefined,
  };
}

/** "2 x 3km, 2 x 2km, 2 x 1km … 2 minutes recovery between sets": the rest after a block of reps, before the next. */
function blockRecovery(node: RepeatNode, children: Node[], ctx: ResolveContext): Step | undefined {
  if (!node.setRecovery || node.sets) return undefined;
  const work = lastStep(children) ?? step('active', { kind: 'time', seconds: 60 }, { kind: 'none' }, '');
  return recoveryStep(node.setRecovery, work, ctx);
}

/**
 * "1-2 x 20 minutes (3-6 minute recovery jog)" run once: the recovery was written between reps,
 * and one rep has none after it. ("1 x 800m w/ 400m jog", a count of one written, keeps it.)
 */
function withoutRecoveryBetween(children: Node[], ctx: ResolveContext): Node[] {
  const trailing = trailingRecoverySteps(children);
  if (trailing.length === 0) return children;
  ctx.note('one rep chosen from the range: no recovery between reps is run');
  return children.slice(0, children.length - trailing.length);
}

/**
 * "2 x (800m @ 5K, 400m @ 3K), 3 min rest between sets", "2 sets of:\n800m\n400m\n3 min rest between
 * sets": the rest after each round of several parts, in place of the last part's recovery (it was dropped).
 */
function roundRest(rest: RecoveryExpr, children: Node[], ctx: ResolveContext): void {
  children.splice(children.length - trailingRecoverySteps(children).length);
  const last = lastStep(children);
  const step = last ? recoveryStep(rest, last, ctx) : undefined;
  if (step) children.push(step);
}

function trailingRecoverySteps(children: Node[]): Step[] {
  const out: Step[] = [];
  for (let k = children.length - 1; k >= 0; k--) {
    const c = children[k]!;
    if (c.type === 'step' && (c.intensity === 'recovery' || c.intensity === 'rest')) out.unshift(c);
    else break;
  }
  return out;
}

// Imported late to avoid a cycle at module evaluation.
import { buildItems } from './sequence.js';
export type { Item };
