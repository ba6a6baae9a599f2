/**
 * The real service for benchmarks: built by the same factory as `npm start`,
 * on a temporary data folder (SQLite), listening on 127.0.0.1 only. Request
 * logging stays on at `info` (the production default) and goes to /dev/null
 * through the same destination as `npm start`'s standard output, so each request pays for its log line as it
 * would in production, without filling a terminal.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { RequestHandler } from 'express';
import { createService, type Service } from '../../src/server/app.js';
import { loadConfig, type ServerConfig } from '../../src/server/config.js';
import { logDestination } from '../../src/server/logging.js';
import { shutdown } from '../../src/server/shutdown.js';
import { adminApi } from '../../test/support/admin-api.js';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

export interface BenchService extends Service {
  url: string;
  server: Server;
  dir: string;
  /** fetch against the admin API with the admin token. */
  api(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Rate limits are raised far above what a bench sends (they would answer 429
 * after 600 polls a minute from one address), but the limiters still run on
 * every request, as they do in production.
 */
export function benchConfig(dir: string, env: Record<string, string> = {}): ServerConfig {
  const config = loadConfig({
    RUNCAST_DATA: dir,
    HOST: '127.0.0.1',
    PORT: '0',
    RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: 'info',
    RUNCAST_DEMO: '0',
    RUNCAST_RATE_API: '1000000',
    RUNCAST_RATE_AUTH_FAILURES: '1000000',
    RUNCAST_RATE_FEED: '1000000',
    RUNCAST_RATE_FEED_FAILURES: '1000000',
    ...env,
  });
  return config;
}

export interface StartOptions {
  env?: Record<string, string>;
  /**
   * Extra routes mounted after every route of the service and before its 404
   * handler: a request to them passes the same application middleware (request
   * log, helmet, the draining check) and the same routers as any request.
   */
  extraRoutes?: { path: string; handler: RequestHandler; /** Mounted with app.use (every path under it) rather than app.get. */ use?: boolean }[];
}

export async function startBenchService(options: StartOptions = {}): Promise<BenchService> {
  const dir = mkdtempSync(join(tmpdir(), 'runcast-bench-'));
  const config = benchConfig(dir, options.env);
  const logStream = logDestination('/dev/null');
  const service = await createService(config, { logStream });
  for (const route of options.extraRoutes ?? []) mountBeforeNotFound(service, route.path, route.handler, route.use);
  const server = createServer(service.handler).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service.setPublicUrl(url);
  const api = adminApi(url, ADMIN_TOKEN);

  return {
    ...service,
    url,
    server,
    dir,
    api,
    stop: async () => {
      await shutdown(server, service.ctx, 1000);
      logStream.flushSync?.();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Layer {
  handle: (...args: unknown[]) => unknown;
}

/**
 * The app ends with its 404 handler and then its error handler; a route added
 * afterwards would never be reached, so its layer is moved in front of them.
 */
function mountBeforeNotFound(service: Service, path: string, handler: RequestHandler, use = false): void {
  const router = (service.app as unknown as { router: { stack: Layer[] } }).router;
  const stack = router.stack;
  const [notFound, onError] = stack.slice(-2);
  if (!notFound || !onError || onError.handle.length !== 4 || notFound.handle.length === 4) {
    throw new Error('the app no longer ends with a 404 handler and an error handler; mount the bench route another way');
  }
  if (use) service.app.use(path, handler);
  else service.app.get(path, handler);
  const layer = stack.pop()!;
  stack.splice(stack.length - 2, 0, layer);
}
