/**
 * What a run goes over ("Off-Road", "inc hills", "hilly course", a "Grass –" heading) is a
 * note for the athlete: the phrase becomes prose carrying the note, with the comma or dash that
 * led to it when it ends the part, so "30-40 mins relaxed, inc hills" is the relaxed run alone.
 */
import { ELEVATION_FEET, ELEVATION_GAIN_WORDS, ELEVATION_METRES, ELEVATION_WORDS, TERRAIN_CHOICES, TERRAIN_HEADINGS, TERRAIN_PHRASES } from '../dialect/terrain.js';
import type { Token } from '../lexer.js';
import { aside, isWord, longestPhrase, phraseTrie, writtenText } from './tokens.js';

const TRIE = phraseTrie(TERRAIN_PHRASES.map((p) => [p, true] as const));
const ENDS = new Set(['eof', 'newline', 'stop', 'comma', 'semicolon', 'rparen']);

export function terrain(tokens: Token[]): Token[] {
  return notesAt(tokens, terrainAt, 'where it is run');
}

/**
 * Each phrase `at` finds becomes prose carrying the note, with the comma or dash before it when it ends the part
 * (", inc hills" at the end of a part: the comma led to the note, not to another part).
 */
function notesAt(tokens: Token[], at: (tokens: Token[], k: number) => number | undefined, what: string): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = at(tokens, k);
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    const prev = out[out.length - 1];
    const first = (prev?.kind === 'comma' || prev?.kind === 'dash') && ENDS.has(tokens[end + 1]?.kind ?? 'eof') ? out.pop()! : tokens[k]!;
    out.push(aside(first, tokens[end]!, `${what}: ${writtenText(tokens, k, end)}`));
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

/**
 * "7 miles, 1500 vert", "10.6 miles – 1,080’ gain", "8 miles with 900 ft of climbing": how much a run climbs is a note,
 * no length of it (1,080’ is no 18 hours); the climb, with the comma or dash that led to it, becomes prose carrying it.
 */
export function elevation(tokens: Token[]): Token[] {
  return notesAt(tokens, elevationAt, 'the climb');
}

/** The last token of a climb given at k ("1500 vert", "1,080’ gain", "900 ft of climbing"). */
function elevationAt(tokens: Token[], k: number): number | undefined {
  // "6 x 200m climbing": the length of a rep is no climb.
  if (tokens[k]?.kind !== 'number' || tokens[k - 1]?.kind === 'x') return undefined;
  let j = k + 1;
  const unit = tokens[j];
  const feet = unit !== undefined && (isWord(unit, ELEVATION_FEET) || ELEVATION_FEET.has(unit.raw));
  if (feet || isWord(unit, ELEVATION_METRES)) j++;
  if (isWord(tokens[j], ['of'])) j++;
  // "400m climbing" may be a hill's length; only feet, or a gain said as one, are a climb for sure.
  if (isWord(unit, ELEVATION_METRES) && !isWord(tokens[j], ELEVATION_GAIN_WORDS)) return undefined;
  return isWord(tokens[j], ELEVATION_WORDS) ? j : undefined;
}
