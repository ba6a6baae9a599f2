/**
 * A refusal quotes the coach's words where it stopped: a pass may have rewritten them ("8 minute
 * miles" as a pace, "heart rate zone 2" as an effort), and the rewritten tokens have no text of their
 * own, so the message said "unexpected ''" or "unexpected '@ e'", which names nothing the coach wrote.
 */
import { describe, expect, it } from 'vitest';
import { parseSession } from '../../../src/compiler/index.js';

const refusal = (text: string) => {
  const r = parseSession(text);
  expect(r.ok, text).toBe(false);
  return r.ok ? undefined : r.error;
};

describe('a refusal at words a pass rewrote', () => {
  it('quotes them as written', () => {
    expect(refusal('8 minute miles or 9 minute miles')?.message).toBe("unexpected '8 minute miles'");
    expect(refusal('ride at 8 min/mile')?.message).toBe("unexpected '8 min/mile'");
    expect(refusal('heart rate zone 2 not zone 3')?.message).toBe("unexpected 'heart rate zone 2'");
    expect(refusal('pulse 70-85% or 60%')?.message).toBe("unexpected 'pulse 70-85%'");
  });

  it('and still points at them', () => {
    const e = refusal('ride at 8 min/mile')!;
    expect('ride at 8 min/mile'.slice(e.offset, e.offset + e.length)).toBe('8 min/mile');
  });
});
