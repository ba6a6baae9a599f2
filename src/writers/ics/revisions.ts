/**
 * Stable revision data for a regenerated feed. Calendar clients compare
 * SEQUENCE and LAST-MODIFIED to decide what changed, so these come from when a
 * session's content last changed — never from the clock at generation time,
 * or every refresh would look like an edit of every event.
 */
import { hash } from 'node:crypto';
import type { CompiledPlan, Workout } from '../../ir/workout.js';
import { sessionEvent, type EventContent } from './event.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import { isIsoInstant, parseIcsOptions, type IcsOptions, type Revision } from './options.js';
import { timingKey } from './timing.js';

/** sha256 (hex) over what the event shows: date and time, title, description, link, busy/free. */
export function hashEventContent(e: EventContent): string {
  const shown = [timingKey(e.timing), e.summary, e.description, e.url ?? '', e.transparent];
  return hash('sha256', JSON.stringify(shown), 'hex');
}

/**
 * The hash the writer hands to `revisions(uid, hash)` for this session. Pass
 * the same options the feed is written with: times and baseUrl change what the
 * event shows, so they are part of its content.
 */
export function sessionContentHash(workout: Workout, plan: CompiledPlan, options: IcsOptions = {}): string {
  return hashEventContent(sessionEvent(workout, plan, parseIcsOptions(options)));
}

export interface RevisionRecord extends Revision {
  hash: string;
}

export type RevisionMap = Record<string, RevisionRecord>;

/**
 * An in-memory revision store: give it what was recorded last time and the
 * instant of this generation; pass `log.revisions` as the writer's
 * `revisions` option, then save `log.snapshot()` for next time. A session
 * whose hash is unchanged keeps its SEQUENCE and LAST-MODIFIED; a changed one
 * gets SEQUENCE + 1 and `now`; a new one starts at 0 with `now`.
 */
export class RevisionLog {
  private readonly previous: RevisionMap;
  private readonly current: RevisionMap = {};
  private readonly now: string;

  constructor(previous: RevisionMap, now: string) {
    if (!isIsoInstant(now)) {
      throw new WriterError(writerDiagnostic(`ics: RevisionLog needs an ISO instant for "now", not ${JSON.stringify(now)}`));
    }
    this.now = now;
    this.previous = { ...previous };
  }

  readonly revisions = (uid: string, hash: string): Revision => {
    const seen = this.current[uid] ?? this.previous[uid];
    let record: RevisionRecord;
    if (!seen) record = { hash, sequence: 0, modified: this.now };
    else if (seen.hash === hash) record = { ...seen };
    else record = { hash, sequence: seen.sequence + 1, modified: this.now };
    this.current[uid] = record;
    return { sequence: record.sequence, modified: record.modified };
  };

  /**
   * Everything to keep for next time. Sessions absent from this feed stay in
   * the map so that one coming back continues its SEQUENCE rather than
   * restarting below what clients already hold.
   */
  snapshot(): RevisionMap {
    return { ...this.previous, ...this.current };
  }
}
