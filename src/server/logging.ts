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
 * `/a/<token>/…` → `/a/[redacted]/…`; the query string is dropped (it never needs to be in a log).
 * Routing ignores case and tolerates doubled slashes, so `/A/<token>` and `//a/<token>` are
 * redacted too, wherever the segment appears: hiding a harmless segment costs nothing.
 */
export function redactPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.replace(/(^|\/)a\/[^/]*/gi, '$1a/[redacted]');
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
