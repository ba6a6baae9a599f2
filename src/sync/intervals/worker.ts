/**
 * Pushes athletes' dated plans to intervals.icu, in the background of the
 * service: a change to an athlete asks for a push, and so does the coach on
 * demand; every instance also sweeps the store for athletes owed one (a
 * change made through another instance, a retry that is due, a push cut
 * short by a restart). Pushes never block a request: they run here, a few at
 * a time, each under a lease so one athlete is pushed by one instance at
 * once, and every call to intervals.icu has a timeout. A failure is recorded
 * on the link (last attempt, last error) and retried with exponential
 * backoff; a change to the athlete tries again at once.
 */
import type { Logger } from 'pino';
import type { CompiledPlan } from '../../ir/workout.js';
import type { Lease } from '../../store/intervals-links.js';
import type { AthleteRecord, Store } from '../../store/store.js';
import { IntervalsClient, IntervalsError } from './client.js';
import { changesFor, planEvents } from './events.js';
import type { SecretBox } from './secret.js';

export interface SyncTimings {
  /** How often an instance looks for athletes owed a push. */
  sweepMs: number;
  /** The first retry waits about this long; each failure doubles it, up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long a push may hold its athlete before another instance may take over. */
  leaseMs: number;
  /** Per call to intervals.icu. */
  timeoutMs: number;
  /** Pushes running at once in this instance. */
  concurrency: number;
}

export const DEFAULT_TIMINGS: SyncTimings = {
  sweepMs: 30_000,
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60_000,
  leaseMs: 5 * 60_000,
  timeoutMs: 30_000,
  concurrency: 4,
};

export interface SyncDeps {
  store: Store;
  /** The server key; without it nothing can be linked or pushed. */
  secret?: SecretBox;
  baseUrl: string;
  /** The athlete's plan, compiled and dated (the service's cached compile). */
  compile(record: AthleteRecord): CompiledPlan | Promise<CompiledPlan>;
  logger: Logger;
  now?: () => Date;
  timings?: Partial<SyncTimings>;
}

export const SECRET_MISSING =
  'RUNCAST_SECRET_KEY is not set on this server, so intervals.icu API keys cannot be stored or read: set it (openssl rand -base64 32) and restart';

/** What a push did. */
export interface PushResult {
  upserted: number;
  deleted: number;
}

export class IntervalsSync {
  private readonly timings: SyncTimings;
  private readonly now: () => Date;
  private readonly pending = new Map<string, boolean>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  private readonly abort = new AbortController();
  private sweeper?: NodeJS.Timeout;
  private stopping = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: SyncDeps) {
    this.timings = { ...DEFAULT_TIMINGS, ...deps.timings };
    this.now = deps.now ?? (() => new Date());
  }

  /** Whether this server can link athletes (it has a RUNCAST_SECRET_KEY). */
  get available(): boolean {
    return this.deps.secret !== undefined;
  }

  /** The API key sealed for this athlete's row. */
  seal(athleteId: string, apiKey: string): Buffer {
    if (!this.deps.secret) throw new Error(SECRET_MISSING);
    return this.deps.secret.seal(apiKey, athleteId);
  }

  isPushing(athleteId: string): boolean {
    return this.running.has(athleteId) || this.pending.has(athleteId);
  }

  /** Starts the sweep, with a first one at once: pushes owed from before a restart go out now. */
  start(): void {
    if (this.sweeper || this.stopping) return;
    this.sweeper = setInterval(() => void this.sweep(), this.timings.sweepMs);
    this.sweeper.unref();
    void this.warnIfPaused();
    void this.sweep();
  }

  /**
   * Asks for a push of the athlete (it changed, or the coach asked);
   * `everything` sends every event again, not only those that changed. Asked
   * while a push runs, it runs again after it: the running one may have read
   * the athlete before the change.
   */
  request(athleteId: string, everything = false): void {
    if (this.stopping || !this.available) return;
    this.pending.set(athleteId, (this.pending.get(athleteId) ?? false) || everything);
    this.pump();
  }

  /** A retry or a sweep's find: nothing to add while a push of the athlete is running or queued (it reschedules itself). */
  private nudge(athleteId: string): void {
    if (this.running.has(athleteId) || this.pending.has(athleteId)) return;
    this.request(athleteId);
  }

  /** Resolves once nothing is queued or running (for tests and shutdown). */
  idle(): Promise<void> {
    if (this.pending.size === 0 && this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops sweeping and retrying, cuts calls in flight short, and waits for the pushes to end. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.sweeper) clearInterval(this.sweeper);
    for (const t of this.retries.values()) clearTimeout(t);
    this.retries.clear();
    this.pending.clear();
    this.abort.abort();
    await Promise.allSettled([...this.running.values()]);
  }

  private pump(): void {
    for (const [athleteId, everything] of this.pending) {
      if (this.running.size >= this.timings.concurrency) break;
      if (this.running.has(athleteId)) continue;
      this.pending.delete(athleteId);
      const run = this.push(athleteId, everything)
        .catch((err: unknown) => this.deps.logger.error({ err, athlete: athleteId }, 'intervals.icu push failed unexpectedly'))
        .finally(() => {
          this.running.delete(athleteId);
          this.pump();
          if (this.pending.size === 0 && this.running.size === 0) for (const w of this.idleWaiters.splice(0)) w();
        });
      this.running.set(athleteId, run);
    }
  }

  private async sweep(): Promise<void> {
    if (this.stopping || !this.available) return;
    try {
      const due = await this.deps.store.intervals.due(this.now().toISOString(), 100);
      for (const athleteId of due) this.nudge(athleteId);
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message }, 'intervals.icu sweep could not read the store');
    }
  }

  private async warnIfPaused(): Promise<void> {
    if (this.available) return;
    try {
      const n = await this.deps.store.intervals.count();
      if (n > 0) this.deps.logger.warn({ linked: n }, `${n} athlete(s) linked to intervals.icu, but pushes are paused: ${SECRET_MISSING}`);
    } catch {
      // The store's own health check reports an unreachable database.
    }
  }

  /**
   * Deletes from intervals.icu every event pushed for the athlete (before an
   * unlink that takes them away), and answers how many. Throws PushBusy
   * while a push holds the athlete, IntervalsError when intervals.icu fails.
   */
  async removeEvents(athleteId: string): Promise<number> {
    const links = this.deps.store.intervals;
    const now = this.now();
    const lease = await links.claim(athleteId, now.toISOString(), new Date(now.getTime() + this.timings.leaseMs).toISOString());
    if (!lease) throw new PushBusy();
    try {
      if (!this.deps.secret) throw new PushFailure(SECRET_MISSING);
      const apiKey = this.openKey(lease);
      const ids = [...(await links.pushed(athleteId)).keys()];
      const client = new IntervalsClient(
        { athleteId: lease.link.intervalsAthleteId, apiKey },
        { baseUrl: this.deps.baseUrl, timeoutMs: this.timings.timeoutMs, signal: this.abort.signal },
      );
      await client.deleteByExternalId(ids);
      await links.recordEvents(lease, [], ids);
      return ids.length;
    } finally {
      await links.release(lease).catch(() => undefined);
    }
  }

  private openKey(lease: Lease): string {
    try {
      return this.deps.secret!.open(lease.link.keySealed, lease.link.athleteId);
    } catch {
      throw new PushFailure('the stored API key cannot be read with this RUNCAST_SECRET_KEY (was the key changed?); link the athlete again');
    }
  }

  private async push(athleteId: string, everything: boolean): Promise<void> {
    const links = this.deps.store.intervals;
    const started = this.now();
    const lease = await links.claim(athleteId, started.toISOString(), new Date(started.getTime() + this.timings.leaseMs).toISOString());
    // Not linked, or another push holds it: that push, or the next sweep, carries any change.
    if (!lease) return;
    try {
      const result = await this.send(lease, everything);
      if (!result) return;
      this.deps.logger.info({ athlete: athleteId, ...result }, 'pushed to intervals.icu');
    } catch (err) {
      if (err instanceof IntervalsError && err.kind === 'aborted') {
        await links.release(lease).catch(() => undefined);
        return;
      }
      await this.recordFailure(lease, err);
    }
  }

  /** The push itself; undefined when the link changed under it (its writes were refused). */
  private async send(lease: Lease, everything: boolean): Promise<PushResult | undefined> {
    const { store, secret } = this.deps;
    const athleteId = lease.link.athleteId;
    const record = await store.getAthlete(athleteId);
    if (!record) return undefined;
    if (!secret) throw new PushFailure(SECRET_MISSING);
    const apiKey = this.openKey(lease);
    let desired;
    try {
      desired = planEvents(await this.deps.compile(record), { owner: athleteId, times: record.profile.times });
    } catch (err) {
      throw new PushFailure(`the plan cannot be written for intervals.icu: ${(err as Error).message}`);
    }
    const { upserts, deletes } = changesFor(desired, await store.intervals.pushed(athleteId), everything);
    const client = new IntervalsClient(
      { athleteId: lease.link.intervalsAthleteId, apiKey },
      { baseUrl: this.deps.baseUrl, timeoutMs: this.timings.timeoutMs, signal: this.abort.signal },
    );
    if (upserts.length > 0) {
      await client.upsert(upserts.map((u) => u.event));
      const sent = upserts.map((u) => ({ externalId: u.event.external_id, hash: u.hash }));
      if (!(await store.intervals.recordEvents(lease, sent, []))) return undefined;
    }
    if (deletes.length > 0) {
      await client.deleteByExternalId(deletes);
      if (!(await store.intervals.recordEvents(lease, [], deletes))) return undefined;
    }
    const result = { upserted: upserts.length, deleted: deletes.length };
    await store.intervals.succeeded(lease, { version: record.version, now: this.now().toISOString(), ...result });
    const retry = this.retries.get(athleteId);
    if (retry) clearTimeout(retry);
    this.retries.delete(athleteId);
    return result;
  }

  private async recordFailure(lease: Lease, err: unknown): Promise<void> {
    const athleteId = lease.link.athleteId;
    const known = err instanceof IntervalsError || err instanceof PushFailure;
    const message = known ? (err as Error).message : 'an internal error stopped the push';
    if (!known) this.deps.logger.error({ err, athlete: athleteId }, 'intervals.icu push failed');
    const failures = lease.link.failures + 1;
    const backoff = Math.min(this.timings.retryMaxMs, this.timings.retryBaseMs * 2 ** Math.min(failures - 1, 30));
    // Half fixed, half random: athletes that failed together do not all retry together.
    let delay = backoff / 2 + Math.random() * (backoff / 2);
    if (err instanceof IntervalsError && err.retryAfterSeconds !== undefined) {
      delay = Math.min(this.timings.retryMaxMs, Math.max(delay, err.retryAfterSeconds * 1000));
    }
    const now = this.now();
    try {
      await this.deps.store.intervals.failed(lease, { now: now.toISOString(), error: message, nextAttemptAt: new Date(now.getTime() + delay).toISOString() });
    } catch (storeErr) {
      this.deps.logger.error({ err: (storeErr as Error).message, athlete: athleteId }, 'intervals.icu push failure could not be recorded');
    }
    this.deps.logger.warn({ athlete: athleteId, error: message, failures, retryInMs: Math.round(delay) }, 'intervals.icu push failed; will retry');
    if (this.stopping) return;
    const previous = this.retries.get(athleteId);
    if (previous) clearTimeout(previous);
    const timer = setTimeout(() => {
      this.retries.delete(athleteId);
      this.nudge(athleteId);
    }, delay);
    timer.unref();
    this.retries.set(athleteId, timer);
  }
}

/** A push that cannot be made for a reason of our own, said in words for the coach. */
export class PushFailure extends Error {
  override name = 'PushFailure';
}

/** Another push holds the athlete right now. */
export class PushBusy extends Error {
  override name = 'PushBusy';
  constructor() {
    super('a push to intervals.icu is running for this athlete; try again in a moment');
  }
}
