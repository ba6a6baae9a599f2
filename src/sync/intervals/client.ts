/**
 * The intervals.icu calendar API, the three calls runcast makes:
 *
 * - `POST /api/v1/athlete/{id}/events/bulk?upsert=true` creates or updates
 *   events matched by `external_id`;
 * - `PUT /api/v1/athlete/{id}/events/bulk-delete` deletes events named by
 *   `external_id`;
 * - `GET /api/v1/athlete/{id}/events?oldest=…&newest=…` lists events (the
 *   command line uses it to learn what it pushed before).
 *
 * A personal API key authenticates with HTTP Basic, user "API_KEY". Every
 * failure becomes an IntervalsError whose message says what happened in
 * words, and never holds the key. No answer is read past a bound.
 */
import type { IntervalsEvent } from './events.js';

export const INTERVALS_URL = 'https://intervals.icu';

export interface IntervalsCredentials {
  /** "i12345", or digits alone for accounts made through Strava; "0" means the key's own athlete. */
  athleteId: string;
  apiKey: string;
}

export interface ClientOptions {
  baseUrl?: string;
  /** Per request; a push never waits longer than this for one answer. */
  timeoutMs?: number;
  /** Aborts whatever is in flight (the service shutting down). */
  signal?: AbortSignal;
}

export type FailureKind = 'auth' | 'not_found' | 'rate_limited' | 'rejected' | 'server' | 'unreachable' | 'timeout' | 'aborted';

export class IntervalsError extends Error {
  override name = 'IntervalsError';
  constructor(
    message: string,
    readonly kind: FailureKind,
    readonly status?: number,
    /** From a 429's or 503's Retry-After, in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** An event as the list call answers it: the fields runcast reads. */
export interface RemoteEvent extends Partial<IntervalsEvent> {
  id?: number | string;
}

/** Events per bulk call: far below what the endpoint takes, so no single call is slow. */
const UPSERT_BATCH = 100;
const DELETE_BATCH = 200;
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * The most of an answer read: a year of events is well under 2 MB, and of
 * an error only the first words are quoted. A server sending more is cut
 * off, so that it cannot fill the service's memory.
 */
const ANSWER_BYTES = 16 * 1024 * 1024;
const ERROR_BYTES = 64 * 1024;

export class IntervalsClient {
  private readonly base: string;
  private readonly authorization: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly credentials: IntervalsCredentials,
    private readonly options: ClientOptions = {},
  ) {
    this.base = (options.baseUrl ?? INTERVALS_URL).replace(/\/+$/, '');
    this.authorization = `Basic ${Buffer.from(`API_KEY:${credentials.apiKey}`, 'utf8').toString('base64')}`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private path(tail: string): string {
    return `${this.base}/api/v1/athlete/${encodeURIComponent(this.credentials.athleteId)}/${tail}`;
  }

  async upsert(events: readonly IntervalsEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += UPSERT_BATCH) {
      await this.call('POST', this.path('events/bulk?upsert=true'), events.slice(i, i + UPSERT_BATCH));
    }
  }

  async deleteByExternalId(externalIds: readonly string[]): Promise<void> {
    for (let i = 0; i < externalIds.length; i += DELETE_BATCH) {
      const batch = externalIds.slice(i, i + DELETE_BATCH).map((external_id) => ({ external_id }));
      await this.call('PUT', this.path('events/bulk-delete'), batch);
    }
  }

  /** Events from `oldest` to `newest` (YYYY-MM-DD, both included). */
  async list(oldest: string, newest: string): Promise<RemoteEvent[]> {
    const query = new URLSearchParams({ oldest, newest });
    const body = await this.call('GET', this.path(`events?${query}`));
    if (!Array.isArray(body)) throw new IntervalsError('intervals.icu answered the event list with something other than a list', 'rejected');
    return body as RemoteEvent[];
  }

  private async call(method: string, url: string, body?: unknown): Promise<unknown> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          authorization: this.authorization,
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal,
        redirect: 'error',
      });
    } catch (err) {
      throw this.transportError(err, timeout);
    }
    let answer: Bounded;
    try {
      answer = await readBounded(res, res.ok ? ANSWER_BYTES : ERROR_BYTES);
    } catch (err) {
      throw this.transportError(err, timeout);
    }
    // An error's text is only quoted, its start is enough; an answer cut short cannot be read.
    if (!res.ok) throw this.httpError(res, answer.text);
    if (answer.cut) throw new IntervalsError(`intervals.icu answered with more than ${ANSWER_BYTES / 1024 / 1024} MB`, 'rejected', res.status);
    const text = answer.text;
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  private transportError(err: unknown, timeout: AbortSignal): IntervalsError {
    if (this.options.signal?.aborted) return new IntervalsError('the push was stopped (the service is shutting down)', 'aborted');
    if (timeout.aborted) {
      const wait = this.timeoutMs < 1000 ? `${this.timeoutMs} ms` : `${Math.round(this.timeoutMs / 1000)} s`;
      return new IntervalsError(`intervals.icu did not answer within ${wait}`, 'timeout');
    }
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (err as Error).message;
    return new IntervalsError(`intervals.icu could not be reached (${this.scrub(String(why))})`, 'unreachable');
  }

  private httpError(res: Response, text: string): IntervalsError {
    const s = res.status;
    const said = this.scrub(serverMessage(text));
    const suffix = said ? `: ${said}` : '';
    const retryAfter = retryAfterSeconds(res.headers.get('retry-after'));
    if (s === 401) return new IntervalsError(`intervals.icu refused the API key (HTTP 401)${suffix}; check it under Settings → Developer Settings on intervals.icu`, 'auth', s);
    if (s === 403) {
      return new IntervalsError(
        `intervals.icu denied access to athlete ${this.credentials.athleteId} with this API key (HTTP 403)${suffix}; check the athlete id and the key`,
        'auth',
        s,
      );
    }
    if (s === 404) return new IntervalsError(`intervals.icu has no athlete ${this.credentials.athleteId} (HTTP 404)${suffix}`, 'not_found', s);
    if (s === 429) return new IntervalsError(`intervals.icu is limiting requests (HTTP 429)${suffix}`, 'rate_limited', s, retryAfter);
    if (s >= 500) return new IntervalsError(`intervals.icu failed (HTTP ${s})${suffix}`, 'server', s, retryAfter);
    return new IntervalsError(`intervals.icu rejected the request (HTTP ${s})${suffix}`, 'rejected', s);
  }

  /** Whatever a server or a socket says, the key is not repeated, nor the header that carries it. */
  private scrub(text: string): string {
    let out = text;
    for (const secret of [this.credentials.apiKey, this.authorization.slice('Basic '.length)]) {
      if (secret) out = out.split(secret).join('[redacted]');
    }
    return out;
  }
}

interface Bounded {
  text: string;
  /** More followed than was read. */
  cut: boolean;
}

/** The body as text, read as it streams in and no further than `max` bytes; the rest is refused, the connection closed. */
async function readBounded(res: Response, max: number): Promise<Bounded> {
  if (!res.body) return { text: '', cut: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: Buffer.concat(chunks).toString('utf8'), cut: false };
    chunks.push(value.subarray(0, max - bytes));
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel();
      return { text: Buffer.concat(chunks).toString('utf8'), cut: true };
    }
  }
}

/** The server's own words, short: its JSON "error"/"message", or the start of its text. */
function serverMessage(text: string): string {
  let said = text;
  try {
    const json = JSON.parse(text) as { error?: unknown; message?: unknown };
    said = String(json.message ?? json.error ?? '');
  } catch {
    // Not JSON: an HTML error page says nothing useful.
    if (/^\s*</.test(text)) said = '';
  }
  return said.replace(/\s+/g, ' ').trim().slice(0, 200);
}

function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
