/**
 * The Store, written once with Kysely and run on SQLite or PostgreSQL. Each
 * method is one statement where it can be, so that a conditional write is
 * atomic in both databases without holding a transaction across round trips.
 */
import { sql, type CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { AthleteInput } from '../athlete/schema.js';
import type { AthletesTable, DialectName, Tables } from './schema.js';
import { connectionLost } from './errors.js';
import { RecordCache, TokenCache } from './token-cache.js';
import { KyselyIntervalsLinks } from './intervals-links.js';
import { KyselyPlanLibrary } from './plan-library.js';
import { Accounts } from './accounts.js';
import { readChanges, readHistory, type SessionChange } from '../plan/changes.js';
import type {
  AthletePage,
  AthletePatch,
  AthleteRecord,
  AthleteSummary,
  PlanSummary,
  ListOptions,
  NewAthlete,
  PlanSource,
  StoredPlan,
  Awaitable,
  SessionRevision,
  Store,
  UpdateResult,
} from './store.js';

/** Rows per INSERT of revisions: far below both databases' limits on bound parameters. */
const REVISION_BATCH = 500;

const ATHLETE_COLUMNS = [
  'athletes.seq',
  'athletes.id',
  'athletes.name',
  'athletes.profile',
  'athletes.plan_kind',
  'athletes.plan_text',
  'athletes.start_date',
  'athletes.version',
  'athletes.token_hash',
  'athletes.created_at',
  'athletes.updated_at',
  'athletes.plan_id',
  'athletes.race_date',
  'athletes.changes',
  'athletes.history',
] as const;

/** What a list reads of each athlete: not the plan's text, nor the token hash. */
const SUMMARY_COLUMNS = [
  'athletes.seq',
  'athletes.id',
  'athletes.name',
  'athletes.profile',
  'athletes.start_date',
  'athletes.race_date',
  'athletes.version',
  'athletes.created_at',
  'athletes.updated_at',
  'athletes.plan_id',
  'athletes.feed_fetched_at',
] as const;

/** A library plan's text, version and name, read with its follower (null otherwise). */
const LIBRARY_COLUMNS = ['plans.text as library_text', 'plans.version as library_version', 'plans.name as library_name'] as const;

// The sealed token is read only when a coach asks for the links, never on the poll path.
type AthleteRow = Omit<Selectable<AthletesTable>, 'token_sealed' | 'coach_id' | 'feed_fetched_at'> & {
  library_text: string | null;
  library_version: number | null;
  library_name: string | null;
};
type SummaryRow = Pick<AthleteRow, 'seq' | 'id' | 'name' | 'profile' | 'start_date' | 'race_date' | 'version' | 'created_at' | 'updated_at' | 'plan_id'> & {
  feed_fetched_at: string | null;
  template: string | null;
  plan_bytes: number | string;
  library_version: number | null;
  library_name: string | null;
};
type TokenOwner = Pick<AthleteRow, 'id' | 'version'>;

function storedPlan(row: AthleteRow): StoredPlan {
  if (row.plan_id !== null) {
    return { library: row.plan_id, yaml: row.library_text ?? '', planVersion: row.library_version ?? 0, planName: row.library_name ?? '' };
  }
  return row.plan_kind === 'template' ? { template: row.plan_text } : { yaml: row.plan_text };
}

function changesOf(json: string): { changes?: SessionChange[] } {
  const changes = json === '[]' ? [] : readChanges(json);
  return changes.length > 0 ? { changes } : {};
}

function toRecord(row: AthleteRow): AthleteRecord {
  const plan = storedPlan(row);
  return {
    id: row.id,
    name: row.name,
    profile: JSON.parse(row.profile) as AthleteInput,
    plan,
    start: row.start_date,
    ...(row.race_date !== null ? { race: row.race_date } : {}),
    ...changesOf(row.changes),
    ...(row.history !== '[]' ? { history: readHistory(row.history) } : {}),
    version: row.version,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function summaryPlan(row: SummaryRow): PlanSummary {
  if (row.plan_id !== null) return { kind: 'library', library: row.plan_id, name: row.library_name ?? '', version: row.library_version ?? 0 };
  return row.template !== null ? { kind: 'template', template: row.template } : { kind: 'yaml', bytes: Number(row.plan_bytes) };
}

function toSummary(row: SummaryRow): AthleteSummary {
  return {
    id: row.id,
    name: row.name,
    profile: JSON.parse(row.profile) as AthleteInput,
    plan: summaryPlan(row),
    start: row.start_date,
    ...(row.race_date !== null ? { race: row.race_date } : {}),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.feed_fetched_at !== null ? { feedFetchedAt: row.feed_fetched_at } : {}),
  };
}

function planColumns(plan: PlanSource): Pick<AthletesTable, 'plan_kind' | 'plan_text' | 'plan_id'> {
  if ('library' in plan) return { plan_kind: 'yaml', plan_text: '', plan_id: plan.library };
  return 'template' in plan ? { plan_kind: 'template', plan_text: plan.template, plan_id: null } : { plan_kind: 'yaml', plan_text: plan.yaml, plan_id: null };
}

/** The only foreign key of session_revisions is its athlete: a violation means the athlete is gone. */
function isForeignKeyViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23503' /* PostgreSQL */ || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Runs a compiled read at once, without a promise or a round trip through
 * Kysely's connection queue: the embedded database's own read connection.
 */
export interface SyncReader {
  first<R>(query: CompiledQuery<R>): R | undefined;
  /** Changes whenever anything was committed to the database, by any connection or process, since it was last read. */
  changeCounter(): number;
  /** Another process says it committed: the counter moves now rather than at its next check. */
  changedElsewhere(): void;
  close(): void;
}

/**
 * Runs a compiled read as a named prepared statement (PostgreSQL through its
 * pool): parsed and planned once per connection, and without Kysely's own
 * per-query work, for the lookup every poll makes.
 */
export type PreparedReader = <R>(name: string, query: CompiledQuery<R>) => Promise<R[]>;

export interface StoreReaders {
  /** Answers the token lookup synchronously (SQLite); the query is still Kysely's. */
  sync?: SyncReader;
  /** Runs the token lookup as a prepared statement (PostgreSQL); the query is still Kysely's. */
  prepared?: PreparedReader;
}

/** Bounds of the athletes kept in memory, by token between commits and by version (their plan texts dominate). */
const TOKEN_CACHE_BYTES = 16 * 1024 * 1024;
const RECORD_CACHE_BYTES = 16 * 1024 * 1024;

export class KyselyStore implements Store {
  private closing?: Promise<void>;
  /**
   * The lookup behind every request on an athlete's link, compiled once: building the query
   * each time costs as much as running it on SQLite. It reads only the row's id and version;
   * the whole row is read again only when that version is not in `records`.
   */
  private readonly byTokenHash: CompiledQuery<TokenOwner>;
  private readonly byId: CompiledQuery<AthleteRow>;
  private readonly records = new RecordCache(RECORD_CACHE_BYTES);
  private readonly tokenCache?: TokenCache;
  readonly intervals: KyselyIntervalsLinks;
  readonly plans: KyselyPlanLibrary;
  readonly accounts: Accounts;

  constructor(
    /** Exposed for migrations and tests; the service goes through the methods. */
    readonly db: Kysely<Tables>,
    readonly dialect: DialectName,
    /** Where the data lives, without credentials, for messages. */
    readonly where: string,
    private readonly readers: StoreReaders = {},
  ) {
    this.byTokenHash = this.db.selectFrom('athletes').select(['id', 'version']).where('token_hash', '=', Buffer.alloc(0)).compile();
    this.byId = this.athletes().where('athletes.id', '=', '').compile();
    for (const q of [this.byTokenHash, this.byId]) {
      if (q.parameters.length !== 1) throw new Error('a compiled lookup must have exactly one parameter');
    }
    this.intervals = new KyselyIntervalsLinks(db);
    this.plans = new KyselyPlanLibrary(db);
    this.accounts = new Accounts(db);
    const { sync } = readers;
    if (sync) this.tokenCache = new TokenCache(() => sync.changeCounter(), TOKEN_CACHE_BYTES);
  }

  private athletes() {
    return this.db.selectFrom('athletes').leftJoin('plans', 'plans.id', 'athletes.plan_id').select([...ATHLETE_COLUMNS, ...LIBRARY_COLUMNS]);
  }

  changedElsewhere(): void {
    this.readers.sync?.changedElsewhere();
  }

  async createAthlete(input: NewAthlete): Promise<AthleteRecord> {
    const row = await this.db
      .insertInto('athletes')
      .values({
        id: input.id,
        name: input.profile.name,
        profile: JSON.stringify(input.profile),
        ...planColumns(input.plan),
        start_date: input.start,
        version: 1,
        token_hash: input.tokenHash,
        token_sealed: input.tokenSealed ?? null,
        created_at: input.now,
        updated_at: input.now,
        race_date: input.race ?? null,
        coach_id: input.coachId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return this.written(row.id);
  }

  /**
   * The athlete as written a moment ago, read back whole with its library plan (a write cannot
   * return the joined plan). A change made since is what is read: it is the athlete now.
   */
  private async written(id: string): Promise<AthleteRecord> {
    const row = await this.athletes().where('athletes.id', '=', id).executeTakeFirst();
    if (!row) throw new Error(`athlete ${id} vanished right after it was written`);
    return this.kept(toRecord(row));
  }

  getAthlete(id: string): Promise<AthleteRecord | undefined> {
    return this.read(async () => {
      const row = await this.athletes().where('athletes.id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    });
  }

  findAthleteByTokenHash(hash: Buffer): Awaitable<AthleteRecord | undefined> {
    const byHash: CompiledQuery<TokenOwner> = { ...this.byTokenHash, parameters: [hash] };
    const { sync } = this.readers;
    if (sync && this.tokenCache) {
      return this.tokenCache.find(hash, () => {
        const owner = sync.first(byHash);
        if (!owner) return undefined;
        return this.keptFor(owner, hash) ?? this.remember(sync.first(this.rowById(owner.id)), hash);
      });
    }
    return this.read(async () => {
      const [owner] = await this.select(TOKEN_LOOKUP, byHash);
      if (!owner) return undefined;
      const kept = this.keptFor(owner, hash);
      if (kept) return kept;
      const [row] = await this.select(ROW_BY_ID, this.rowById(owner.id));
      return this.remember(row, hash);
    });
  }

  /** The kept record of this version, if it holds this token (every change through the store bumps the version; a hand edit in the database may not). */
  private keptFor(owner: TokenOwner, hash: Buffer): AthleteRecord | undefined {
    const kept = this.records.get(owner.id, owner.version);
    return kept?.tokenHash.equals(hash) ? kept : undefined;
  }

  private rowById(id: string): CompiledQuery<AthleteRow> {
    return { ...this.byId, parameters: [id] };
  }

  /**
   * The whole row read after the token's id and version: kept for the polls
   * that follow. If the token was rotated between the two reads, the token
   * presented is no longer valid, and nothing is found.
   */
  private remember(row: AthleteRow | undefined, hash: Buffer): AthleteRecord | undefined {
    if (!row || !row.token_hash.equals(hash)) return undefined;
    return this.kept(toRecord(row));
  }

  private kept(record: AthleteRecord): AthleteRecord {
    this.records.keep(record);
    return record;
  }

  /** A compiled read as a prepared statement where the database has one for us (PostgreSQL), else through Kysely. */
  private async select<R>(name: string, query: CompiledQuery<R>): Promise<R[]> {
    const { prepared } = this.readers;
    return prepared ? prepared(name, query) : (await this.db.executeQuery(query)).rows;
  }

  listAthletes(options: ListOptions): Promise<AthletePage> {
    return this.read(async () => {
      const after = options.after !== undefined && /^\d{1,15}$/.test(options.after) ? Number(options.after) : 0;
      // One row more than asked says whether another page follows.
      const rows = await this.db
        .selectFrom('athletes')
        .leftJoin('plans', 'plans.id', 'athletes.plan_id')
        .select(SUMMARY_COLUMNS)
        .select(['plans.version as library_version', 'plans.name as library_name'])
        .select((eb) => [
          // The text of a template plan is its name; a document's text stays in the database.
          eb.case().when('athletes.plan_kind', '=', 'template').then(eb.ref('athletes.plan_text')).else(null).end().as('template'),
          eb.fn<number>('octet_length', ['athletes.plan_text']).as('plan_bytes'),
        ])
        .where('athletes.seq', '>', after)
        .$if(options.coach !== undefined, (qb) => qb.where('athletes.coach_id', '=', options.coach!))
        .orderBy('athletes.seq')
        .limit(options.limit + 1)
        .execute();
      const more = rows.length > options.limit;
      const page = rows.slice(0, options.limit);
      return { athletes: page.map(toSummary), next: more ? String(page[page.length - 1]!.seq) : undefined };
    });
  }

  countAthletes(coach?: string): Promise<number> {
    return this.read(async () => {
      const row = await this.db
        .selectFrom('athletes')
        .select((eb) => eb.fn.countAll().as('n'))
        .$if(coach !== undefined, (qb) => qb.where('coach_id', '=', coach!))
        .executeTakeFirstOrThrow();
      // PostgreSQL counts in bigint, which arrives as a string.
      return Number(row.n);
    });
  }

  async updateAthlete(id: string, patch: AthletePatch, now: string, expectedVersion?: number): Promise<UpdateResult> {
    const row = await this.db
      .updateTable('athletes')
      .set((eb) => ({
        ...(patch.profile ? { name: patch.profile.name, profile: JSON.stringify(patch.profile) } : {}),
        ...(patch.plan ? planColumns(patch.plan) : {}),
        ...(patch.start ? { start_date: patch.start } : {}),
        ...(patch.race !== undefined ? { race_date: patch.race } : {}),
        ...(patch.changes !== undefined ? { changes: JSON.stringify(patch.changes) } : {}),
        ...(patch.history !== undefined ? { history: JSON.stringify(patch.history) } : {}),
        version: eb('version', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', id)
      // Compare-and-set in the statement itself: PostgreSQL re-checks the condition on the row it locks.
      .$if(expectedVersion !== undefined, (qb) => qb.where('version', '=', expectedVersion!))
      .returning('id')
      .executeTakeFirst();
    if (row) return { ok: true, athlete: await this.written(row.id) };
    const current = await this.db.selectFrom('athletes').select('version').where('id', '=', id).executeTakeFirst();
    if (!current) return { ok: false, reason: 'not_found' };
    return { ok: false, reason: 'version_conflict', current: current.version };
  }

  async recordFeedFetch(id: string, at: string): Promise<void> {
    // Neither the version nor updated_at: the athlete's compiled output and its validators stay as they are.
    await this.db.updateTable('athletes').set({ feed_fetched_at: at }).where('id', '=', id).execute();
  }

  async rotateToken(id: string, tokenHash: Buffer, now: string, tokenSealed?: Buffer): Promise<AthleteRecord | undefined> {
    const row = await this.db
      .updateTable('athletes')
      .set((eb) => ({ token_hash: tokenHash, token_sealed: tokenSealed ?? null, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    return row && this.written(row.id);
  }

  sealedToken(id: string): Promise<Buffer | null | undefined> {
    return this.read(async () => {
      const row = await this.db.selectFrom('athletes').select('token_sealed').where('id', '=', id).executeTakeFirst();
      return row && row.token_sealed;
    });
  }

  async deleteAthlete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('athletes').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  revisions(athleteId: string): Promise<Map<string, SessionRevision>> {
    return this.read(async () => {
      const rows = await this.db
        .selectFrom('session_revisions')
        .select(['uid', 'content_hash', 'sequence', 'modified'])
        .where('athlete_id', '=', athleteId)
        .execute();
      return new Map(
        rows.map((r) => [r.uid, { uid: r.uid, contentHash: r.content_hash, sequence: r.sequence, modified: r.modified }]),
      );
    });
  }

  async saveRevisions(athleteId: string, revisions: readonly SessionRevision[]): Promise<void> {
    if (revisions.length === 0) return;
    const rows = revisions.map((r) => ({
      athlete_id: athleteId,
      uid: r.uid,
      content_hash: r.contentHash,
      sequence: r.sequence,
      modified: r.modified,
    }));
    try {
      await this.db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += REVISION_BATCH) {
          await trx
            .insertInto('session_revisions')
            .values(rows.slice(i, i + REVISION_BATCH))
            .onConflict((oc) =>
              oc
                .columns(['athlete_id', 'uid'])
                .doUpdateSet((eb) => ({
                  content_hash: eb.ref('excluded.content_hash'),
                  sequence: eb.ref('excluded.sequence'),
                  modified: eb.ref('excluded.modified'),
                }))
                // The same content stamped first by another instance keeps its stamp, and a build that
                // started from older revisions (a slower instance) cannot take SEQUENCE backwards.
                .where((eb) =>
                  eb.and([
                    eb('session_revisions.content_hash', '<>', eb.ref('excluded.content_hash')),
                    eb('session_revisions.sequence', '<', eb.ref('excluded.sequence')),
                  ]),
                ),
            )
            .execute();
        }
      });
    } catch (err) {
      // A feed build finishing after a concurrent DELETE of its athlete: its revisions have nowhere to go.
      if (isForeignKeyViolation(err)) return;
      throw err;
    }
  }

  getSetting(key: string): Promise<string | undefined> {
    return this.read(async () => {
      const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value;
    });
  }

  async setSettingIfAbsent(key: string, value: string): Promise<string> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const stored = await this.getSetting(key);
    if (stored === undefined) throw new Error(`setting "${key}" vanished right after it was written`);
    return stored;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  /**
   * A row the size of an athlete's written and deleted again: it needs room
   * the way a real write does (pages, journal), so a full disk refuses it. Not
   * one transaction: SQLite ends a transaction by itself on a full disk, and
   * the rollback that follows would hide why.
   */
  async probeWrite(now: string): Promise<void> {
    const room = now.padEnd(WRITE_PROBE_BYTES, '.');
    await this.db
      .insertInto('settings')
      .values({ key: WRITE_PROBE_ROOM, value: room })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: room }))
      .execute();
    await this.db.deleteFrom('settings').where('key', '=', WRITE_PROBE_ROOM).execute();
    await this.setSetting(WRITE_PROBE_KEY, now);
  }

  ping(): Promise<void> {
    return this.read(async () => {
      await sql`select 1`.execute(this.db);
    });
  }

  /**
   * Reads are tried once more when the database dropped the connection under
   * them (a restart or failover): the pool learns of a cut connection only
   * when its socket closes, so the first queries after a cut may still pick one.
   * Writes are not retried: whether they were applied is not known.
   */
  private async read<T>(query: () => Promise<T>): Promise<T> {
    // Each failed try takes one dead connection out of the pool: at most the pool's size of them.
    for (let attempt = 1; ; attempt++) {
      try {
        return await query();
      } catch (err) {
        if (!connectionLost(err) || attempt >= READ_ATTEMPTS) throw err;
      }
    }
  }

  /**
   * Safe to call more than once (shutdown and a failed start may both close).
   * The reader goes first, so that the writing connection closes last and
   * can leave the database file whole (`sqlite.ts`).
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        this.readers.sync?.close();
      } finally {
        await this.db.destroy();
      }
    })();
    return this.closing;
  }
}

const READ_ATTEMPTS = 11;

/** The settings row the write probe rewrites: when the database last took a write from a health check. */
const WRITE_PROBE_KEY = 'health.lastWrite';
/** The row it writes and deletes again, and its size (a stored athlete with a long plan). */
const WRITE_PROBE_ROOM = 'health.room';
const WRITE_PROBE_BYTES = 16 * 1024;

/** The token lookup's prepared statements, by these names on every connection. */
const TOKEN_LOOKUP = 'runcast_athlete_by_token_hash';
const ROW_BY_ID = 'runcast_athlete_by_id';

