/** The console's account pages, rendered in the shared layout; errors as a page or, to a script, as JSON. */
import type { Request, Response } from 'express';
import { loadAssets, type AssetUrls } from '../pages/assets.js';
import { HTML_TYPE, renderPage } from '../pages/render.js';
import { HttpError, sendError } from '../errors.js';

let urls: AssetUrls | undefined;

/** The stylesheet's and scripts' URLs, with the same content hashes the app serves them under. */
function assetUrls(): AssetUrls {
  urls ??= loadAssets().urls;
  return urls;
}

/** A page from templates/pages/console/auth/; `it.coach`, `it.csrfToken` from res.locals for the top bar. */
export function sendConsolePage(res: Response, view: string, data: object = {}, status = 200): void {
  const html = renderPage(`console/auth/${view}`, { coach: res.locals.coach, csrfToken: res.locals.csrfToken, ...data, assets: assetUrls() });
  res.status(status).setHeader('Content-Type', HTML_TYPE);
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

/** A refusal a person reads (a page with a way back) or a script reads (the service's JSON error). */
export function sendConsoleError(req: Request, res: Response, status: number, code: string, message: string): void {
  if ((req.get('accept') ?? '').includes('application/json')) return sendError(res, new HttpError(status, code, message));
  const title = status === 429 ? 'Too many attempts' : status === 403 ? 'Not allowed' : status === 404 ? 'Not found' : 'Something is wrong';
  sendConsolePage(res, 'message', { title, message }, status);
}
