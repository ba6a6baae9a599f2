/** The API's view of a stored athlete: everything but the token hash. */
import type { AthleteRecord, AthleteSummary, StoredPlan } from '../store/store.js';

/** A library plan is named, not copied: its text is at /api/plans/:id. */
function planJson(plan: StoredPlan) {
  return 'library' in plan ? { library: plan.library, name: plan.planName, version: plan.planVersion } : plan;
}

export function athleteJson(record: AthleteRecord) {
  return { ...athleteFields(record, planJson(record.plan)), changes: record.changes ?? [] };
}

/** An athlete in the list: its plan by template name, library plan or document size, not the whole text (`GET /api/athletes/{id}` has it). */
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
    ...(a.race ? { race: a.race } : {}),
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
