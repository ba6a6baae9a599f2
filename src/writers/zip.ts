/**
 * Format "zip": a bundle to copy onto a Garmin watch over USB. It holds
 * GARMIN/NewFiles/ with one short-named .FIT workout per session and a
 * SCHEDULE.FIT putting each on its day, plus README.txt saying what to do.
 *
 * A watch keeps a limited number of workouts, so a bundle covers at most four
 * weeks: options `from` (YYYY-MM-DD, default the plan's start) and either `to`
 * (inclusive) or `days` (default and most 28); and at most the sessions the
 * device profile's calendar shows, the README saying so when it leaves some
 * out. Rest days stay off the watch unless `restDays` is set (days of rest
 * alone give a schedule with nothing on it, the README saying why). The FIT
 * options (`device`, …) are those of the "fit" format.
 */
import { zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import type { CompiledPlan } from '../ir/workout.js';
import { WriterError, writerDiagnostic } from './errors.js';
import { isoDateToUtcMs } from './fit/identity.js';
import { deviceFileName, slug } from './fit/names.js';
import { scheduleFor, watchOptions, watchSessions } from './fit/plan.js';
import { encodeSchedule } from './fit/schedule.js';
import { registerWriter } from './registry.js';

export const MAX_BUNDLE_DAYS = 28;
const DAY_MS = 86_400_000;
const NEW_FILES = 'GARMIN/NewFiles';

/**
 * fflate writes DOS timestamps in the machine's local time, so the fixed
 * date is built from local fields, at each write: every entry reads
 * 2000-01-01 00:00 in any time zone, and the same plan always zips to the
 * same bytes.
 */
const fixedMtime = () => new Date(2000, 0, 1, 0, 0, 0);

const isoDate = z.string().refine((s) => isoDateToUtcMs(s) !== undefined, { message: 'expected a YYYY-MM-DD date' });
const OptionsSchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_BUNDLE_DAYS, { message: `a bundle covers at most ${MAX_BUNDLE_DAYS} days` })
    .optional(),
});

export interface BundleRange {
  from: string;
  to: string;
}

const fail = (message: string, hint?: string): never => {
  throw new WriterError(writerDiagnostic(message, hint));
};

const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The days a bundle covers, from writer options and the plan's dates. */
export function bundleRange(plan: CompiledPlan, options: Record<string, unknown>): BundleRange {
  const parsed = OptionsSchema.safeParse({ from: options.from, to: options.to, days: options.days });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`invalid zip option ${issue.path.join('.')}: ${issue.message}`);
  }
  const { to, days } = parsed.data;
  if (to !== undefined && days !== undefined) fail('give the zip bundle either "to" or "days", not both');
  const dates = plan.sessions.flatMap((s) => (s.date ? [s.date] : [])).sort();
  const from = parsed.data.from ?? plan.start ?? dates[0];
  if (from === undefined || dates.length === 0) {
    return fail('the zip bundle needs a dated plan', 'give the plan a start date so each session falls on a day');
  }
  const fromMs = isoDateToUtcMs(from);
  if (fromMs === undefined) return fail(`the plan start "${from}" is not a YYYY-MM-DD date`);
  if (to === undefined) return { from, to: toIso(fromMs + ((days ?? MAX_BUNDLE_DAYS) - 1) * DAY_MS) };
  const span = (isoDateToUtcMs(to)! - fromMs) / DAY_MS + 1;
  if (span < 1) fail(`the zip bundle ends (${to}) before it starts (${from})`);
  if (span > MAX_BUNDLE_DAYS) {
    fail(
      `${from} to ${to} is ${span} days; a zip bundle covers at most ${MAX_BUNDLE_DAYS}`,
      'make one bundle per four weeks: a watch holds a limited number of workouts',
    );
  }
  return { from, to };
}

export function writeBundle(plan: CompiledPlan, options: Record<string, unknown>): Uint8Array {
  return bundle(plan, options).bytes;
}

/** The zip, and what it left out in words (also in its README). */
function bundle(plan: CompiledPlan, options: Record<string, unknown>): { bytes: Uint8Array; left: string[] } {
  const range = bundleRange(plan, options);
  const { profile, restDays } = watchOptions(options);
  const inRange = plan.sessions.filter((s) => s.date !== undefined && s.date >= range.from && s.date <= range.to);
  if (inRange.length === 0) fail(`the plan has no sessions from ${range.from} to ${range.to}`);
  const sessions = watchSessions(inRange, restDays);

  // The bundle holds what its schedule places: a workout beyond the device's calendar would sit on the watch undated.
  // Rest days alone: no workout, and a schedule with nothing on it, as once a plan is over.
  const byDate = [...sessions].sort((a, b) => a.date!.localeCompare(b.date!));
  const s = scheduleFor(plan, byDate.slice(0, profile.scheduleEntries + 1), profile, range.from) ?? {
    schedule: encodeSchedule([], range.from, range.from),
    entries: [],
  };

  const taken = new Set<string>(['SCHEDULE.FIT']);
  const listing: string[] = [];
  const notes: string[] = [];
  const folder: Zippable = {};
  for (const { workout, encoded: e } of s.entries) {
    const name = deviceFileName(workout, taken);
    folder[name] = e.bytes;
    listing.push(`  ${name.padEnd(13)} ${workout.date}  ${workout.title}${workout.optional ? ' (optional)' : ''}`);
    for (const n of e.notes) notes.push(`  ${name}: ${n}`);
  }
  folder['SCHEDULE.FIT'] = s.schedule.bytes;
  listing.push(`  ${'SCHEDULE.FIT'.padEnd(13)} the calendar: ${sessions.length > 0 ? 'each workout on its day' : 'nothing on it'}`);

  const left: string[] = [];
  if (sessions.length === 0) left.push(`Every day from ${range.from} to ${range.to} is a rest day: there is no workout to put on the watch.`);
  if ('cut' in s && s.cut) {
    const more = sessions.length - s.entries.length;
    left.push(
      `This bundle holds the first ${s.entries.length} sessions (to ${s.to}): the watch's calendar shows ${profile.scheduleEntries}`,
      `(device profile "${profile.name}"). The ${more} from ${s.cut.next} to ${range.to} go in a bundle from ${s.cut.next}.`,
    );
  }
  const rest = inRange.length - sessions.length;
  if (rest > 0) left.push(rest === 1 ? 'The rest day is left off the watch; it stays on your calendar.' : `The ${rest} rest days are left off the watch; they stay on your calendar.`);

  const files: Zippable = {
    'README.txt': new TextEncoder().encode(readme(plan, range, listing, notes, left)),
    GARMIN: { NewFiles: folder },
  };
  return { bytes: zipSync(files, { level: 9, mtime: fixedMtime() }), left };
}

function readme(plan: CompiledPlan, range: BundleRange, listing: string[], notes: string[], left: string[]): string {
  const lines = [
    `${plan.name} for ${plan.athlete.name}: Garmin workouts from ${range.from} to ${range.to}`,
    '',
    'To put them on your watch:',
    '1. Unzip this file.',
    '2. Plug the watch into the computer with its USB cable. It appears as a drive,',
    '   or on newer models as a media device named after the watch.',
    `3. Copy the files inside ${NEW_FILES}/ from this bundle into the watch's`,
    `   ${NEW_FILES}/ folder (create NewFiles if it is missing).`,
    '4. Eject the watch and unplug it. It imports the files when it disconnects:',
    '   the workouts appear in the workout list (Training > Workouts on most',
    '   models) and, on models with a training calendar, each on its day.',
    '',
    'Watches that cannot be opened as a drive or media device sync only through',
    "Garmin's apps; this bundle cannot reach them.",
    '',
    'Files:',
    ...listing,
  ];
  if (left.length > 0) lines.push('', ...left);
  if (notes.length > 0) lines.push('', 'How some sessions were written to fit the watch:', ...notes);
  return `${lines.join('\n')}\n`;
}

registerWriter({
  name: 'zip',
  description: 'A zip to copy onto a Garmin watch over USB: up to four weeks of FIT workouts and their schedule',
  mediaType: 'application/zip',
  extension: 'zip',
  writePlan(plan, options) {
    const range = bundleRange(plan, options);
    const { bytes, left } = bundle(plan, options);
    return [
      {
        path: `${slug(plan.name) || 'plan'}-${range.from}-garmin.zip`,
        mediaType: 'application/zip',
        data: bytes,
        ...(left.length > 0 ? { notes: [left.join(' ')] } : {}),
      },
    ];
  },
});
