/**
 * The pages' own stylesheet and scripts, from `templates/static/`, read once
 * and served from memory under a content hash in the query, so a page always
 * gets the files it was rendered with and browsers may keep them. Only the
 * files listed here are served: no path from a request reaches the disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import { makeArtifact, sendArtifact, type Artifact } from '../send-artifact.js';
import { STATIC_FILES } from './render.js';

const FILES = {
  css: { name: 'runcast.css', type: 'text/css; charset=utf-8' },
  copy: { name: 'copy.js', type: 'text/javascript; charset=utf-8' },
  playground: { name: 'playground.js', type: 'text/javascript; charset=utf-8' },
  consoleCss: { name: 'console.css', type: 'text/css; charset=utf-8' },
  console: { name: 'console.js', type: 'text/javascript; charset=utf-8' },
} as const;

export type AssetName = keyof typeof FILES;
export type AssetUrls = Record<AssetName, string>;

// Pages link each file with its hash, so a new version is a new URL; a day's reuse is safe.
const ASSET_CACHE_CONTROL = 'public, max-age=86400';

export interface Assets {
  urls: AssetUrls;
  router: Router;
}

export function loadAssets(dir: string = STATIC_FILES): Assets {
  const byName = new Map<string, Artifact>();
  const urls = {} as AssetUrls;
  for (const [key, file] of Object.entries(FILES) as [AssetName, (typeof FILES)[AssetName]][]) {
    const artifact = makeArtifact(readFileSync(join(dir, file.name)), file.type, { cacheControl: ASSET_CACHE_CONTROL });
    byName.set(file.name, artifact);
    urls[key] = `/static/${file.name}?v=${artifact.etag.slice(1, 17)}`;
  }

  const router = Router();
  router.get('/static/:name', (req, res, next) => {
    const artifact = byName.get(String(req.params.name));
    if (!artifact) return next();
    sendArtifact(req, res, artifact);
  });
  return { urls, router };
}
