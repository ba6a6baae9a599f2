import { Router } from 'express';
import type { ServiceContext } from '../context.js';

export function templateRoutes(ctx: ServiceContext): Router {
  const r = Router();
  r.get('/templates', (_req, res) => {
    res.json({
      templates: ctx.templates.list().map((t) => ({
        name: t.name,
        title: t.title,
        description: t.description ?? null,
        weeks: t.weeks,
      })),
    });
  });
  return r;
}
