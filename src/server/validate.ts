/** Request validation with zod: a failure is a 400 naming each bad field, never an exception from a handler. */
import type { Request } from 'express';
import type { z } from 'zod';
import { HttpError, invalidRequest } from './errors.js';

export function parseBody<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  // express.json() leaves the body undefined when the request is not JSON at all.
  if (req.body === undefined) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON with "Content-Type: application/json".');
  }
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) throw invalidRequest(parsed.error, 'body');
  return parsed.data;
}

export function parseQuery<S extends z.ZodType>(req: { query: unknown }, schema: S): z.output<S> {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) throw invalidRequest(parsed.error, 'query');
  return parsed.data;
}

/** Path parameters that cannot name anything (a malformed id) are a 404, like any other missing resource. */
export function parseParams<S extends z.ZodType>(req: Request, schema: S): z.output<S> | undefined {
  const parsed = schema.safeParse(req.params);
  return parsed.success ? parsed.data : undefined;
}
