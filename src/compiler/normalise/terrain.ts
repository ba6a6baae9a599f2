/**
 * What a run goes over ("Off-Road", "inc hills", "hilly course", a "Grass –" heading) is a
 * note for the athlete: the phrase becomes prose carrying the note, with the comma or dash that
 * led to it when it ends the part, so "30-40 mins relaxed, inc hills" is the relaxed run alone.
 */
import { TERRAIN_CHOICES, TERRAIN_HEADINGS, TERRAIN_PHRASES } from '../dialect/terrain.js';
import type { Token } from '../lexer.js';
import { aside, isWord, longestPhrase, phraseTrie } from './tokens.js';

const TRIE = phraseTrie(TERRAIN_PHRASES.map((p) => [p, true] as const));
const ENDS = new Set(['eof', 'newline', 'stop', 'comma', 'semicolon', 'rparen']);

export function terrain(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = terrainAt(tokens, k);
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    let first = tokens[k]!;
    const last = tokens[end]!;
    const prev = out[out.length - 1];
    // ", inc hills" at the end of a part: the comma led to the note, not to another part.
    if ((prev?.kind === 'comma' || prev?.kind === 'dash') && ENDS.has(tokens[end + 1]?.kind ?? 'eof')) first = out.pop()!;
    const written = tokens.slice(k, end + 1).map((t, j) => (j > 0 && t.spaced ? ` ${t.raw}` : t.raw)).join('');
    out.push(aside(first, last, `where it is run: ${written}`));
    k = end;
  }
  return out;
}

/** The last token of a terrain phrase at k, or of a terrain heading with its dash or colon. */
function terrainAt(tokens: Token[], k: number): number | undefined {
  const found = longestPhrase(TRIE, tokens, k);
  if (found && !isWord(tokens[found.end + 1], TERRAIN_CHOICES)) return found.end;
  const before = tokens[k - 1];
  const heads = !before || before.kind === 'newline';
  if (heads && isWord(tokens[k], TERRAIN_HEADINGS) && (tokens[k + 1]?.kind === 'dash' || tokens[k + 1]?.kind === 'colon')) return k + 1;
  return undefined;
}
