/**
 * The athlete's page at /a/<token>/: their plan week by week with every
 * session in words and as a chart, the downloads, the calendar subscription
 * and their paces. Served with the other athlete links (`athlete-links.ts`),
 * behind the same token check and the same 404 for anything unknown.
 */
import type { AthleteRecord } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import { athleteLinks } from '../links.js';
import type { AssetUrls } from '../pages/assets.js';
import { athletePageView } from '../pages/athlete-view.js';
import { qrSvg } from '../pages/qr.js';
import { HTML_TYPE, renderPage } from '../pages/render.js';
import { storedAthlete } from '../profile.js';
import { makeArtifact, type Artifact } from '../send-artifact.js';

/** Revalidated on every visit (a 304 when nothing changed), so a coach's edit shows at once. */
const PAGE_CACHE_CONTROL = 'private, no-cache';

/**
 * The page, at once when it is cached: kept with the athlete's other outputs
 * under their version (which any change, a new token included, bumps) and
 * the day, since "today" moves at midnight in the athlete's zone.
 */
export function athletePage(ctx: ServiceContext, assets: AssetUrls, record: AthleteRecord, token: string): Artifact | Promise<Artifact> {
  const what = `page:${ctx.outputs.today(record)}`;
  return ctx.outputs.cached(record, what) ?? renderAthletePage(ctx, assets, record, token, what);
}

async function renderAthletePage(ctx: ServiceContext, assets: AssetUrls, record: AthleteRecord, token: string, what: string): Promise<Artifact> {
  const today = what.slice('page:'.length);
  const plan = await ctx.outputs.compiled(record);
  const athlete = storedAthlete(record.profile);
  const publicUrl = ctx.publicUrl();
  const qr = await qrSvg(athleteLinks(publicUrl, token).webcal, 'QR code of the calendar subscription link');
  const view = athletePageView({ athlete, plan, start: plan.start ?? record.start, today, token, publicUrl, qr });
  const html = renderPage('athlete', { ...view, assets });
  return ctx.outputs.keepFor(record, what, makeArtifact(html, HTML_TYPE, { cacheControl: PAGE_CACHE_CONTROL }));
}
