/**
 * A stand-in for intervals.icu's calendar API on 127.0.0.1, built from its
 * documentation (the real service cannot be reached from the tests): the
 * bulk events endpoint with `upsert=true` matching `external_id`, bulk delete
 * by `external_id` or `id`, and the event list by date. It checks what a
 * client sends as the real one would (HTTP Basic with user "API_KEY" and the
 * athlete's key, the athlete in the path, the fields of each event), keeps
 * the calendar, counts every create and update, reads each workout's text
 * with the grammar reader, and can be told to fail or to hang.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readIntervals, type ReadWorkout } from '../helpers/intervals-reader.js';

export interface FakeEvent {
  id: number;
  athlete: string;
  category: string;
  start_date_local: string;
  name?: string;
  description?: string;
  type?: string;
  external_id?: string;
  /** How many times an upsert changed it after it was created. */
  updates: number;
  /** The workout as the grammar reader reads its description. */
  workout?: ReadWorkout;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
  status: number;
  /** When it arrived (performance.now()). */
  at: number;
}

interface Account {
  athleteId: string;
  apiKey: string;
}

type Failure = { status: number; headers?: Record<string, string>; body?: string };

const CATEGORIES = new Set(['WORKOUT', 'NOTE', 'RACE_A', 'RACE_B', 'RACE_C', 'PLAN', 'HOLIDAY', 'SICK', 'INJURED', 'SET_EFTP', 'FITNESS_DAYS', 'TARGET']);
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export class FakeIntervals {
  readonly events = new Map<number, FakeEvent>();
  readonly requests: RecordedRequest[] = [];
  /** Answers queued for the next requests, in order. */
  readonly failures: Failure[] = [];
  /** While set, requests are held open and never answered. */
  hang = false;
  url = '';
  private nextId = 1000;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly held: ServerResponse[] = [];

  constructor(private readonly accounts: Account[]) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers the held requests (after `hang`) with a 503 and stops holding. */
  release(): void {
    this.hang = false;
    for (const res of this.held.splice(0)) if (!res.writableEnded) res.writeHead(503).end();
  }

  failNext(status: number, times = 1, headers?: Record<string, string>, body?: string): void {
    for (let i = 0; i < times; i++) this.failures.push({ status, ...(headers ? { headers } : {}), ...(body ? { body } : {}) });
  }

  calendar(athlete: string): FakeEvent[] {
    return [...this.events.values()].filter((e) => e.athlete === athlete).sort((a, b) => a.start_date_local.localeCompare(b.start_date_local) || a.id - b.id);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      status: 0,
      at: performance.now(),
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (this.hang) {
      this.held.push(res);
      return;
    }
    const failure = this.failures.shift();
    if (failure) {
      record.status = failure.status;
      res.writeHead(failure.status, failure.headers ?? {}).end(failure.body ?? JSON.stringify({ status: failure.status, error: 'Failing as told' }));
      return;
    }

    const account = this.authenticate(req.headers.authorization);
    if (!account) return send(401, { status: 401, error: 'Unauthorized' });
    const m = /^\/api\/v1\/athlete\/([^/]+)\/(events(?:\/bulk|\/bulk-delete)?)$/.exec(url.pathname);
    if (!m) return send(404, { status: 404, error: 'Not found' });
    const athlete = decodeURIComponent(m[1]!);
    if (athlete !== account.athleteId && athlete !== '0') return send(403, { status: 403, error: 'Access denied' });
    const who = account.athleteId;

    let body: unknown;
    if (raw) {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(415, { status: 415, error: 'Unsupported media type' });
      try {
        body = JSON.parse(raw);
      } catch {
        return send(400, { status: 400, error: 'Invalid JSON' });
      }
      record.body = body;
    }

    const route = `${req.method} ${m[2]}`;
    if (route === 'POST events/bulk') return this.bulk(who, url.searchParams.get('upsert') === 'true', body, send);
    if (route === 'PUT events/bulk-delete') return this.bulkDelete(who, body, send);
    if (route === 'GET events') return this.list(who, url.searchParams, send);
    return send(405, { status: 405, error: 'Method not allowed' });
  }

  private authenticate(header: string | undefined): Account | undefined {
    const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
    if (!m) return undefined;
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0 || decoded.slice(0, colon) !== 'API_KEY') return undefined;
    return this.accounts.find((a) => a.apiKey === decoded.slice(colon + 1));
  }

  private bulk(athlete: string, upsert: boolean, body: unknown, send: (s: number, b: unknown) => void): void {
    if (!Array.isArray(body)) return send(422, { status: 422, error: 'Expected a list of events' });
    for (const [i, e] of body.entries()) {
      const problem = eventProblem(e);
      if (problem) return send(422, { status: 422, error: `events[${i}]: ${problem}` });
    }
    const out: FakeEvent[] = [];
    for (const input of body as Record<string, unknown>[]) {
      const existing =
        upsert && typeof input.external_id === 'string'
          ? [...this.events.values()].find((e) => e.athlete === athlete && e.external_id === input.external_id)
          : undefined;
      const fields = {
        category: String(input.category),
        start_date_local: String(input.start_date_local),
        ...(typeof input.name === 'string' ? { name: input.name } : {}),
        ...(typeof input.description === 'string' ? { description: input.description } : {}),
        ...(typeof input.type === 'string' ? { type: input.type } : {}),
        ...(typeof input.external_id === 'string' ? { external_id: input.external_id } : {}),
      };
      const workout = fields.category === 'WORKOUT' && fields.description !== undefined ? { workout: readIntervals(fields.description) } : {};
      if (existing) {
        Object.assign(existing, fields, workout);
        existing.updates++;
        out.push(existing);
      } else {
        const created: FakeEvent = { id: this.nextId++, athlete, ...fields, ...workout, updates: 0 };
        this.events.set(created.id, created);
        out.push(created);
      }
    }
    send(200, out.map(({ workout: _w, updates: _u, ...e }) => e));
  }

  private bulkDelete(athlete: string, body: unknown, send: (s: number, b: unknown) => void): void {
    if (!Array.isArray(body)) return send(422, { status: 422, error: 'Expected a list of {id} or {external_id}' });
    let deleted = 0;
    for (const d of body as { id?: unknown; external_id?: unknown }[]) {
      for (const e of this.events.values()) {
        if (e.athlete !== athlete) continue;
        if ((d.id !== undefined && d.id === e.id) || (typeof d.external_id === 'string' && d.external_id === e.external_id)) {
          this.events.delete(e.id);
          deleted++;
        }
      }
    }
    send(200, { eventsDeleted: deleted });
  }

  private list(athlete: string, query: URLSearchParams, send: (s: number, b: unknown) => void): void {
    const oldest = query.get('oldest');
    const newest = query.get('newest');
    if (!oldest || !/^\d{4}-\d{2}-\d{2}/.test(oldest)) return send(422, { status: 422, error: 'oldest is required' });
    const last = newest ?? '9999-12-31';
    const events = this.calendar(athlete).filter((e) => e.start_date_local.slice(0, 10) >= oldest.slice(0, 10) && e.start_date_local.slice(0, 10) <= last.slice(0, 10));
    send(200, events.map(({ workout: _w, updates: _u, ...e }) => e));
  }
}

function eventProblem(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return 'not an object';
  const ev = e as Record<string, unknown>;
  if (typeof ev.category !== 'string' || !CATEGORIES.has(ev.category)) return `unknown category ${JSON.stringify(ev.category)}`;
  if (typeof ev.start_date_local !== 'string' || !LOCAL_DATE_TIME.test(ev.start_date_local)) return 'start_date_local must be yyyy-MM-ddTHH:mm:ss';
  if (ev.external_id !== undefined && typeof ev.external_id !== 'string') return 'external_id must be a string';
  if (ev.category === 'WORKOUT' && typeof ev.type !== 'string') return 'a workout needs a type';
  for (const k of ['name', 'description', 'type']) if (ev[k] !== undefined && typeof ev[k] !== 'string') return `${k} must be a string`;
  return undefined;
}
