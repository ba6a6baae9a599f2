/** The public pages: the playground and the pages' own stylesheet and scripts. */
import { Router } from 'express';
import type { Assets } from '../pages/assets.js';
import { playgroundView } from '../pages/playground-view.js';
import { HTML_TYPE, renderPage } from '../pages/render.js';
import { makeArtifact, sendArtifact, type Artifact } from '../send-artifact.js';

export function pageRoutes(assets: Assets): Router {
  const r = Router();
  r.use(assets.router);

  // The page is the same for everyone; render (and compress) it once.
  let playground: Artifact | undefined;
  r.get('/playground', (req, res) => {
    playground ??= makeArtifact(renderPage('playground', { ...playgroundView(), assets: assets.urls }), HTML_TYPE, { cacheControl: 'no-cache' });
    sendArtifact(req, res, playground);
  });
  return r;
}
