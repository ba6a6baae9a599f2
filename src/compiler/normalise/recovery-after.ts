/**
 * "<clock> <label>" parts with their recoveries written below them by label:
 *
 *   1:00 Mile Pace
 *   3:00 5K Pace
 *   0:30 recovery after Mile Pace
 *   1:30 recovery after 5K Pace
 *
 * Each "recovery after <label>" line places its recovery after every part whose
 * line ends with that label ("w/ 0:30 recovery", so a repeated part gets it
 * between its reps too). A recovery after the session's last part, when that
 * part is run once, has nothing to lead into and is left out, with a note.
 * When any such line names a label no part has ("after intervals #4 and #8"),
 * the lines are left as written.
 */
import { RECOVERY_AFTER } from '../dialect/labels.js';
import type { Token } from '../lexer.js';
import { TIME_UNITS } from '../vocabulary.js';

interface Line {
  from: number;
  /** The index of the newline or end closing the line. */
  to: number;
}

interface Placed {
  line: Line;
  /** The recovery's length as written: a clock, or a number and its unit. */
  length: Token[];
  label: string;
}

const key = (tokens: Token[]) => tokens.map((t) => t.value).join(' ');

function linesOf(tokens: Token[]): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (const [k, t] of tokens.entries()) {
    if (t.kind !== 'newline' && t.kind !== 'eof') continue;
    if (k > from) lines.push({ from, to: k });
    from = k + 1;
  }
  return lines;
}

/** A recovery's length at `k`: a clock, or a number and its time unit; how many tokens it takes. */
const lengthSize = (t: Token[], k: number) => (t[k]?.kind === 'clock' ? 1 : t[k]?.kind === 'number' && t[k + 1]?.kind === 'word' && TIME_UNITS[t[k + 1]!.value] !== undefined ? 2 : 0);
const isWord = (t: Token | undefined, words: readonly string[]) => t?.kind === 'word' && words.includes(t.value);

/** "Mile Pace", "5K Pace intervals": the label up to `end`, the word that counts its parts left off. */
function labelOf(t: Token[], from: number, end: number): string | undefined {
  const label = t.slice(from, end).filter((x) => x.kind !== 'stop');
  if (isWord(label.at(-1), RECOVERY_AFTER.parts)) label.pop();
  return label.length > 0 && label.every((x) => x.kind === 'word' || x.kind === 'number') ? key(label) : undefined;
}

/**
 * "0:30 recovery after Mile Pace", "Recovery is 1:00 after 5K Pace intervals and 2:00 after Tempo Run": each
 * recovery's length and the label it follows; nothing when any of the line is not so written.
 */
function recoveryLine(tokens: Token[], line: Line): Placed[] {
  const t = tokens.slice(line.from, line.to);
  const size = lengthSize(t, 0);
  // "0:30 recovery after …": the length first; "Recovery is 1:00 after …": the word first.
  let k = size ? size : isWord(t[0], RECOVERY_AFTER.recoveries) && isWord(t[1], ['is']) ? 2 : -1;
  if (k < 0 || (size && !isWord(t[k++], RECOVERY_AFTER.recoveries))) return [];
  const placed: Placed[] = [];
  // The length written before the word is the first recovery's; each later one stands after "and".
  let lead: { from: number; n: number } | undefined = size ? { from: 0, n: size } : undefined;
  for (;;) {
    const at = lead ?? { from: k, n: lengthSize(t, k) };
    if (!at.n) return [];
    if (!lead) k += at.n;
    lead = undefined;
    if (!isWord(t[k], ['after'])) return [];
    let end = k + 1;
    while (end < t.length && !isWord(t[end], ['and'])) end++;
    const label = labelOf(t, k + 1, end);
    if (!label) return [];
    placed.push({ line, length: t.slice(at.from, at.from + at.n), label });
    if (end >= t.length) return placed;
    k = end + 1;
  }
}

/** A part's line: it opens with a figure and ends with the label. */
const endsWith = (tokens: Token[], line: Line, label: string) => {
  const t = tokens.slice(line.from, line.to).filter((x) => x.kind !== 'stop');
  const n = label.split(' ').length;
  return (t[0]?.kind === 'clock' || t[0]?.kind === 'number') && t.length > n && key(t.slice(t.length - n)) === label;
};

export function recoveriesAfter(tokens: Token[]): Token[] {
  const lines = linesOf(tokens);
  const placed = lines.flatMap((l) => recoveryLine(tokens, l));
  if (placed.length === 0) return tokens;
  const parts = lines.filter((l) => !placed.some((r) => r.line === l));
  const targets = placed.map((r) => parts.filter((l) => endsWith(tokens, l, r.label)));
  if (targets.some((t) => t.length === 0)) return tokens;
  const last = parts.filter((l) => l.from < placed[0]!.line.from).at(-1);
  const inserts = new Map<number, Token[]>();
  const notes = new Map<number, string>();
  placed.forEach((r, k) => {
    const written = tokens.slice(r.line.from, r.line.to).map((t) => t.raw).join(' ');
    const first = placed.findIndex((q) => q.line === r.line) === k;
    for (const line of targets[k]!) {
      const once = !tokens.slice(line.from, line.to).some((t) => t.kind === 'x');
      if (line === last && once) {
        notes.set(line.to - 1, `'${written}' is left out: nothing follows the last ${r.label} part`);
        continue;
      }
      const at = tokens[r.line.from]!;
      const made = (kind: Token['kind'], value: string): Token => ({ ...at, kind, value, raw: '', length: 0, synthetic: true });
      const note = line === targets[k]![0] && first ? { note: `read '${written}' as a recovery after each ${placed.filter((q) => q.line === r.line).map((q) => q.label).join(' part and each ')} part` } : {};
      inserts.set(line.to, [
        ...(inserts.get(line.to) ?? []),{ ...made('word', 'w'), ...note }, made('slash', '/'), ...r.length.map((t) => ({ ...t, synthetic: true as const })), made('word', 'recovery')]);
    }
  });
  const out: Token[] = [];
  for (const [k, t] of tokens.entries()) {
    if (placed.some((r) => k >= r.line.from && k <= r.line.to && tokens[r.line.to]!.kind !== 'eof')) continue;
    if (placed.some((r) => k >= r.line.from && k < r.line.to)) continue;
    const note = notes.get(k);
    out.push(...(inserts.get(k) ?? []), note ? { ...t, note } : t);
  }
  return out;
}
