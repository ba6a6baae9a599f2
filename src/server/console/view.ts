/**
 * What every console page shares: the signed-in coach and CSRF token (set by the accounts module before these
 * routers run), the page inside the site's layout with the console's top bar, form bodies checked with zod,
 * and an error met on the way turned into what the form shows (a message, positioned diagnostics, the fields
 * to fix) instead of a failure page.
 */
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { isBudgetError } from '../../compiler/budget.js';
import { HttpError, overBudget, zodIssues, type publicDiagnostic } from '../errors.js';
import { loadAssets, type AssetUrls } from '../pages/assets.js';
import { HTML_TYPE, renderPage } from '../pages/render.js';

export interface Coach {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'coach';
}

export type Section = 'athletes' | 'plans';

/** What a form shows when it was refused: a message, the plan's positioned diagnostics, and a message per field. */
export interface Problem {
  status: number;
  message: string;
  diagnostics: ReturnType<typeof publicDiagnostic>[];
  fields: Record<string, string>;
}

export function coachOf(res: Response): Coach {
  return res.locals.coach as Coach;
}

let urls: AssetUrls | undefined;
/** The same hashed URLs the app serves the files under (`pages/assets.ts`). */
export function assetUrls(): AssetUrls {
  return (urls ??= loadAssets().urls);
}

/** Forms as browsers post them; a body already read (the accounts module reads it for the CSRF check) is left as it is. */
export const formBodies: RequestHandler = express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 200 });

/** A console page: the template under `console/` in the layout, with the top bar's coach, token and section. */
export function sendPage(res: Response, template: string, active: Section, data: object, status = 200): void {
  const html = renderPage(`console/${template}`, {
    ...data,
    coach: coachOf(res),
    csrfToken: res.locals.csrfToken as string,
    active,
    assets: assetUrls(),
  });
  // Pages can hold athletes' links (their feed tokens): no cache keeps them.
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.type(HTML_TYPE).send(html);
}

export function sendMissing(res: Response, active: Section, what: string): void {
  sendPage(res, 'missing', active, { what }, 404);
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/** The form's fields checked with zod; a refusal names each field to fix. */
export function parseForm<S extends z.ZodType>(req: Request, schema: S): Parsed<z.output<S>> {
  return checkFields(req.body ?? {}, schema);
}

/** Values made from a form checked with zod (an API body built from its fields, say); a refusal names each field. */
export function checkFields<S extends z.ZodType>(input: unknown, schema: S): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of zodIssues(parsed.error)) fields[issue.path || 'form'] ??= issue.message;
  return { ok: false, problem: { status: 400, message: 'Check the marked fields.', diagnostics: [], fields } };
}

/** The problem with each field's message in its words, for a form whose fields are not on the page to mark. */
export function spelledOut(problem: Problem): Problem {
  const fields = Object.entries(problem.fields).map(([field, message]) => `${field}: ${message}`);
  return fields.length === 0 ? problem : { ...problem, message: `${problem.message.replace(/\.$/, '')}: ${fields.join('; ')}.` };
}

/**
 * An error from the service as the form shows it. `fieldOf` maps the path of a profile problem
 * ("profile.fitness.race.time") to the form's field. Anything that is not the coach's to fix is thrown on.
 */
export function problemOf(err: unknown, fieldOf: (path: string) => string | undefined = () => undefined): Problem {
  if (isBudgetError(err)) err = overBudget(err);
  if (!(err instanceof HttpError) || (err.status >= 500 && err.status !== 503)) throw err;
  const details = (err.details ?? {}) as { diagnostics?: Problem['diagnostics']; issues?: { path: string; message: string; hint?: string | null }[] };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of details.issues ?? []) {
    const text = issue.hint ? `${issue.message} (${issue.hint})` : issue.message;
    const field = fieldOf(issue.path);
    if (field) fields[field] ??= text;
    else unplaced.push(text);
  }
  const message = [err.message, ...unplaced].join(' ');
  return { status: err.status, message, diagnostics: details.diagnostics ?? [], fields };
}

/** Runs `work`; an error the coach can fix comes back as the form's problem instead. */
export async function attempt<T>(work: () => Promise<T>, fieldOf?: (path: string) => string | undefined): Promise<{ ok: true; value: T } | { ok: false; problem: Problem }> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, problem: problemOf(err, fieldOf) };
  }
}

/** "3 h ago", "2 days ago": how long since an instant, as the lists say it. */
export function ago(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}
