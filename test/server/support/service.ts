/** Starts the real service on 127.0.0.1:0 with a temporary data folder and captured logs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startService, type RunningService } from '../../../src/server/app.js';
import { loadConfig, type ServerConfig } from '../../../src/server/config.js';
import { shutdown } from '../../../src/server/shutdown.js';
import type { SyncTimings } from '../../../src/sync/intervals/worker.js';
import { adminApi } from '../../support/admin-api.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export const REFERENCE_PROFILE = {
  name: 'Jordan Miles',
  timezone: 'America/Chicago',
  units: 'mi',
  fitness: { race: { distance: 'mile', time: '6:00' }, goal: { distance: 'mile', time: '5:45' } },
};

/** A small plan written for these tests: a double on one day, a strength day, a rest day. */
export const SMALL_PLAN = `name: Test block
description: Two weeks for the service tests
weeks:
  - mon: 30 min easy
    wed: 6 x 400m @ HM-10K w/ 400m jog recovery
    sat:
      - 4 x 20 sec strides
      - PT / Strength Focused Lift
  - tue: 4 x 5 min @ Mile w/ 2 min jog
    thu: 45 min
    sun: Rest
`;

export interface TestService extends RunningService {
  dir: string;
  logs: string[];
  /** fetch relative to the service with the admin token. */
  api(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  get(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

export function testConfig(dir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const base = loadConfig({ RUNCAST_DATA: dir, HOST: '127.0.0.1', PORT: '0', RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'info' });
  return {
    ...base,
    demo: false,
    rateLimits: { api: 100_000, authFailures: 100_000, feed: 100_000, feedFailures: 100_000 },
    ...overrides,
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'runcast-server-'));
}

export async function startTestService(
  options: { dir?: string; config?: Partial<ServerConfig>; now?: () => Date; intervals?: Partial<SyncTimings> } = {},
): Promise<TestService> {
  const dir = options.dir ?? tempDir();
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const running = await startService(testConfig(dir, options.config), { logStream, now: options.now, intervals: options.intervals });
  const url = running.url;
  const api = adminApi(url, ADMIN_TOKEN);

  return {
    ...running,
    dir,
    logs,
    api,
    get: (path, init) => fetch(`${url}${path}`, init),
    stop: async () => {
      await shutdown(running.server, running.ctx, 1000);
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The path part of a link handed out by the service ("/a/<token>/calendar.ics"). */
export function pathOf(link: string): string {
  const u = new URL(link);
  return `${u.pathname}${u.search}`;
}
