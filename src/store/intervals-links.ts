/**
 * Athletes' links to intervals.icu and the state of their pushes, on SQLite
 * and PostgreSQL alike. A push holds a lease on its link (one push per
 * athlete at a time, across every instance) and each write it makes names
 * the link it began with: a push that outlived an unlink or a re-link
 * changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Selectable, UpdateObject } from 'kysely';
import type { IntervalsLinksTable, Tables } from './schema.js';

export interface IntervalsLink {
  athleteId: string;
  intervalsAthleteId: string;
  /** The sealed API key; only the sync opens it. */
  keySealed: Buffer;
  linkId: string;
  linkedAt: string;
  pushedVersion: number;
  /** Events pushed and kept there. */
  events: number;
  failures: number;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastResult?: { upserted: number; deleted: number };
  nextAttemptAt?: string;
}

export interface Lease {
  link: IntervalsLink;
  token: string;
}

export interface NewLink {
  athleteId: string;
  intervalsAthleteId: string;
  keySealed: Buffer;
  now: string;
}

export interface IntervalsLinks {
  /** Links (or re-links) the athlete; a new link forgets what was pushed. Undefined when the athlete does not exist. */
  link(input: NewLink): Promise<IntervalsLink | undefined>;
  get(athleteId: string): Promise<IntervalsLink | undefined>;
  unlink(athleteId: string): Promise<boolean>;
  /** external_id → content hash of every event pushed for the link. */
  pushed(athleteId: string): Promise<Map<string, string>>;
  /** Takes the link's lease until `until` unless another push holds it. */
  claim(athleteId: string, now: string, until: string): Promise<Lease | undefined>;
  /** Records events sent (upserted with their hash, deleted by id); false when the lease was lost. */
  recordEvents(lease: Lease, upserted: readonly { externalId: string; hash: string }[], deleted: readonly string[]): Promise<boolean>;
  succeeded(lease: Lease, result: { version: number; now: string; upserted: number; deleted: number }): Promise<void>;
  failed(lease: Lease, failure: { now: string; error: string; nextAttemptAt: string }): Promise<void>;
  /** Gives the lease back without recording anything (a push stopped by shutdown). */
  release(lease: Lease): Promise<void>;
  /** Athletes owed a push now: changed since their last push, or a retry that is due. */
  due(now: string, limit: number): Promise<string[]>;
  count(): Promise<number>;
}

type Row = Selectable<IntervalsLinksTable>;

function toLink(r: Row): IntervalsLink {
  const link: IntervalsLink = {
    athleteId: r.athlete_id,
    intervalsAthleteId: r.intervals_athlete,
    keySealed: r.key_sealed,
    linkId: r.link_id,
    linkedAt: r.linked_at,
    pushedVersion: r.pushed_version,
    events: r.events,
    failures: r.failures,
  };
  if (r.last_attempt_at) link.lastAttemptAt = r.last_attempt_at;
  if (r.last_success_at) link.lastSuccessAt = r.last_success_at;
  if (r.last_error) link.lastError = r.last_error;
  if (r.last_result) link.lastResult = JSON.parse(r.last_result) as IntervalsLink['lastResult'];
  if (r.next_attempt_at) link.nextAttemptAt = r.next_attempt_at;
  return link;
}

class LeaseLost extends Error {}

type LinkUpdate = UpdateObject<Tables, 'intervals_links'>;

/** Rows per INSERT of pushed events. */
const EVENT_BATCH = 500;

/** The state a new link starts from: nothing pushed, nothing failed. */
const FRESH = {
  pushed_version: 0,
  events: 0,
  failures: 0,
  last_attempt_at: null,
  last_success_at: null,
  last_error: null,
  last_result: null,
  next_attempt_at: null,
  lease_token: null,
  lease_until: null,
} as const;

export class KyselyIntervalsLinks implements IntervalsLinks {
  constructor(private readonly db: Kysely<Tables>) {}

  async link(input: NewLink): Promise<IntervalsLink | undefined> {
    const row = {
      athlete_id: input.athleteId,
      intervals_athlete: input.intervalsAthleteId,
      key_sealed: input.keySealed,
      link_id: randomUUID(),
      linked_at: input.now,
      ...FRESH,
    };
    const { athlete_id: _key, ...changes } = row;
    try {
      return await this.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('intervals_events').where('athlete_id', '=', input.athleteId).execute();
        const saved = await trx
          .insertInto('intervals_links')
          .values(row)
          .onConflict((oc) => oc.column('athlete_id').doUpdateSet(changes))
          .returningAll()
          .executeTakeFirstOrThrow();
        return toLink(saved);
      });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return undefined;
      throw err;
    }
  }

  async get(athleteId: string): Promise<IntervalsLink | undefined> {
    const row = await this.db.selectFrom('intervals_links').selectAll().where('athlete_id', '=', athleteId).executeTakeFirst();
    return row && toLink(row);
  }

  async unlink(athleteId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('intervals_links').where('athlete_id', '=', athleteId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async pushed(athleteId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('intervals_events')
      .select(['external_id', 'content_hash'])
      .where('athlete_id', '=', athleteId)
      .execute();
    return new Map(rows.map((r) => [r.external_id, r.content_hash]));
  }

  async claim(athleteId: string, now: string, until: string): Promise<Lease | undefined> {
    const token = randomUUID();
    const row = await this.db
      .updateTable('intervals_links')
      .set({ lease_token: token, lease_until: until })
      .where('athlete_id', '=', athleteId)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
      .returningAll()
      .executeTakeFirst();
    return row && { link: toLink(row), token };
  }

  async recordEvents(lease: Lease, upserted: readonly { externalId: string; hash: string }[], deleted: readonly string[]): Promise<boolean> {
    const athleteId = lease.link.athleteId;
    try {
      await this.db.transaction().execute(async (trx) => {
        if (deleted.length > 0) {
          await trx.deleteFrom('intervals_events').where('athlete_id', '=', athleteId).where('external_id', 'in', [...deleted]).execute();
        }
        const rows = upserted.map((u) => ({ athlete_id: athleteId, external_id: u.externalId, content_hash: u.hash }));
        for (let i = 0; i < rows.length; i += EVENT_BATCH) {
          await trx
            .insertInto('intervals_events')
            .values(rows.slice(i, i + EVENT_BATCH))
            .onConflict((oc) => oc.columns(['athlete_id', 'external_id']).doUpdateSet((eb) => ({ content_hash: eb.ref('excluded.content_hash') })))
            .execute();
        }
        // Written only while this push holds the lease on the same link; otherwise all of it is rolled back.
        const held = await trx
          .updateTable('intervals_links')
          .set((eb) => ({
            events: eb.selectFrom('intervals_events').select((e) => e.fn.countAll<number>().as('n')).where('athlete_id', '=', athleteId),
          }))
          .where('athlete_id', '=', athleteId)
          .where('link_id', '=', lease.link.linkId)
          .where('lease_token', '=', lease.token)
          .executeTakeFirst();
        if (held.numUpdatedRows === 0n) throw new LeaseLost();
      });
      return true;
    } catch (err) {
      if (err instanceof LeaseLost) return false;
      // The link was removed meanwhile (unlinked, or the athlete deleted): its events have nowhere to go.
      const code = (err as { code?: unknown }).code;
      if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return false;
      throw err;
    }
  }

  succeeded(lease: Lease, result: { version: number; now: string; upserted: number; deleted: number }): Promise<void> {
    return this.endLease(lease, {
      pushed_version: result.version,
      failures: 0,
      last_attempt_at: result.now,
      last_success_at: result.now,
      last_error: null,
      last_result: JSON.stringify({ upserted: result.upserted, deleted: result.deleted }),
      next_attempt_at: null,
    });
  }

  failed(lease: Lease, failure: { now: string; error: string; nextAttemptAt: string }): Promise<void> {
    return this.endLease(lease, (eb) => ({
      failures: eb('failures', '+', 1),
      last_attempt_at: failure.now,
      last_error: failure.error,
      next_attempt_at: failure.nextAttemptAt,
    }));
  }

  release(lease: Lease): Promise<void> {
    return this.endLease(lease, {});
  }

  /** Writes the changes and gives the lease back, only while this push holds it on the same link. */
  private async endLease(
    lease: Lease,
    changes: LinkUpdate | ((eb: ExpressionBuilder<Tables, 'intervals_links'>) => LinkUpdate),
  ): Promise<void> {
    await this.db
      .updateTable('intervals_links')
      .set(changes)
      .set({ lease_token: null, lease_until: null })
      .where('athlete_id', '=', lease.link.athleteId)
      .where('link_id', '=', lease.link.linkId)
      .where('lease_token', '=', lease.token)
      .execute();
  }

  async due(now: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('intervals_links as l')
      .innerJoin('athletes as a', 'a.id', 'l.athlete_id')
      .select('l.athlete_id')
      .where((eb) =>
        eb.and([
          eb.or([eb('l.pushed_version', '<', eb.ref('a.version')), eb('l.failures', '>', 0)]),
          eb.or([eb('l.next_attempt_at', 'is', null), eb('l.next_attempt_at', '<=', now)]),
          eb.or([eb('l.lease_until', 'is', null), eb('l.lease_until', '<=', now)]),
        ]),
      )
      .orderBy('l.next_attempt_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.athlete_id);
  }

  async count(): Promise<number> {
    const { n } = await this.db
      .selectFrom('intervals_links')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  }
}
