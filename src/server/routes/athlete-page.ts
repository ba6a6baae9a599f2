/**
 * The athlete's page at /a/<token>/: their plan week by week with every
 * session in words and as a chart, the downloads, the calendar subscription
 * and their paces. Served with the other athlete links (`athlete-links.ts`),
 * behind the same token check and the same 404 for anything unknown.
 */
import type { AthleteRecord } from '../../store/store.js';
import { storedPlan } from '../compile-jobs.js';
import type { ServiceContext } from '../context.js';
import type { AssetUrls } from '../pages/assets.js';
import { HTML_TYPE } from '../pages/render.js';
import type { Artifact } from '../send-artifact.js';

/** Revalidated on every visit (a 304 when nothing changed), so a coach's edit shows at once. */
const PAGE_CACHE_CONTROL = 'private, no-cache';

/**
 * The page, at once when it is cached: kept with the athlete's other outputs
 * under their version (which any change, a new token included, bumps) and
 * the day, since "today" moves at midnight in the athlete's zone. It is
 * rendered on the compile thread (link-builds.ts): a plan of years has
 * thousands of sessions to chart, seconds of work.
 */
export function athletePage(ctx: ServiceContext, assets: AssetUrls, record: AthleteRecord, token: string): Artifact | Promise<Artifact> {
  const today = ctx.outputs.today(record);
  const render = () => ctx.compiler.run({ kind: 'page', today, token, publicUrl: ctx.publicUrl(), assets, ...storedPlan(record) });
  return ctx.outputs.fileFrom(record, `page:${today}`, HTML_TYPE, render, { cacheControl: PAGE_CACHE_CONTROL });
}
