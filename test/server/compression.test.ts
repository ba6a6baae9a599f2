/**
 * Compressed answers: gzip and brotli by Accept-Encoding for the feed, the
 * page, TCX and the API's JSON, each coding with its own ETag and 304s, made
 * once per version of the bytes; FIT and zip as they are.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiate } from '../../src/server/encodings.js';
import { rawRequest, type RawResponse } from './support/raw.js';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
let links: Record<string, string>;
let id: string;

beforeAll(async () => {
  svc = await startTestService({ config: { publicUrl: 'https://runcast.test' } });
  const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start: '2026-01-05' } });
  expect(res.status).toBe(201);
  ({ id, links } = (await res.json()) as { id: string; links: Record<string, string> });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(svc.url, path, { headers, method });

function decoded(res: RawResponse): Buffer {
  const coding = res.headers['content-encoding'];
  if (coding === 'gzip') return gunzipSync(res.body);
  if (coding === 'br') return brotliDecompressSync(res.body);
  expect(coding).toBeUndefined();
  return res.body;
}

describe('choosing a coding', () => {
  it('follows the weights of Accept-Encoding, brotli before gzip on a tie, the bytes as they are otherwise', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'identity'],
      ['', 'identity'],
      ['gzip', 'gzip'],
      ['gzip, deflate', 'gzip'],
      ['x-gzip', 'gzip'],
      ['deflate, gzip, br, zstd', 'br'],
      ['gzip;q=1.0, br;q=0.5', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0, gzip;q=0', 'identity'],
      ['*', 'br'],
      ['*;q=0.5, br;q=0', 'gzip'],
      ['identity', 'identity'],
      ['gzip;q=0.5, identity', 'identity'],
      ['identity;q=0, gzip;q=0.1', 'gzip'],
      ['GZIP', 'gzip'],
      ['gzip;q=2', 'identity'],
      ['deflate', 'identity'],
      [' , ;, gzip ;q=0.8 ', 'gzip'],
    ];
    for (const [header, coding] of cases) expect(negotiate(header), String(header)).toBe(coding);
  });
});

describe('the calendar feed', () => {
  it('goes gzipped in at most 12 % of its bytes, brotli smaller still, each decoding to the same calendar', async () => {
    const feed = pathOf(links.feed!);
    const plain = await get(feed);
    const gzip = await get(feed, { 'accept-encoding': 'gzip' });
    const br = await get(feed, { 'accept-encoding': 'br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    for (const res of [plain, gzip, br]) {
      expect(res.status).toBe(200);
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decoded(res).equals(plain.body)).toBe(true);
    }
    expect(plain.body.length).toBeGreaterThan(30_000);
    expect(gzip.body.length / plain.body.length).toBeLessThanOrEqual(0.12);
    expect(br.body.length).toBeLessThan(gzip.body.length);
    expect(new ICAL.Component(ICAL.parse(decoded(gzip).toString('utf8'))).getAllSubcomponents('vevent').length).toBeGreaterThan(40);
  });

  it('has an ETag per coding, each the hash of the bytes sent, and answers 304 only for the form the client would get', async () => {
    const feed = pathOf(links.feed!);
    const forms = {
      identity: await get(feed),
      gzip: await get(feed, { 'accept-encoding': 'gzip' }),
      br: await get(feed, { 'accept-encoding': 'gzip, br' }),
    };
    const tags = Object.values(forms).map((r) => String(r.headers.etag));
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const accept = { identity: 'identity', gzip: 'gzip', br: 'br' } as const;
    for (const [coding, res] of Object.entries(forms) as [keyof typeof accept, RawResponse][]) {
      const etag = String(res.headers.etag);
      const again = await get(feed, { 'accept-encoding': accept[coding], 'if-none-match': etag });
      expect(again.status, coding).toBe(304);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers.vary).toBe('Accept-Encoding');
      expect(again.body.length).toBe(0);
      // The same tag from a client that now gets another coding: that form, in full.
      for (const other of Object.keys(accept) as (keyof typeof accept)[]) {
        if (other === coding) continue;
        const changed = await get(feed, { 'accept-encoding': accept[other], 'if-none-match': etag });
        expect(changed.status, `${coding} tag, ${other} accepted`).toBe(200);
        expect(changed.headers.etag).toBe(forms[other].headers.etag);
      }
    }
  });

  it('compresses each coding once per version of the feed', async () => {
    const feed = pathOf(links.feed!);
    await get(feed, { 'accept-encoding': 'gzip' });
    const record = (await svc.ctx.store.getAthlete(id))!;
    const artifact = svc.ctx.outputs.cachedFeed(record)!;
    const gzipped = artifact.forms.gzip;
    expect(gzipped).toBeTruthy();
    await get(feed, { 'accept-encoding': 'gzip' });
    expect(svc.ctx.outputs.cachedFeed(record)!.forms.gzip).toBe(gzipped);
  });

  it('answers HEAD with the headers of the form a GET would send', async () => {
    const feed = pathOf(links.feed!);
    const full = await get(feed, { 'accept-encoding': 'gzip' });
    const head = await get(feed, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers.etag).toBe(full.headers.etag);
  });
});

describe('other answers', () => {
  it('compress the page and TCX, and leave FIT files and zip bundles as they are', async () => {
    const page = await get(pathOf(links.page!), { 'accept-encoding': 'gzip, deflate, br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(decoded(page).toString('utf8')).toContain('<!doctype html>');
    const base = pathOf(links.page!);
    const tcx = await get(`${base}sessions/2026-01-06.tcx`, { 'accept-encoding': 'gzip' });
    expect(tcx.status).toBe(200);
    expect(tcx.headers['content-encoding']).toBe('gzip');
    expect(tcx.headers['content-disposition']).toMatch(/^attachment; filename="2026-01-06/);
    expect(decoded(tcx).toString('utf8')).toContain('<TrainingCenterDatabase');
    for (const path of [`${base}sessions/2026-01-06.fit`, `${base}schedule.fit`, `${base}bundle.zip`]) {
      const res = await get(path, { 'accept-encoding': 'gzip, br' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBeUndefined();
      expect(res.headers.vary, path).toBeUndefined();
    }
  });

  it("compress the API's JSON when it is worth it, never the short answers", async () => {
    const token = { authorization: `Bearer ${'test-admin-token-0123456789abcdef'}` };
    const spec = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(spec.headers['content-encoding']).toBe('gzip');
    expect(spec.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(spec.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(decoded(spec).toString('utf8'))).toHaveProperty('openapi');
    const list = await get('/api/athletes', { ...token, 'accept-encoding': 'br' });
    expect(list.status).toBe(200);
    expect(JSON.parse(decoded(list).toString('utf8'))).toHaveProperty('athletes');
    const small = await get('/healthz', { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    const missing = await get('/nothing/here', { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
  });

  it("compress the pages' own files and the playground, with 304s per coding", async () => {
    const html = decoded(await get('/playground', { 'accept-encoding': 'gzip' })).toString('utf8');
    const css = /href="(\/static\/runcast\.css[^"]*)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    const res = await get(css, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const again = await get(css, { 'accept-encoding': 'gzip', 'if-none-match': String(res.headers.etag) });
    expect(again.status).toBe(304);
  });
});
