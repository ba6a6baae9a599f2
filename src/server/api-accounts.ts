/**
 * Who calls the JSON API, what they may reach, and what is recorded of it.
 * A bearer token is the admin token (the owner's) or a coach's API token.
 * An owner reaches every athlete and plan; a coach lists only their own, and
 * another coach's athlete or plan answers 404, as an id that names nothing.
 * Every change that succeeds is written to the audit log, and what a coach
 * creates is recorded as theirs, before the answer goes out.
 */
import { timingSafeEqual } from 'node:crypto';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { athleteSummaryJson } from './athlete-json.js';
import type { ServiceContext } from './context.js';
import { HttpError, sendError, sendNotFound } from './errors.js';
import { listAthletesQuery } from './schemas.js';
import { hashToken } from './tokens.js';
import { parseQuery } from './validate.js';
import { audit, type AuditTarget } from './console/audit.js';
import { listScope, mayReach } from './console/scope.js';
import { consoleCoach, type ConsoleCoach } from './console/session.js';

/** The admin token stands for the first owner; before there is one, for an owner account not yet made. */
async function adminCoach(ctx: ServiceContext): Promise<ConsoleCoach> {
  const owner = await ctx.store.accounts.firstOwner();
  return owner ? consoleCoach(owner) : { id: '', email: '', name: 'admin token', role: 'owner' };
}

/** How often a token's "last used" is written, at most: not a database write per request. */
const LAST_USED_EVERY_MS = 60_000;

/** 401 without bearer credentials, 403 with a token that is neither the admin token nor a live API token. */
export function requireApiCoach(ctx: ServiceContext): RequestHandler {
  const lastUsed = new Map<string, number>();
  return (req, res, next) => {
    const m = /^Bearer[ ]+([\x21-\x7e]+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!m) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="runcast"');
      return sendError(res, new HttpError(401, 'unauthorized', 'Send the admin token or your API token as "Authorization: Bearer <token>".'));
    }
    const presented = hashToken(m[1]!);
    const found = timingSafeEqual(presented, ctx.admin.hash) ? adminCoach(ctx) : coachByToken(ctx, presented, lastUsed);
    found.then((coach) => {
      if (!coach) return sendError(res, new HttpError(403, 'forbidden', 'That token does not grant access to the admin API.'));
      res.locals.coach = coach;
      next();
    }, next);
  };
}

async function coachByToken(ctx: ServiceContext, hash: Buffer, lastUsed: Map<string, number>): Promise<ConsoleCoach | undefined> {
  const coach = await ctx.store.accounts.coachByApiToken(hash);
  if (!coach) return undefined;
  const key = hash.toString('hex');
  const now = Date.now();
  if (now - (lastUsed.get(key) ?? 0) > LAST_USED_EVERY_MS) {
    lastUsed.set(key, now);
    await ctx.store.accounts.tokenUsed(hash, ctx.now().toISOString());
  }
  return consoleCoach(coach);
}

const coachOf = (res: Response) => res.locals.coach as ConsoleCoach;

/** A library plan named in an athlete's body must be one the coach may reach: another coach's is not there. */
const checkPlanReference =
  (ctx: ServiceContext): RequestHandler =>
  (req, res, next) => {
    const library = (req.body as { plan?: { library?: unknown } } | undefined)?.plan?.library;
    if (typeof library !== 'string' || coachOf(res).role === 'owner') return next();
    mayReach(ctx, coachOf(res), 'plan', library).then((ok) => {
      if (ok) return next();
      sendError(res, new HttpError(422, 'unknown_plan', `There is no plan "${library}" in the library.`, { hint: 'GET /api/plans lists them' }));
    }, next);
  };

/** Lists and ids as the calling coach may see them, and the audit of every change; mounted after the body is parsed. */
export function apiScope(ctx: ServiceContext): Router {
  const r = Router();
  r.get('/athletes', async (req, res, next) => {
    if (coachOf(res).role === 'owner') return next();
    const query = parseQuery(req, listAthletesQuery);
    const scope = listScope(coachOf(res));
    const [page, total] = await Promise.all([ctx.store.listAthletes({ ...query, ...scope }), ctx.store.countAthletes(scope.coach)]);
    res.json({ athletes: page.athletes.map(athleteSummaryJson), next: page.next ?? null, total });
  });
  r.get('/plans', async (_req, res, next) => {
    if (coachOf(res).role === 'owner') return next();
    res.json({ plans: await ctx.store.plans.list(coachOf(res).id) });
  });
  const guard = (kind: 'athlete' | 'plan'): RequestHandler => (req, res, next) => {
    if (coachOf(res).role === 'owner') return next();
    mayReach(ctx, coachOf(res), kind, String(req.params.id)).then((ok) => (ok ? next() : sendNotFound(res)), next);
  };
  r.use('/athletes/:id', guard('athlete'));
  r.use('/plans/:id', guard('plan'));
  r.post('/athletes', checkPlanReference(ctx));
  r.patch('/athletes/:id', checkPlanReference(ctx));
  r.use(recordChanges(ctx));
  return r;
}

interface Change {
  kind: 'athlete' | 'plan';
  action: string;
  /** From the path; absent on creation (the answer says it). */
  id?: string;
}

/** The API's changes, by method and path. */
const CHANGES: [string, RegExp, 'athlete' | 'plan', string][] = [
  ['POST', /^\/athletes\/?$/, 'athlete', 'athlete.create'],
  ['PATCH', /^\/athletes\/([^/]+)\/?$/, 'athlete', 'athlete.update'],
  ['DELETE', /^\/athletes\/([^/]+)\/?$/, 'athlete', 'athlete.delete'],
  ['POST', /^\/athletes\/([^/]+)\/token\/?$/, 'athlete', 'athlete.rotate-links'],
  ['POST', /^\/athletes\/([^/]+)\/changes\/?$/, 'athlete', 'athlete.session-change'],
  ['DELETE', /^\/athletes\/([^/]+)\/changes\/[^/]+\/?$/, 'athlete', 'athlete.session-change-undo'],
  ['PUT', /^\/athletes\/([^/]+)\/intervals\/?$/, 'athlete', 'athlete.intervals-link'],
  ['DELETE', /^\/athletes\/([^/]+)\/intervals\/?$/, 'athlete', 'athlete.intervals-unlink'],
  ['POST', /^\/plans\/?$/, 'plan', 'plan.create'],
  ['PATCH', /^\/plans\/([^/]+)\/?$/, 'plan', 'plan.update'],
  ['DELETE', /^\/plans\/([^/]+)\/?$/, 'plan', 'plan.delete'],
];

function changeOf(req: Request): Change | undefined {
  for (const [method, path, kind, action] of CHANGES) {
    const m = req.method === method ? path.exec(req.path) : null;
    if (m) return { kind, action, ...(m[1] ? { id: decodeURIComponent(m[1]) } : {}) };
  }
  return undefined;
}

/** What the log says of a change: the fields given (never their values), how many athletes a plan edit touched. */
function detailOf(req: Request, answer: Record<string, unknown> | undefined): Record<string, unknown> {
  const body = req.body as Record<string, unknown> | undefined;
  const fields = body && typeof body === 'object' ? Object.keys(body).filter((k) => k !== 'version') : [];
  return {
    ...(fields.length ? { fields } : {}),
    ...(typeof answer?.touched === 'number' ? { touched: answer.touched } : {}),
    ...(typeof (answer?.change as { kind?: unknown } | undefined)?.kind === 'string' ? { change: (answer!.change as { kind: string }).kind } : {}),
  };
}

/**
 * Holds back the end of a successful change's answer until it is recorded:
 * the creator as its coach, and the audit entry. A failure to record is
 * logged; the change itself is done and is answered as such.
 */
function recordChanges(ctx: ServiceContext): RequestHandler {
  return (req, res, next) => {
    const change = changeOf(req);
    if (!change) return next();
    const coach = coachOf(res);
    const before = change.action.endsWith('.delete') ? nameOf(ctx, change) : Promise.resolve(undefined);
    let answer: Record<string, unknown> | undefined;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      answer = body as Record<string, unknown>;
      return json(body);
    };
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let recorded = false;
    res.end = ((...args: unknown[]) => {
      if (recorded || res.statusCode >= 300) return end(...args);
      recorded = true;
      record(ctx, coach, change, req, answer, before).then(
        () => end(...args),
        (err: unknown) => {
          ctx.logger.error({ err, action: change.action }, 'could not record a change in the audit log');
          end(...args);
        },
      );
      return res;
    }) as Response['end'];
    next();
  };
}

async function nameOf(ctx: ServiceContext, change: Change): Promise<string | undefined> {
  if (!change.id) return undefined;
  const found = change.kind === 'athlete' ? await ctx.store.getAthlete(change.id) : await ctx.store.plans.get(change.id);
  return found?.name;
}

async function record(ctx: ServiceContext, coach: ConsoleCoach, change: Change, req: Request, answer: Record<string, unknown> | undefined, before: Promise<string | undefined>): Promise<void> {
  const id = change.id ?? (typeof answer?.id === 'string' ? answer.id : undefined);
  if (!id) return;
  const name = typeof answer?.name === 'string' ? answer.name : await before;
  const target: AuditTarget = { kind: change.kind, id, ...(name ? { name } : {}) };
  await audit(ctx, coach, change.action, target, { ...detailOf(req, answer), via: 'api' });
}
