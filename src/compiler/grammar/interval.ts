/** A run or a rep, and everything that may follow its distance or time. */
import type { CutDownNode, IntervalNode, Item, PaceExpr, Quantity, RecoveryExpr, RepeatNode, Role } from '../ast.js';
import { DISTANCE_UNITS, EFFORT_WORDS, PACE_WORDS, TIME_UNITS } from '../vocabulary.js';
import { Cursor, ROLE_WORDS, Stop } from './cursor.js';
import { explanation, trailingExplanations } from './explanation.js';
import { otherSport } from './item.js';
import { pace, paceOrEffort } from './pace.js';
import { clockSeconds, makeQuantity, quantity } from './quantity.js';
import { isProse, prose } from './prose.js';
import { applyRecovery, bracketRecovery, looksLikeRecoveryParen, parenRecovery, recoveryPhrase } from './recovery.js';
import { betweenSetsAt, partAfterSlash, paceAhead, recoveryAhead, sendoffAhead, workAhead } from './ahead.js';
import { aroundRace } from './race.js';
import { countAfter } from './repeat.js';
import { sequence } from './session.js';
import { roundsToFill } from './settle.js';

export function afterQuantity(p: Cursor, quantity: Quantity, start: number): Item {
  // "20:00 of 2:30 run 2:30 walk": the alternation after "of", as many rounds as fill the time.
  if (quantity.kind === 'time' && p.isWord(0, 'of') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    p.next();
    const seq = sequence(p);
    const rounds = roundsToFill(quantity.low, seq.items);
    if (!rounds) p.failAt(p.span(start), 'a total time needs the parts it is made of, each a time', "such as '20:00 of 2:30 run 2:30 walk'");
    return { kind: 'repeat', count: { low: rounds, high: rounds, span: quantity.span }, body: seq.items, sets: true, span: p.span(start) };
  }
  // "4 min between sets" after a group is the group's rest between sets.
  if (p.isWord(0, 'between') && p.isWord(1, 'sets', 'set')) {
    p.next(), p.next();
    const expr: RecoveryExpr = { mode: 'recovery', amount: { kind: 'quantity', quantity }, span: p.span(start) };
    return { kind: 'recovery', recovery: expr, span: p.span(start), betweenSets: true };
  }
  // "400 meters x 6 with 60 seconds rest": the count after the rep.
  const count = countAfter(p);
  if (count) {
    const rep: IntervalNode = { kind: 'interval', quantity, role: 'work', roleWritten: false, remarks: [], span: p.span(start) };
    const node: RepeatNode = { kind: 'repeat', count, body: [rep], sets: false, span: p.span(start) };
    intervalTail(p, rep, node);
    node.span = p.span(start);
    return node;
  }
  // "5 min jog recovery", "400m jog", "500m recovery", "2 min static recovery": a recovery standing in a sequence.
  if ((p.isWord(0, 'jog', 'walk', 'rest', 'recovery', 'float', 'active', 'static', 'standing', 'easy', 'off') || (p.isWord(0, 'of') && p.isWord(1, 'jog', 'walk', 'rest', 'recovery', 'active', 'easy'))) && !p.isWord(1, 'x')) {
    const save = p.i;
    const words: string[] = [];
    // "2 minutes of walk/jog recovery": either, as the athlete needs.
    while (p.isWord(0, 'jog', 'walk', 'rest', 'recovery', 'float', 'easy', 'active', 'static', 'standing', 'off', 'slow', 'of') || (words.length > 0 && p.isKind(0, 'slash') && p.isWord(1, 'jog', 'walk'))) {
      if (p.eatKind('slash')) continue;
      words.push(p.next().value);
    }
    // "200m float – marathon pace", "400m float @ M": the recovery's own pace.
    let recPace: PaceExpr | undefined;
    if (words.some((w) => w === 'float' || w === 'jog') && (p.isKind(0, 'at') || (p.isKind(0, 'dash') && p.peek().spaced))) {
      const save2 = p.i;
      p.next();
      try {
        recPace = pace(p);
      } catch (e) {
        if (!(e instanceof Stop)) throw e;
        p.i = save2;
      }
    }
    // "3 minutes rest between the two Sets".
    const setsEnd = betweenSetsAt(p, 0);
    const betweenSets = setsEnd > 0;
    let betweenReps = false;
    if (betweenSets) for (let k = 0; k < setsEnd; k++) p.next();
    else if (p.isWord(0, 'between') && (!words.every((w) => w === 'easy') || p.atItemEndAt(1) || p.isWord(1, 'reps', 'each', 'efforts', 'intervals', 'all'))) {
      // "400m easy between", "200m easy between.", "with a 1min jog between": between the reps around it.
      p.next();
      // "1:00 Recovery between all intervals".
      p.eatWord('all', 'the');
      betweenReps = p.eatWord('reps', 'each', 'efforts', 'runs', 'repeats', 'intervals') !== undefined;
    }
    // "4 mile jog, then 10 x 400": a long jog that opens the session is its easy running, not a recovery.
    const longJog = words.every((w) => w === 'jog') && p.startsSession(start) && (quantity.kind === 'distance' ? quantity.low >= 1600 : quantity.kind === 'time' && quantity.low >= 600);
    const recoveryWord = !longJog && (words.some((w) => w !== 'easy' && w !== 'slow' && w !== 'active') || betweenReps || p.peek(-1).value === 'between');
    const totalAhead = p.isWord(0, 'for') && p.isWord(1, 'a') && p.isWord(2, 'total');
    if ((recoveryWord || betweenSets) && (p.atItemEnd() || p.isKind(0, 'lparen') || totalAhead)) {
      const mode = words.includes('walk') ? 'walk' : words.includes('jog') || words.includes('float') || words.includes('off') ? 'jog' : (words.includes('rest') || words.includes('static') || words.includes('standing')) && !words.includes('recovery') ? 'rest' : 'recovery';
      // "30 min jog" alone is an easy run, decided when the session is resolved.
      const expr: RecoveryExpr = { mode, amount: { kind: 'quantity', quantity }, span: p.span(start), ...(recPace ? { pace: recPace } : {}) };
      trailingExplanations(p);
      return { kind: 'recovery', recovery: expr, span: p.span(start), ...(betweenSets ? { betweenSets } : {}), ...(betweenReps ? { betweenReps } : {}) };
    }
    p.i = save;
  }
  const other = p.isKind(0, 'word') ? otherSport(p, quantity, start) : undefined;
  if (other) return other;
  const node: IntervalNode = { kind: 'interval', quantity, role: 'work', roleWritten: false, remarks: [], span: p.span(start) };
  const holder: RepeatNode = { kind: 'repeat', count: { low: 1, high: 1, span: node.span }, body: [node], sets: false, span: node.span };
  intervalTail(p, node, holder);
  node.span = p.span(start);
  if (node.dayTotal) return aroundRace(node.dayTotal, node, node.span.end);
  if (holder.body[0]?.kind === 'cutdown' || holder.recovery || holder.setRecovery || holder.count.high > 1) {
    holder.span = p.span(start);
    return holder;
  }
  return node;
}

/**
 * Everything that may follow a distance or time: role words ("easy", "strides",
 * "hill", "WU"), a pace ("@ HM-10K"), an effort, a split ("in 75s"), remarks
 * ("for rhythm"), a cut-down, a faster part ("w/ 4 miles @ 15K"), recovery
 * clauses (recorded on `holder`) and explanations.
 */
export function intervalTail(p: Cursor, node: IntervalNode, holder: RepeatNode): void {
  // "1 minute running hard", "30 min run": "run" says easy only when nothing else says how.
  let saidRun = false;
  const done = () => {
    // "10 x 150m with 50m recovery at > fast interval pace": a pace after the recovery is the reps' when they have none.
    const rec = holder.recovery;
    if (rec?.pace && !node.pace && !node.effort) {
      node.pace = rec.pace;
      holder.recovery = { ...rec, pace: undefined };
    }
    if (saidRun && !node.pace && !node.effort) setRole(node, 'easy');
  };
  for (;;) {
    const t = p.peek();
    if (p.atItemEnd()) return done();
    if (t.kind === 'word') {
      const role = ROLE_WORDS[t.value];
      // "3 mi Run 2, Walk 1": Galloway's minutes of running and walking, for the athlete to keep.
      if (t.value === 'run' && p.isKind(1, 'number') && p.isKind(2, 'comma') && p.isWord(3, 'walk') && p.isKind(4, 'number') && p.atItemEndAt(5)) {
        const from = t.offset;
        for (let k = 0; k < 5; k++) p.next();
        node.remarks.push(`${p.text.slice(from, p.prevEnd)} (minutes)`);
        continue;
      }
      if ((t.value === 'run' || t.value === 'running') && !node.roleWritten) {
        p.next();
        saidRun = true;
        continue;
      }
      if (t.value === 'cut' && p.isWord(1, 'down') || t.value === 'cutdown') {
        p.next();
        p.eatWord('down');
        holder.body = [cutDown(p, node)];
        continue;
      }
      if (t.value === 'jog' && p.isKind(1, 'slash') && p.isWord(2, 'rest', 'walk')) {
        // "1600m … jog/rest": the recovery, jogged or stood, as long as it takes.
        applyRecovery(holder, recoveryPhrase(p, t.offset));
        continue;
      }
      if (role && !(t.value === 'jog' && p.isWord(1, 'down'))) {
        if (t.value === 'jog' && node.role === 'work' && (p.isKind(1, 'number') || p.isWord(1, 'recovery'))) {
          // "… jog 50 to 90% interval time between": a recovery clause without "w/".
          holder.recovery = recoveryPhrase(p, t.offset).expr;
          continue;
        }
        p.next();
        setRole(node, role);
        continue;
      }
      if (t.value === 'at' && !p.isWord(1, 'least')) {
        p.next();
        paceOrEffort(p, node);
        continue;
      }
      if (t.value === 'in' && p.isWord(1, 'zone') && p.isKind(2, 'number')) {
        // "5 minutes in Zone 2": a heart-rate zone, as the coach names it.
        p.next(), p.next();
        node.effort = node.effort ?? `Zone ${p.next().value}`;
        continue;
      }
      if (t.value === 'in' && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
        p.next();
        const q = p.next();
        const seconds = q.kind === 'clock' ? clockSeconds(q.value) : Number(q.value);
        if (!(seconds >= 5 && seconds <= 3600)) p.fail(q, `'${q.raw}' is not a time for a rep`, "such as 'in 75s' or 'in 2:50'");
        p.eatWord('s', 'sec', 'secs', 'seconds');
        node.pace = { kind: 'split', seconds, span: p.span(t.offset) };
        continue;
      }
      if (t.value === 'for' && p.isWord(1, 'a') && p.isWord(2, 'total') && p.isWord(3, 'of')) return done();
      if (t.value === 'between' && (PACE_WORDS[p.peek(1).value] !== undefined || (p.isKind(1, 'number') && p.isWord(2, 'k', 'km'))) && !node.pace && !node.effort) {
        // "4 x 800m between 5k and tempo pace": a pace range.
        p.next();
        const low = pace(p);
        if (p.eatWord('and')) {
          const high = pace(p);
          if (low.kind !== 'named' || high.kind !== 'named') p.failAt(p.span(t.offset), "'between … and …' joins two named paces", "such as 'between 5k and tempo pace'");
          node.pace = { kind: 'named', names: [...low.names, ...high.names], span: p.span(t.offset) };
        } else node.pace = low;
        continue;
      }
      // "Run three mins walk one mins": the next part of a run/walk, written without a comma.
      if ((t.value === 'walk' || t.value === 'run') && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && node.role !== 'warmup' && node.role !== 'cooldown') return done();
      if (t.value === 'x' && holder.count.high === 1 && holder.body.length === 1 && (p.atItemEndAt(2) || p.isKind(2, 'stop'))) {
        // "3 mins run at 65% effort x6": the count after the rep.
        const count = countAfter(p);
        if (count) {
          holder.count = count;
          continue;
        }
      }
      if ((node.role === 'warmup' || node.role === 'cooldown') && (t.value === 'walk' || t.value === 'jog') && p.atItemEndAt(1)) {
        // "five-minute warmup walk": how the warm-up is done.
        p.next();
        node.remarks.push(t.value === 'walk' ? 'walk' : 'jog');
        continue;
      }
      if (t.value === 'for') {
        p.next();
        const from = p.peek().offset;
        while (p.isWord(0) && !p.isWord(0, 'w', 'with', 'or', 'then', 'and')) p.next();
        node.remarks.push(`for ${p.text.slice(from, p.prevEnd).trim()}`);
        continue;
      }
      if (t.value === 'alternating' || t.value === 'including' || (p.atWith() && (p.isWord(1, 'some', 'several') || (p.isWord(1, 'a') && p.isWord(2, 'few'))))) {
        // "7 miles fartlek, alternating 1- and 2-min bursts", "4 miles easy, with some fast strides": for the athlete, not the watch.
        const from = t.offset;
        while (!p.isKind(0, 'eof') && !p.isKind(0, 'stop') && !p.isKind(0, 'newline') && !p.isKind(0, 'semicolon') && !p.isKind(0, 'plus')) p.next();
        node.remarks.push(p.text.slice(from, p.prevEnd).trim());
        continue;
      }
      if (p.atWith() && p.peek(p.isWord(0, 'w') && (p.isKind(1, 'slash') || p.isKind(1, 'dot')) ? 2 : 1).kind === 'word' && isProse(p.peek(p.isWord(0, 'w') && (p.isKind(1, 'slash') || p.isKind(1, 'dot')) ? 2 : 1).value)) {
        // "16×400 w/hammer": with something runcast does not know, which changes no step.
        const from = t.offset;
        p.eatWith();
        while (p.isKind(0, 'word') && isProse(p.peek().value)) p.next();
        p.ignore({ start: from, end: p.prevEnd }, 'prose');
        continue;
      }
      if (p.atWith()) {
        p.eatWith();
        // "8 miles w/ 4 miles @ 15K to half marathon pace", "5 miles w/ 6x100m strides": work inside the run.
        if (holder.count.high === 1 && !holder.recovery && workAhead(p)) {
          const innerStart = p.peek().offset;
          const seq = sequence(p, true);
          const last = seq.items[seq.items.length - 1];
          const placement = last?.kind === 'interval' && last.placement === 'end' ? 'end' : 'middle';
          node.within = { items: seq.items, joins: seq.joins, placement, span: p.span(innerStart) };
          if (!node.roleWritten) setRole(node, 'easy');
          continue;
        }
        const rec = recoveryPhrase(p, p.prevEnd);
        applyRecovery(holder, rec);
        continue;
      }
      if (t.value === 'full' && p.isWord(1, 'recovery', 'rest')) {
        holder.recovery = recoveryPhrase(p, t.offset).expr;
        continue;
      }
      if (EFFORT_WORDS.has(t.value) && t.value !== 'effort') {
        paceOrEffort(p, node);
        continue;
      }
      if ((t.value === 'pace' || t.value === 'race' && p.isWord(1, 'pace')) && !node.pace && !node.effort) {
        // "5 miles pace", "3 x 1600 race pace": the pace of the race the plan is for.
        const w = p.next();
        p.eatWord('pace');
        node.pace = { kind: 'named', names: [{ name: 'Mile', goal: true, anyGoal: true }], span: p.span(w.offset) };
        continue;
      }
      if (t.value === 'pace' || t.value === 'effort' || REP_NOUNS.has(t.value) || (t.value === 'interval' && (node.pace || node.effort))) {
        p.next();
        continue;
      }
      if (t.value === 'or' && p.isWord(1, 'better', 'faster', 'quicker', 'so')) {
        // "at 3:10/km or better": faster is fine, which the band's fast end says.
        p.next(), p.next();
        node.remarks.push('or faster');
        continue;
      }
      if (t.value === 'level' && (p.isKind(1, 'number') || p.isWord(1, 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'))) {
        // "Level V Up Hill, Level II Jog Down": an effort level.
        p.next();
        const n = p.next();
        node.effort = node.effort ?? `Level ${n.raw.toUpperCase()}`;
        continue;
      }
      if (PACE_WORDS[t.value] && ['tempo', 'threshold', 'lt', 'conversational', 'hmp', 'mp', 'goal', 'marathon'].includes(t.value) && !(t.value === 'marathon' && !p.isWord(1, 'pace'))) {
        node.pace = pace(p);
        continue;
      }
      // "5min Interval-pace", "Threshold-Pace": a pace the normalising pass wrote for the coach's words.
      if (((/^[EMTIR]$/.test(t.raw) && node.quantity.kind !== 'open') || (t.synthetic && PACE_WORDS[t.value] && p.isWord(1, 'pace'))) && !node.pace && !node.effort) {
        // "15min T + 3min E", "8 x (400m R w/ 400m jog)": Daniels' letter after the length.
        node.pace = pace(p);
        continue;
      }
      if (t.value === 'mile' && p.isWord(1, 'pace', 'effort') && !node.pace && !node.effort) {
        // "2:00 Mile Pace": the pace without "@".
        node.pace = pace(p);
        continue;
      }
      if (t.value === 'half' && p.isWord(1, 'marathon') || t.value === 'marathon') {
        // "13.1 miles Half Marathon": the race.
        p.next();
        p.eatWord('marathon');
        setRole(node, 'race');
        continue;
      }
      if (t.value === 'off' && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && holder.count.high > 1) {
        // "5 x 1km off 90", "off 2 min": the recovery between reps (seconds when no unit is written).
        p.next();
        const a = p.peek();
        const unit = p.peek(1);
        const q: Quantity =
          a.kind === 'number' && !(unit.kind === 'word' && (TIME_UNITS[unit.value] !== undefined || DISTANCE_UNITS[unit.value] !== undefined))
            ? (p.next(), makeQuantity(p, 'time', Number(a.value), Number(a.value), a.offset))
            : quantity(p, false);
        p.eatWord('jog', 'walk', 'rest', 'recovery', 'easy');
        holder.recovery = { mode: 'recovery', amount: { kind: 'quantity', quantity: q }, span: p.span(t.offset) };
        continue;
      }
      if (t.value === 'on' && p.isKind(1, 'slash') && (p.isKind(2, 'number') || p.isKind(2, 'clock'))) {
        // "10 x 1 min on/1 min off": hard, then as long again easy.
        p.next(), p.next();
        const off = quantity(p, false);
        p.eatWord('off', 'easy', 'jog', 'recovery');
        node.effort = node.effort ?? 'hard';
        holder.recovery = { mode: 'jog', amount: { kind: 'quantity', quantity: off }, span: p.span(t.offset) };
        continue;
      }
      if (t.value === 'on' && p.isKind(1, 'slash') && p.isWord(2, 'off')) {
        // "5x1k on/off": each rep followed by as much again, easy.
        p.next(), p.next(), p.next();
        node.effort = node.effort ?? 'hard';
        holder.recovery = { mode: 'jog', amount: { kind: 'previous' }, span: p.span(t.offset) };
        continue;
      }
      if (t.value === 'on' && (p.atItemEndAt(1) || p.isKind(1, 'comma'))) {
        // "two minutes on, three minutes steady".
        p.next();
        node.effort = node.effort ?? 'hard';
        continue;
      }
      if ((t.value === 'start' || t.value === 'leave' || t.value === 'on' || t.value === 'every') && sendoffAhead(p)) {
        // "6×800 start on 4:00", "on the 2:30", "every 3 min": each rep starts on the clock.
        while (!p.isKind(0, 'clock') && !p.isKind(0, 'number')) p.next();
        const q = quantity(p, false);
        if (q.kind !== 'time') p.failAt(q.span, 'reps start on a time', "such as 'start on 4:00'");
        holder.recovery = { mode: 'recovery', amount: { kind: 'sendoff', seconds: q.low }, span: p.span(t.offset) };
        continue;
      }
      if (t.value === 'progression' || t.value === 'progressive') {
        p.next();
        p.eatWord('run', 'runs');
        node.remarks.push('progression: start steady, finish fast');
        continue;
      }
      if (t.value === 'fartlek') {
        p.next();
        node.effort = node.effort ?? 'fartlek';
        continue;
      }
      if (t.value === 'or' && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && !isOffOrRest(p)) {
        // "1km or 4 mins", "5 x 90 secs or 400m": the other length the coach allows.
        const from = p.next();
        const q = quantity(p, true);
        node.otherwise = `or ${p.text.slice(q.span.start, q.span.end)}`;
        void from;
        continue;
      }
      if (prose(p, 'tail')) continue;
      p.unexpected(t, "a unit, '@ pace', 'w/ … recovery' or a separator");
    }
    if (t.kind === 'colon' && !node.within && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
      // "44 min change-of-pace tempo run: 4 min fast, 4 min steady, followed by 6x(…)": what the run is made of.
      p.next();
      const from = p.peek().offset;
      const seq = sequence(p, true);
      node.within = { items: seq.items, joins: seq.joins, placement: 'whole', span: p.span(from) };
      continue;
    }
    if (t.kind === 'number' && paceAhead(p)) {
      // "4 x 800 5-K pace", "2 x 800 30 seconds above mile pace": a pace without "@".
      paceOrEffort(p, node);
      continue;
    }
    // "2 mi ez/8 x 100m @5k with 200 m rec/1 mi CD": a slash between parts.
    if (t.kind === 'slash' && partAfterSlash(p)) return done();
    if (t.kind === 'slash' && (recoveryAhead(p) || p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
      // "5 x 1200 / jog 200", "10 x 1 mins @ 5k pace / 1 min recovery": the recovery after a slash.
      p.next();
      const rec = recoveryPhrase(p, p.prevEnd);
      applyRecovery(holder, rec);
      continue;
    }
    if ((t.kind === 'number' || t.kind === 'clock') && recoveryAhead(p)) {
      // "3×1 mile @ goal race pace 3 minutes recovery": the recovery without "w/".
      const rec = recoveryPhrase(p, t.offset);
      applyRecovery(holder, rec);
      continue;
    }
    if (t.kind === 'at') {
      p.next();
      paceOrEffort(p, node);
      continue;
    }
    if (t.kind === 'number' && p.isKind(1, 'percent')) {
      paceOrEffort(p, node);
      continue;
    }
    if (t.kind === 'lparen' && node.role === 'race' && p.isWord(1, 'total') && (p.isKind(2, 'number') || p.isKind(2, 'clock'))) {
      // "8K-15K tune-up race (total 9 miles to 13 miles)": the day's running around the race.
      p.next(), p.next();
      node.dayTotal = quantity(p, false);
      if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')' to close the day's total");
      continue;
    }
    if ((t.kind === 'lparen' || t.kind === 'lbracket') && holder && holder.count.high > 1 && bracketRecovery(p, holder)) continue;
    if (t.kind === 'lparen') {
      if (looksLikeRecoveryParen(p)) {
        applyRecovery(holder, parenRecovery(p));
        continue;
      }
      explanation(p, node);
      continue;
    }
    if (t.kind === 'lbracket') {
      explanation(p, node);
      continue;
    }
    // "4×400 @Rep 4×800 @Interval": a number that starts the next part.
    if (t.kind === 'number' || t.kind === 'clock') return done();
    p.unexpected(t, "'@ pace', 'w/ … recovery' or a separator such as ',' or '+'");
  }
}

export function setRole(node: IntervalNode, role: Role): void {
  // "30 sec hill strides": the most specific word wins; "run" never overrides a written role.
  if (node.roleWritten && role === 'easy') return;
  node.role = role;
  node.roleWritten = true;
}

const isOffOrRest = (p: Cursor) => p.isWord(1, 'off', 'rest');

/** Words naming the reps themselves: "5 x 0.62 mi intervals", "6 x 1000-meter repeats", "2x(10×30/30 sec) intervals". */
const REP_NOUNS = new Set(['reps', 'intervals', 'repeats', 'efforts', 'runs', 'repetitions']);

export function cutDown(p: Cursor, node: IntervalNode): CutDownNode {
  const start = p.peek().offset;
  if (!p.eatKind('lparen')) p.unexpected(p.peek(), "'(' with the parts of the cut-down, such as (100m @ 5K, 100m @ Mile, 100m @ Faster)");
  const seq = sequence(p);
  if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')' to close the cut-down");
  const parts = seq.items.map((it) => {
    if (it.kind !== 'interval') p.fail(p.tokens.find((t) => t.offset === it.span.start) ?? p.peek(), 'a cut-down holds distances or times with paces, such as 100m @ 5K');
    return it;
  });
  return { kind: 'cutdown', parts, total: node.quantity, span: { start: node.span.start, end: Math.max(start, p.prevEnd) } };
}
