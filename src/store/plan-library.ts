/**
 * The coaches' library of plans, on SQLite and PostgreSQL alike. A plan is
 * stored once and followed by any number of athletes; changing it bumps the
 * version of every athlete on it in the same transaction, so each instance's
 * caches (keyed by athlete version), every calendar feed (new SEQUENCE on the
 * sessions that changed) and the intervals.icu push (owed when the athlete's
 * version passes the one pushed) follow the edit at once.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { PlansTable, Tables } from './schema.js';

export interface LibraryPlan {
  id: string;
  name: string;
  /** The plan document as written (YAML, or a CSV/TSV grid). */
  text: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NewPlan {
  name: string;
  text: string;
  now: string;
  /** The coach it belongs to (absent: the owner's, as before coach accounts). */
  coachId?: string;
}

export interface PlanChange {
  name?: string;
  text?: string;
}

export type PlanUpdate =
  | { ok: true; plan: LibraryPlan; athletes: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'version_conflict'; current: number };

export type PlanDeletion = 'deleted' | 'not_found' | 'in_use';

export interface PlanSummary {
  id: string;
  name: string;
  version: number;
  updatedAt: string;
  /** Athletes following it. */
  athletes: number;
}

export interface PlanLibrary {
  create(input: NewPlan): Promise<LibraryPlan>;
  get(id: string): Promise<LibraryPlan | undefined>;
  /** Every plan (or one coach's) with how many athletes follow it, by name; texts left out. */
  list(coach?: string): Promise<PlanSummary[]>;
  /** Ids of the athletes following the plan. */
  athletesOn(id: string): Promise<string[]>;
  /** Applies the change, bumps the plan's and every follower's version; `expectedVersion` makes it conditional. */
  update(id: string, change: PlanChange, now: string, expectedVersion?: number): Promise<PlanUpdate>;
  /** A plan athletes follow is kept: they would be left without one. */
  delete(id: string): Promise<PlanDeletion>;
}

const PLAN_COLUMNS = ['id', 'name', 'text', 'version', 'created_at', 'updated_at'] as const;

function toPlan(row: Pick<Selectable<PlansTable>, (typeof PLAN_COLUMNS)[number]>): LibraryPlan {
  return { id: row.id, name: row.name, text: row.text, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at };
}

export class KyselyPlanLibrary implements PlanLibrary {
  constructor(private readonly db: Kysely<Tables>) {}

  async create(input: NewPlan): Promise<LibraryPlan> {
    const row = await this.db
      .insertInto('plans')
      .values({ id: randomUUID(), name: input.name, text: input.text, version: 1, created_at: input.now, updated_at: input.now, coach_id: input.coachId ?? null })
      .returning(PLAN_COLUMNS)
      .executeTakeFirstOrThrow();
    return toPlan(row);
  }

  async get(id: string): Promise<LibraryPlan | undefined> {
    const row = await this.db.selectFrom('plans').select(PLAN_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && toPlan(row);
  }

  async list(coach?: string): Promise<PlanSummary[]> {
    const rows = await this.db
      .selectFrom('plans')
      .leftJoin('athletes', 'athletes.plan_id', 'plans.id')
      .select((eb) => ['plans.id', 'plans.name', 'plans.version', 'plans.updated_at', eb.fn.count('athletes.id').as('athletes')])
      .$if(coach !== undefined, (qb) => qb.where('plans.coach_id', '=', coach!))
      .groupBy(['plans.id', 'plans.name', 'plans.version', 'plans.updated_at', 'plans.seq'])
      .orderBy('plans.name')
      .orderBy('plans.seq')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, version: r.version, updatedAt: r.updated_at, athletes: Number(r.athletes) }));
  }

  async athletesOn(id: string): Promise<string[]> {
    const rows = await this.db.selectFrom('athletes').select('id').where('plan_id', '=', id).orderBy('seq').execute();
    return rows.map((r) => r.id);
  }

  update(id: string, change: PlanChange, now: string, expectedVersion?: number): Promise<PlanUpdate> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('plans')
        .set((eb) => ({ ...change, version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', id)
        .$if(expectedVersion !== undefined, (qb) => qb.where('version', '=', expectedVersion!))
        .returning(PLAN_COLUMNS)
        .executeTakeFirst();
      if (!row) {
        const current = await trx.selectFrom('plans').select('version').where('id', '=', id).executeTakeFirst();
        return current ? { ok: false, reason: 'version_conflict', current: current.version } : { ok: false, reason: 'not_found' };
      }
      const followers = await trx
        .updateTable('athletes')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
        .where('plan_id', '=', id)
        .executeTakeFirst();
      return { ok: true, plan: toPlan(row), athletes: Number(followers.numUpdatedRows) };
    });
  }

  async delete(id: string): Promise<PlanDeletion> {
    return this.db.transaction().execute(async (trx) => {
      const follower = await trx.selectFrom('athletes').select('id').where('plan_id', '=', id).limit(1).executeTakeFirst();
      if (follower) return 'in_use';
      const result = await trx.deleteFrom('plans').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n ? 'deleted' : 'not_found';
    });
  }
}
