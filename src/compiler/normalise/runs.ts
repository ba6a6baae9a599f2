/**
 * Runs described in words (dialect/runs.ts): "4 mi very easy" is run at
 * recovery pace, "at regular run pace" at easy pace; "easy through rolling
 * hills" says where the run goes, not that it holds hill repetitions, and is
 * kept as words that change no step.
 */
import { AFTER_LENGTH, RUN_PACE_PHRASES, TERRAIN_PHRASES } from '../dialect/runs.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import type { Token } from '../lexer.js';
import { longestPhrase, phraseTrie, replacement } from './tokens.js';

/** A pace phrase's replacement, or the ground a run goes over. */
type Found = { to: string } | { terrain: true };
const TRIE = phraseTrie<Found>([...RUN_PACE_PHRASES.map(([phrase, to]) => [phrase, { to }] as const), ...TERRAIN_PHRASES.map((phrase) => [phrase, { terrain: true }] as const)]);

export function runWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const found = longestPhrase(TRIE, tokens, k);
    if (!found) {
      out.push(afterLength(t, out[out.length - 1]) ?? t);
      continue;
    }
    const last = tokens[found.end]!;
    if ('terrain' in found.value) {
      const written = tokens.slice(k, found.end + 1).map((x, j) => (j > 0 && x.spaced ? ' ' : '') + x.raw).join('');
      const note = `'${written}' is where the run goes: the ground, not hill repetitions`;
      out.push({ ...t, kind: 'prose', value: '', raw: '', length: last.offset + last.length - t.offset, synthetic: true, note });
    } else {
      // "at very easy pace": the mark is written once.
      const prev = out[out.length - 1];
      const marked = prev?.kind === 'at' || (prev?.kind === 'word' && prev.value === 'at');
      const to = marked ? found.value.to.replace(/^@ /, '') : found.value.to;
      out.push(...replacement(to, t, last));
    }
    k = found.end;
  }
  return out;
}

/** "5 miles Aerobic": after a length, the word for how it is run. */
function afterLength(t: Token, prev: Token | undefined): Token | undefined {
  const to = t.kind === 'word' ? AFTER_LENGTH[t.value] : undefined;
  const unit = prev?.kind === 'word' && (DISTANCE_UNITS[prev.value] !== undefined || TIME_UNITS[prev.value] !== undefined);
  return to && unit ? { ...t, value: to, synthetic: true } : undefined;
}
