/**
 * The VCALENDAR text, serialised by ical-generator (escaping, folding) with
 * VTIMEZONE blocks from timezones-ical-library (current IANA rules).
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
import { ICalCalendar, ICalCalendarMethod, ICalEventTransparency, escape } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Revision } from './options.js';
import type { EventContent } from './event.js';

export const PRODID = '//runcast//runcast//EN';
/** Subscribed feeds are re-fetched this often: plans change, but not by the minute. */
export const REFRESH_INTERVAL = 'PT3H';

export interface CalendarInput {
  name: string;
  description: string;
  zone: string;
  events: { content: EventContent; revision: Revision }[];
}

let knownZones: Set<string> | undefined;

/**
 * The VTIMEZONE block for a zone, or null. Asking the library about a zone it
 * lacks makes it log to the console, so the list is consulted first; a block
 * whose TZID is not the name asked for (it maps "UTC" to "Etc/UTC") is refused,
 * since a TZID without its own VTIMEZONE is invalid.
 */
export function vtimezone(zone: string): string | null {
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  if (!knownZones.has(zone)) return null;
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : undefined;
  return text && text.includes(`\r\nTZID:${zone}\r\n`) ? text : null;
}

export function renderCalendar(input: CalendarInput): string {
  // Without a VTIMEZONE for the zone, timed events are written as UTC instants
  // (still computed from the athlete's wall clock), which every client reads right.
  const eventZone = vtimezone(input.zone) ? input.zone : null;
  const cal = new ICalCalendar({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    name: escape(input.name, false),
    description: escape(input.description, false),
    timezone: { name: null, generator: vtimezone },
  });

  for (const { content: e, revision } of input.events) {
    const modified = DateTime.fromISO(revision.modified, { zone: 'utc' });
    cal.createEvent({
      id: e.uid,
      sequence: revision.sequence,
      stamp: modified,
      lastModified: modified,
      allDay: e.timing.allDay,
      start: e.timing.start,
      end: e.timing.end,
      timezone: e.timing.allDay ? null : eventZone,
      summary: e.summary,
      description: e.description,
      transparency: e.transparent ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      url: e.url ?? null,
    });
  }

  const header = [
    `X-WR-TIMEZONE:${input.zone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`,
    `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`,
  ];
  return insertHeader(cal.toString(), header) + '\r\n';
}

/** Calendar properties go before the first component. Folded continuation lines start with a space, so "\r\nBEGIN:" only matches a real line. */
function insertHeader(ics: string, lines: string[]): string {
  const at = ics.indexOf('\r\nBEGIN:', 1);
  const cut = at >= 0 ? at : ics.lastIndexOf('\r\nEND:VCALENDAR');
  return `${ics.slice(0, cut)}\r\n${lines.join('\r\n')}${ics.slice(cut)}`;
}
