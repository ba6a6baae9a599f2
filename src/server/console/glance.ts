/**
 * A plan's weeks at a glance, for the console's library: each week a row of seven days, each day its sessions
 * by title and kind (run, strength, rest …), and whether runcast keeps one as written. Read for the demo
 * athlete, on the compile thread (a `glance` job): a plan at the size limit takes a while to read.
 */
import { DEMO_ATHLETE } from '../../athlete/demo.js';
import { compilePlan } from '../../compiler/index.js';
import { WEEKDAYS, type Weekday } from '../../ir/workout.js';
import { readAs } from '../../writers/read-as.js';
import { loadPlanText } from '../plans.js';
import { checkProfile } from '../profile.js';

export interface GlanceSession {
  title: string;
  /** The words runcast read it as ("6 × 400 m @ HM–10K w/ 400 m jog"), empty for a session kept as written. */
  readAs: string;
  sport: string;
  kept: boolean;
}

export interface GlanceWeek {
  number: number;
  days: { day: Weekday; sessions: GlanceSession[] }[];
}

export function planGlance(text: string): GlanceWeek[] {
  const loaded = loadPlanText(text);
  if (!loaded.ok) throw loaded.error;
  const demo = checkProfile(DEMO_ATHLETE as unknown as Record<string, unknown>);
  if (!demo.ok) throw demo.error;
  const plan = compilePlan(loaded.plan, demo.athlete);
  const weeks: GlanceWeek[] = Array.from({ length: plan.weeks }, (_, k) => ({
    number: k + 1,
    days: WEEKDAYS.map((day) => ({ day, sessions: [] as GlanceSession[] })),
  }));
  for (const s of plan.sessions) {
    const day = s.slot && weeks[s.slot.week - 1]?.days.find((d) => d.day === s.slot!.day);
    day?.sessions.push({ title: s.title, readAs: readAs(s, demo.athlete.profile.units), sport: s.sport, kept: s.asWritten === true });
  }
  return weeks;
}
