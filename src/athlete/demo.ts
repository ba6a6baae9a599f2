/** The demo athlete: used when no profile is given (`runcast check`, the service's first start). */
import type { AthleteInput } from './schema.js';

export const DEMO_ATHLETE: AthleteInput = {
  name: 'Jordan Miles',
  timezone: 'America/Chicago',
  units: 'mi',
  fitness: { race: { distance: 'mile', time: '6:00' }, goal: { distance: 'mile', time: '5:45' } },
};
