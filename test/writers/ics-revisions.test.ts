import { describe, expect, it } from 'vitest';
import { writeIcs, eventUid, sessionContentHash, RevisionLog } from '../../src/writers/ics.js';
import { isWriterError } from '../../src/writers/errors.js';
import type { CompiledPlan } from '../../src/ir/workout.js';
import { mapSession, samplePlan } from '../../fixtures/ics/sample-plan.js';
import { parseFeed, type ParsedEvent } from '../../fixtures/ics/read-feed.js';

const plan = samplePlan();
const T1 = '2026-02-20T09:00:00Z';
const T2 = '2026-02-27T18:45:00Z';

const veventBlocks = (text: string) => text.split('BEGIN:VEVENT').slice(1);
const shown = (e: ParsedEvent) => [e.summary, e.description, e.start.toString(), e.end.toString(), e.transp, e.url];

function generate(p: CompiledPlan, log: RevisionLog) {
  return writeIcs(p, { revisions: log.revisions });
}

describe('deterministic output', () => {
  it('regenerating gives byte-identical output', () => {
    expect(writeIcs(plan)).toBe(writeIcs(samplePlan()));
    const opts = { times: { tue: '06:30' }, baseUrl: 'https://runcast.test' };
    expect(writeIcs(plan, opts)).toBe(writeIcs(samplePlan(), opts));
  });

  it('stamps events with the plan start at 00:00Z when nothing else is known, never the clock', () => {
    const f = parseFeed(writeIcs(plan));
    for (const e of f.events) {
      expect(e.sequence).toBe(0);
      expect(e.dtstamp).toBe('2026-03-02T00:00:00Z');
      expect(e.lastModified).toBe('2026-03-02T00:00:00Z');
    }
  });

  it('stamps events with generatedAt, converted to UTC', () => {
    const f = parseFeed(writeIcs(plan, { generatedAt: '2026-03-01T07:00:00-05:00' }));
    expect(new Set(f.events.map((e) => e.dtstamp))).toEqual(new Set(['2026-03-01T12:00:00Z']));
    expect(writeIcs(plan, { generatedAt: '2026-03-01T07:00:00-05:00' })).toContain('DTSTAMP:20260301T120000Z\r\n');
  });

  it('moving the plan start moves the events and keeps their UIDs', () => {
    const later = samplePlan({ start: '2026-04-06' });
    const a = parseFeed(writeIcs(plan));
    const b = parseFeed(writeIcs(later));
    expect([...b.byUid.keys()].sort()).toEqual([...a.byUid.keys()].sort());
    const w = later.sessions.find((s) => s.id === 'w2-tue-0')!;
    expect(b.byUid.get(eventUid(w, later))!.start.toString()).toBe('2026-04-14');
    expect(a.byUid.get(eventUid(w, plan))!.start.toString()).toBe('2026-03-10');
  });
});

describe('revisions', () => {
  it('changing one session changes only its SEQUENCE and LAST-MODIFIED (and what it shows)', () => {
    const log1 = new RevisionLog({}, T1);
    const before = generate(plan, log1);

    const edited = mapSession(plan, 'w1-thu-0', (w) => ({ ...w, title: '10 × 60 s hill' }));
    const log2 = new RevisionLog(log1.snapshot(), T2);
    const after = generate(edited, log2);

    const a = parseFeed(before);
    const b = parseFeed(after);
    const changedUid = eventUid(edited.sessions.find((s) => s.id === 'w1-thu-0')!, edited);
    expect([...b.byUid.keys()]).toEqual([...a.byUid.keys()]);
    for (const [uid, old] of a.byUid) {
      const now = b.byUid.get(uid)!;
      if (uid === changedUid) {
        expect(old.sequence).toBe(0);
        expect(now.sequence).toBe(1);
        expect(old.lastModified).toBe(T1);
        expect(now.lastModified).toBe(T2);
        expect(now.dtstamp).toBe(T2);
        expect(now.summary).toBe('10 × 60 s hill');
      } else {
        expect(now.sequence, uid).toBe(old.sequence);
        expect(now.lastModified, uid).toBe(T1);
        expect(now.dtstamp, uid).toBe(old.dtstamp);
        expect(shown(now), uid).toEqual(shown(old));
      }
    }

    // Byte level: every other VEVENT block is unchanged.
    const blocksA = veventBlocks(before);
    const blocksB = veventBlocks(after);
    const differing = blocksA.map((blk, i) => blk !== blocksB[i]).filter(Boolean);
    expect(differing).toHaveLength(1);
    expect(before.split('BEGIN:VEVENT')[0]).toBe(after.split('BEGIN:VEVENT')[0]);
  });

  it('regenerating an unchanged plan through the log is byte-identical', () => {
    const log1 = new RevisionLog({}, T1);
    const first = generate(plan, log1);
    const log2 = new RevisionLog(log1.snapshot(), T2);
    expect(generate(plan, log2)).toBe(first);
    expect(log2.snapshot()).toEqual(log1.snapshot());
  });

  it('counts further edits up and keeps a removed session’s sequence for its return', () => {
    const id = 'w2-sun-0';
    const edit = (title: string) => mapSession(plan, id, (w) => ({ ...w, title }));
    const uid = eventUid(plan.sessions.find((s) => s.id === id)!, plan);

    let snap = {};
    const at = (i: number) => `2026-03-0${i}T00:00:00Z`;
    const seqs: number[] = [];
    ['A', 'B', 'C'].forEach((title, i) => {
      const log = new RevisionLog(snap, at(i + 1));
      seqs.push(parseFeed(generate(edit(title), log)).byUid.get(uid)!.sequence);
      snap = log.snapshot();
    });
    expect(seqs).toEqual([0, 1, 2]);

    const without: CompiledPlan = { ...plan, sessions: plan.sessions.filter((s) => s.id !== id) };
    const logGone = new RevisionLog(snap, at(5));
    expect(parseFeed(generate(without, logGone)).byUid.has(uid)).toBe(false);
    const logBack = new RevisionLog(logGone.snapshot(), at(6));
    const back = parseFeed(generate(edit('D'), logBack)).byUid.get(uid)!;
    expect(back.sequence).toBe(3);
    expect(back.lastModified).toBe('2026-03-06T00:00:00Z');
  });

  it('refuses a RevisionLog without a valid instant', () => {
    let error: unknown;
    try {
      new RevisionLog({}, 'now');
    } catch (e) {
      error = e;
    }
    expect(isWriterError(error)).toBe(true);
    expect((error as Error).message).toMatch(/RevisionLog needs an ISO instant/);
  });
});

describe('sessionContentHash', () => {
  const w = plan.sessions.find((s) => s.id === 'w1-tue-0')!;
  const h = sessionContentHash(w, plan);

  it('is a sha256 hex digest that the writer passes to the revision store', () => {
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    const seen = new Map<string, string>();
    writeIcs(plan, {
      revisions: (uid, hash) => {
        seen.set(uid, hash);
        return { sequence: 0, modified: T1 };
      },
    });
    expect(seen.get(eventUid(w, plan))).toBe(h);
    expect(seen.size).toBe(plan.sessions.length);
  });

  it('ignores when the feed is stamped', () => {
    expect(sessionContentHash(w, plan, { generatedAt: T2 })).toBe(h);
  });

  it('changes with what the event shows', () => {
    const variants = [
      { ...w, date: '2026-03-04' },
      { ...w, title: '8×400m @ HM–10K' },
      { ...w, notes: ['Took the high end of "6-10 x": 10 repetitions.'] },
      { ...w, coachNotes: 'Stay tall.' },
      { ...w, optional: true },
    ];
    const hashes = variants.map((v) => sessionContentHash(v, plan));
    expect(new Set([h, ...hashes]).size).toBe(variants.length + 1);
    expect(sessionContentHash(w, plan, { times: { tue: '06:30' } })).not.toBe(h);
    expect(sessionContentHash(w, plan, { baseUrl: 'https://runcast.test' })).not.toBe(h);
    // A time for another weekday does not touch a Tuesday event.
    expect(sessionContentHash(w, plan, { times: { wed: '06:30' } })).toBe(h);
  });
});
