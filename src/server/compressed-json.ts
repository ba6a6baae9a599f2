/**
 * The API's answers, gzip- or brotli-compressed for clients that accept it
 * (an athlete list, the OpenAPI description, a compiled plan run to tens of
 * kilobytes). They are made per request and never cached, so they are
 * compressed as they are sent, at a faster setting than stored files.
 */
import type { RequestHandler } from 'express';
import { encode, isCompressible, MIN_COMPRESSED_BYTES, negotiate } from './encodings.js';

export const acceptsCompressedJson: RequestHandler = (req, res, next) => {
  const send = res.send;
  res.send = function compressedSend(body?: unknown) {
    const type = String(res.getHeader('Content-Type') ?? '');
    if ((typeof body !== 'string' && !Buffer.isBuffer(body)) || res.getHeader('Content-Encoding') !== undefined || !isCompressible(type)) {
      return send.call(this, body);
    }
    res.vary('Accept-Encoding');
    const coding = negotiate(req.headers['accept-encoding']);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    if (coding === 'identity' || bytes.length < MIN_COMPRESSED_BYTES) return send.call(this, body);
    const packed = encode(bytes, coding, 'each');
    if (packed.length >= bytes.length) return send.call(this, body);
    // Express names the charset of a string it sends; for the bytes it is told here.
    if (typeof body === 'string' && !/;\s*charset=/i.test(type)) res.setHeader('Content-Type', `${type}; charset=utf-8`);
    res.setHeader('Content-Encoding', coding);
    return send.call(this, packed);
  };
  next();
};
