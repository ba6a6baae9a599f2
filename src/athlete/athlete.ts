import type { PaceTable } from '../paces/types.js';
import type { AthleteProfile } from './schema.js';

/** A validated profile with its pace table worked out. */
export interface Athlete {
  profile: AthleteProfile;
  paces: PaceTable;
}
