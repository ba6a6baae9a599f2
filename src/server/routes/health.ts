import { Router } from 'express';
import type { ServiceContext } from '../context.js';
import { HttpError, sendError, storageUnavailable } from '../errors.js';

/**
 * 200 while the database answers and takes writes; 503 with the reason once
 * shutdown has begun, the database is unreachable, or it takes no writes (a
 * full disk, a read-only file), so a load balancer stops routing here.
 */
export function healthRoutes(ctx: ServiceContext): Router {
  const r = Router();
  r.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (ctx.draining) return sendError(res, new HttpError(503, 'shutting_down', 'The service is shutting down.'));
    let fault: string | undefined;
    try {
      await ctx.store.ping();
      fault = await ctx.writes.check();
    } catch (err) {
      ctx.logger.error({ err }, 'health check: database unavailable');
      return sendError(res, new HttpError(503, 'unavailable', 'The database is unavailable.'));
    }
    if (fault) return sendError(res, storageUnavailable(fault));
    res.json({ status: 'ok' });
  });
  return r;
}
