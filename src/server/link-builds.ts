/**
 * The athlete links' outputs that cost as much as the plan is long: the
 * calendar feed (an event a session) and the page (every session in words
 * and as a chart). Each is a function of plain data that answers bytes, so
 * that it runs on the compile thread: for a plan of five years, writing
 * either takes the seconds the thread answering requests must never be held.
 */
import type { CompiledPlan } from '../ir/workout.js';
import type { SessionRevision } from '../store/store.js';
import { RevisionLog, type RevisionMap } from '../writers/ics.js';
import { getWriter, type Writer, type WriterOptions } from '../writers/registry.js';
import { isWriterError } from '../writers/errors.js';
import { unprocessable } from './errors.js';
import { athleteLinks } from './links.js';
import type { AssetUrls } from './pages/assets.js';
import { athletePageView } from './pages/athlete-view.js';
import { qrSvg } from './pages/qr.js';
import { renderPage } from './pages/render.js';
import { storedAthlete } from './profile.js';

/** What a feed is written with besides the plan: the revisions stored so far and the instant of this build. */
export interface FeedBuild {
  /** Where the events link to: the athlete's link base. */
  baseUrl: string;
  previous: RevisionMap;
  /** ISO instant in whole seconds: the LAST-MODIFIED of a session new or changed in this build. */
  now: string;
}

export interface BuiltFeed {
  data: Uint8Array;
  /** The revisions this build changed or added, to be stored. */
  changed: SessionRevision[];
}

/** The feed with the stored revisions, and the revisions this build changed or added. */
export function writeFeed(plan: CompiledPlan, profile: unknown, build: FeedBuild): BuiltFeed {
  const { previous } = build;
  const log = new RevisionLog(previous, build.now);
  const times = (profile as { times?: WriterOptions['times'] }).times;
  const options: WriterOptions = { baseUrl: build.baseUrl, revisions: log.revisions, ...(times ? { times } : {}) };
  const file = writeOrRefuse(() => requireWriter('ics').writePlan(plan, options))[0];
  if (!file) throw new Error('ics writer returned no file');
  const changed: SessionRevision[] = [];
  for (const [uid, r] of Object.entries(log.snapshot())) {
    const before = previous[uid];
    if (!before || before.hash !== r.hash || before.sequence !== r.sequence) {
      changed.push({ uid, contentHash: r.hash, sequence: r.sequence, modified: r.modified });
    }
  }
  return { data: bytesOf(file.data), changed };
}

/** What the page is rendered with besides the plan. */
export interface PageBuild {
  /** Day 1 of week 1 as stored, for a plan that does not say. */
  start: string;
  /** Today in the athlete's zone (YYYY-MM-DD). */
  today: string;
  token: string;
  publicUrl: string;
  assets: AssetUrls;
}

/** The athlete's page as UTF-8 bytes. */
export async function writePage(plan: CompiledPlan, profile: unknown, build: PageBuild): Promise<Uint8Array> {
  const { today, token, publicUrl } = build;
  const athlete = storedAthlete(profile);
  const qr = await qrSvg(athleteLinks(publicUrl, token).webcal, 'QR code of the calendar subscription link');
  const view = athletePageView({ athlete, plan, start: plan.start ?? build.start, today, token, publicUrl, qr });
  return bytesOf(renderPage('athlete', { ...view, assets: build.assets }));
}

/** Bytes in a buffer of their own, which the compile thread hands over rather than copies. */
function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data.slice();
}

export function requireWriter(name: string): Writer {
  const writer = getWriter(name);
  if (!writer) throw new Error(`no "${name}" writer is registered`);
  return writer;
}

/** A writer refusing a session (too many steps for the device, say) is the plan's problem: 422 with its diagnostic. */
export function writeOrRefuse<T>(write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (isWriterError(err)) throw unprocessable('cannot_write', err.message, [err.diagnostic]);
    throw err;
  }
}
