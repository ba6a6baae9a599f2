/**
 * When each athlete's calendar feed was last fetched, for the coach's list ("calendar last fetched 3 h ago").
 * A poll of the feed is most of this service's traffic, so the time is written at most once per athlete every
 * FEED_FETCH_EVERY_MS by this process, after the answer was sent and never waited for: a failed write is
 * logged (and noted by the write health, a full disk being a fault) and the feed was answered all the same.
 */
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import type { WriteHealth } from './write-health.js';

/** How stale the recorded time may be: a coach reads it in hours. */
export const FEED_FETCH_EVERY_MS = 10 * 60_000;

export class FeedFetches {
  /** Athlete id → when this process last wrote the athlete's fetch time (ms). */
  private readonly written = new Map<string, number>();
  private nextSweep = 0;

  constructor(
    private readonly store: Pick<Store, 'recordFeedFetch'>,
    private readonly logger: Logger,
    private readonly writes: Pick<WriteHealth, 'noted'>,
    private readonly now: () => Date,
  ) {}

  /** The athlete's feed was answered; writes the time unless it was written less than FEED_FETCH_EVERY_MS ago. */
  fetched(athleteId: string): void {
    const now = this.now();
    const t = now.getTime();
    if (t >= this.nextSweep) this.sweep(t);
    const last = this.written.get(athleteId);
    if (last !== undefined && t - last < FEED_FETCH_EVERY_MS) return;
    // Marked before the write: the polls that arrive while it runs do not start another, nor do they after a failure.
    this.written.set(athleteId, t);
    Promise.resolve()
      .then(() => this.store.recordFeedFetch(athleteId, now.toISOString()))
      .catch((err: unknown) => {
        this.writes.noted(err);
        this.logger.warn({ err, athlete: athleteId }, 'could not record a calendar feed fetch');
      });
  }

  /** Forgets athletes written long enough ago, so the map holds only the last period's. */
  private sweep(t: number): void {
    for (const [id, at] of this.written) if (t - at >= FEED_FETCH_EVERY_MS) this.written.delete(id);
    this.nextSweep = t + FEED_FETCH_EVERY_MS;
  }
}
