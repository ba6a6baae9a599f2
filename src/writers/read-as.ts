/**
 * What runcast read, in the coach's own notation: "15 min WU, 6 × 800 m @ 5K
 * w/ 90 s jog, 10 min CD". Shown beside the coach's text (the athlete's page,
 * each calendar event, the playground, `runcast check --explain`) so a misread
 * is seen at once. Paces are named as the coach named them, not in the
 * athlete's minutes per mile: the point is to compare with what was written.
 */
import type { Node, Step, Workout } from '../ir/workout.js';
import { formatDuration, type Units } from '../units/format.js';

export function readAs(workout: Workout, units: Units): string {
  if (workout.asWritten || workout.diagnostics.some((d) => d.severity === 'error')) return '';
  if (workout.sport !== 'running') return workout.title;
  const main = workout.steps.map((n) => nodeText(n, units)).join(', ');
  const others = workout.alternatives.map((alt) => ` or ${readAs(alt, units)}`).join('');
  return `${main}${others}`;
}

/**
 * A refused session's best guess (the compiler's `guess`), in the same notation, or '' when it
 * made none. It is shown as a guess, never as what the watch runs.
 */
export function guessAs(workout: Workout, units: Units): string {
  if (!workout.guess) return '';
  const { asWritten: _kept, guess, ...rest } = workout;
  return readAs({ ...rest, sport: 'running', steps: guess.steps, alternatives: [], diagnostics: [] }, units);
}

/**
 * A session kept as written, in plain words: what was not understood and
 * where in the coach's text, with no line or column.
 */
export function notUnderstood(workout: Workout, units?: Units): string {
  const e = workout.diagnostics.find((d) => d.severity === 'error');
  if (!e) return '';
  const line = e.sourceLine ?? workout.source;
  const words = line.slice(e.column - 1, e.column - 1 + e.length).trim();
  const at = words && !e.message.includes(words) ? ` (at “${words}”)` : '';
  const end = (t: string) => (/[.?!]$/.test(t) ? t : `${t}.`);
  const guess = units ? guessAs(workout, units) : '';
  const guessed = guess ? ` runcast's best guess, not used until the coach writes it so: ${end(guess)}` : '';
  return `runcast did not understand this: ${end(`${e.message}${at}`)}${e.hint ? ` Hint: ${end(e.hint)}` : ''}${guessed}`;
}

function nodeText(node: Node, units: Units): string {
  if (node.type === 'step') return stepText(node, units);
  const [work, rest, ...more] = node.children;
  // "6 × 800 m @ 5K w/ 90 s jog": one rep and its recovery, as coaches write it.
  if (work?.type === 'step' && rest?.type === 'step' && more.length === 0 && (rest.intensity === 'recovery' || rest.intensity === 'rest')) {
    return `${node.count} × ${stepText(work, units)} w/ ${stepText(rest, units)}`;
  }
  const inner = node.children.map((c) => nodeText(c, units));
  return `${node.count} × ${inner.length === 1 ? inner[0]! : `(${inner.join(', ')})`}`;
}

function stepText(s: Step, units: Units): string {
  const length = s.duration.kind === 'open' ? '' : formatDuration(s.duration, units);
  const target = s.target.kind === 'pace' || s.target.kind === 'heartRate' ? `@ ${s.target.name}` : s.target.kind === 'effort' ? s.target.label : '';
  switch (s.intensity) {
    case 'warmup':
      return [length, 'WU', target].filter(Boolean).join(' ');
    case 'cooldown':
      return [length, 'CD', target].filter(Boolean).join(' ');
    case 'recovery':
    case 'rest': {
      const mode = /walk/.test(s.label) ? 'walk' : /jog/.test(s.label) ? 'jog' : s.intensity === 'rest' ? 'rest' : 'recovery';
      return s.duration.kind === 'open' ? `${mode} until lap` : `${length} ${mode}`;
    }
    case 'active': {
      const kind = /walk/.test(s.label) && s.target.kind === 'none' ? 'walk' : '';
      return [length || 'until lap', kind, target].filter(Boolean).join(' ');
    }
  }
}
