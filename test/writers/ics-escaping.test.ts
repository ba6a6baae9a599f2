import { describe, expect, it } from 'vitest';
import { writeIcs, eventUid } from '../../src/writers/ics.js';
import { mapSession, samplePlan } from '../../fixtures/ics/sample-plan.js';
import { parseFeed, unescapeText } from '../../fixtures/ics/read-feed.js';

const CRLF = Buffer.from('\r\n');

function physicalLines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(CRLF, from); at >= 0; at = bytes.indexOf(CRLF, from)) {
    out.push(bytes.subarray(from, at));
    from = at + 2;
  }
  out.push(bytes.subarray(from));
  return out;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** RFC 5545 §3.1: lines of at most 75 octets, folded with CRLF + space; and every line whole UTF-8. */
function expectWellFolded(text: string) {
  const lines = physicalLines(Buffer.from(text, 'utf8'));
  expect(lines.at(-1)!.length).toBe(0); // the text ends with CRLF
  for (const [i, line] of lines.entries()) {
    expect(line.length, `line ${i + 1}`).toBeLessThanOrEqual(75);
    expect(() => strict.decode(line), `line ${i + 1} splits a UTF-8 sequence`).not.toThrow();
    expect(line.includes(0x0a) || line.includes(0x0d), `bare CR/LF in line ${i + 1}`).toBe(false);
  }
}

const nasty = 'Hills, strides; "fun" \\ back\nsecond line 🏃‍♀️ café – 東京';

describe('ics escaping and folding', () => {
  // Long runs of 2-, 3- and 4-byte characters at every alignment: a fold
  // placed by byte count alone would land inside one of them.
  const long = [0, 1, 2, 3]
    .map((k) => `${'x'.repeat(k)}${'😀'.repeat(40)} ${'東'.repeat(40)} ${'é'.repeat(50)}`)
    .join('\n');

  const plan = mapSession(
    samplePlan({ name: 'Mile, 8 weeks; v2\nrevised', athlete: 'Zoë "Z" O\'Neil' }),
    'w1-tue-0',
    (w) => ({ ...w, title: nasty, coachNotes: long, notes: ['a; b, c\\d'] }),
  );
  const text = writeIcs(plan, { times: { tue: '06:30' }, baseUrl: 'https://runcast.test/a/z' });
  const feed = parseFeed(text);
  const e = feed.byUid.get(eventUid(plan.sessions[1]!, plan))!;

  it('folds every line to 75 octets without splitting a UTF-8 sequence', () => {
    expectWellFolded(text);
    // The test data does reach the folding: the coach notes alone span many lines.
    expect(text.split('\r\n ').length).toBeGreaterThan(40);
  });

  it('round-trips commas, semicolons, backslashes, quotes, newlines and emoji through ical.js', () => {
    expect(e.summary).toBe(nasty);
    expect(e.description).toContain(`Coach's notes: ${long}`);
    expect(e.description).toContain('- a; b, c\\d');
    expect(text).toContain('SUMMARY:Hills\\, strides\\; "fun" \\\\ back\\nsecond line');
  });

  it('escapes the calendar name and description, which ical-generator writes raw', () => {
    // Regression: ical-generator puts NAME/X-WR-CALNAME/X-WR-CALDESC in as given, so a plan
    // name with a newline ended the property early and a comma changed its meaning.
    const cal = feed.calendar;
    expect(cal.getAllProperties('name')).toHaveLength(1);
    expect(unescapeText(String(cal.getFirstPropertyValue('name')))).toBe('Mile, 8 weeks; v2\nrevised — Zoë "Z" O\'Neil');
    expect(unescapeText(String(cal.getFirstPropertyValue('x-wr-calname')))).toBe('Mile, 8 weeks; v2\nrevised — Zoë "Z" O\'Neil');
    expect(text).toContain('NAME:Mile\\, 8 weeks\\; v2\\nrevised');
    const known = new Set(['version', 'prodid', 'method', 'name', 'x-wr-calname', 'x-wr-caldesc', 'x-wr-timezone', 'refresh-interval', 'x-published-ttl']);
    expect(cal.getAllProperties().map((p) => p.name).filter((n) => !known.has(n))).toEqual([]);
  });

  it('writes DTSTAMP and LAST-MODIFIED in UTC with a Z even when events carry a TZID', () => {
    // Regression: with a calendar time zone set, ical-generator writes these as local times
    // without "Z", which RFC 5545 §3.8.7.2 forbids.
    expect(text).toContain('DTSTART;TZID=America/Chicago:20260303T063000\r\n');
    const stamps = text
      .split('\r\n')
      .filter((l) => /^(DTSTAMP|LAST-MODIFIED):/.test(l))
      .map((l) => l.slice(l.indexOf(':') + 1));
    expect(stamps.length).toBeGreaterThan(0);
    for (const s of stamps) expect(s).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('writes no control characters, which RFC 5545 forbids in TEXT, wherever the plan had them', () => {
    // Regression: control characters in titles and notes reached the feed raw.
    const dirty = mapSession(
      samplePlan({ name: 'Block\u0001 one\u001b[0m', athlete: 'Jo\u0007 Doe' }),
      'w1-tue-0',
      (w) => ({ ...w, title: 'Track\u0000 day\u007f', coachNotes: 'Spikes\u0008 and\tsocks\r\nthen\u0085 home', notes: ['bell\u0007'] }),
    );
    const out = writeIcs(dirty, { baseUrl: 'https://runcast.test/a/z' });
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    const parsed = parseFeed(out);
    const event = parsed.byUid.get(eventUid(dirty.sessions[1]!, dirty))!;
    expect(event.summary).toBe('Track day');
    expect(event.description).toContain('Spikes and\tsocks\nthen home');
    expect(unescapeText(String(parsed.calendar.getFirstPropertyValue('name')))).toBe('Block one[0m — Jo Doe');
  });
});
