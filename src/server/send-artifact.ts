/**
 * Bytes sent to athletes' clients with a strong ETag from their content, so a
 * calendar app's conditional poll of an unchanged feed is answered with 304.
 * Text goes gzip- or brotli-compressed to clients that accept it: each coding
 * is made once per version of the bytes, on its first request, and kept with
 * them, with its own ETag (the hash of the bytes sent) and its headers written
 * out in advance; `formReady` makes it off this thread, for bytes too many to
 * compress in place. Sending a cached artifact hashes, compresses and copies
 * nothing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachment } from './content-disposition.js';
import { encode, encodeAsync, entityTag, isCompressible, MIN_COMPRESSED_BYTES, negotiate, type Chosen, type Coding } from './encodings.js';
import { SECURITY_HEADERS } from './security-headers.js';

export const CACHE_CONTROL = 'private, max-age=300';

/** One form of the bytes (as they are, or compressed) with the headers of a 200 that sends it. */
interface Representation {
  body: Buffer;
  etag: string;
  head: string[];
}

/**
 * What a conditional request needs to be answered 304 (the ETag of each form
 * made so far), without the bytes: kept for feeds after their bytes leave
 * the cache.
 */
export interface Validators {
  readonly etags: Partial<Record<Chosen, string>> & { identity: string };
  readonly cacheControl: string;
  /** Whether the answer depends on Accept-Encoding. */
  readonly varies: boolean;
}

export interface Artifact {
  body: Buffer;
  /** Quoted strong entity tag of `body`. */
  etag: string;
  mediaType: string;
  /** Download name; absent for content shown inline. */
  fileName?: string;
  readonly validators: Validators;
  /** The forms sent so far; `null` for a coding that would not make the bytes smaller (those clients get the bytes as they are). */
  readonly forms: Partial<Record<Coding, Representation | null>> & { identity?: Representation };
  /** Told the bytes a newly kept compressed form adds, by the cache that holds the artifact. */
  grew?: (bytes: number) => void;
}

export interface ArtifactOptions {
  fileName?: string;
  cacheControl?: string;
}

export function makeArtifact(data: Uint8Array | string, mediaType: string, { fileName, cacheControl = CACHE_CONTROL }: ArtifactOptions = {}): Artifact {
  const body = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const etag = entityTag(body);
  const varies = body.length >= MIN_COMPRESSED_BYTES && isCompressible(mediaType);
  return { body, etag, mediaType, fileName, validators: { etags: { identity: etag }, cacheControl, varies }, forms: {} };
}

/** Bytes an artifact holds besides its body: its compressed forms. */
export function extraBytes(artifact: Artifact): number {
  return (artifact.forms.gzip?.body.length ?? 0) + (artifact.forms.br?.body.length ?? 0);
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

/** The coding this client gets the artifact in, as far as the artifact is worth compressing. */
function codingFor(req: IncomingMessage, artifact: Artifact): Chosen {
  return artifact.validators.varies ? negotiate(req.headers['accept-encoding']) : 'identity';
}

/** The form to send for the coding the client chose: the compressed one when it is smaller, else the bytes as they are. */
function representation(artifact: Artifact, chosen: Chosen): Representation {
  if (chosen !== 'identity') {
    if (artifact.forms[chosen] === undefined) keepForm(artifact, chosen, encode(artifact.body, chosen, 'stored'));
    const form = artifact.forms[chosen];
    if (form) return form;
  }
  return (artifact.forms.identity ??= build(artifact, artifact.body, artifact.etag, 'identity'));
}

/** Keeps the compressed bytes as the artifact's form in that coding, or `null` when they do not pay. */
function keepForm(artifact: Artifact, coding: Coding, body: Buffer): void {
  const form = body.length < artifact.body.length ? build(artifact, body, entityTag(body), coding) : null;
  artifact.forms[coding] = form;
  // A coding that does not pay is answered with the bytes as they are, under their tag.
  (artifact.validators.etags as Record<Chosen, string>)[coding] = form ? form.etag : artifact.etag;
  if (form) artifact.grew?.(form.body.length);
}

/** Compressions under way, so that concurrent first requests for a coding share one. */
const compressing = new WeakMap<Artifact, Partial<Record<Coding, Promise<void>>>>();

/**
 * Makes the form this client is to be sent, when it is not made yet, on
 * libuv's thread pool rather than this thread (the same bytes as made in
 * place); undefined when it is made already, or the client gets the bytes as
 * they are. `sendArtifact` then sends it without compressing anything.
 */
export function formReady(req: IncomingMessage, artifact: Artifact): Promise<void> | undefined {
  const chosen = codingFor(req, artifact);
  if (chosen === 'identity' || artifact.forms[chosen] !== undefined) return undefined;
  let pending = compressing.get(artifact);
  if (!pending) compressing.set(artifact, (pending = {}));
  return (pending[chosen] ??= encodeAsync(artifact.body, chosen, 'stored')
    .then((body) => {
      if (artifact.forms[chosen] === undefined) keepForm(artifact, chosen, body);
    })
    .finally(() => delete pending[chosen]));
}

function build(artifact: Artifact, body: Buffer, etag: string, coding: Chosen): Representation {
  const head = [...SECURITY_HEADERS, 'Content-Type', artifact.mediaType, 'ETag', etag, 'Cache-Control', artifact.validators.cacheControl];
  if (artifact.validators.varies) head.push('Vary', 'Accept-Encoding');
  if (coding !== 'identity') head.push('Content-Encoding', coding);
  if (artifact.fileName) head.push('Content-Disposition', disposition(artifact.fileName));
  head.push('Content-Length', String(body.length));
  return { body, etag, head };
}

/**
 * 304 if the request's If-None-Match names the ETag of the form this client
 * would get; false (nothing sent) otherwise, or when that form was not made
 * here yet.
 */
export function sendIfNotModified(req: IncomingMessage, res: ServerResponse, validators: Validators): boolean {
  const condition = req.headers['if-none-match'];
  if (condition === undefined) return false;
  const etag = validators.etags[validators.varies ? negotiate(req.headers['accept-encoding']) : 'identity'];
  if (etag === undefined || !etagMatches(condition, etag)) return false;
  notModified(res, etag, validators);
  return true;
}

function notModified(res: ServerResponse, etag: string, validators: Validators): void {
  const head = [...SECURITY_HEADERS, 'ETag', etag, 'Cache-Control', validators.cacheControl];
  if (validators.varies) head.push('Vary', 'Accept-Encoding');
  res.writeHead(304, head);
  res.end();
}

/** The artifact in the form the client accepts, or 304 when it has that form already; answers the Content-Length sent. */
export function sendArtifact(req: IncomingMessage, res: ServerResponse, artifact: Artifact): number {
  const rep = representation(artifact, codingFor(req, artifact));
  const condition = req.headers['if-none-match'];
  if (condition !== undefined && etagMatches(condition, rep.etag)) {
    notModified(res, rep.etag, artifact.validators);
    return 0;
  }
  res.writeHead(200, rep.head);
  res.end(req.method === 'HEAD' ? undefined : rep.body);
  return rep.body.length;
}
