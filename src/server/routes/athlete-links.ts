/**
 * The athlete's private links under /a/<token>: the token is the only
 * credential. Unknown, malformed and revoked tokens all get the very same 404
 * as a page that does not exist, so the response says nothing about tokens.
 */
import { Router, type RequestHandler, type Response } from 'express';
import type { AthleteRecord } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import { sendNotFound } from '../errors.js';
import { MEDIA_TYPES } from '../outputs.js';
import { bundleQuery } from '../schemas.js';
import { sendArtifact } from '../send-artifact.js';
import { hashToken, isWellFormedToken, tokenMatches } from '../tokens.js';
import { parseQuery } from '../validate.js';

interface Located {
  athlete: AthleteRecord;
  token: string;
}

const located = (res: Response) => res.locals as Located;

function resolveToken(ctx: ServiceContext): RequestHandler {
  return async (req, res, next) => {
    const token = String(req.params.token ?? '');
    if (!isWellFormedToken(token)) return sendNotFound(res);
    const athlete = await ctx.store.findAthleteByTokenHash(hashToken(token));
    // The lookup is by hash already; the constant-time comparison keeps that true whatever index the database uses.
    if (!athlete || !tokenMatches(token, athlete.tokenHash)) return sendNotFound(res);
    res.locals.athlete = athlete;
    res.locals.token = token;
    next();
  };
}

export function athleteLinkRoutes(ctx: ServiceContext): Router {
  const r = Router();
  const { feed, feedFailures } = ctx.limiters;
  const auth = resolveToken(ctx);
  const guard = [feed, feedFailures, auth];

  r.get('/a/:token/calendar.ics', ...guard, async (req, res) => {
    const { athlete, token } = located(res);
    const artifact = await ctx.outputs.feed(athlete, token);
    // Served inline: calendar clients subscribe to it rather than download it.
    sendArtifact(req, res, { ...artifact, fileName: undefined });
  });

  r.get('/a/:token/sessions/:file', ...guard, (req, res) => {
    const m = /^(.+)\.(fit|tcx)$/.exec(String(req.params.file));
    if (!m) return sendNotFound(res);
    const { athlete } = located(res);
    sendArtifact(req, res, ctx.outputs.session(athlete, m[1]!, m[2] as 'fit' | 'tcx'));
  });

  r.get('/a/:token/schedule.fit', ...guard, (req, res) => {
    const { athlete } = located(res);
    const artifact = ctx.outputs.planFile(athlete, 'fit', MEDIA_TYPES.fit, {}, 'schedule', (p) => /schedule/i.test(p));
    sendArtifact(req, res, artifact);
  });

  r.get('/a/:token/bundle.zip', ...guard, (req, res) => {
    const { athlete } = located(res);
    const query = parseQuery(req, bundleQuery);
    const today = ctx.outputs.today(athlete);
    const from = query.from ?? (today > athlete.start ? today : athlete.start);
    const artifact = ctx.outputs.planFile(athlete, 'zip', MEDIA_TYPES.zip, { from, days: query.days }, `zip:${from}:${query.days}`);
    sendArtifact(req, res, artifact);
  });

  // The athlete's page: for now the plan in words; an HTML page replaces it later.
  r.get(['/a/:token', '/a/:token/'], ...guard, (req, res) => {
    const { athlete } = located(res);
    const artifact = ctx.outputs.planFile(athlete, 'text', MEDIA_TYPES.text, {}, 'text');
    sendArtifact(req, res, { ...artifact, fileName: undefined });
  });

  // Anything else under a token: the same 404, but still counted by the limiters.
  r.use('/a/:token', feed, feedFailures, (_req, res) => sendNotFound(res));

  return r;
}
