/** The public pages: the playground and the pages' own stylesheet and scripts. */
import { Router } from 'express';
import type { Assets } from '../pages/assets.js';
import { playgroundView } from '../pages/playground-view.js';
import { HTML_TYPE, renderPage } from '../pages/render.js';

export function pageRoutes(assets: Assets): Router {
  const r = Router();
  r.use(assets.router);

  // The page is the same for everyone; render it once.
  let playground: string | undefined;
  r.get('/playground', (_req, res) => {
    playground ??= renderPage('playground', { ...playgroundView(), assets: assets.urls });
    res.setHeader('Content-Type', HTML_TYPE);
    res.setHeader('Cache-Control', 'no-cache');
    res.send(playground);
  });
  return r;
}
