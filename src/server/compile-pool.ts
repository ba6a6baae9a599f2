/**
 * Compiling untrusted text off the thread that answers requests. Reading a
 * coach's plan costs what its text asks for (its YAML, every cell's prose),
 * and up to the documented limits that is far more than a request may hold
 * the event loop; on a thread of its own, the service keeps answering
 * (/healthz, every athlete's feed) while a plan compiles. The athlete links'
 * outputs that cost as much as the plan is long (the feed, the page, the
 * schedule and bundle) are written there too, under the same rules.
 *
 * One compile thread works the jobs in turn. Each has a time budget: a job
 * that runs past it is the text's doing, so the thread is stopped (and a new
 * one started) and the answer is 422 `over_budget`. A job that waits too
 * long for its turn, or finds too many waiting, is the load's doing: 503
 * with Retry-After.
 */
import { performance } from 'node:perf_hooks';
import { deserialize } from 'node:v8';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { CompileJob, JobResults } from './compile-jobs.js';
import type { Reply, WorkerData } from './compile-worker.js';
import { HttpError } from './errors.js';

export interface CompilePoolOptions {
  templatesDir: string;
  logger: Logger;
  /** Milliseconds one job may compile. */
  budgetMs?: number;
  /** Milliseconds a job may wait for its turn. */
  waitMs?: number;
  /** Jobs that may wait at once. */
  maxWaiting?: number;
}

/** Far more than the largest plan within the documented limits takes (a 260-week plan: under a second). */
export const COMPILE_BUDGET_MS = 10_000;
/**
 * Jobs may wait this long, this many at once: a coach's import of hundreds of athletes at once is
 * served in turn; the public compile's share is bounded by its body limit and rate limit.
 */
const WAIT_MS = 60_000;
const MAX_WAITING = 1024;
const RETRY_AFTER_S = 5;

interface Pending {
  id: number;
  job: CompileJob;
  queued: number;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Running {
  pending: Pending;
  timer?: NodeJS.Timeout;
}

export class CompilePool {
  private worker?: Worker;
  private ready?: Promise<void>;
  private running?: Running;
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly budgetMs: number;
  private readonly waitMs: number;
  private readonly maxWaiting: number;

  constructor(private readonly options: CompilePoolOptions) {
    this.budgetMs = options.budgetMs ?? COMPILE_BUDGET_MS;
    this.waitMs = options.waitMs ?? WAIT_MS;
    this.maxWaiting = options.maxWaiting ?? MAX_WAITING;
  }

  /** Starts the thread ahead of the first job, so that job does not wait for the compiler to load. */
  start(): void {
    this.spawn();
  }

  run<K extends CompileJob['kind']>(job: Extract<CompileJob, { kind: K }>): Promise<JobResults[K]> {
    if (this.closed) return Promise.reject(busy('The service is stopping.'));
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(busy('Too many plans are being compiled or written; retry shortly.'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, queued: performance.now(), resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(busy('The service is stopping.'));
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker({ templatesDir: this.options.templatesDir });
    worker.unref();
    this.worker = worker;
    this.ready = new Promise((resolve) => worker.once('message', () => resolve()));
    worker.on('message', (reply: Reply | { ready: true }) => {
      if ('id' in reply) this.settle(reply);
    });
    worker.on('error', (err) => {
      this.options.logger.error({ err }, 'compile thread failed');
      this.lost(worker, new Error(`compile thread failed: ${err.message}`));
    });
    worker.on('exit', (code) => this.lost(worker, new Error(`compile thread exited with code ${code}`)));
    return worker;
  }

  /** The thread is gone (a fault, or stopped past the budget): the job it held fails, and the next starts a new one. */
  private lost(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const running = this.running;
    if (running) {
      this.running = undefined;
      clearTimeout(running.timer);
      running.pending.reject(err);
    }
    this.pump();
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const next = this.waiting.shift();
    if (!next) return;
    const waited = performance.now() - next.queued;
    if (waited > this.waitMs) {
      next.reject(busy('Plans waited too long to be compiled; retry shortly.'));
      return this.pump();
    }
    const worker = this.spawn();
    const running: Running = { pending: next };
    this.running = running;
    // The budget counts from when the thread has the compiler loaded: its start is not the text's doing.
    void this.ready!.then(() => {
      if (this.running !== running || this.worker !== worker) return;
      running.timer = setTimeout(() => this.overBudget(worker), this.budgetMs);
      worker.postMessage({ id: next.id, job: next.job });
    });
  }

  private settle(reply: Reply): void {
    const running = this.running;
    if (!running || running.pending.id !== reply.id) return;
    this.running = undefined;
    clearTimeout(running.timer);
    if (reply.ok) running.pending.resolve(reply.serialized ? deserialize(reply.serialized) : reply.result);
    else if ('error' in reply) running.pending.reject(new HttpError(reply.error.status, reply.error.code, reply.error.message, reply.error.details));
    else running.pending.reject(new Error(`compile failed: ${reply.fault}`));
    this.pump();
  }

  private overBudget(worker: Worker): void {
    const running = this.running;
    if (!running || this.worker !== worker) return;
    this.running = undefined;
    this.worker = undefined;
    running.pending.reject(overBudget(running.pending.job, this.budgetMs));
    void worker.terminate();
    this.pump();
  }
}

/** What a job past its budget was making, as the refusal says it: a link's output, or (any other job) the plan. */
const OUTPUTS: Partial<Record<CompileJob['kind'], string>> = { feed: 'calendar feed', page: 'page', file: 'download' };

function overBudget(job: CompileJob, budgetMs: number): HttpError {
  const output = OUTPUTS[job.kind];
  const took = `took more than ${budgetMs / 1000} s`;
  const message = output
    ? `Over the compile budget: this plan's ${output} ${took} to write; a shorter plan (or one split in two) is written in time.`
    : `Over the compile budget: the text ${took} to compile; shorten it.`;
  return new HttpError(422, 'over_budget', message, { limit: 'compileMs', figure: null, max: budgetMs, line: null, column: null });
}

function busy(message: string): HttpError {
  return new HttpError(503, 'busy', message, { retryAfter: RETRY_AFTER_S });
}

/**
 * The worker's entry is TypeScript when the service runs from source (as
 * `npm start` does, with tsx): the thread registers tsx before loading it.
 */
function startWorker(data: WorkerData): Worker {
  const entry = new URL(`./compile-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: data });
  const boot = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });`;
  return new Worker(boot, { eval: true, workerData: { ...data, tsx: tsxApi(), entry: entry.href } });
}

/**
 * tsx's ESM API, found from this file (so the service may start from any
 * folder) through the package's own exports: its CommonJS form cannot
 * register from a thread started this way.
 */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifest), pkg.exports['./esm/api']!.import.default)).href;
}
