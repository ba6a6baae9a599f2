/**
 * The athlete's page at /a/<token>/: their plan week by week with every
 * session in words and as a chart, the downloads, the calendar subscription
 * and their paces. The token is the only credential, checked exactly as the
 * other athlete links check it, with the same 404 for anything unknown.
 */
import { Router } from 'express';
import type { AthleteRecord } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import { athleteLinks } from '../links.js';
import type { Assets } from '../pages/assets.js';
import { athletePageView } from '../pages/athlete-view.js';
import { qrSvg } from '../pages/qr.js';
import { HTML_TYPE, renderPage } from '../pages/render.js';
import { storedAthlete } from '../profile.js';
import { etagMatches, makeArtifact, type Artifact } from '../send-artifact.js';
import { tokenRoute } from './athlete-links.js';

export function athletePageRoutes(ctx: ServiceContext, assets: Assets): Router {
  const r = Router();

  r.get(['/a/:token', '/a/:token/'], ...tokenRoute(ctx), async (req, res) => {
    const { athlete: record, token } = res.locals as { athlete: AthleteRecord; token: string };
    const artifact = await page(ctx, assets, record, token);
    res.setHeader('ETag', artifact.etag);
    // Revalidated on every visit (a 304 when nothing changed), so a coach's edit shows at once.
    res.setHeader('Cache-Control', 'private, no-cache');
    if (etagMatches(req.get('if-none-match'), artifact.etag)) return void res.status(304).end();
    res.setHeader('Content-Type', artifact.mediaType);
    res.setHeader('Content-Length', String(artifact.body.length));
    res.status(200).end(req.method === 'HEAD' ? undefined : artifact.body);
  });
  return r;
}

/**
 * Cached with the athlete's other outputs under their version (which any
 * change, a new token included, bumps) and the day: "today" moves at midnight
 * in the athlete's zone.
 */
async function page(ctx: ServiceContext, assets: Assets, record: AthleteRecord, token: string): Promise<Artifact> {
  const today = ctx.outputs.today(record);
  const key = `${record.id}:${record.version}:page:${today}`;
  const hit = ctx.outputs.cache.get(key);
  if (hit?.kind === 'artifact') return hit.artifact;

  const plan = ctx.outputs.compiled(record);
  const athlete = storedAthlete(record.profile);
  const publicUrl = ctx.publicUrl();
  const qr = await qrSvg(athleteLinks(publicUrl, token).webcal, 'QR code of the calendar subscription link');
  const view = athletePageView({ athlete, plan, start: record.start, today, token, publicUrl, qr });
  const artifact = makeArtifact(renderPage('athlete', { ...view, assets: assets.urls }), HTML_TYPE);
  ctx.outputs.cache.set(key, { kind: 'artifact', artifact }, artifact.body.length + 256);
  return artifact;
}
