/**
 * Structured logs with pino. A feed token in a URL is a password, so request
 * lines carry the path with the token segment replaced; headers are not logged.
 */
import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * What never reaches a log line, wherever a caller puts it: tokens, coaches'
 * passwords (and whole request bodies, which carry them), cookies (the
 * console's session id) and session ids themselves.
 */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'token',
  '*.token',
  'password',
  '*.password',
  'body',
  '*.body',
  'cookie',
  '*.cookie',
  'headers.cookie',
  '*.headers.cookie',
  'headers["set-cookie"]',
  '*.headers["set-cookie"]',
  'sid',
  '*.sid',
  'sessionId',
  '*.sessionId',
  'csrfToken',
  '*.csrfToken',
];

/**
 * `worker`: which of the service's processes wrote the line, when it runs
 * several (RUNCAST_WORKERS).
 */
export function createLogger(level: string, destination?: DestinationStream, worker?: number): Logger {
  return pino(
    {
      level,
      base: worker === undefined ? undefined : { worker },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    destination,
  );
}

/**
 * The request log: one line per request, written with the service's log to
 * the same destination. Its fields are known and hold no secret (the path is
 * redacted by `redactPath`), so it skips pino's redaction pass, which costs
 * more than writing the line.
 */
export function createRequestLog(level: string, destination: DestinationStream, worker?: number): Logger {
  return pino({ level, base: worker === undefined ? undefined : { worker } }, destination);
}

/**
 * Where the log goes (standard output: 1), written without blocking the
 * process and without a system call per line: lines are gathered and go out
 * in writes of 2–4 KiB of whole lines, at least every LOG_FLUSH_MS when the
 * service is quiet. A write of at most PIPE_BUF (4 KiB) is kept whole by the
 * system, so lines stay whole when several worker processes share one
 * output. Call `flushSync` before the process exits.
 */
export function logDestination(dest: number | string = 1): DestinationStream & { flushSync(): void } {
  return pino.destination({ dest, sync: false, minLength: 2048, maxWrite: 4096, periodicFlush: LOG_FLUSH_MS });
}

/** How long a log line may wait for others to go out with it. */
export const LOG_FLUSH_MS = 250;

/**
 * What may stand for a token in a path: the segment after an `a` segment
 * (routing ignores case and tolerates doubled slashes, so `/A/<token>` and
 * `//a/<token>` reach the links), and any run of token characters as long as
 * a fair part of a token, wherever it stands (`/a/./<token>/…`,
 * `/a;x/<token>`, a link pasted into the wrong place). Athlete ids (UUIDs)
 * stay readable.
 */
const TOKEN_SEGMENT = /(^|\/)a\/[^/]*/gi;
const TOKEN_LIKE = /[A-Za-z0-9_-]{16,}/g;
const HAS_TOKEN_LIKE = /[A-Za-z0-9_-]{16}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The path for the log: `/a/<token>/…` → `/a/[redacted]/…`, the query string
 * dropped (it never needs to be in a log). Percent-encoded ASCII is read as
 * what it spells first (`/%61/<token>`, `/a%2F<token>`), so no spelling of a
 * path slips a token past; hiding a harmless segment costs nothing. Every
 * request is logged: the usual path costs two regular expressions and no
 * function call per match.
 */
export function redactPath(url: string): string {
  const q = url.indexOf('?');
  let path = q < 0 ? url : url.slice(0, q);
  if (path.includes('%')) path = path.replace(/%([0-7][0-9a-f])/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  path = path.replace(TOKEN_SEGMENT, '$1a/[redacted]');
  return HAS_TOKEN_LIKE.test(path) ? path.replace(TOKEN_LIKE, (run) => (UUID.test(run) ? run : '[redacted]')) : path;
}

/**
 * Who asked, on an athlete's link: the athlete's id once the token matched
 * (never the token), the client's address (as TRUST_PROXY says to read it)
 * and its user-agent, so an operator can tell whether a calendar polls.
 */
export interface LinkClient {
  athlete?: string;
  client: string;
  userAgent?: string;
}

/** A user-agent is the client's to write: at most this much of it is logged. */
const USER_AGENT_CHARS = 200;

/** One line per answered request: method, redacted path, status, time taken and bytes sent; on athletes' links, who asked. */
export function logRequest(logger: Logger, method: string | undefined, url: string, status: number, started: number, bytes: number, who?: LinkClient): void {
  if (!logger.isLevelEnabled('info')) return;
  const line = { method, path: redactPath(url), status, ms: Math.round((performance.now() - started) * 10) / 10, bytes };
  if (!who) return void logger.info(line, 'request');
  const userAgent = who.userAgent?.slice(0, USER_AGENT_CHARS);
  logger.info({ ...line, ...(who.athlete ? { athlete: who.athlete } : {}), client: who.client, ...(userAgent ? { userAgent } : {}) }, 'request');
}

export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => logRequest(logger, req.method, req.originalUrl, res.statusCode, started, Number(res.getHeader('content-length') ?? 0)));
    next();
  };
}
