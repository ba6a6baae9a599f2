/**
 * Graceful stop on SIGTERM/SIGINT: health checks start failing, the listener
 * closes (no new connections), requests in flight finish, idle keep-alive
 * connections are dropped, then the database is closed (on SQLite, its WAL
 * checkpointed into the database file first). A request that hangs
 * past the grace period is cut so the process still exits.
 */
import type { Server } from 'node:http';
import type { ServiceContext } from './context.js';

export const GRACE_MS = 10_000;

export async function shutdown(server: Server, ctx: ServiceContext, graceMs = GRACE_MS): Promise<void> {
  ctx.draining = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    ctx.logger.warn('grace period over; closing remaining connections');
    server.closeAllConnections();
  }, graceMs);
  timer.unref();
  await closed;
  clearTimeout(timer);
  try {
    await ctx.intervals.stop();
    await ctx.compiler.close();
  } finally {
    // Whatever stopping the pushes or the compile thread met, the database is still closed whole.
    await ctx.store.close();
  }
}

export function onSignals(stop: () => Promise<void>, exit: (code: number) => void = process.exit): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => exit(0),
      (err: unknown) => {
        process.stderr.write(`shutdown after ${signal} failed: ${String(err)}\n`);
        exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
