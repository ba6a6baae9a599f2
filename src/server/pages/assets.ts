/**
 * The pages' own stylesheet and scripts, from `templates/static/`, read once
 * and served from memory under a content hash in the query, so a page always
 * gets the files it was rendered with and browsers may keep them. Only the
 * files listed here are served: no path from a request reaches the disk.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import { STATIC_FILES } from './render.js';

const FILES = {
  css: { name: 'runcast.css', type: 'text/css; charset=utf-8' },
  copy: { name: 'copy.js', type: 'text/javascript; charset=utf-8' },
  playground: { name: 'playground.js', type: 'text/javascript; charset=utf-8' },
} as const;

export type AssetName = keyof typeof FILES;
export type AssetUrls = Record<AssetName, string>;

interface Loaded {
  body: Buffer;
  type: string;
  etag: string;
}

export interface Assets {
  urls: AssetUrls;
  router: Router;
}

export function loadAssets(dir: string = STATIC_FILES): Assets {
  const byName = new Map<string, Loaded>();
  const urls = {} as AssetUrls;
  for (const [key, file] of Object.entries(FILES) as [AssetName, (typeof FILES)[AssetName]][]) {
    const body = readFileSync(join(dir, file.name));
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
    byName.set(file.name, { body, type: file.type, etag: `"${hash}"` });
    urls[key] = `/static/${file.name}?v=${hash}`;
  }

  const router = Router();
  router.get('/static/:name', (req, res, next) => {
    const file = byName.get(String(req.params.name));
    if (!file) return next();
    res.setHeader('Content-Type', file.type);
    res.setHeader('ETag', file.etag);
    // Pages link each file with its hash, so a new version is a new URL; a day's reuse is safe.
    res.setHeader('Cache-Control', 'public, max-age=86400');
    if (req.get('if-none-match') === file.etag) return void res.status(304).end();
    res.setHeader('Content-Length', String(file.body.length));
    res.status(200).end(req.method === 'HEAD' ? undefined : file.body);
  });
  return { urls, router };
}
