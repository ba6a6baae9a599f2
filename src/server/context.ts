/** What every route needs, built once per service. */
import type { Logger } from 'pino';
import type { Mailer } from '../mail/index.js';
import type { Store } from '../store/store.js';
import type { IntervalsSync } from '../sync/intervals/worker.js';
import type { AdminCredential } from './admin-auth.js';
import type { ServerConfig } from './config.js';
import type { Outputs } from './outputs.js';
import type { CompilePool } from './compile-pool.js';
import type { TemplateCatalogue } from './plans.js';
import type { RateLimiters } from './rate-limits.js';
import type { WriteHealth } from './write-health.js';
import type { OneAtATime } from './one-at-a-time.js';

export interface ServiceContext {
  config: ServerConfig;
  store: Store;
  logger: Logger;
  /** One line per request, to the same destination. */
  requestLog: Logger;
  templates: TemplateCatalogue;
  outputs: Outputs;
  /** Compiles coaches' text off the thread that answers requests. */
  compiler: CompilePool;
  admin: AdminCredential;
  limiters: RateLimiters;
  /** Pushes athletes' plans to intervals.icu in the background. */
  intervals: IntervalsSync;
  /**
   * Writes of one athlete in this process, one at a time (keyed by the athlete's id; a library
   * plan's edits by "plan:" and its id): a PATCH, a session change, never meeting each other.
   */
  oneAtATime: OneAtATime;
  /** Whether the database still takes writes (for /healthz and the 503 of a failed write). */
  writes: WriteHealth;
  /** Base of the links handed out; known only once the port is bound when PUBLIC_URL is unset. */
  publicUrl(): string;
  now(): Date;
  /** Sends the console's mail; undefined when no SMTP server is configured (the console shows links to copy). */
  mailer?: Mailer;
  /** Set on SIGTERM: health checks fail so load balancers stop sending, connections are not kept alive. */
  draining: boolean;
}
