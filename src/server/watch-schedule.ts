/**
 * The watch's schedule link: the coming sessions, from today (or the plan's
 * start while it has not begun), as many as the watch's calendar shows. A
 * schedule never holds a day gone by: once nothing is left for the watch (the
 * plan is over, or only rest days remain), the link answers a schedule with no
 * entries, which a watch takes as a calendar with nothing on it, rather than
 * putting finished sessions back on the watch's calendar.
 */
import type { AthleteRecord } from '../store/store.js';
import { encodeSchedule } from '../writers/fit/schedule.js';
import { watchFrom, watchSessionsFrom } from './dates.js';
import { MEDIA_TYPES, type Outputs } from './outputs.js';
import { makeArtifact, type Artifact } from './send-artifact.js';

export function watchSchedule(outputs: Outputs, athlete: AthleteRecord): Artifact {
  const from = watchFrom(athlete.start, outputs.today(athlete));
  const key = `schedule:${from}`;
  if (watchSessionsFrom(outputs.compiled(athlete), from)) {
    return outputs.planFile(athlete, 'fit', MEDIA_TYPES.fit, { from }, key, (p) => /schedule/i.test(p));
  }
  const empty = () => makeArtifact(encodeSchedule([], from, from).bytes, MEDIA_TYPES.fit, { fileName: 'schedule.fit' });
  return outputs.cached(athlete, key) ?? outputs.keepFor(athlete, key, empty());
}
