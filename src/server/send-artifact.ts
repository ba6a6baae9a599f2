/**
 * Bytes sent to athletes' clients with a strong ETag from their content, so a
 * calendar app's conditional poll of an unchanged feed is answered with 304.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { attachment } from './content-disposition.js';

export interface Artifact {
  body: Buffer;
  /** Quoted strong entity tag. */
  etag: string;
  mediaType: string;
  /** Download name; absent for content shown inline. */
  fileName?: string;
}

export const CACHE_CONTROL = 'private, max-age=300';

export function makeArtifact(data: Uint8Array | string, mediaType: string, fileName?: string): Artifact {
  const body = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  return { body, etag, mediaType, fileName };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

export function sendArtifact(req: Request, res: Response, artifact: Artifact): void {
  res.setHeader('ETag', artifact.etag);
  res.setHeader('Cache-Control', CACHE_CONTROL);
  if (etagMatches(req.get('if-none-match'), artifact.etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', artifact.mediaType);
  if (artifact.fileName) res.setHeader('Content-Disposition', attachment(artifact.fileName));
  res.setHeader('Content-Length', String(artifact.body.length));
  res.status(200).end(req.method === 'HEAD' ? undefined : artifact.body);
}
