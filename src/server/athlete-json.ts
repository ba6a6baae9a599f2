/** The API's view of a stored athlete: everything but the token hash. */
import type { AthleteRecord } from '../store/store.js';

export function athleteJson(record: AthleteRecord) {
  return {
    id: record.id,
    name: record.name,
    profile: record.profile,
    plan: record.plan,
    start: record.start,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
