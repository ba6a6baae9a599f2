/**
 * Content codings: gzip and brotli chosen by the client's Accept-Encoding
 * (RFC 9110 §12.5.3), for text worth compressing. A calendar feed of 49 KB is
 * 4 KB gzipped, and every calendar client asks for gzip; FIT files and zip
 * bundles are already compressed (or tiny) and always go as they are.
 */
import { hash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

export type Coding = 'br' | 'gzip';
export type Chosen = Coding | 'identity';

/** Below this, a Content-Encoding saves less than its own headers cost (an error body, a short answer). */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript|[a-z.+-]*\+(?:xml|json))\b|image\/svg\+xml)/i;

export function isCompressible(mediaType: string): boolean {
  return COMPRESSIBLE.test(mediaType);
}

/**
 * How hard to compress: bytes made once per version and sent thousands of
 * times (a feed, a page) are worth gzip's best and a middling brotli (q6:
 * 2 ms for a 200 KB feed, within 15 % of q11, which takes 400 ms); an API
 * answer is compressed on every request, so faster.
 */
export type Effort = 'stored' | 'each';

export function encode(body: Buffer, coding: Coding, effort: Effort): Buffer {
  if (coding === 'gzip') return gzipSync(body, gzipOptions(effort));
  return brotliCompressSync(body, brotliOptions(body, effort));
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * The same bytes as `encode`, compressed on libuv's thread pool: a page of
 * megabytes takes a quarter of a second to compress, which the thread
 * answering requests must not spend.
 */
export function encodeAsync(body: Buffer, coding: Coding, effort: Effort): Promise<Buffer> {
  return coding === 'gzip' ? gzipAsync(body, gzipOptions(effort)) : brotliAsync(body, brotliOptions(body, effort));
}

function gzipOptions(effort: Effort): ZlibOptions {
  return { level: effort === 'stored' ? 9 : 6 };
}

function brotliOptions(body: Buffer, effort: Effort): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'stored' ? 6 : 4,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  };
}

/** A strong entity tag: the sha256 of the bytes sent, whatever their coding. */
export function entityTag(body: Buffer): string {
  return `"${hash('sha256', body, 'base64url')}"`;
}

// Clients send one of a few Accept-Encoding values, each thousands of times: the choice is kept by value.
const chosen = new Map<string, Chosen>();
const CHOSEN_LIMIT = 512;

/**
 * The coding to send: the acceptable one with the highest weight, brotli
 * before gzip before none on a tie. No header, an empty one, or nothing
 * acceptable: the bytes as they are.
 */
export function negotiate(header: string | string[] | undefined): Chosen {
  if (header === undefined) return 'identity';
  const value = typeof header === 'string' ? header : header.join(',');
  let choice = chosen.get(value);
  if (choice === undefined) {
    if (chosen.size >= CHOSEN_LIMIT) chosen.clear();
    chosen.set(value, (choice = choose(value)));
  }
  return choice;
}

function choose(header: string): Chosen {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name!.trim().toLowerCase();
    if (coding === '') continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1]!) ? Number(m[1]) : 0;
    }
    const key = coding === 'x-gzip' ? 'gzip' : coding;
    weights.set(key, Math.max(weights.get(key) ?? 0, q));
  }
  const star = weights.get('*');
  const weight = (c: string) => weights.get(c) ?? star ?? 0;
  // Identity is acceptable unless refused by name or by "*;q=0"; unnamed, it ranks after what the client named.
  const listed = [...weights.values()].filter((q) => q > 0);
  const identity = weights.get('identity') ?? (star === 0 ? 0 : listed.length > 0 ? Math.min(...listed) : 1);
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip && br >= identity) return 'br';
  if (gzip > 0 && gzip >= identity) return 'gzip';
  return 'identity';
}
