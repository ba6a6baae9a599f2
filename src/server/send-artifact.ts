/**
 * Bytes sent to athletes' clients with a strong ETag from their content, so a
 * calendar app's conditional poll of an unchanged feed is answered with 304.
 * The ETag is computed once, when the bytes are made; sending a cached
 * artifact hashes nothing and copies nothing.
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
  if (header === etag) return true;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

// Content-Disposition values by file name: the same session file is downloaded again and again.
const dispositions = new Map<string, string>();
const DISPOSITION_LIMIT = 10_000;

function disposition(fileName: string): string {
  let value = dispositions.get(fileName);
  if (value === undefined) {
    if (dispositions.size >= DISPOSITION_LIMIT) dispositions.clear();
    dispositions.set(fileName, (value = attachment(fileName)));
  }
  return value;
}

/** 304 if the request's If-None-Match names this ETag; false (nothing sent) otherwise. */
export function sendIfNotModified(req: Request, res: Response, etag: string): boolean {
  const condition = req.headers['if-none-match'];
  if (condition === undefined || !etagMatches(condition, etag)) return false;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.statusCode = 304;
  res.end();
  return true;
}

export function sendArtifact(req: Request, res: Response, artifact: Artifact): void {
  if (sendIfNotModified(req, res, artifact.etag)) return;
  res.setHeader('ETag', artifact.etag);
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.setHeader('Content-Type', artifact.mediaType);
  if (artifact.fileName) res.setHeader('Content-Disposition', disposition(artifact.fileName));
  res.setHeader('Content-Length', artifact.body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : artifact.body);
}
