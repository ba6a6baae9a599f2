/**
 * Real clients read the compressed feed: curl --compressed (brotli and gzip)
 * and vdirsyncer, a calendar synchroniser, subscribed to the feed over HTTP
 * as a calendar app is (Debian's `curl` and `vdirsyncer`, which `.ci/run`
 * installs). The service's request log shows the compressed bytes went out.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, tempDir, type TestService } from './support/service.js';

const run = promisify(execFile);

let svc: TestService;
let feedUrl: string;
let id: string;
let plain: Buffer;
const dirs: string[] = [];

beforeAll(async () => {
  svc = await startTestService();
  const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start: '2026-01-05' } });
  const body = (await res.json()) as { id: string; links: { feed: string } };
  id = body.id;
  feedUrl = `${svc.url}${pathOf(body.links.feed)}`;
  plain = Buffer.from(await (await fetch(feedUrl, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
  for (const d of dirs) removeDir(d);
});

/** The `bytes` of the request log's lines for the feed since `from`, once the log has them. */
async function feedBytesLogged(from: number): Promise<number[]> {
  await new Promise((r) => setTimeout(r, 50));
  return svc.logs
    .slice(from)
    .flatMap((chunk) => chunk.split('\n'))
    .filter((l) => l.includes('"msg":"request"') && l.includes('/calendar.ics'))
    .map((l) => (JSON.parse(l) as { bytes: number }).bytes);
}

/**
 * Each event by its day, title and description. (vdirsyncer's HTTP storage
 * gives every event of a subscription a UID of its own, a hash of its
 * content, for feeds whose UIDs are not stable.)
 */
function events(ics: string): string[] {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((e) => ['dtstart', 'summary', 'description'].map((p) => String(e.getFirstPropertyValue(p))).join(' | '))
    .sort();
}

describe('curl --compressed', () => {
  it('reads the feed as brotli, and as gzip when it asks only for gzip, to the same bytes', async () => {
    const dir = tempDir();
    dirs.push(dir);
    for (const [args, coding] of [
      [[], 'br'],
      [['-H', 'Accept-Encoding: gzip'], 'gzip'],
    ] as const) {
      const from = svc.logs.length;
      const body = join(dir, `feed-${coding}.ics`);
      const { stdout } = await run('curl', ['--silent', '--show-error', '--fail', '--compressed', '--output', body, '--write-out', '%header{content-encoding}', ...args, feedUrl]);
      expect(stdout).toBe(coding);
      expect(readFileSync(body).equals(plain), coding).toBe(true);
      const [bytes] = await feedBytesLogged(from);
      expect(bytes, coding).toBeLessThan(plain.length * 0.12);
    }
  });
});

describe('vdirsyncer', () => {
  it('subscribes to the compressed feed, gets every event, and follows a plan edit', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const calendar = join(dir, 'calendar');
    mkdirSync(calendar);
    const config = join(dir, 'config');
    writeFileSync(
      config,
      [
        '[general]',
        `status_path = "${join(dir, 'status')}/"`,
        '',
        '[pair runcast]',
        'a = "feed"',
        'b = "local"',
        'collections = null',
        '',
        '[storage feed]',
        'type = "http"',
        `url = "${feedUrl}"`,
        '',
        '[storage local]',
        'type = "filesystem"',
        `path = "${calendar}/"`,
        'fileext = ".ics"',
        '',
      ].join('\n'),
    );
    const vdirsyncer = (...args: string[]) => run('vdirsyncer', ['-c', config, ...args], { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    await vdirsyncer('discover');
    const from = svc.logs.length;
    await vdirsyncer('sync');
    const synced = () => readdirSync(calendar).map((f) => readFileSync(join(calendar, f), 'utf8'));
    expect(synced().flatMap(events).sort()).toEqual(events(plain.toString('utf8')));
    expect(synced()).toHaveLength(events(plain.toString('utf8')).length);
    // What it fetched were the compressed bytes.
    const fetched = await feedBytesLogged(from);
    expect(fetched.length).toBeGreaterThan(0);
    for (const bytes of fetched) expect(bytes).toBeLessThan(plain.length * 0.12);

    const edit = await svc.api(`/api/athletes/${id}`, {
      method: 'PATCH',
      json: { plan: { yaml: readFileSync('templates/mile-8-week.yaml', 'utf8').replace(/^(\s+sun: ).*$/m, '$1"52 min run"') } },
    });
    expect(edit.status).toBe(200);
    await vdirsyncer('sync');
    expect(synced().some((ics) => ics.includes('52 min'))).toBe(true);
  });
});
