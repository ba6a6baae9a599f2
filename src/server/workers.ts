/**
 * RUNCAST_WORKERS=N: N processes of the service on one port (node:cluster),
 * so a machine's every core answers requests. The first worker starts alone
 * and does what happens once (migrations, the admin token, the demo athlete);
 * the others follow. The primary process serves nothing: it starts the
 * workers, prints the banner once all of them listen, starts a new one in
 * place of one that died, relays changes between them, and stops them all on
 * SIGTERM or SIGINT.
 *
 * A change made through one worker is seen by all at once: before a worker
 * answers the request that changed an athlete, every other worker has heard
 * of the change and dropped what it kept on the strength of nothing having
 * changed (`Peers`). On PostgreSQL every request reads the athlete's version
 * anyway; on SQLite this is what makes a rotated token refused, at once, by
 * every worker.
 */
import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { Store } from '../store/store.js';
import type { ServerConfig } from './config.js';

/** What a worker and the primary say to each other. */
type Message =
  | { runcast: 'listening'; banner: string }
  | { runcast: 'changed'; seq: number; athleteId?: string }
  | { runcast: 'heard'; seq: number }
  | { runcast: 'announced'; seq: number };

const isMessage = (m: unknown): m is Message => typeof m === 'object' && m !== null && 'runcast' in m;

/** Restarts of a worker within this many milliseconds of its start count as a crash loop. */
const EARLY_EXIT_MS = 10_000;
const EARLY_EXITS_ALLOWED = 5;

/** This process's worker number (1 for the first), or undefined outside a cluster. */
export function workerNumber(): number | undefined {
  return cluster.isWorker ? Number(process.env.RUNCAST_WORKER_NUMBER) : undefined;
}

/** In a worker: tells the primary it listens, with the banner it would print (the first worker's is printed). */
export function reportListening(banner: string): void {
  process.send?.({ runcast: 'listening', banner } satisfies Message);
}

/** The other workers, as one worker sees them. */
export interface Peers {
  /** Resolves once every other worker has heard that an athlete (or anything) changed. */
  announce(athleteId?: string): Promise<void>;
  /** Called when another worker announces a change, before it answers its client. */
  onChange(listener: (athleteId?: string) => void): void;
}

export function clusterPeers(): Peers {
  let seq = 0;
  const waiting = new Map<number, () => void>();
  const listeners: ((athleteId?: string) => void)[] = [];
  process.on('message', (m: unknown) => {
    if (!isMessage(m)) return;
    if (m.runcast === 'changed') {
      for (const l of listeners) l(m.athleteId);
      process.send?.({ runcast: 'heard', seq: m.seq } satisfies Message);
    } else if (m.runcast === 'announced') {
      waiting.get(m.seq)?.();
      waiting.delete(m.seq);
    }
  });
  return {
    announce(athleteId) {
      const n = ++seq;
      return new Promise<void>((resolve) => {
        waiting.set(n, resolve);
        process.send?.({ runcast: 'changed', seq: n, ...(athleteId ? { athleteId } : {}) } satisfies Message);
      });
    },
    onChange: (listener) => void listeners.push(listener),
  };
}

interface Running {
  worker: Worker;
  number: number;
  listening: boolean;
  startedAt: number;
}

/**
 * The primary: starts `config.workers` workers and keeps them running until
 * SIGTERM or SIGINT. Resolves with the exit code: 0 after a clean stop, or
 * the code of a worker that could not start (it has said why on stderr).
 */
export async function runPrimary(config: ServerConfig, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const running = new Map<number, Running>();
  let stopping = false;
  let earlyExits = 0;
  let resolveExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));

  const start = (number: number, first: boolean): Running => {
    const env: Record<string, string> = { RUNCAST_WORKER_NUMBER: String(number) };
    // Only the first start of the first worker may create the demo athlete (and print its one-time links).
    if (!first) env.RUNCAST_DEMO = '0';
    const r: Running = { worker: cluster.fork(env), number, listening: false, startedAt: Date.now() };
    running.set(number, r);
    r.worker.on('message', (m: unknown) => relay(r, m));
    r.worker.on('exit', (code, signal) => {
      running.delete(number);
      for (const id of [...pending.keys()]) heard(id, r.worker.id);
      if (stopping) {
        if (running.size === 0) resolveExit(0);
        return;
      }
      if (!r.listening) return resolveExit(typeof code === 'number' && code !== 0 ? code : 1);
      const early = Date.now() - r.startedAt < EARLY_EXIT_MS;
      earlyExits = early ? earlyExits + 1 : 0;
      process.stderr.write(`runcast: worker ${number} stopped (${signal ?? `exit code ${code}`}); starting another\n`);
      if (earlyExits > EARLY_EXITS_ALLOWED) {
        process.stderr.write(`runcast: workers keep stopping right after they start; giving up\n`);
        stopAll();
        return;
      }
      start(number, false);
    });
    return r;
  };

  // Changes announced by one worker, under the primary's own numbers, waiting for the others to hear them.
  let relayed = 0;
  const pending = new Map<number, { waitingFor: Set<number>; done: () => void }>();
  const heard = (relay: number, workerId: number) => {
    const p = pending.get(relay);
    if (!p || !p.waitingFor.delete(workerId) || p.waitingFor.size > 0) return;
    pending.delete(relay);
    p.done();
  };
  const relay = (from: Running, m: unknown) => {
    if (!isMessage(m)) return;
    if (m.runcast === 'listening') {
      from.listening = true;
      from.worker.emit('runcast:listening', m.banner);
    } else if (m.runcast === 'changed') {
      const others = [...running.values()].filter((r) => r !== from && r.worker.isConnected());
      const done = () => {
        if (from.worker.isConnected()) from.worker.send({ runcast: 'announced', seq: m.seq } satisfies Message);
      };
      if (others.length === 0) return done();
      const id = ++relayed;
      pending.set(id, { waitingFor: new Set(others.map((r) => r.worker.id)), done });
      for (const r of others) {
        r.worker.send({ runcast: 'changed', seq: id, ...(m.athleteId ? { athleteId: m.athleteId } : {}) } satisfies Message, (err: Error | null) => {
          // A worker that can no longer be told is going away: it serves nothing more.
          if (err) heard(id, r.worker.id);
        });
      }
    } else if (m.runcast === 'heard') {
      heard(m.seq, from.worker.id);
    }
  };

  const stopAll = () => {
    if (stopping) return;
    stopping = true;
    if (running.size === 0) return resolveExit(0);
    for (const r of running.values()) r.worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stopAll);
  process.on('SIGINT', stopAll);

  const listening = (r: Running) =>
    Promise.race([once(r.worker, 'runcast:listening').then(([banner]) => banner as string), exited.then(() => undefined)]);

  const first = await listening(start(1, true));
  if (first === undefined) return stopAndWait(running, exited);
  for (let n = 2; n <= config.workers; n++) {
    if ((await listening(start(n, false))) === undefined) return stopAndWait(running, exited);
  }
  out.write(first);
  return exited;

  async function stopAndWait(workers: Map<number, Running>, code: Promise<number>): Promise<number> {
    const failed = await code;
    stopping = true;
    const left = [...workers.values()];
    for (const r of left) r.worker.process.kill('SIGTERM');
    await Promise.all(left.map((r) => once(r.worker, 'exit')));
    return failed;
  }
}

/** The changes to an athlete that the other workers must hear of before the client hears they are done. */
const CHANGES = ['createAthlete', 'updateAthlete', 'rotateToken', 'deleteAthlete'] as const;

/**
 * The store as one worker of several uses it: each change to an athlete is
 * announced to the other workers before its promise resolves, so before the
 * answer that reports it is sent.
 */
export function announcingStore(store: Store, peers: Peers): Store {
  const wrapped = Object.create(store) as Store;
  for (const name of CHANGES) {
    const change = store[name] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const result = await change.apply(store, args);
      const first = args[0];
      await peers.announce(typeof first === 'string' ? first : (first as { id?: string }).id);
      return result;
    };
  }
  return wrapped;
}
