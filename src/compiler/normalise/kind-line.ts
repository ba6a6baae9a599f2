/**
 * "4 miles\nEasy run", "4km\n轻松跑\n1月27日": a line that only names the kind of an easy run, right below a line that
 * is one length alone, says what that run is; it is no second run of open length. The line break between them is
 * dropped, so the two lines read as one ("4 miles easy run").
 */
import type { Token } from '../lexer.js';
import { isUnitWord, tokenLines } from './tokens.js';
import { STORY_KINDS } from './logged.js';

export function kindLines(tokens: Token[]): Token[] {
  const lines = tokenLines(tokens).map((l) => ({ read: l.tokens.filter((t) => t.kind !== 'prose' && t.kind !== 'stop'), end: l.end }));
  const at = lines.findIndex((l, k) => l.end.kind === 'newline' && lengthAlone(l.read) && namesKind(lines[k + 1]?.read ?? []));
  // The break is dropped: no word of the coach's is left out, so nothing is listed.
  return at < 0 ? tokens : tokens.filter((t) => t !== lines[at]!.end);
}

const lengthAlone = (line: Token[]) => line.length === 2 && line[0]!.kind === 'number' && isUnitWord(line[1]);

/** "easy", "easy run", "recovery run": the name of an easy kind of run, and nothing else. */
function namesKind(line: Token[]): boolean {
  if (line.length === 0 || !line.every((t) => t.kind === 'word')) return false;
  const words = line.map((t) => t.value).join(' ');
  return words === 'easy' || STORY_KINDS.has(words);
}
