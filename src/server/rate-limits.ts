/**
 * Per-address request limits. Calendar clients poll the token links all day,
 * so those are generous; failures there (unknown tokens) and on admin
 * authentication are counted separately and throttled hard, which makes
 * guessing hopeless on top of the 192-bit tokens.
 */
import type { RequestHandler } from 'express';
import { rateLimit, type Options } from 'express-rate-limit';
import type { RateLimitConfig } from './config.js';
import { HttpError, sendError } from './errors.js';

const WINDOW_MS = 60_000;

function limiter(limit: number, extra: Partial<Options> = {}): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.setHeader('Retry-After', String(Math.ceil(WINDOW_MS / 1000)));
      sendError(res, new HttpError(429, 'rate_limited', 'Too many requests; slow down and retry later.'));
    },
    ...extra,
  });
}

export interface RateLimiters {
  api: RequestHandler;
  authFailures: RequestHandler;
}

export function createRateLimiters(config: RateLimitConfig): RateLimiters {
  // Only failures count towards the failure limit: 401/403 on the API. Token links have their own guard (routes/athlete-links.ts).
  const failuresOnly = (statuses: number[]): Partial<Options> => ({
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => !statuses.includes(res.statusCode),
    // These limiters share the client addresses with the main ones; separate headers would only confuse.
    standardHeaders: false,
  });
  return {
    api: limiter(config.api),
    authFailures: limiter(config.authFailures, failuresOnly([401, 403])),
  };
}
