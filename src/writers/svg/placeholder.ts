/** A small labelled box in place of a chart: rest days, strength and cross-training, sessions that did not compile. */
import type { Workout } from '../../ir/workout.js';
import { FONT } from './style.js';
import { attr, clip, text } from './xml.js';

export const PLACEHOLDER_WIDTH = 400;
export const PLACEHOLDER_HEIGHT = 48;
// What fits on one line at the placeholder's font size; the full words stay in <title>.
const VISIBLE_CHARS = 56;

export type PlaceholderKind = 'rest' | 'strength' | 'cross_training' | 'other-sport' | 'error' | 'empty' | 'too-many';

export function placeholderWords(w: Workout, kind: PlaceholderKind, detail?: string): { label: string; visible: string } {
  switch (kind) {
    case 'rest':
      return { label: `${w.title}: rest day, no running`, visible: w.title === 'Rest' ? 'Rest day' : `Rest day: ${w.title}` };
    case 'strength':
      return { label: `Strength session, no running: ${w.title}`, visible: `Strength: ${w.title}` };
    case 'cross_training':
      return { label: `Cross-training, no running: ${w.title}`, visible: `Cross-training: ${w.title}` };
    case 'other-sport':
      return { label: `${w.title}: not a running session`, visible: w.title };
    case 'error':
      return { label: `${w.title}: this session could not be compiled${detail ? `: ${detail}` : ''}`, visible: 'Not compiled: see the errors' };
    case 'empty':
      return { label: `${w.title}: no steps to draw`, visible: `${w.title}: no steps` };
    case 'too-many':
      return { label: `${w.title}: too many steps to draw${detail ? ` (${detail})` : ''}`, visible: `${w.title}: too many steps to draw` };
  }
}

export function placeholderSvg(w: Workout, kind: PlaceholderKind, detail?: string): string {
  const { label, visible } = placeholderWords(w, kind, detail);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PLACEHOLDER_WIDTH} ${PLACEHOLDER_HEIGHT}" width="100%" role="img" aria-label="${attr(label)}" class="runcast-chart runcast-chart-placeholder placeholder-${kind}" data-workout="${attr(w.id)}" font-family="${FONT}" font-size="12">`,
    `<title>${text(label)}</title>`,
    `<rect x="1" y="1" width="${PLACEHOLDER_WIDTH - 2}" height="${PLACEHOLDER_HEIGHT - 2}" rx="6" fill="none" stroke="currentColor" stroke-opacity="0.4" stroke-dasharray="4 3"/>`,
    `<text x="${PLACEHOLDER_WIDTH / 2}" y="${PLACEHOLDER_HEIGHT / 2}" dy="0.35em" text-anchor="middle" fill="currentColor">${text(clip(visible, VISIBLE_CHARS))}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
