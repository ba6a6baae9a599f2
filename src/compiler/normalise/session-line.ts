/**
 * "🏃 Semana 0: Rodaje Suave\nSemana de Arranque.\nEntrenamiento: 30 min de rodaje suave + 6 rectas de 80m.",
 * "Week 3: Tempo\nBuilding phase.\nWorkout: 10 min wu + 20 min tempo + 10 min cd": a line opened by "Workout:" (or
 * its word in another language, dialect/labels.ts) holds the session; the lines above it are its title and phase,
 * kept in the notes. Only where those lines hold no figure but a heading's number ("Week 3"), so no part of the
 * session is left behind.
 */
import { HEADING_WORDS, SESSION_LINE_HEADS } from '../dialect/labels.js';
import type { Token } from '../lexer.js';
import { aside, isWord, writtenText } from './tokens.js';

export function sessionLine(tokens: Token[]): Token[] {
  const head = headLine(tokens);
  if (head === undefined) return tokens;
  const note = `'${writtenText(tokens, 0, head - 1).replace(/\s+/g, ' ').trim()}' is the session's title`;
  return [aside(tokens[0]!, tokens[head + 1]!, note), ...tokens.slice(head + 2)];
}

/** The index of the head word of the session's line, when the lines above it are only its title. */
function headLine(tokens: Token[]): number | undefined {
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k - 1]!.kind !== 'newline' || !isWord(tokens[k], SESSION_LINE_HEADS) || tokens[k + 1]!.kind !== 'colon') continue;
    const after = tokens.slice(k + 2);
    if (!after.some((t) => t.kind === 'number' || t.kind === 'clock')) return undefined;
    return titleOnly(tokens.slice(0, k)) ? k : undefined;
  }
  return undefined;
}

/** No figure above the session's line but the number of a heading ("Week 3", "Semana 0"). */
function titleOnly(above: Token[]): boolean {
  return above.every((t, j) => (t.kind !== 'number' && t.kind !== 'clock') || (isWord(above[j - 1], HEADING_WORDS) && (above[j + 1]?.kind === 'colon' || above[j + 1]?.kind === 'newline')));
}
