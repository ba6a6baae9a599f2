import { Router } from 'express';
import type { ServiceContext } from '../context.js';
import { HttpError, sendError } from '../errors.js';

/** 200 while the database answers; 503 once shutdown has begun, so a load balancer stops routing here. */
export function healthRoutes(ctx: ServiceContext): Router {
  const r = Router();
  r.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (ctx.draining) return sendError(res, new HttpError(503, 'shutting_down', 'The service is shutting down.'));
    try {
      await ctx.store.ping();
    } catch (err) {
      ctx.logger.error({ err }, 'health check: database unavailable');
      return sendError(res, new HttpError(503, 'unavailable', 'The database is unavailable.'));
    }
    res.json({ status: 'ok' });
  });
  return r;
}
