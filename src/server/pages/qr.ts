/** The calendar link as a QR code, so a phone can subscribe from a desktop screen. */
import QRCode from 'qrcode';
import { Markup } from './render.js';

/**
 * An inline SVG QR code of `link`. The generator's output holds only paths and
 * numbers; the link itself never appears in the markup, only its modules.
 */
export async function qrSvg(link: string, label: string): Promise<Markup> {
  const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const accessible = svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttr(label)}" class="qr" `);
  return new Markup(accessible);
}

function escapeAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
