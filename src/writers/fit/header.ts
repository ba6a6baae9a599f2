/**
 * The SDK's Encoder writes the header's protocol version byte as 0x02, which
 * FIT reads as version 0.2 (major version in the high nibble, minor in the
 * low): strict readers reject such a file. Our files use nothing added in
 * protocol 2.0 (no developer fields, no 64-bit types), so the header says
 * 1.0 — the version every FIT device reads — and both CRCs are recomputed.
 */
import { CrcCalculator } from '@garmin/fitsdk';

export const PROTOCOL_VERSION_1_0 = 0x10;
const HEADER_SIZE = 14;

export function withProtocolVersion(bytes: Uint8Array, version = PROTOCOL_VERSION_1_0): Uint8Array {
  if (bytes.length < HEADER_SIZE + 2 || bytes[0] !== HEADER_SIZE) {
    throw new Error('FIT encoder produced an unexpected header');
  }
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  out[1] = version;
  view.setUint16(12, CrcCalculator.calculateCRC(out, 0, 12), true);
  view.setUint16(out.length - 2, CrcCalculator.calculateCRC(out, 0, out.length - 2), true);
  return out;
}
