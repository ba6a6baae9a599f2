/**
 * Every error leaves the service as `{ error: { code, message, details } }`
 * with a status that says whose fault it was. Nothing internal (stack, SQL,
 * file paths) is ever sent; a 500 is logged as the bug it is.
 */
import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Diagnostic } from '../ir/diagnostic.js';
import { isBudgetError, type BudgetError } from '../compiler/budget.js';
import { isDatabaseUnreachable } from '../store/errors.js';
import type { WriteHealth } from './write-health.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFoundError = () => new HttpError(404, 'not_found', 'Nothing here.');

/** The one 404 body: an unknown token must be indistinguishable from any missing page. */
export function sendNotFound(res: ServerResponse): void {
  sendError(res, notFoundError());
}

export function errorBody(err: HttpError) {
  return { error: { code: err.code, message: err.message, details: err.details ?? null } };
}

/**
 * The error as JSON, written the same way on the Express routes and on the
 * athletes' links (the headers already set, such as the security block and
 * Retry-After, go with it), so a 404 is the same bytes wherever it comes from.
 */
export function sendError(res: ServerResponse, err: HttpError): void {
  const body = Buffer.from(JSON.stringify(errorBody(err)), 'utf8');
  res.statusCode = err.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

export interface IssueDetail {
  path: string;
  message: string;
}

export function zodIssues(error: z.ZodError, prefix: readonly (string | number)[] = []): IssueDetail[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.filter((p): p is string | number => typeof p !== 'symbol')].join('.'),
    message: i.message,
  }));
}

export function invalidRequest(error: z.ZodError, where: 'body' | 'query' | 'params'): HttpError {
  return new HttpError(400, 'invalid_request', `The request ${where} is not valid.`, { issues: zodIssues(error) });
}

/** A plan or athlete document with problems: 422 with the positioned diagnostics. */
export function unprocessable(code: string, message: string, diagnostics: readonly Diagnostic[]): HttpError {
  return new HttpError(422, code, message, { diagnostics: diagnostics.map(publicDiagnostic) });
}

/** An input over the compile budget: refused before any work, with the figure and the limit it broke. */
export function overBudget(err: BudgetError): HttpError {
  return new HttpError(422, 'over_budget', `Over the compile budget: ${err.reason}.`, {
    limit: err.limit,
    figure: Number.isFinite(err.figure) ? err.figure : null,
    max: err.max,
    line: err.place?.line ?? null,
    column: err.place?.column ?? null,
  });
}

/** The database takes no writes (a full disk, a read-only file): not the client's fault, and not a bug. */
export function storageUnavailable(reason: string): HttpError {
  return new HttpError(503, 'storage_unavailable', `The database does not accept writes: ${reason}.`, { reason });
}

/** The diagnostic fields a client needs to mark the spot; nothing else leaves the service. */
export function publicDiagnostic(d: Diagnostic) {
  return {
    severity: d.severity,
    line: d.line,
    column: d.column,
    offset: d.offset,
    length: d.length,
    message: d.message,
    hint: d.hint ?? null,
    file: d.file ?? null,
    sourceLine: d.sourceLine ?? null,
  };
}

/** body-parser reports its failures with `type`; map each to the status the client deserves. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'bad_json', 'The request body is not valid JSON.'],
  'entity.too.large': [413, 'payload_too_large', 'The request body is too large.'],
  'encoding.unsupported': [415, 'unsupported_encoding', 'The request body encoding is not supported.'],
  'charset.unsupported': [415, 'unsupported_charset', 'The request body charset is not supported.'],
  'request.aborted': [400, 'request_aborted', 'The request was aborted.'],
  'request.size.invalid': [400, 'bad_request', 'The request body length does not match Content-Length.'],
  'stream.encoding.set': [500, 'internal', 'Internal error.'],
};

export function errorHandler(logger: Logger, writes?: WriteHealth): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => sendFailure(res, err, logger, writes);
}

/** Any error met while answering, as the answer the client deserves; a 500 is logged as the bug it is. */
export function sendFailure(res: ServerResponse, err: unknown, logger: Logger, writes?: WriteHealth): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (err instanceof HttpError) {
    // A refusal for load (the compile thread busy) says when to come back.
    const retryAfter = (err.details as { retryAfter?: unknown } | undefined)?.retryAfter;
    if (err.status === 503 && typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    return sendError(res, err);
  }
  if (isBudgetError(err)) return sendError(res, overBudget(err));
  const e = err as { type?: unknown; status?: unknown; statusCode?: unknown };
  const known = typeof e.type === 'string' ? BODY_ERRORS[e.type] : undefined;
  if (known && known[0] < 500) return sendError(res, new HttpError(known[0], known[1], known[2]));
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  // Express and its parsers signal client faults (a badly encoded URL, say) with 4xx statuses.
  if (status >= 400 && status < 500) return sendError(res, new HttpError(status, 'bad_request', 'The request is not valid.'));
  if (isDatabaseUnreachable(err)) {
    logger.error({ err }, 'database unreachable');
    res.setHeader('Retry-After', '5');
    return sendError(res, new HttpError(503, 'unavailable', 'The service cannot reach its database; retry shortly.'));
  }
  const fault = writes?.noted(err);
  if (fault) {
    logger.error({ err }, 'database takes no writes');
    res.setHeader('Retry-After', '30');
    return sendError(res, storageUnavailable(fault));
  }
  logger.error({ err }, 'unhandled error');
  sendError(res, new HttpError(500, 'internal', 'Internal error.'));
}
