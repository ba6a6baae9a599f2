/**
 * Colours and patterns of the blocks. The hues are Okabe and Ito's
 * colour-blind-safe set, each at least 3:1 against white and against near-black
 * (WCAG 1.4.11 for graphics), and no kind is told by colour alone: heights,
 * the hatch on effort-only steps, the legend words and each block's title
 * say it too. Only presentation attributes are used (no <style>): a style
 * sheet inside inline SVG would apply to the whole page, while attributes
 * leave the page free to restyle `.runcast-chart` with its own CSS.
 */
import type { Intensity } from '../../ir/workout.js';

export const COLOURS: Record<Intensity, string> = {
  warmup: '#0072B2',
  active: '#D55E00',
  recovery: '#009E73',
  rest: '#6B7280',
  cooldown: '#CC79A7',
};

/** Garmin's names for the step types, which athletes know from their watches. */
export const LEGEND_WORDS: Record<Intensity, string> = {
  warmup: 'warm-up',
  active: 'run',
  recovery: 'recovery',
  rest: 'rest',
  cooldown: 'cool-down',
};

export const EFFORT_WORDS = 'effort, no pace';

/** Light ground of the hatch, so the stripes keep their contrast. */
export const HATCH_GROUND = '#FBE3D3';

export const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
