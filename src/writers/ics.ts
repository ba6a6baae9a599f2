/**
 * ICS calendar feed: one VCALENDAR per athlete and plan, one event per
 * session, in the athlete's time zone. Regenerating from the same plan and
 * revisions gives the same bytes, so a subscribed calendar sees no change
 * unless a session really changed.
 */
import type { CompiledPlan, Workout } from '../ir/workout.js';
import { cleanText } from '../ir/text.js';
import { registerWriter, type OutputFile, type WriterOptions } from './registry.js';
import { renderCalendar } from './ics/calendar.js';
import { sessionEvent, sessionsPerDate } from './ics/event.js';
import { checkRevision, parseIcsOptions, type IcsOptions, type Revision } from './ics/options.js';
import { hashEventContent } from './ics/revisions.js';
import { checkZone } from './ics/timing.js';

export { sessionContentHash, RevisionLog, type RevisionMap, type RevisionRecord } from './ics/revisions.js';
export { eventUid } from './ics/event.js';
export type { IcsOptions, Revision, RevisionLookup } from './ics/options.js';

export const ICS_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/** The feed as text (CRLF lines, UTF-8). Throws WriterError on bad options or an undated plan. */
export function writeIcs(plan: CompiledPlan, rawOptions: WriterOptions | IcsOptions = {}): string {
  const options = parseIcsOptions(rawOptions);
  const zone = checkZone(plan.athlete.timezone);
  const perDate = sessionsPerDate(plan);
  const fallback: Revision = { sequence: 0, modified: options.generatedAt ?? defaultModified(plan) };

  const events = plan.sessions.filter((w) => included(w, options)).map((w) => {
    const content = sessionEvent(w, plan, options, perDate);
    const contentHash = hashEventContent(content);
    const revision = options.revisions ? checkRevision(content.uid, options.revisions(content.uid, contentHash)) : fallback;
    return { content, contentHash, revision };
  });

  return renderCalendar({ name: cleanText(calendarName(plan)), description: cleanText(calendarDescription(plan)), zone, events });
}

function included(w: Workout, options: IcsOptions): boolean {
  if (w.sport === 'rest') return options.includeRest !== false;
  if (w.sport === 'strength' || w.sport === 'cross_training') return options.includeNonRunning !== false;
  return true;
}

/** Midnight UTC of the plan's start (or first session): fixed by the plan, not by when it was generated. */
function defaultModified(plan: CompiledPlan): string {
  const isDate = (d: string | undefined): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d);
  const first = plan.sessions.map((s) => s.date).filter(isDate).sort()[0];
  const day = isDate(plan.start) ? plan.start : first;
  return day ? `${day}T00:00:00Z` : '1970-01-01T00:00:00Z';
}

function calendarName(plan: CompiledPlan): string {
  return `${plan.name} — ${plan.athlete.name}`;
}

function calendarDescription(plan: CompiledPlan): string {
  const per = plan.athlete.units === 'mi' ? 'mile' : 'km';
  const about = `${plan.weeks}-week plan for ${plan.athlete.name}, paces per ${per}, times in ${plan.athlete.timezone}.`;
  return [plan.description?.trim(), about].filter(Boolean).join('\n\n');
}

/** "mile-8-week-jordan-miles.ics": ASCII only, safe as a download name and a path. */
export function icsFileName(plan: CompiledPlan): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const name = [slug(plan.name), slug(plan.athlete.name)].filter(Boolean).join('-').slice(0, 100).replace(/-+$/, '');
  return `${name || 'plan'}.ics`;
}

registerWriter({
  name: 'ics',
  description: 'iCalendar feed: one event per session in the athlete’s time zone, with steps and paces in words',
  mediaType: ICS_MEDIA_TYPE,
  extension: 'ics',
  writePlan(plan: CompiledPlan, options: WriterOptions): OutputFile[] {
    return [{ path: icsFileName(plan), mediaType: ICS_MEDIA_TYPE, data: writeIcs(plan, options) }];
  },
});
