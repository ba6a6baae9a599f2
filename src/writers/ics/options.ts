/**
 * The ICS writer's options, checked once at the door so the rest of the
 * writer can trust them. Bad options become a WriterError with a diagnostic
 * naming the option, never an exception from deep inside a library.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';
import type { Weekday } from '../../ir/workout.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import type { WriterOptions } from '../registry.js';

/** What the service's revision store answers for one event. */
export interface Revision {
  /** SEQUENCE: starts at 0 and grows each time the event's content changes. */
  sequence: number;
  /** ISO instant the content last changed; written as DTSTAMP and LAST-MODIFIED. */
  modified: string;
}

export type RevisionLookup = (uid: string, contentHash: string) => Revision;

export interface IcsOptions {
  baseUrl?: string;
  /** Preferred local start time per weekday ("06:30"); days without one use `defaultTime` or become all-day. */
  times?: Partial<Record<Weekday, string>>;
  defaultTime?: string;
  includeRest?: boolean;
  includeNonRunning?: boolean;
  revisions?: RevisionLookup;
  /** ISO instant used as DTSTAMP/LAST-MODIFIED when there is no revision store. */
  generatedAt?: string;
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as "06:30"');

const isoInstant = z
  .string()
  .refine((s) => /[Tt]/.test(s) && DateTime.fromISO(s, { setZone: true }).isValid, {
    message: 'an ISO instant such as "2026-03-01T12:00:00Z"',
  });

// A base URL is pasted into URL properties and descriptions: characters that
// the iCalendar TEXT escaping would rewrite (",", ";", "\") would corrupt the link.
const baseUrl = z
  .string()
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s) && !/[\s,;\\"]/.test(s), {
    message: 'an http(s) URL without spaces, commas, semicolons or backslashes',
  })
  .transform((s) => s.replace(/\/+$/, ''));

const schema = z.object({
  baseUrl: baseUrl.optional(),
  times: z
    .object({ mon: clock, tue: clock, wed: clock, thu: clock, fri: clock, sat: clock, sun: clock })
    .partial()
    .strict()
    .optional(),
  defaultTime: clock.optional(),
  includeRest: z.boolean().optional(),
  includeNonRunning: z.boolean().optional(),
  revisions: z.custom<RevisionLookup>((v) => typeof v === 'function', 'a function (uid, contentHash) => { sequence, modified }').optional(),
  generatedAt: isoInstant.optional(),
});

/** The options this writer understands; other writers' options passed alongside are ignored. */
export function parseIcsOptions(raw: WriterOptions | IcsOptions = {}): IcsOptions {
  const result = schema.safeParse(raw);
  if (result.success) return stripUndefined(result.data);
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'options';
  throw new WriterError(
    writerDiagnostic(`ics: option "${where}" is invalid: ${issue.message}`, 'see the ICS writer options: baseUrl, times, defaultTime, includeRest, includeNonRunning, revisions, generatedAt'),
  );
}

function stripUndefined(o: z.output<typeof schema>): IcsOptions {
  const out: IcsOptions = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Instants already checked: a feed asks about the same few revision instants
 * for each of its hundreds of events, and a luxon parse per event was a fifth
 * of a 52-week feed's time. Bounded; the answer for a string never changes.
 */
const checkedInstants = new Map<string, boolean>();
const CHECKED_LIMIT = 1024;

export function isIsoInstant(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  let ok = checkedInstants.get(s);
  if (ok === undefined) {
    ok = isoInstant.safeParse(s).success;
    if (checkedInstants.size >= CHECKED_LIMIT) checkedInstants.clear();
    checkedInstants.set(s, ok);
  }
  return ok;
}

/** A revision answered by the service's store, checked before it is written into the feed. */
export function checkRevision(uid: string, r: unknown): Revision {
  const ok =
    typeof r === 'object' &&
    r !== null &&
    Number.isInteger((r as Revision).sequence) &&
    (r as Revision).sequence >= 0 &&
    isIsoInstant((r as Revision).modified);
  if (!ok) {
    throw new WriterError(
      writerDiagnostic(
        `ics: the revision store answered ${JSON.stringify(r)} for ${uid}`,
        'revisions(uid, hash) must return { sequence: a whole number ≥ 0, modified: an ISO instant }',
      ),
    );
  }
  return r as Revision;
}
