/**
 * Where each character of a scalar's value stands in its document. YAML folds
 * and unescapes, CSV doubles quotes and spans lines: the value is not a plain
 * slice of the file, so positions are found by walking both in step.
 */
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Absolute offset in `source` of every character of `value`, searching from `from`. */
export function alignValue(source: string, from: number, value: string): number[] {
  const map: number[] = new Array(value.length);
  let pos = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    let k = pos;
    // A folded line break stands for a space; a missing character (an escape) keeps the position.
    const limit = Math.min(source.length, pos + 200);
    if (isSpace(c)) while (k < limit && !isSpace(source[k])) k++;
    else while (k < limit && source[k] !== c) k++;
    if (k < limit) pos = k;
    map[i] = pos;
    if (k < limit) pos++;
  }
  return map;
}

/** 1-based line and column of an absolute offset. */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') starts.push(k + 1);
  return starts;
}

export interface Locator {
  at: (local: number) => { line: number; column: number; offset: number };
}

/** A function from positions in `value` to positions in the document. */
export function locator(source: string, lineStarts: readonly number[], from: number, value: string): Locator['at'] {
  const map = alignValue(source, from, value);
  return (local) => {
    const offset = value.length === 0 ? from : local < value.length ? map[Math.max(0, local)]! : map[value.length - 1]! + 1;
    return { ...lineColumn(lineStarts, offset), offset };
  };
}
