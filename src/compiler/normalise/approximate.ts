/**
 * "a good warm up of around 15 minutes", "a continuous tempo run of around 40 minutes",
 * "recovery c. 2 minutes": a word that says a figure is approximate changes no step, the
 * figure is run as written. Before a length it is read past as prose and listed.
 * Before anything else ("about the session", "around the park") it is left as it stands.
 */
import type { Token } from '../lexer.js';
import { APPROXIMATE } from '../dialect/categories.js';

const figureAt = (tokens: Token[], k: number) => tokens[k]?.kind === 'number' || tokens[k]?.kind === 'clock';

export function approximations(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'word' && APPROXIMATE.has(t.value))) return tokens;
  const out = tokens.slice();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !APPROXIMATE.has(t.value)) continue;
    // "c. 2 minutes": the abbreviation's full stop goes with it.
    const next = tokens[k + 1]?.kind === 'dot' || tokens[k + 1]?.kind === 'stop' ? k + 2 : k + 1;
    if (!figureAt(tokens, next)) continue;
    for (let j = k; j < next; j++) out[j] = { ...tokens[j]!, kind: 'prose' };
  }
  return out;
}
