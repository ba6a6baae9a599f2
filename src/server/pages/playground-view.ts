/** What the playground page starts with: the athlete's race choices, the reference athlete's values, a few examples. */
import { RACE_DISTANCES } from '../../athlete/schema.js';

const DISTANCE_LABELS: Record<(typeof RACE_DISTANCES)[number], string> = {
  '800': '800 m',
  '1500': '1500 m',
  mile: 'Mile',
  '3K': '3 km',
  '5K': '5 km',
  '8K': '8 km',
  '10K': '10 km',
  '15K': '15 km',
  HM: 'Half marathon',
  M: 'Marathon',
};

export const PLAYGROUND_EXAMPLES = [
  '4 x 5 min @ Mile w/ 2 min jog',
  '6-10 x 400m @ HM-10K w/ 400m jog recovery',
  '8 -10 x 30 sec hill w/ jog down recovery',
  '30 min + 4 x 20 sec strides',
];

export function playgroundView() {
  return {
    distances: RACE_DISTANCES.map((value) => ({ value, label: DISTANCE_LABELS[value] })),
    defaults: { distance: 'mile', time: '6:00', units: 'mi' },
    examples: PLAYGROUND_EXAMPLES,
  };
}
