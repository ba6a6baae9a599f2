/** The API's view of a stored athlete: everything but the token hash. */
import type { AthleteRecord, AthleteSummary } from '../store/store.js';

export function athleteJson(record: AthleteRecord) {
  return athleteFields(record, record.plan);
}

/** An athlete in the list: its plan by template name or document size, not the whole text (`GET /api/athletes/{id}` has it). */
export function athleteSummaryJson(summary: AthleteSummary) {
  return athleteFields(summary, summary.plan);
}

function athleteFields<P>(a: Omit<AthleteSummary, 'plan'>, plan: P) {
  return {
    id: a.id,
    name: a.name,
    profile: a.profile,
    plan,
    start: a.start,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
