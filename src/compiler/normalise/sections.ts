/**
 * Sections written under headings ("Warm-up:\nWalk 5 minutes\nWorkout:\nRun 20
 * minutes\nCool-down:\nWalk 5 minutes"): the heading says the role of the lines
 * under it, so its words go, and the tokens of those lines carry the role for
 * the grammar (a written warm-up or cool-down replaces the plan's). A walk that
 * closes a session ("…) x4, 5min walk") is its cool-down, headed or not.
 */
import { CLOSING_WALK_ENDS, SECTION_HEADINGS } from '../dialect/sections.js';
import type { Token } from '../lexer.js';
import { TIME_UNITS } from '../vocabulary.js';

type Role = 'warmup' | 'cooldown' | 'main';
interface Line {
  tokens: Token[];
  /** The heading that opens the line, and how many of its tokens it takes (its colon too). */
  heading?: { role: Role; length: number };
}

export function sections(tokens: Token[]): Token[] {
  const lines = linesOf(tokens);
  if (!lines.some((l) => l.heading)) return tokens;
  const out: Token[] = [];
  let role: Role | undefined;
  for (const [k, line] of lines.entries()) {
    let body = line.tokens;
    if (line.heading) {
      const rest = body.slice(line.heading.length);
      const alone = rest.length <= 1 && line.heading.length > 0;
      // A heading with nothing under it before the next ("Warm up\nMain set: …") is read as written.
      if (alone && (k + 1 >= lines.length || lines[k + 1]!.heading || lines[k + 1]!.tokens.length <= 1)) {
        out.push(...body);
        role = undefined;
        continue;
      }
      role = line.heading.role;
      body = rest;
      if (alone) continue;
    }
    out.push(...(role === 'warmup' || role === 'cooldown' ? body.map((t) => (t.kind === 'newline' || t.kind === 'eof' ? t : { ...t, section: role as 'warmup' | 'cooldown' })) : body));
    // "Warm-up: 5 min walk": a heading with its part on its own line heads that line alone.
    if (line.heading && line.heading.length > 0) role = undefined;
  }
  return out;
}

/** The lines of a session, each with the newline (or end) that closes it. */
function linesOf(tokens: Token[]): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    // A sentence's end opens a line too: "Do this 8 times. Cool-down: …".
    if (tokens[k]!.kind !== 'newline' && tokens[k]!.kind !== 'stop' && tokens[k]!.kind !== 'eof') continue;
    const line = tokens.slice(from, k + 1);
    lines.push({ tokens: line, heading: headingOf(line) });
    from = k + 1;
  }
  return lines;
}

const words = (tokens: Token[], n: number) =>
  tokens
    .slice(0, n)
    .map((t) => (t.kind === 'word' ? t.value : t.kind === 'dash' ? '-' : '\u0000'))
    .join(' ');

const isFigure = (t: Token | undefined) => t?.kind === 'number' || t?.kind === 'clock';

/** "Warm-up:", "Main Set", "Cool Down: 5 min walk": the heading a line opens with. */
function headingOf(line: Token[]): Line['heading'] {
  for (const [phrase, role] of SECTION_HEADINGS) {
    const n = phrase.split(' ').length;
    if (words(line, n) !== phrase) continue;
    const after = line[n]!;
    // Alone on its line, or before a colon ("Warm-up: 5 min walk", for a warm-up or cool-down).
    if (after.kind === 'newline' || after.kind === 'eof') return { role, length: n };
    // "Warm-up – 1 mile easy", "Main session – 5 x 1 mile": a spaced dash before a figure heads the line as a colon does.
    // Not "Warm-up – 1600m-…-200m – cool-down.": there the dashes part one line of the whole session.
    if (after.kind === 'dash' && after.spaced && isFigure(line[n + 1]) && !line.slice(n + 1).some((t) => t.kind === 'dash' && t.spaced)) return { role, length: n + 1 };
    if (after.kind === 'colon' && (role !== 'main' || line[n + 1]!.kind === 'newline' || line[n + 1]!.kind === 'eof')) return { role, length: n + 1 };
    // "Main Set: Run 5 min, …": the work's section begins; its words stay for the grammar to read.
    if (after.kind === 'colon') return { role, length: 0 };
  }
  return undefined;
}

const SEPARATORS = new Set(['comma', 'stop', 'newline', 'semicolon', 'plus']);

/** "…, 5min walk.", "Walk for 3 minutes to cool down": the walk that closes the session, marked its cool-down. */
export function closingWalk(tokens: Token[]): Token[] {
  let end = tokens.length - 1; // eof
  while (end > 0 && (tokens[end - 1]!.kind === 'stop' || tokens[end - 1]!.kind === 'prose')) end--;
  let start = end;
  while (start > 0 && !SEPARATORS.has(tokens[start - 1]!.kind) && tokens[start - 1]!.kind !== 'rparen') start--;
  if (start === 0 || tokens[start - 1]!.kind === 'rparen') return tokens;
  const part = tokens.slice(start, end).filter((t) => t.kind !== 'prose');
  const cut = walkLength(part);
  if (cut === undefined) return tokens;
  const kept: Token[] = [];
  let seen = 0;
  for (const t of tokens.slice(start, end)) {
    // "to cool down" says what the mark says.
    if (t.kind !== 'prose' && seen++ >= cut) continue;
    kept.push({ ...t, section: 'cooldown' });
  }
  return [...tokens.slice(0, start), ...kept, ...tokens.slice(end)];
}

/** "walk 5 min", "walk for 3 minutes", "5min walk": how many tokens the walk takes, when the part is one, and what follows is "to cool down". */
function walkLength(part: Token[]): number | undefined {
  const word = (k: number, v: string) => part[k]?.kind === 'word' && part[k]!.value === v;
  const length = (k: number) => (part[k]?.kind === 'clock' ? 1 : part[k]?.kind === 'number' && part[k + 1]?.kind === 'word' && TIME_UNITS[part[k + 1]!.value] !== undefined ? 2 : 0);
  let n = 0;
  if (word(0, 'walk')) {
    const f = word(1, 'for') ? 2 : 1;
    n = length(f) ? f + length(f) : 0;
  } else if (length(0) && word(length(0), 'walk')) n = length(0) + 1;
  if (!n) return undefined;
  const rest = words(part.slice(n), part.length - n);
  return rest === '' || CLOSING_WALK_ENDS.includes(rest) ? n : undefined;
}

const ROLES = new Set(['warmup', 'cooldown']);

/**
 * "Warm up walk 10 min", "Walk warm up 10 min", "Walk/cool down for 10 min": a walk
 * named as the warm-up or cool-down is that walk, marked with its role.
 */
export function walkRoles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const opens = k === 0 || SEPARATORS.has(tokens[k - 1]!.kind);
    const read = opens ? namedWalk(tokens, k) : undefined;
    if (!read) {
      out.push(tokens[k]!);
      continue;
    }
    const walk = tokens[read.walk]!;
    out.push({ ...walk, ...(read.role ? { section: read.role } : {}) });
    for (let j = read.from; j < read.to; j++) out.push(read.role ? { ...tokens[j]!, section: read.role } : tokens[j]!);
    k = read.to - 1;
  }
  return out;
}

/** The walk at `k` with its role words set aside: where the walk word is, its role, and the tokens kept after it. */
function namedWalk(tokens: Token[], k: number): { walk: number; role?: 'warmup' | 'cooldown'; from: number; to: number } | undefined {
  const word = (j: number) => (tokens[j]?.kind === 'word' ? tokens[j]!.value : undefined);
  let walk = k;
  let role: string | undefined;
  let j = k + 1;
  if (ROLES.has(word(k) ?? '') && word(k + 1) === 'walk') {
    role = word(k);
    walk = k + 1;
    j = k + 2;
  } else if (word(k) !== 'walk') return undefined;
  else if (tokens[j]?.kind === 'slash' && ROLES.has(word(j + 1) ?? '')) (role = word(j + 1)), (j += 2);
  else if (ROLES.has(word(j) ?? '')) (role = word(j)), j++;
  if (!role) return undefined;
  const from = j;
  if (word(j) === 'for') j++;
  if (tokens[j]?.kind !== 'number' && tokens[j]?.kind !== 'clock') return undefined;
  let to = j;
  while (to < tokens.length && !SEPARATORS.has(tokens[to]!.kind) && tokens[to]!.kind !== 'eof') to++;
  return { walk, ...(role ? { role: role as 'warmup' | 'cooldown' } : {}), from, to };
}
