/**
 * Heart rates written in words: zones said to be heart-rate zones or placed within ("heart rate
 * zone 2", "zone 2 heart rate", "low to mid Zone 2") are the zone alone, and a share led by a
 * heart-rate word ("pulse 70-85%", "Maximalpuls 90 Prozent") is a share of maximum heart rate, as
 * "70-85% HRmax" is. The effort pass (efforts.ts) then reads them as it reads "Z2" and "75% HRmax";
 * the words written stay under the tokens, so the step's notes show them.
 */
import { SHARE_OF_MAX_LEADS, ZONE_PLACES, ZONE_QUALIFIERS } from '../dialect/pace-words.js';
import type { Token } from '../lexer.js';
import { isWord, longestPhrase, phraseTrie } from './tokens.js';

interface Made {
  tokens: Token[];
  end: number;
}

const ZONE_WORDS = phraseTrie(ZONE_QUALIFIERS.map((q) => [q, q] as const));
const ZONE_PLACE_WORDS = phraseTrie(ZONE_PLACES.map((q) => [q, q] as const));
const SHARE_LEADS = phraseTrie(SHARE_OF_MAX_LEADS.map((q) => [q, q] as const));

export function heartRateWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const made = zoneAt(tokens, k) ?? shareAt(tokens, k);
    if (!made) out.push(tokens[k]!);
    else {
      out.push(...made.tokens);
      k = made.end;
    }
  }
  return out;
}

/** "heart rate zone 2", "low to mid Zone 2" are "zone 2" over the same words; "zone 2-3 heart rate" is "zone 2-3". */
function zoneAt(tokens: Token[], k: number): Made | undefined {
  const lead = zoneLeadEnd(tokens, k);
  const z = lead + 1;
  if (!isWord(tokens[z], ['zone', 'z']) || tokens[z + 1]?.kind !== 'number') return undefined;
  // "1 hr zone 2": "hr" after a number is its hours.
  if (lead >= k && tokens[k - 1]?.kind === 'number') return undefined;
  let end = z + 1;
  const joined = tokens[end + 1]?.kind === 'dash' || isWord(tokens[end + 1], ['to']);
  if (joined && tokens[end + 2]?.kind === 'number') end += 2;
  const after = longestPhrase(ZONE_WORDS, tokens, end + 1);
  if (lead < k && !after) return undefined;
  const from = tokens[k]!;
  const zone = tokens[z]!;
  const made: Token = { ...zone, offset: from.offset, length: zone.offset + zone.length - from.offset, spaced: from.spaced };
  return { tokens: [made, ...tokens.slice(z + 1, end + 1)], end: after?.end ?? end };
}

/** The last word before a zone that says where in it or that it is a heart-rate zone ("low to mid", "heart rate"); k - 1 for none. */
function zoneLeadEnd(tokens: Token[], k: number): number {
  const place = longestPhrase(ZONE_PLACE_WORDS, tokens, k);
  const j = place ? place.end + 1 : k;
  const hr = longestPhrase(ZONE_WORDS, tokens, j);
  return hr ? hr.end : j - 1;
}

/** "pulse 70-85%", "HR 80%": the share, then a word the effort pass reads as maximum heart rate, over the same words. */
function shareAt(tokens: Token[], k: number): Made | undefined {
  const lead = longestPhrase(SHARE_LEADS, tokens, k);
  if (!lead || tokens[k - 1]?.kind === 'number') return undefined;
  const low = lead.end + 1;
  const joined = tokens[low + 1]?.kind === 'dash' || isWord(tokens[low + 1], ['to']);
  const high = joined && tokens[low + 2]?.kind === 'number' ? low + 2 : low;
  const percent = tokens[high + 1];
  if (tokens[low]?.kind !== 'number' || percent?.kind !== 'percent') return undefined;
  const first = tokens[k]!;
  // Each token stands over all the words, so the notes show them as written ("pulse 70-85%").
  const over = (t: Token): Token => ({ ...t, offset: first.offset, length: percent.offset + percent.length - first.offset, spaced: first.spaced });
  const hrmax: Token = { ...over(percent), kind: 'word', value: 'hrmax', synthetic: true };
  return { tokens: [...tokens.slice(low, high + 2).map(over), hrmax], end: high + 1 };
}
