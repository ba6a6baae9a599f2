/**
 * Plan and athlete text inside a chart the page inlines into HTML: nothing
 * from a title, a step label, an effort or an id may become markup, and a
 * stray control character must not make the document unparseable.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import type { Units } from '../../src/units/format.js';
import { workoutSvg } from '../../src/writers/svg.js';
import { blocks, child, findAll, parseSvg, xmllintWellFormed, type El } from '../../fixtures/svg/read-svg.js';
import { athlete, cooldown, effort, intervals, meters, paces, rest, step, strength, time, warmup, workout } from '../../fixtures/svg/sessions.js';

const EVIL_TITLE = `</title><script>alert("x")</script> & 'q' <![CDATA[ ]]>`;
const EVIL_LABEL = `400 m "fast" <b onmouseover='alert(1)'>now</b> & more`;
const EVIL_EFFORT = `"><img src=x onerror=alert(1)>`;
const EVIL_ID = `w1"><script>alert(1)</script>`;

/** Every element name and attribute name in the document. */
function names(root: El): { elements: Set<string>; attributes: Set<string> } {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  findAll(root, () => true).forEach((e) => {
    elements.add(e.name);
    Object.keys(e.attrs).forEach((a) => attributes.add(a));
  });
  return { elements, attributes };
}

function assertInert(svg: string): El {
  expect(xmllintWellFormed(svg)).toMatchObject({ ok: true });
  const root = parseSvg(svg);
  const { elements, attributes } = names(root);
  for (const bad of ['script', 'img', 'b', 'foreignObject', 'style', 'iframe']) expect(elements.has(bad), bad).toBe(false);
  expect([...attributes].filter((a) => /^on/i.test(a) || a === 'href' || a === 'xlink:href')).toEqual([]);
  expect(svg).not.toMatch(/<script|<img|<b[ >]|<!\[CDATA\[/i);
  return root;
}

describe('escaping', () => {
  const evil: Workout = workout(
    EVIL_ID,
    EVIL_TITLE,
    [warmup, step('active', meters(400), EVIL_LABEL, { kind: 'pace', name: 'HM <i>', low: 3.7, high: 3.9 }), step('active', time(30), '30 s', effort(EVIL_EFFORT)), cooldown],
    { alternatives: [{ ...rest, title: '<svg onload=alert(1)>' }] },
  );

  it('keeps titles, labels, efforts and ids as text, and gives them back unchanged to a parser', () => {
    const root = assertInert(workoutSvg(evil, 'mi', { paces }));
    expect(root.attrs['aria-label']).toBe(`${EVIL_TITLE}, about 27 min`);
    expect(child(root, 'title')!.text).toBe(`${EVIL_TITLE}, about 27 min`);
    expect(root.attrs['data-workout']).toBe(EVIL_ID);
    const bs = blocks(root);
    expect(bs[1]!.title.startsWith(`${EVIL_LABEL} · HM <i> · `)).toBe(true);
    expect(bs[2]!.title).toBe(`30 s · ${EVIL_EFFORT} · effort, no pace`);
    expect(child(root, 'desc')!.text).toContain('Or: <svg onload=alert(1)>.');
  });

  it('derives ids that are safe as XML names and as url(#…) references', () => {
    const root = parseSvg(workoutSvg(evil, 'mi', { paces }));
    const ids = findAll(root, (e) => e.attrs['id'] !== undefined).map((e) => e.attrs['id']!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
  });

  it('escapes the placeholders too: rest, strength and sessions that did not compile', () => {
    const compiled = compileSession(`<script>alert(1)</script> & "x"`, athlete);
    expect(compiled.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    for (const w of [{ ...rest, title: EVIL_TITLE, id: EVIL_ID }, { ...strength, title: EVIL_TITLE }, compiled]) {
      const root = assertInert(workoutSvg(w, 'mi', { paces }));
      expect(child(root, 'title')!.text).toContain(w.title);
    }
  });

  it('stays inert when a plan from JSON carries an unknown sport or units', () => {
    // Types say 'running' | … and 'mi' | 'km', but a plan posted as JSON is only as good as its sender.
    const sport = { ...strength, sport: 'x"><script>alert(1)</script>' } as unknown as Workout;
    const other = assertInert(workoutSvg(sport, 'mi', { paces }));
    expect(other.attrs['class']).toContain('placeholder-other-sport');
    assertInert(workoutSvg(intervals, '<script>' as unknown as Units, { paces }));
  });

  it('replaces characters XML cannot carry, so a pasted control character or broken emoji cannot break the page', () => {
    // Regression guard: U+0001 and a lone surrogate made strict parsers (xmllint, browsers' XML mode) reject the whole chart.
    const w = workout('ctl', `Tempo\u0001 run \uD83C and \uD83C\uDFC3`, [warmup, step('active', time(600), `10 min\u000B @ T \uDC00`), cooldown]);
    const root = assertInert(workoutSvg(w, 'mi', { paces }));
    expect(child(root, 'title')!.text).toBe('Tempo\uFFFD run \uFFFD and \uD83C\uDFC3, about 35 min');
    expect(blocks(root)[1]!.title).toBe('10 min\uFFFD @ T \uFFFD');
  });

  it('keeps line breaks in attribute values as line breaks', () => {
    const root = parseSvg(workoutSvg(workout('nl', 'Line one\nline two', [warmup]), 'mi', { paces }));
    expect(root.attrs['aria-label']).toBe('Line one\nline two, about 15 min');
  });
});
