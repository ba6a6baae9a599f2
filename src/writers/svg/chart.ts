/** The drawing: blocks on a time × speed plot, pace gridlines, minute ticks and a legend. */
import type { Intensity, Workout } from '../../ir/workout.js';
import type { Units } from '../../units/format.js';
import { minuteTicks, paceGridlines, speedDomain } from './axes.js';
import { COLOURS, EFFORT_WORDS, FONT, HATCH_GROUND, LEGEND_WORDS } from './style.js';
import type { Block } from './timeline.js';
import { blockTitle, description, roughTime, summary } from './words.js';
import { attr, num, text } from './xml.js';

// 400 units wide at 11-unit type: on a 375-px phone the labels still come out
// near 10 px, and a desktop page caps the width with its own CSS.
export const WIDTH = 400;
export const PLOT = { left: 38, right: WIDTH - 8, top: 16, bottom: 132 } as const;
const PLOT_W = PLOT.right - PLOT.left;
const PLOT_H = PLOT.bottom - PLOT.top;
const GRID_GAP = 16;
const LEGEND_TOP = PLOT.bottom + 22;
const LEGEND_ROW = 15;
const LEGEND_CHAR = 5.6;

export interface ChartInput {
  workout: Workout;
  blocks: Block[];
  units: Units;
  /** Unique prefix for ids inside this chart. */
  id: string;
}

type LegendKey = Intensity | 'effort';

export function chartSvg({ workout, blocks, units, id }: ChartInput): string {
  const total = blocks.reduce((s, b) => s + b.seconds, 0);
  const estimate = workout.estimate.seconds > 0 ? workout.estimate.seconds : total;
  const xScale = PLOT_W / total;
  const x = (t: number) => PLOT.left + t * xScale;
  const domain = speedDomain(blocks);
  const y = (speed: number) => PLOT.bottom - ((speed - domain.lo) / (domain.hi - domain.lo)) * PLOT_H;
  const hatch = `${id}-hatch`;
  const label = summary(workout, estimate);
  const legend = legendLayout(legendKeys(blocks));
  const height = LEGEND_TOP + legend.rows * LEGEND_ROW;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${attr(label)}" class="runcast-chart" data-workout="${attr(workout.id)}" font-family="${FONT}" font-size="11">`,
    `<title>${text(label)}</title>`,
    `<desc>${text(description(workout, units, estimate))}</desc>`,
  );
  if (blocks.some((b) => b.step.target.kind === 'effort')) {
    out.push(
      `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
      `<rect width="6" height="6" fill="${HATCH_GROUND}"/><rect width="3" height="6" fill="${COLOURS.active}"/></pattern></defs>`,
    );
  }

  out.push(`<g class="grid" fill="currentColor">`);
  out.push(`<text x="${PLOT.left - 4}" y="${PLOT.top - 6}" text-anchor="end">/${text(units)}</text>`);
  for (const g of paceGridlines(domain, units, y, GRID_GAP, PLOT)) {
    const gy = num(y(g.speed));
    out.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${gy}" y2="${gy}" stroke="currentColor" stroke-opacity="0.25" stroke-dasharray="2 3"/>`,
      `<text x="${PLOT.left - 4}" y="${gy}" dy="0.35em" text-anchor="end">${g.label}</text>`,
    );
  }
  out.push('</g>');

  out.push('<g class="blocks">');
  for (const b of blocks) out.push(blockSvg(b, x(b.start), b.seconds * xScale, y, hatch, units));
  out.push('</g>');

  out.push(`<g class="time-axis" fill="currentColor">`);
  out.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="currentColor" stroke-opacity="0.6"/>`);
  // The same rounded estimate the summary announces, so the two never disagree by a minute.
  const endLabel = roughTime(estimate);
  // Ticks too close to the end would run into the end label.
  const room = PLOT.right - endLabel.length * 6.2 - 16;
  for (const t of minuteTicks(total)) {
    const tx = x(t);
    if (tx > room) continue;
    out.push(`<text x="${num(tx)}" y="${PLOT.bottom + 14}" text-anchor="middle">${t / 60}</text>`);
  }
  out.push(`<text x="${PLOT.right}" y="${PLOT.bottom + 14}" text-anchor="end">${text(endLabel)}</text>`);
  out.push('</g>');

  out.push(legendSvg(legend.items, hatch));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function blockSvg(b: Block, bx: number, width: number, y: (speed: number) => number, hatch: string, units: Units): string {
  const intensity = b.step.intensity;
  const effort = b.step.target.kind === 'effort';
  const fill = effort ? `url(#${hatch})` : COLOURS[intensity];
  const open = b.step.duration.kind === 'open';
  const classes = ['block', `block-${intensity}`, ...(effort ? ['block-effort'] : []), ...(open ? ['block-open'] : [])].join(' ');
  const edge = open ? 'stroke="currentColor" stroke-dasharray="2 2"' : 'stroke="#fff"';
  const top = y(b.low);
  const parts = [
    `<g class="${classes}">`,
    `<title>${text(blockTitle(b, units))}</title>`,
    `<rect x="${num(bx)}" y="${num(top)}" width="${num(width)}" height="${num(PLOT.bottom - top)}" fill="${fill}" ${edge} stroke-width="1"/>`,
  ];
  if (b.high > b.low) {
    // The band above its slow end, lighter: how much quicker the step may be run.
    const capTop = y(b.high);
    parts.push(`<rect class="band" x="${num(bx)}" y="${num(capTop)}" width="${num(width)}" height="${num(top - capTop)}" fill="${fill}" fill-opacity="0.45"/>`);
  }
  parts.push('</g>');
  return parts.join('');
}

function legendKeys(blocks: readonly Block[]): LegendKey[] {
  const keys: LegendKey[] = [];
  for (const b of blocks) {
    const key: LegendKey = b.step.target.kind === 'effort' ? 'effort' : b.step.intensity;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

interface LegendItem {
  key: LegendKey;
  words: string;
  x: number;
  y: number;
}

/** Swatches left to right, wrapping to another row when the next would not fit. */
function legendLayout(keys: readonly LegendKey[]): { items: LegendItem[]; rows: number } {
  const items: LegendItem[] = [];
  let x = 4;
  let row = 0;
  for (const key of keys) {
    const words = key === 'effort' ? EFFORT_WORDS : LEGEND_WORDS[key];
    const width = 14 + words.length * LEGEND_CHAR;
    if (x + width > WIDTH - 4 && x > 4) {
      row++;
      x = 4;
    }
    items.push({ key, words, x, y: LEGEND_TOP + row * LEGEND_ROW });
    x += width + 12;
  }
  return { items, rows: row + 1 };
}

function legendSvg(items: readonly LegendItem[], hatch: string): string {
  const out = [`<g class="legend" fill="currentColor" font-size="10">`];
  for (const { key, words, x, y } of items) {
    const fill = key === 'effort' ? `url(#${hatch})` : COLOURS[key];
    out.push(`<rect x="${num(x)}" y="${y}" width="10" height="10" fill="${fill}"/>`, `<text x="${num(x + 14)}" y="${y + 9}">${words}</text>`);
  }
  out.push('</g>');
  return out.join('\n');
}
