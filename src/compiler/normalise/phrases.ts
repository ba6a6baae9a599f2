/** Phrases: several words or marks that mean one thing ("warm-up", "c/d", "followed by", "min/mile"). Longest match wins. */
import { PHRASES } from '../dialect/words.js';
import type { Token } from '../lexer.js';
import { keyOf, replacement } from './tokens.js';

interface Node {
  next: Map<string, Node>;
  to?: string;
}

const root: Node = { next: new Map() };
for (const [pattern, to] of PHRASES) {
  let n = root;
  for (const key of pattern.split(' ')) {
    let child = n.next.get(key);
    if (!child) n.next.set(key, (child = { next: new Map() }));
    n = child;
  }
  n.to = to;
}

export function phrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let n: Node | undefined = root;
    let best: { end: number; to: string } | undefined;
    for (let j = k; j < tokens.length && n; j++) {
      n = n.next.get(keyOf(tokens[j]!));
      if (n?.to !== undefined) best = { end: j, to: n.to };
    }
    if (!best || (best.end === k && tokens[k]!.kind === 'word' && best.to === tokens[k]!.value)) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...replacement(best.to, tokens[k]!, tokens[best.end]!));
    k = best.end;
  }
  return out;
}
