/**
 * Coach accounts on SQLite and PostgreSQL alike: coaches, their one-time
 * links (the owner's set-up, invitations, password resets), the console's
 * sessions, per-coach API tokens, the audit log, and which coach owns an
 * athlete or a plan. Secrets are kept only as hashes: a password as argon2id
 * (hashed by the caller), every token and session id as sha256.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CoachesTable, Tables } from './schema.js';

export type Role = 'owner' | 'coach';
export type LinkPurpose = 'owner' | 'invite' | 'reset';

export interface Coach {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  /** Set once the coach has chosen a password (an invited coach has not yet). */
  active: boolean;
  disabledAt?: string;
}

export interface NewCoach {
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  now: string;
}

export interface NewLink {
  tokenHash: Buffer;
  purpose: LinkPurpose;
  coachId: string | null;
  now: string;
  expiresAt: string;
}

/** What redeeming a link sets on its coach. */
export interface Redemption {
  passwordHash: string;
  name?: string;
}

export interface ApiToken {
  id: string;
  coachId: string;
  name: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

export interface AuditEntry {
  at: string;
  coachId: string | null;
  coachEmail: string;
  action: string;
  target: { kind: string; id: string; name?: string };
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: (AuditEntry & { seq: string })[];
  /** Cursor of the next (older) page. */
  next?: string;
}

export type OwnedKind = 'athlete' | 'plan';

const COACH_COLUMNS = ['id', 'email', 'name', 'role', 'created_at', 'disabled_at', 'password_hash'] as const;
type CoachRow = Pick<Selectable<CoachesTable>, (typeof COACH_COLUMNS)[number]>;

function toCoach(row: CoachRow): Coach {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    active: row.password_hash !== null,
    ...(row.disabled_at !== null ? { disabledAt: row.disabled_at } : {}),
  };
}

/** A unique violation: the email is taken (whatever its case). */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class Accounts {
  constructor(private readonly db: Kysely<Tables>) {}

  // ── Coaches ────────────────────────────────────────────────────────────────

  async countCoaches(): Promise<number> {
    const row = await this.db.selectFrom('coaches').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The new coach, or 'email_taken'. */
  async createCoach(input: NewCoach): Promise<Coach | 'email_taken'> {
    if (await emailTaken(this.db, input.email)) return 'email_taken';
    return insertCoach(this.db, input);
  }

  /**
   * An owner. The first one also becomes the owner of every athlete and
   * plan made before there were coach accounts.
   */
  createOwner(input: Omit<NewCoach, 'role'>): Promise<Coach | 'email_taken'> {
    return this.db.transaction().execute((trx) => insertOwner(trx, input));
  }

  /** A coach with the password hash, for signing in; any case of the email finds it. */
  async coachForSignIn(email: string): Promise<(Coach & { passwordHash: string | null }) | undefined> {
    const row = await this.db.selectFrom('coaches').select(COACH_COLUMNS).where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).executeTakeFirst();
    return row && { ...toCoach(row), passwordHash: row.password_hash };
  }

  async coach(id: string): Promise<Coach | undefined> {
    const row = await this.db.selectFrom('coaches').select(COACH_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && toCoach(row);
  }

  async listCoaches(): Promise<Coach[]> {
    const rows = await this.db.selectFrom('coaches').select(COACH_COLUMNS).orderBy('seq').execute();
    return rows.map(toCoach);
  }

  /** The first owner still able to sign in: whom the admin token stands for. */
  async firstOwner(): Promise<Coach | undefined> {
    const row = await this.db
      .selectFrom('coaches')
      .select(COACH_COLUMNS)
      .where('role', '=', 'owner')
      .where('disabled_at', 'is', null)
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst();
    return row && toCoach(row);
  }

  /** Disables the coach and ends their sessions; their API tokens stop working with them. */
  async disableCoach(id: string, now: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const done = await trx.updateTable('coaches').set({ disabled_at: now }).where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
      await trx.deleteFrom('console_sessions').where('coach_id', '=', id).execute();
      return done.numUpdatedRows > 0n;
    });
  }

  async enableCoach(id: string): Promise<boolean> {
    const done = await this.db.updateTable('coaches').set({ disabled_at: null }).where('id', '=', id).executeTakeFirst();
    return done.numUpdatedRows > 0n;
  }

  /** Takes back an invitation not yet accepted: the coach was never anyone, so nothing is lost. */
  async removeInvited(id: string): Promise<boolean> {
    const done = await this.db.deleteFrom('coaches').where('id', '=', id).where('password_hash', 'is', null).executeTakeFirst();
    return done.numDeletedRows > 0n;
  }

  // ── One-time links ─────────────────────────────────────────────────────────

  async createLink(link: NewLink): Promise<void> {
    await this.db
      .insertInto('coach_links')
      .values({ token_hash: link.tokenHash, purpose: link.purpose, coach_id: link.coachId, created_at: link.now, expires_at: link.expiresAt, used_at: null })
      .execute();
  }

  /** The link as it stands, when it still works: unused and unexpired. */
  async openLink(tokenHash: Buffer, now: string): Promise<{ purpose: LinkPurpose; coach?: Coach } | undefined> {
    const row = await this.db
      .selectFrom('coach_links')
      .leftJoin('coaches', 'coaches.id', 'coach_links.coach_id')
      .select(['coach_links.purpose', 'coach_links.coach_id'])
      .select(['coaches.id', 'coaches.email', 'coaches.name', 'coaches.role', 'coaches.created_at', 'coaches.disabled_at', 'coaches.password_hash'])
      .where('coach_links.token_hash', '=', tokenHash)
      .where('coach_links.used_at', 'is', null)
      .where('coach_links.expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.coach_id === null) return { purpose: row.purpose };
    if (row.disabled_at !== null || row.id === null) return undefined;
    return { purpose: row.purpose, coach: toCoach(row as CoachRow) };
  }

  /** Whether an owner set-up link is waiting to be used. */
  async ownerLinkOpen(now: string): Promise<boolean> {
    const row = await this.db.selectFrom('coach_links').select('token_hash').where('purpose', '=', 'owner').where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Uses an invitation or reset link once: in one transaction the link is
   * marked used (only if it was still open), the coach gets the password
   * (and name), and any session the coach had ends. Undefined: no such open link.
   */
  redeemLink(tokenHash: Buffer, purpose: 'invite' | 'reset', change: Redemption, now: string): Promise<Coach | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const coachId = await useLink(trx, tokenHash, purpose, now);
      if (!coachId) return undefined;
      const row = await trx
        .updateTable('coaches')
        .set({ password_hash: change.passwordHash, ...(change.name ? { name: change.name } : {}) })
        .where('id', '=', coachId)
        .where('disabled_at', 'is', null)
        .returning(COACH_COLUMNS)
        .executeTakeFirst();
      if (!row) return undefined;
      await trx.deleteFrom('console_sessions').where('coach_id', '=', coachId).execute();
      return toCoach(row);
    });
  }

  /** Uses the owner set-up link once to make the owner; 'owner_exists' when one was made meanwhile. */
  redeemOwnerLink(tokenHash: Buffer, input: Omit<NewCoach, 'role'>): Promise<Coach | 'email_taken' | 'owner_exists' | undefined> {
    return this.db.transaction().execute(async (trx) => {
      // Checked before anything is written: a refusal leaves the link usable.
      if (await emailTaken(trx, input.email)) return 'email_taken';
      const owner = await trx.selectFrom('coaches').select('id').where('role', '=', 'owner').executeTakeFirst();
      if (owner) return 'owner_exists';
      if ((await useLink(trx, tokenHash, 'owner', input.now)) === undefined) return undefined;
      return insertOwner(trx, input);
    });
  }

  // ── Console sessions ──────────────────────────────────────────────────────

  async session(sidHash: Buffer, now: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('console_sessions').select('data').where('sid_hash', '=', sidHash).where('expires_at', '>', now).executeTakeFirst();
    return row?.data;
  }

  async saveSession(sidHash: Buffer, data: string, coachId: string | null, expiresAt: string): Promise<void> {
    await this.db
      .insertInto('console_sessions')
      .values({ sid_hash: sidHash, data, coach_id: coachId, expires_at: expiresAt })
      .onConflict((oc) => oc.column('sid_hash').doUpdateSet({ data, coach_id: coachId, expires_at: expiresAt }))
      .execute();
  }

  async touchSession(sidHash: Buffer, expiresAt: string): Promise<void> {
    await this.db.updateTable('console_sessions').set({ expires_at: expiresAt }).where('sid_hash', '=', sidHash).execute();
  }

  async destroySession(sidHash: Buffer): Promise<void> {
    await this.db.deleteFrom('console_sessions').where('sid_hash', '=', sidHash).execute();
  }

  async pruneSessions(now: string): Promise<void> {
    await this.db.deleteFrom('console_sessions').where('expires_at', '<=', now).execute();
  }

  // ── API tokens ────────────────────────────────────────────────────────────

  async createApiToken(input: { id: string; coachId: string; name: string; tokenHash: Buffer; now: string }): Promise<ApiToken> {
    await this.db
      .insertInto('api_tokens')
      .values({ id: input.id, coach_id: input.coachId, name: input.name, token_hash: input.tokenHash, created_at: input.now, last_used_at: null, revoked_at: null })
      .execute();
    return { id: input.id, coachId: input.coachId, name: input.name, createdAt: input.now };
  }

  async apiTokens(coachId: string): Promise<ApiToken[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().where('coach_id', '=', coachId).orderBy('seq', 'desc').execute();
    return rows.map((r) => ({
      id: r.id,
      coachId: r.coach_id,
      name: r.name,
      createdAt: r.created_at,
      ...(r.last_used_at ? { lastUsedAt: r.last_used_at } : {}),
      ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}),
    }));
  }

  /** Revokes one of the coach's own tokens; its name, or undefined when there is no such live token. */
  async revokeApiToken(coachId: string, id: string, now: string): Promise<string | undefined> {
    const row = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('coach_id', '=', coachId)
      .where('revoked_at', 'is', null)
      .returning('name')
      .executeTakeFirst();
    return row?.name;
  }

  /** The coach a live token belongs to, if that coach can still sign in. */
  async coachByApiToken(tokenHash: Buffer): Promise<Coach | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('coaches', 'coaches.id', 'api_tokens.coach_id')
      .select(['coaches.id', 'coaches.email', 'coaches.name', 'coaches.role', 'coaches.created_at', 'coaches.disabled_at', 'coaches.password_hash'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .where('coaches.disabled_at', 'is', null)
      .executeTakeFirst();
    return row && toCoach(row);
  }

  async tokenUsed(tokenHash: Buffer, now: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('token_hash', '=', tokenHash).execute();
  }

  // ── Audit log ─────────────────────────────────────────────────────────────

  async addAudit(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        at: entry.at,
        coach_id: entry.coachId,
        coach_email: entry.coachEmail,
        action: entry.action,
        target_kind: entry.target.kind,
        target_id: entry.target.id,
        target_name: entry.target.name ?? null,
        detail: JSON.stringify(entry.detail),
      })
      .execute();
  }

  /** Newest first; `before` is the `next` of the page before. */
  async auditPage(limit: number, before?: string): Promise<AuditPage> {
    const cursor = before !== undefined && /^\d{1,15}$/.test(before) ? Number(before) : undefined;
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .$if(cursor !== undefined, (qb) => qb.where('seq', '<', cursor!))
      .orderBy('seq', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    return {
      entries: page.map((r) => ({
        seq: String(r.seq),
        at: r.at,
        coachId: r.coach_id,
        coachEmail: r.coach_email,
        action: r.action,
        target: { kind: r.target_kind, id: r.target_id, ...(r.target_name !== null ? { name: r.target_name } : {}) },
        detail: JSON.parse(r.detail) as Record<string, unknown>,
      })),
      ...(rows.length > limit ? { next: String(page[page.length - 1]!.seq) } : {}),
    };
  }

  // ── Ownership ─────────────────────────────────────────────────────────────

  /** The coach an athlete or plan belongs to: null for one from before coach accounts, undefined when there is none. */
  async ownerOf(kind: OwnedKind, id: string): Promise<string | null | undefined> {
    const table = kind === 'athlete' ? 'athletes' : 'plans';
    const row = await this.db.selectFrom(table).select('coach_id').where('id', '=', id).executeTakeFirst();
    return row ? row.coach_id : undefined;
  }
}

async function insertCoach(db: Kysely<Tables>, input: NewCoach): Promise<Coach | 'email_taken'> {
  try {
    const row = await db
      .insertInto('coaches')
      .values({ id: input.id, email: input.email, name: input.name, role: input.role, password_hash: input.passwordHash, created_at: input.now, disabled_at: null })
      .returning(COACH_COLUMNS)
      .executeTakeFirstOrThrow();
    return toCoach(row);
  } catch (err) {
    if (isUniqueViolation(err)) return 'email_taken';
    throw err;
  }
}

async function emailTaken(db: Kysely<Tables>, email: string): Promise<boolean> {
  const row = await db.selectFrom('coaches').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).executeTakeFirst();
  return row !== undefined;
}

async function insertOwner(trx: Transaction<Tables>, input: Omit<NewCoach, 'role'>): Promise<Coach | 'email_taken'> {
  // Checked first: a failed insert would abort a PostgreSQL transaction.
  if (await emailTaken(trx, input.email)) return 'email_taken';
  const first = !(await trx.selectFrom('coaches').select('id').where('role', '=', 'owner').executeTakeFirst());
  const owner = await insertCoach(trx, { ...input, role: 'owner' });
  if (owner === 'email_taken' || !first) return owner;
  await trx.updateTable('athletes').set({ coach_id: owner.id }).where('coach_id', 'is', null).execute();
  await trx.updateTable('plans').set({ coach_id: owner.id }).where('coach_id', 'is', null).execute();
  return owner;
}

/** Marks an open link used, in the caller's transaction; the coach it was for (or '' for the owner's set-up). */
async function useLink(trx: Transaction<Tables>, tokenHash: Buffer, purpose: LinkPurpose, now: string): Promise<string | undefined> {
  const row = await trx
    .updateTable('coach_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('coach_id')
    .executeTakeFirst();
  return row ? (row.coach_id ?? '') : undefined;
}
