/** The API's view of a stored athlete: everything but the token hash. */
import type { AthleteRecord, StoredPlan } from '../store/store.js';

/** A library plan is named, not copied: its text is at /api/plans/:id. */
function planJson(plan: StoredPlan) {
  return 'library' in plan ? { library: plan.library, name: plan.planName, version: plan.planVersion } : plan;
}

export function athleteJson(record: AthleteRecord) {
  return {
    id: record.id,
    name: record.name,
    profile: record.profile,
    plan: planJson(record.plan),
    start: record.start,
    ...(record.race ? { race: record.race } : {}),
    changes: record.changes ?? [],
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
