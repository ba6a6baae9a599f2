/**
 * The athlete's page as data for its template: the plan week by week (each
 * week's seven days from the plan's start, today marked, past weeks folded),
 * every session in words and as a chart, the download and subscribe links,
 * and the pace table.
 */
import { DateTime } from 'luxon';
import type { Athlete } from '../../athlete/athlete.js';
import type { CompiledPlan, Workout } from '../../ir/workout.js';
import { formatRoughDistance, formatSeconds } from '../../units/format.js';
import { defaultBundleFrom, watchFrom, watchSessionsFrom } from '../dates.js';
import { athleteLinks } from '../links.js';
import { goalLine, paceGroups, type PaceGroup } from './pace-rows.js';
import { Markup } from './render.js';
import { sessionView, type SessionView } from './session-view.js';

export interface SessionCard extends Omit<SessionView, 'chart'> {
  chart: Markup | null;
  fit: string;
  tcx: string;
  /** The WorkoutKit file for the Apple Watch; running sessions only. */
  workout: string | null;
}

export interface DayView {
  date: string;
  /** "Wed 7 Jan" */
  label: string;
  today: boolean;
  sessions: SessionCard[];
  /** Titles of the sessions the coach took off this day for this athlete. */
  skipped: string[];
}

export type WeekState = 'past' | 'current' | 'future';

export interface WeekView {
  number: number;
  /** "5–11 Jan 2026" */
  range: string;
  state: WeekState;
  /** Running time and distance of the week: "3 h 52 min · 25.3 mi". */
  totals: string;
  /** Shown unfolded: the weeks to come, and the last week of a finished plan. */
  open: boolean;
  days: DayView[];
}

export interface AthletePageView {
  athleteName: string;
  planName: string;
  planDescription: string | null;
  /** "5 Jan – 1 Mar 2026" */
  planRange: string;
  today: string;
  todayLabel: string;
  /** The number of the week holding today, when the plan is under way. */
  currentWeek: number | null;
  /** Today is past the plan's last day: the page is its history. */
  finished: boolean;
  /** The plan's last day: "Sunday 1 March 2026". */
  lastDayLabel: string;
  /** Whether any session is left for the watch from today on; without one, no bundle or schedule is offered. */
  watchLeft: boolean;
  fitness: string;
  goal: string | null;
  paces: PaceGroup[];
  links: {
    webcal: string;
    feed: string;
    bundle: string;
    schedule: string;
    /** "the next 4 weeks", or "the rest of the plan" when less is left. */
    bundleLabel: string;
    /** What the bundle holds: "28 days from Mon 5 Jan". */
    bundleRange: string;
  };
  qr: Markup;
  weeks: WeekView[];
}

export interface AthletePageInput {
  athlete: Athlete;
  plan: CompiledPlan;
  /** Day 1 of week 1. */
  start: string;
  /** Today in the athlete's zone (YYYY-MM-DD). */
  today: string;
  token: string;
  publicUrl: string;
  qr: Markup;
}

const BUNDLE_DAYS = 28;

export function athletePageView(input: AthletePageInput): AthletePageView {
  const { athlete, plan, start, today, token } = input;
  const units = athlete.profile.units;
  const links = athleteLinks(input.publicUrl, token);
  // Same-origin paths for the downloads: they work whatever PUBLIC_URL says.
  const base = `/a/${encodeURIComponent(token)}`;
  const first = DateTime.fromISO(start);
  const byDate = new Map<string, Workout[]>();
  for (const s of plan.sessions) {
    if (!s.date) continue;
    byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  }
  const viewer = { paces: athlete.paces, units };

  const weeks: WeekView[] = [];
  for (let w = 0; w < plan.weeks; w++) {
    const weekStart = first.plus({ days: 7 * w });
    const days: DayView[] = [];
    let seconds = 0;
    let meters = 0;
    for (let d = 0; d < 7; d++) {
      const date = weekStart.plus({ days: d });
      const iso = date.toISODate()!;
      const sessions = (byDate.get(iso) ?? [])
        .slice()
        .sort((a, b) => (a.slot?.index ?? 0) - (b.slot?.index ?? 0))
        .map((s): SessionCard => {
          if (s.sport === 'running') {
            seconds += s.estimate.seconds;
            meters += s.estimate.meters;
          }
          const id = encodeURIComponent(s.id);
          const view = sessionView(s, viewer);
          return {
            ...view,
            chart: view.chart ? new Markup(view.chart) : null,
            fit: `${base}/sessions/${id}.fit`,
            tcx: `${base}/sessions/${id}.tcx`,
            workout: s.sport === 'running' ? `${base}/sessions/${id}.workout` : null,
          };
        });
      const skipped = (plan.skipped ?? []).filter((k) => k.date === iso).map((k) => k.title);
      days.push({ date: iso, label: date.toFormat('ccc d LLL'), today: iso === today, sessions, skipped });
    }
    const last = weekStart.plus({ days: 6 }).toISODate()!;
    const state: WeekState = last < today ? 'past' : weekStart.toISODate()! <= today ? 'current' : 'future';
    weeks.push({ number: w + 1, range: dateRange(weekStart, weekStart.plus({ days: 6 })), state, totals: totals(seconds, meters, units), open: state !== 'past', days });
  }

  // The plan's last day: the seventh of its last week.
  const end = first.plus({ days: 7 * plan.weeks - 1 });
  const finished = end.toISODate()! < today;
  // A finished plan stays readable: its last week unfolded, the others a click away.
  if (finished && weeks.length > 0) weeks[weeks.length - 1]!.open = true;
  const bundleFrom = DateTime.fromISO(defaultBundleFrom(plan, start, today, BUNDLE_DAYS));
  const bundleDays = Math.min(BUNDLE_DAYS, Math.round(end.diff(bundleFrom, 'days').days) + 1);
  const { race } = athlete.profile.fitness;
  return {
    athleteName: athlete.profile.name,
    planName: plan.name,
    planDescription: plan.description?.trim() || null,
    planRange: dateRange(first, end),
    today,
    todayLabel: DateTime.fromISO(today).toFormat('cccc d LLLL yyyy'),
    currentWeek: weeks.find((w) => w.state === 'current')?.number ?? null,
    finished,
    lastDayLabel: end.toFormat('cccc d LLLL yyyy'),
    watchLeft: watchSessionsFrom(plan, watchFrom(start, today)),
    fitness: `${race.distance} in ${race.time}`,
    goal: goalLine(athlete) ?? null,
    paces: paceGroups(athlete, plan.sessions),
    links: {
      webcal: links.webcal,
      feed: links.feed,
      bundle: `${base}/bundle.zip?days=${BUNDLE_DAYS}`,
      schedule: `${base}/schedule.fit`,
      bundleLabel: bundleDays < BUNDLE_DAYS ? 'the rest of the plan' : 'the next 4 weeks',
      bundleRange: `${bundleDays} days from ${bundleFrom.toFormat('ccc d LLL')}`,
    },
    qr: input.qr,
    weeks,
  };
}

/** "5–11 Jan 2026", "29 Dec 2025 – 4 Jan 2026": the shared parts said once. */
export function dateRange(from: DateTime, to: DateTime): string {
  if (from.year !== to.year) return `${from.toFormat('d LLL yyyy')} – ${to.toFormat('d LLL yyyy')}`;
  if (from.month !== to.month) return `${from.toFormat('d LLL')} – ${to.toFormat('d LLL yyyy')}`;
  return `${from.toFormat('d')}–${to.toFormat('d LLL yyyy')}`;
}

function totals(seconds: number, meters: number, units: Athlete['profile']['units']): string {
  if (seconds <= 0) return 'no running';
  // Sums of estimates: whole minutes and a tenth of a mile or kilometre are all they carry.
  const distance = meters > 0 ? ` · ${formatRoughDistance(meters, units)}` : '';
  return `${formatSeconds(Math.round(seconds / 60) * 60)}${distance}`;
}
