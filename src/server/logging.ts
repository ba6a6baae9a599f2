/**
 * Structured logs with pino. A feed token in a URL is a password, so request
 * lines carry the path with the token segment replaced; headers are not logged.
 */
import type { RequestHandler } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'token', '*.token'], censor: '[redacted]' },
    },
    destination,
  );
}

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

export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          method: req.method,
          path: redactPath(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          bytes: Number(res.getHeader('content-length') ?? 0),
        },
        'request',
      );
    });
    next();
  };
}
