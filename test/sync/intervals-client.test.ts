/**
 * The intervals.icu client against the stand-in server on 127.0.0.1: what it
 * sends (Basic auth as user "API_KEY", the athlete's path, upsert=true, the
 * events as JSON), that upserting the same events twice leaves one of each,
 * and how every kind of failure is told, always without the key.
 */
import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntervalsClient, IntervalsError } from '../../src/sync/intervals/client.js';
import type { IntervalsEvent } from '../../src/sync/intervals/events.js';
import { FakeIntervals } from '../support/fake-intervals.js';

const KEY = 'k3y-3xampl3-0123456789abcdef';
const ATHLETE = 'i123456';

const event = (n: number, extra: Partial<IntervalsEvent> = {}): IntervalsEvent => ({
  external_id: `runcast-test-w1-mon-${n}`,
  category: 'WORKOUT',
  start_date_local: `2026-12-${String((n % 28) + 1).padStart(2, '0')}T00:00:00`,
  name: `Session ${n}`,
  description: '- Easy 30m 9:19-8:27/mi Pace\n',
  type: 'Run',
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<IntervalsError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof IntervalsError) return e;
    throw e;
  }
  throw new Error('no failure');
}

describe('the intervals.icu client', () => {
  let fake: FakeIntervals;
  let client: IntervalsClient;

  beforeEach(async () => {
    fake = await new FakeIntervals([{ athleteId: ATHLETE, apiKey: KEY }]).start();
    client = new IntervalsClient({ athleteId: ATHLETE, apiKey: KEY }, { baseUrl: fake.url, timeoutMs: 2000 });
  });

  afterEach(async () => {
    await fake.close();
  });

  it('upserts with Basic auth as API_KEY, on the athlete path, with upsert=true and the events as sent', async () => {
    await client.upsert([event(1), event(2)]);
    expect(fake.requests).toHaveLength(1);
    const [r] = fake.requests;
    expect(r).toMatchObject({ method: 'POST', path: `/api/v1/athlete/${ATHLETE}/events/bulk`, query: { upsert: 'true' }, status: 200 });
    expect(r!.authorization).toBe(`Basic ${Buffer.from(`API_KEY:${KEY}`).toString('base64')}`);
    expect(r!.body).toEqual([event(1), event(2)]);
  });

  it('the same events twice make no duplicates; a changed one is updated in place', async () => {
    await client.upsert([event(1), event(2)]);
    await client.upsert([event(1), event(2, { name: 'Renamed' })]);
    const cal = fake.calendar(ATHLETE);
    expect(cal.map((e) => [e.external_id, e.name])).toEqual([
      ['runcast-test-w1-mon-1', 'Session 1'],
      ['runcast-test-w1-mon-2', 'Renamed'],
    ]);
  });

  it('sends large pushes in batches of 100', async () => {
    await client.upsert(Array.from({ length: 250 }, (_, i) => event(i)));
    expect(fake.requests.map((r) => (r.body as unknown[]).length)).toEqual([100, 100, 50]);
    expect(fake.calendar(ATHLETE)).toHaveLength(250);
  });

  it('deletes by external_id with PUT bulk-delete, and lists events by date', async () => {
    await client.upsert([event(1), event(2), event(3)]);
    await client.deleteByExternalId(['runcast-test-w1-mon-2']);
    const del = fake.requests.at(-1)!;
    expect(del).toMatchObject({ method: 'PUT', path: `/api/v1/athlete/${ATHLETE}/events/bulk-delete`, body: [{ external_id: 'runcast-test-w1-mon-2' }] });
    const listed = await client.list('2026-12-01', '2026-12-31');
    expect(listed.map((e) => e.external_id)).toEqual(['runcast-test-w1-mon-1', 'runcast-test-w1-mon-3']);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: `/api/v1/athlete/${ATHLETE}/events`, query: { oldest: '2026-12-01', newest: '2026-12-31' } });
  });

  describe('failures say what happened, never with the key', () => {
    const told = (e: IntervalsError) => {
      expect(e.message).not.toContain(KEY);
      return e;
    };

    it('a refused key (401) and another athlete (403)', async () => {
      const wrongKey = new IntervalsClient({ athleteId: ATHLETE, apiKey: 'not-the-key-000000' }, { baseUrl: fake.url });
      expect(told(await failure(wrongKey.upsert([event(1)])))).toMatchObject({ kind: 'auth', status: 401, message: expect.stringMatching(/refused the API key \(HTTP 401\)/) });
      const otherAthlete = new IntervalsClient({ athleteId: 'i999', apiKey: KEY }, { baseUrl: fake.url });
      expect(told(await failure(otherAthlete.upsert([event(1)])))).toMatchObject({ kind: 'auth', status: 403, message: expect.stringMatching(/athlete i999/) });
    });

    it('rate limiting (429) with its Retry-After, a server failure (503), a rejected body (422) with the server\'s words', async () => {
      fake.failNext(429, 1, { 'retry-after': '120' });
      expect(told(await failure(client.upsert([event(1)])))).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterSeconds: 120 });
      fake.failNext(503);
      expect(told(await failure(client.upsert([event(1)])))).toMatchObject({ kind: 'server', status: 503 });
      const bad = await failure(client.upsert([{ ...event(1), start_date_local: '2026-12-01' }]));
      expect(told(bad)).toMatchObject({ kind: 'rejected', status: 422, message: expect.stringMatching(/start_date_local must be/) });
    });

    it('a server that echoes the key back does not get it into the message', async () => {
      fake.failNext(400, 1, { 'content-type': 'application/json' }, JSON.stringify({ error: `bad key ${KEY}` }));
      const e = told(await failure(client.upsert([event(1)])));
      expect(e.message).toContain('[redacted]');
    });

    it('nobody listening, and a server that never answers (the per-call timeout)', async () => {
      const closed = createServer();
      closed.listen(0, '127.0.0.1');
      await once(closed, 'listening');
      const port = (closed.address() as { port: number }).port;
      await new Promise<void>((r) => closed.close(() => r()));
      const nowhere = new IntervalsClient({ athleteId: ATHLETE, apiKey: KEY }, { baseUrl: `http://127.0.0.1:${port}` });
      expect(told(await failure(nowhere.upsert([event(1)])))).toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/ECONNREFUSED/) });

      fake.hang = true;
      const slow = new IntervalsClient({ athleteId: ATHLETE, apiKey: KEY }, { baseUrl: fake.url, timeoutMs: 300 });
      const started = performance.now();
      expect(told(await failure(slow.upsert([event(1)])))).toMatchObject({ kind: 'timeout', message: 'intervals.icu did not answer within 300 ms' });
      expect(performance.now() - started).toBeLessThan(2000);
      fake.release();
    });

    it('a push stopped from outside (shutdown)', async () => {
      fake.hang = true;
      const stop = new AbortController();
      const c = new IntervalsClient({ athleteId: ATHLETE, apiKey: KEY }, { baseUrl: fake.url, signal: stop.signal });
      const pending = failure(c.upsert([event(1)]));
      setTimeout(() => stop.abort(), 50);
      expect(await pending).toMatchObject({ kind: 'aborted' });
      fake.release();
    });
  });
});

/**
 * A server on 127.0.0.1 that answers every request with `status` and a body
 * that never ends, sending as fast as the client reads; `sent` counts the
 * bytes the client took before it hung up.
 */
async function endlessServer(status: number): Promise<{ url: string; sent: () => number; close: () => Promise<void> }> {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 'overloaded ');
  const server = createHttpServer((req, res) => {
    req.resume();
    res.writeHead(status, { 'content-type': 'text/plain' });
    let open = true;
    res.on('close', () => (open = false));
    const pump = () => {
      while (open && res.write(chunk)) sent += chunk.length;
      if (open) res.once('drain', pump);
    };
    pump();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    sent: () => sent,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe('a huge answer from intervals.icu is cut off, not read whole into memory (a 120 MB error body grew the process by 327 MB)', () => {
  it.each([
    ['an error', 500, 'server', /^intervals\.icu failed \(HTTP 500\): overloaded overloaded/, 16 * 1024 * 1024],
    ['the event list', 200, 'rejected', /^intervals\.icu answered with more than 16 MB$/, 48 * 1024 * 1024],
  ])('%s: read up to its bound, then the connection is closed', async (_, status, kind, message, most) => {
    const server = await endlessServer(status);
    try {
      const client = new IntervalsClient({ athleteId: ATHLETE, apiKey: KEY }, { baseUrl: server.url, timeoutMs: 10_000 });
      const e = await failure(client.list('2026-01-01', '2026-12-31'));
      expect({ kind: e.kind, status: e.status }).toEqual({ kind, status });
      expect(e.message).toMatch(message);
      // What it took is its bound and what the sockets held, not the endless rest (before: until the timeout).
      expect(server.sent()).toBeLessThan(most);
    } finally {
      await server.close();
    }
  });
});
