/**
 * "4 miles\nEasy run", "4km\n轻松跑\n1月27日": a line that only names the kind of an easy run, right below a line that
 * is one length alone, says what that run is; it is no second run of open length. The line break between them is
 * dropped, so the two lines read as one ("4 miles easy run").
 */
import type { Token } from '../lexer.js';
import { isUnitWord } from './tokens.js';
import { STORY_KINDS } from './logged.js';

export function kindLines(tokens: Token[]): Token[] {
  const breaks = tokens.map((t, k) => (t.kind === 'newline' ? k : -1)).filter((k) => k >= 0);
  for (const nl of breaks) {
    const before = lineBefore(tokens, nl);
    const after = lineAfter(tokens, nl);
    if (!before || !after || !lengthAlone(before) || !namesKind(after)) continue;
    // The break is dropped: no word of the coach's is left out, so nothing is listed.
    return [...tokens.slice(0, nl), ...tokens.slice(nl + 1)];
  }
  return tokens;
}

/** The tokens of the line that ends at the break `nl`, prose left out. */
function lineBefore(tokens: Token[], nl: number): Token[] | undefined {
  let k = nl - 1;
  while (k >= 0 && tokens[k]!.kind !== 'newline') k--;
  return tokens.slice(k + 1, nl).filter((t) => t.kind !== 'prose');
}

/** The tokens of the line that opens after the break `nl`, prose left out. */
function lineAfter(tokens: Token[], nl: number): Token[] | undefined {
  let k = nl + 1;
  while (k < tokens.length && tokens[k]!.kind !== 'newline' && tokens[k]!.kind !== 'eof') k++;
  return tokens.slice(nl + 1, k).filter((t) => t.kind !== 'prose' && t.kind !== 'stop');
}

const lengthAlone = (line: Token[]) => line.length === 2 && line[0]!.kind === 'number' && isUnitWord(line[1]);

/** "easy", "easy run", "recovery run": the name of an easy kind of run, and nothing else. */
function namesKind(line: Token[]): boolean {
  if (line.length === 0 || !line.every((t) => t.kind === 'word')) return false;
  const words = line.map((t) => t.value).join(' ');
  return words === 'easy' || STORY_KINDS.has(words);
}
