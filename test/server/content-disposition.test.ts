import { describe, expect, it } from 'vitest';
import { attachment, sessionFileName, slug } from '../../src/server/content-disposition.js';

/** Parses filename and filename* the way a browser does, to check what a client would save. */
function parse(header: string) {
  const plain = /filename="([^"]*)"/.exec(header)?.[1];
  const ext = /filename\*=UTF-8''([^;\s]*)/.exec(header)?.[1];
  return { plain, ext: ext === undefined ? undefined : decodeURIComponent(ext) };
}

describe('Content-Disposition', () => {
  it('gives an ASCII name and the full UTF-8 name', () => {
    const h = attachment('2026-01-07-Café-6×400m.fit');
    expect(h.startsWith('attachment; ')).toBe(true);
    expect(parse(h)).toEqual({ plain: '2026-01-07-Cafe-6_400m.fit', ext: '2026-01-07-Café-6×400m.fit' });
  });

  it('cannot be broken by quotes, semicolons or line breaks in a title', () => {
    // Regression guard: plan titles are coach input and must not inject headers or parameters.
    const evil = 'x";\r\nSet-Cookie: a=b; filename="evil.exe';
    const h = attachment(sessionFileName('2026-01-07', evil, 'fit'));
    expect(h).not.toMatch(/[\r\n]/);
    expect(h.match(/"/g)).toHaveLength(2);
    expect(h.split(';').map((p) => p.trim().split('=')[0])).toEqual(['attachment', 'filename', 'filename*']);
    expect(parse(h).plain).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(parse(h).ext).toBe('2026-01-07-x-Set-Cookie-a-b-filename-evil-exe.fit');
  });

  it('falls back to a name when the title has nothing usable', () => {
    expect(sessionFileName('2026-01-07', '🏃‍♀️ ', 'tcx')).toBe('2026-01-07.tcx');
    expect(parse(attachment('😀')).plain).toBe('download');
  });

  it('slugs keep letters of any script and fold the rest', () => {
    expect(slug('  6×400m @ HM–10K!! ')).toBe('6-400m-HM-10K');
    expect(slug('Läufe über Ω')).toBe('Läufe-über-Ω');
  });
});
