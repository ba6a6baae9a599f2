/**
 * One athlete's changes to sessions of their plan, made by the coach for that
 * athlete alone: a session moved to another day, skipped, rewritten, or a
 * session added. A change names a session by its place in the plan ("w3-wed-0"),
 * not by its text, so it survives edits of the plan and follows it.
 */
import { z } from 'zod';

const sessionId = z
  .string()
  .regex(/^w\d{1,3}-(mon|tue|wed|thu|fri|sat|sun)-\d{1,2}$/, 'a session id such as "w3-wed-0"')
  .meta({ description: 'The session, by its place in the plan ("w3-wed-0": week 3, Wednesday, first session)' });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const text = z.string().trim().min(1).max(1000);

export const sessionChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), session: sessionId, date: day.meta({ description: 'The day it moves to' }) }).strict(),
  z.object({ kind: z.literal('skip'), session: sessionId }).strict(),
  z.object({ kind: z.literal('replace'), session: sessionId, text: text.meta({ description: 'The session for this athlete, in shorthand' }) }).strict(),
  z.object({ kind: z.literal('add'), date: day, text }).strict(),
]);

export type SessionChangeInput = z.infer<typeof sessionChangeSchema>;
export type SessionChange = SessionChangeInput & { id: string; createdAt: string };

/** The stored list, read back; anything unreadable (a hand edit) is left out rather than failing the athlete. */
/** A stored JSON list, or nothing when it is not one (a hand edit): an athlete is never failed by it. */
function jsonList(json: string): unknown[] {
  try {
    const raw: unknown = JSON.parse(json);
    return Array.isArray(raw) ? raw : [];
  } catch {
    return [];
  }
}

export function readChanges(json: string): SessionChange[] {
  return jsonList(json).flatMap((c: unknown) => {
    if (!c || typeof c !== 'object') return [];
    const { id, createdAt, ...change } = c as Record<string, unknown>;
    const parsed = sessionChangeSchema.safeParse(change);
    if (!parsed.success || typeof id !== 'string' || typeof createdAt !== 'string') return [];
    return [{ ...parsed.data, id, createdAt }];
  });
}

/**
 * A plan the athlete followed before the current one, kept as it was until the day the next
 * began: the calendar, the page and the files keep the athlete's history. A library plan is
 * kept as its text was then; later edits of the library change only who follows it now.
 */
export interface PastPlan {
  plan: { template: string } | { yaml: string };
  start: string;
  race?: string;
  changes: SessionChange[];
  /** The first day of the plan that followed: this one's sessions from then on are gone. */
  until: string;
}

const pastPlanSchema = z.object({
  plan: z.union([z.object({ template: z.string() }), z.object({ yaml: z.string() })]),
  start: day,
  race: day.optional(),
  changes: z.array(z.unknown()),
  until: day,
});

export function readHistory(json: string): PastPlan[] {
  return jsonList(json).flatMap((p) => {
    const parsed = pastPlanSchema.safeParse(p);
    return parsed.success ? [{ ...parsed.data, changes: readChanges(JSON.stringify(parsed.data.changes)) }] : [];
  });
}
