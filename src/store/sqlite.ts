/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a
 * write acknowledged to a client has reached the disk and survives a crash or
 * power loss. better-sqlite3 is synchronous; the async wrappers only satisfy the
 * Store contract shared with networked databases.
 */
import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS, type Migration } from './migrations/sqlite.js';
import {
  SchemaTooNewError,
  type AthletePage,
  type AthletePatch,
  type AthleteRecord,
  type ListOptions,
  type NewAthlete,
  type PlanSource,
  type SessionRevision,
  type Store,
  type UpdateResult,
} from './store.js';
import type { AthleteInput } from '../athlete/schema.js';

interface AthleteRow {
  seq: number;
  id: string;
  name: string;
  profile: string;
  plan_kind: 'template' | 'yaml';
  plan_text: string;
  start_date: string;
  version: number;
  token_hash: Buffer;
  created_at: string;
  updated_at: string;
}

interface RevisionRow {
  uid: string;
  content_hash: string;
  sequence: number;
  modified: string;
}

const COLUMNS = 'seq, id, name, profile, plan_kind, plan_text, start_date, version, token_hash, created_at, updated_at';

function toRecord(row: AthleteRow): AthleteRecord {
  const plan: PlanSource = row.plan_kind === 'template' ? { template: row.plan_text } : { yaml: row.plan_text };
  return {
    id: row.id,
    name: row.name,
    profile: JSON.parse(row.profile) as AthleteInput,
    plan,
    start: row.start_date,
    version: row.version,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function planColumns(plan: PlanSource): { kind: 'template' | 'yaml'; text: string } {
  return 'template' in plan ? { kind: 'template', text: plan.template } : { kind: 'yaml', text: plan.yaml };
}

/** Brings the database to the newest schema this code knows, or refuses a newer one. */
export function migrate(db: Database.Database, where: string, migrations: readonly Migration[] = SQLITE_MIGRATIONS): number {
  const known = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) throw new SchemaTooNewError(current, known, where);
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(readonly file: string) {
    this.db = new Database(file, { timeout: 5000 });
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db, file);
    } catch (e) {
      this.db.close();
      throw e;
    }
    const db = this.db;
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO athletes (id, name, profile, plan_kind, plan_text, start_date, version, token_hash, created_at, updated_at)
         VALUES (@id, @name, @profile, @planKind, @planText, @start, 1, @tokenHash, @now, @now)
         RETURNING ${COLUMNS}`,
      ),
      byId: db.prepare(`SELECT ${COLUMNS} FROM athletes WHERE id = ?`),
      byToken: db.prepare(`SELECT ${COLUMNS} FROM athletes WHERE token_hash = ?`),
      page: db.prepare(`SELECT ${COLUMNS} FROM athletes WHERE seq > ? ORDER BY seq LIMIT ?`),
      count: db.prepare('SELECT count(*) AS n FROM athletes'),
      update: db.prepare(
        `UPDATE athletes SET name = @name, profile = @profile, plan_kind = @planKind, plan_text = @planText,
           start_date = @start, version = version + 1, updated_at = @now
         WHERE id = @id RETURNING ${COLUMNS}`,
      ),
      rotate: db.prepare(
        `UPDATE athletes SET token_hash = ?, version = version + 1, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`,
      ),
      delete: db.prepare('DELETE FROM athletes WHERE id = ?'),
      revisions: db.prepare('SELECT uid, content_hash, sequence, modified FROM session_revisions WHERE athlete_id = ?'),
      upsertRevision: db.prepare(
        // The EXISTS guard drops revisions of an athlete deleted while its feed was being built.
        `INSERT INTO session_revisions (athlete_id, uid, content_hash, sequence, modified)
         SELECT @athleteId, @uid, @contentHash, @sequence, @modified WHERE EXISTS (SELECT 1 FROM athletes WHERE id = @athleteId)
         ON CONFLICT (athlete_id, uid) DO UPDATE SET content_hash = excluded.content_hash,
           sequence = excluded.sequence, modified = excluded.modified`,
      ),
      getSetting: db.prepare('SELECT value FROM settings WHERE key = ?'),
      insertSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),
      setSetting: db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      ping: db.prepare('SELECT 1'),
    };
  }

  async createAthlete(input: NewAthlete): Promise<AthleteRecord> {
    const plan = planColumns(input.plan);
    const row = this.stmts.insert.get({
      id: input.id,
      name: input.profile.name,
      profile: JSON.stringify(input.profile),
      planKind: plan.kind,
      planText: plan.text,
      start: input.start,
      tokenHash: input.tokenHash,
      now: input.now,
    }) as AthleteRow;
    return toRecord(row);
  }

  async getAthlete(id: string): Promise<AthleteRecord | undefined> {
    const row = this.stmts.byId.get(id) as AthleteRow | undefined;
    return row && toRecord(row);
  }

  async findAthleteByTokenHash(hash: Buffer): Promise<AthleteRecord | undefined> {
    const row = this.stmts.byToken.get(hash) as AthleteRow | undefined;
    return row && toRecord(row);
  }

  async listAthletes(options: ListOptions): Promise<AthletePage> {
    const after = options.after !== undefined && /^\d{1,15}$/.test(options.after) ? Number(options.after) : 0;
    // One row more than asked says whether another page follows.
    const rows = this.stmts.page.all(after, options.limit + 1) as AthleteRow[];
    const more = rows.length > options.limit;
    const page = rows.slice(0, options.limit);
    return { athletes: page.map(toRecord), next: more ? String(page[page.length - 1]!.seq) : undefined };
  }

  async countAthletes(): Promise<number> {
    return (this.stmts.count.get() as { n: number }).n;
  }

  async updateAthlete(id: string, patch: AthletePatch, now: string, expectedVersion?: number): Promise<UpdateResult> {
    return this.db
      .transaction((): UpdateResult => {
        const row = this.stmts.byId.get(id) as AthleteRow | undefined;
        if (!row) return { ok: false, reason: 'not_found' };
        if (expectedVersion !== undefined && row.version !== expectedVersion) {
          return { ok: false, reason: 'version_conflict', current: row.version };
        }
        const current = toRecord(row);
        const profile = patch.profile ?? current.profile;
        const plan = planColumns(patch.plan ?? current.plan);
        const updated = this.stmts.update.get({
          id,
          name: profile.name,
          profile: JSON.stringify(profile),
          planKind: plan.kind,
          planText: plan.text,
          start: patch.start ?? current.start,
          now,
        }) as AthleteRow;
        return { ok: true, athlete: toRecord(updated) };
      })
      .immediate();
  }

  async rotateToken(id: string, tokenHash: Buffer, now: string): Promise<AthleteRecord | undefined> {
    const row = this.stmts.rotate.get(tokenHash, now, id) as AthleteRow | undefined;
    return row && toRecord(row);
  }

  async deleteAthlete(id: string): Promise<boolean> {
    return this.stmts.delete.run(id).changes > 0;
  }

  async revisions(athleteId: string): Promise<Map<string, SessionRevision>> {
    const rows = this.stmts.revisions.all(athleteId) as RevisionRow[];
    return new Map(
      rows.map((r) => [r.uid, { uid: r.uid, contentHash: r.content_hash, sequence: r.sequence, modified: r.modified }]),
    );
  }

  async saveRevisions(athleteId: string, revisions: readonly SessionRevision[]): Promise<void> {
    if (revisions.length === 0) return;
    this.db.transaction(() => {
      for (const r of revisions) this.stmts.upsertRevision.run({ athleteId, ...r });
    })();
  }

  async getSetting(key: string): Promise<string | undefined> {
    return (this.stmts.getSetting.get(key) as { value: string } | undefined)?.value;
  }

  async setSettingIfAbsent(key: string, value: string): Promise<string> {
    this.stmts.insertSetting.run(key, value);
    return (this.stmts.getSetting.get(key) as { value: string }).value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.stmts.setSetting.run(key, value);
  }

  async ping(): Promise<void> {
    this.stmts.ping.get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
