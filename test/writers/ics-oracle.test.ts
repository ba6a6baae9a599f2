/**
 * The feed against ical-generator's own rendering of the whole calendar. The
 * writer serialises events with ical-generator but folds once with its own
 * `foldLines` and keeps serialised events by content; this renders the same
 * events the plain way and requires the same bytes, so a change on either
 * side shows up here.
 */
import { escape, ICalCalendar, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { CompiledPlan } from '../../src/ir/workout.js';
import { PRODID, REFRESH_INTERVAL, renderCalendar, vtimezone, type CalendarInput } from '../../src/writers/ics/calendar.js';
import { sessionEvent, sessionsPerDate } from '../../src/writers/ics/event.js';
import { parseIcsOptions, type IcsOptions } from '../../src/writers/ics/options.js';
import { hashEventContent, RevisionLog } from '../../src/writers/ics/revisions.js';
import { samplePlan } from '../../fixtures/ics/sample-plan.js';

/** ical-generator renders (and folds) the whole calendar; the refresh lines go before the first component. */
function icalGeneratorFeed(input: CalendarInput): string {
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
    const t = e.timing;
    cal.createEvent({
      id: e.uid,
      sequence: revision.sequence,
      stamp: modified,
      lastModified: modified,
      allDay: t.allDay,
      start: t.start,
      end: t.end,
      timezone: t.allDay ? null : eventZone,
      summary: e.summary,
      description: e.description,
      transparency: e.transparent ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      url: e.url ?? null,
    });
  }
  const ics = cal.toString();
  const header = [`X-WR-TIMEZONE:${input.zone}`, `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`, `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`];
  const at = ics.indexOf('\r\nBEGIN:', 1);
  const cut = at >= 0 ? at : ics.lastIndexOf('\r\nEND:VCALENDAR');
  return `${ics.slice(0, cut)}\r\n${header.join('\r\n')}${ics.slice(cut)}\r\n`;
}

function calendarInput(plan: CompiledPlan, raw: IcsOptions): CalendarInput {
  const options = parseIcsOptions(raw);
  const perDate = sessionsPerDate(plan);
  const log = new RevisionLog({}, '2026-02-20T09:30:15Z');
  return {
    name: `${plan.name} — ${plan.athlete.name}`,
    description: `${plan.description ?? ''}\n\nPaces, per mile; a comma, a semicolon; a \\ backslash.`,
    zone: plan.athlete.timezone,
    events: plan.sessions.map((w) => {
      const content = sessionEvent(w, plan, options, perDate);
      const contentHash = hashEventContent(content);
      return { content, contentHash, revision: log.revisions(content.uid, contentHash) };
    }),
  };
}

const TIMED: IcsOptions = {
  times: { tue: '06:30', thu: '23:45', sat: '02:30' },
  defaultTime: '17:30',
  baseUrl: 'https://runcast.example/a/jordan',
};

describe('renderCalendar', () => {
  // UTC has no VTIMEZONE of its own (timed events become UTC instants); Lord Howe shifts by half an hour.
  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];

  for (const zone of zones) {
    it(`writes the bytes ical-generator wrote, in ${zone}`, () => {
      // 26 weeks from January cross both DST changes of either hemisphere.
      const plan = samplePlan({ zone, weeks: 26, start: '2026-01-05', athlete: 'Zoë “Flash” Ñandú, Jr.; 🐆', name: 'Mile; 8-week, v2' });
      for (const options of [{}, TIMED]) {
        const input = calendarInput(plan, options);
        expect(renderCalendar(input)).toBe(icalGeneratorFeed(input));
      }
    });
  }
});
