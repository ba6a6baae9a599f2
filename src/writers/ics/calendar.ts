/**
 * The VCALENDAR text, serialised by ical-generator (properties, escaping, date
 * forms) with VTIMEZONE blocks from timezones-ical-library (current IANA rules).
 *
 * ical-generator folds a whole calendar with a new TextEncoder per character,
 * which was most of a 52-week feed's time, and offers no way to turn folding
 * off. So each event is serialised by ical-generator unfolded
 * (`ICalEvent.toString()`) and folded by `fold.ts`, which breaks lines exactly
 * where ical-generator's `foldLines` does; the calendar header is written by
 * ical-generator on its own. An event's text depends only on its own content
 * and revision, so it is kept, folded, by those: after a plan edit only the
 * sessions that changed are serialised again.
 *
 * Three things ical-generator does not do the way a feed needs, worked around here:
 * - With a calendar time zone set, it writes DTSTAMP and LAST-MODIFIED as local
 *   times without "Z", which RFC 5545 forbids. So the calendar gets no zone name
 *   (only the VTIMEZONE generator); each timed event carries its own TZID.
 * - It writes NAME and X-WR-CALDESC unescaped, so a plan name with a comma or a
 *   newline would corrupt the feed. Those values are escaped before handing over.
 * - It writes X-WR-TIMEZONE and the refresh hint after the VTIMEZONE component;
 *   RFC 5545 puts calendar properties before components, so they are written
 *   into the header here.
 */
import { DateTime } from 'luxon';
import { ICalCalendar, ICalCalendarMethod, ICalEvent, ICalEventTransparency, escape } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Revision } from './options.js';
import type { EventContent } from './event.js';
import { foldLines } from './fold.js';

export const PRODID = '//runcast//runcast//EN';
/** Subscribed feeds are re-fetched this often: plans change, but not by the minute. */
export const REFRESH_INTERVAL = 'PT3H';

export interface CalendarInput {
  name: string;
  description: string;
  zone: string;
  /** Each event with the hash of what it shows (`hashEventContent`). */
  events: { content: EventContent; contentHash: string; revision: Revision }[];
}

let knownZones: Set<string> | undefined;

/**
 * The VTIMEZONE block for a zone, or null. Asking the library about a zone it
 * lacks makes it log to the console, so the list is consulted first; a block
 * whose TZID is not the name asked for (it maps "UTC" to "Etc/UTC") is refused,
 * since a TZID without its own VTIMEZONE is invalid.
 */
export function vtimezone(zone: string): string | null {
  let block = vtimezones.get(zone);
  if (block === undefined) {
    knownZones ??= new Set(tzlib_get_timezones() as string[]);
    const found = knownZones.has(zone) ? tzlib_get_ical_block(zone) : undefined;
    const text = Array.isArray(found) ? found[0] : undefined;
    block = text && text.includes(`\r\nTZID:${zone}\r\n`) ? text : null;
    // Bounded by the zones the library knows (a few hundred), plus the unknown names asked for, which are refused by validation first.
    if (vtimezones.size < 1_000) vtimezones.set(zone, block);
  }
  return block;
}

/** Blocks by zone: the library builds each block anew on every call. */
const vtimezones = new Map<string, string | null>();

export function renderCalendar(input: CalendarInput): string {
  // Without a VTIMEZONE for the zone, timed events are written as UTC instants
  // (still computed from the athlete's wall clock), which every client reads right.
  const block = vtimezone(input.zone);
  const eventZone = block ? input.zone : null;
  const cal = new ICalCalendar({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    name: escape(input.name, false),
    description: escape(input.description, false),
  });
  let events = '';
  let timed = false;
  for (const { content, contentHash, revision } of input.events) {
    events += eventText(content, contentHash, revision, eventZone, cal);
    timed ||= !content.timing.allDay;
  }
  // The header as ical-generator writes a calendar with no events, then what it would add for them.
  const empty = cal.toString();
  const head = empty.slice(0, empty.lastIndexOf('\r\nEND:VCALENDAR'));
  const lines = [
    `X-WR-TIMEZONE:${input.zone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`,
    `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`,
  ];
  // Only timed events name the zone, so only they need its definition.
  if (block && timed) lines.push(block.replace(/\r?\n/g, '\r\n').trim());
  // Folding works line by line, so events folded on their own join the folded header unchanged.
  return `${head}\r\n${foldLines(`${lines.join('\r\n')}\r\n`)}${events}END:VCALENDAR\r\n`;
}

/**
 * Serialised events by everything that goes into them; bounded (about
 * 5,000 × 1 KB), oldest dropped first, so memory does not grow with athletes.
 */
const eventCache = new Map<string, string>();
const EVENT_CACHE_LIMIT = 5_000;

/** One VEVENT as ical-generator writes it, folded, ending with CRLF. */
function eventText(e: EventContent, contentHash: string, revision: Revision, zone: string | null, cal: ICalCalendar): string {
  const t = e.timing;
  // The content hash covers what the event shows (wall-clock times, zone, texts, link, busy/free);
  // the instants are added for events written in UTC, where the offset matters too.
  const when = t.allDay ? 'all-day' : `${zone ?? 'UTC'} ${t.start.toMillis()}/${t.end.toMillis()}`;
  const key = `${contentHash} ${e.uid} ${revision.sequence} ${revision.modified} ${when}`;
  const hit = eventCache.get(key);
  if (hit !== undefined) return hit;
  const modified = DateTime.fromISO(revision.modified, { zone: 'utc' });
  const text = new ICalEvent(
    {
      id: e.uid,
      sequence: revision.sequence,
      stamp: modified,
      lastModified: modified,
      allDay: t.allDay,
      start: t.start,
      end: t.end,
      timezone: t.allDay ? null : zone,
      summary: e.summary,
      description: e.description,
      transparency: e.transparent ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      url: e.url ?? null,
    },
    cal,
  ).toString();
  const folded = foldLines(text);
  if (eventCache.size >= EVENT_CACHE_LIMIT) eventCache.delete(eventCache.keys().next().value!);
  eventCache.set(key, folded);
  return folded;
}
