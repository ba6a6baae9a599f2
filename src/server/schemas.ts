/**
 * Zod schemas of every request the API accepts and of what it answers. Routes
 * validate with them and /api/openapi.json is generated from them, so the
 * document cannot drift from the code.
 */
import { z } from 'zod';
import { DateTime } from 'luxon';
import { athleteSchema } from '../athlete/schema.js';
import { MAX_PROFILE_CHARS } from '../athlete/load.js';
import { LIMITS } from '../compiler/budget.js';
import { START_DATES, startDateInRange } from '../compiler/plan.js';
import { MAX_BUNDLE_DAYS } from '../writers/zip.js';

/**
 * Plan and session texts have no length in the schema: the compile budget
 * refuses one too long with 422, its length and the limit (the body limit
 * bounds what is read at all).
 */
const planText = z.string().min(1).meta({ description: `A plan document (YAML, or a CSV/TSV grid), at most ${LIMITS.planChars} characters` });

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => DateTime.fromISO(s).isValid, 'not a calendar date')
  .meta({ description: 'A calendar date, YYYY-MM-DD', example: '2026-01-05' });

/** A day a plan can start on, or a bundle begin: within what calendars and watches hold. */
export const planDateSchema = isoDateSchema
  .refine(startDateInRange, `a date from ${START_DATES.earliest} to ${START_DATES.latest}`)
  .meta({ description: `A calendar date, YYYY-MM-DD, from ${START_DATES.earliest} to ${START_DATES.latest}`, example: '2026-01-05' });

export const planSourceSchema = z
  .union([
    z.object({ template: z.string().min(1).max(100).meta({ description: 'A template name from GET /api/templates' }) }).strict(),
    z.object({ yaml: planText }).strict(),
    z.object({ library: z.string().min(1).max(100).meta({ description: 'A plan of the library by id (GET /api/plans)' }) }).strict(),
  ])
  .meta({ description: 'A shipped template by name, the plan text itself, or a plan of the library: changing that plan changes every athlete on it' });

const raceDate = planDateSchema.meta({
  description: "The day of the plan's race session (its last session): the plan is placed so that it lands on this day, whatever the weekday, and its weeks are counted back from it",
  example: '2027-04-17',
});

/**
 * The envelope accepts any object or YAML text for a profile; its content is
 * checked afterwards so that profile mistakes come back as 422 with the path
 * (or line) of each problem, like plan mistakes.
 */
const profileEnvelope = z.union([z.record(z.string(), z.unknown()), z.string().min(1).max(MAX_PROFILE_CHARS)]);

/** What the OpenAPI document shows for a profile. */
export const profileDocSchema = z
  .union([athleteSchema, z.string().max(MAX_PROFILE_CHARS).meta({ description: 'The same profile as YAML text' })])
  ;

export const createAthleteBody = z
  .object({
    profile: profileEnvelope,
    plan: planSourceSchema,
    start: planDateSchema
      .optional()
      .meta({ description: "Day 1 of week 1; default: next Monday in the athlete's zone. With `race`: the first day the athlete follows the plan (default: today); a plan longer than the time left starts part-way" }),
    race: raceDate.optional(),
    strict: z
      .boolean()
      .optional()
      .meta({ description: 'Refuse (422) a plan with sessions runcast cannot read, instead of keeping them as written' }),
  })
  .strict();

export const patchAthleteBody = z
  .object({
    profile: profileEnvelope.optional(),
    plan: planSourceSchema.optional(),
    start: planDateSchema.optional(),
    race: raceDate.nullable().optional().meta({ description: 'Place the plan by this race date; null: by `start` again' }),
    from: planDateSchema
      .optional()
      .meta({
        description:
          'With a new plan, start or race: the day the change takes effect. Everything before it stays on the calendar, the page and in the files as it was (the plan followed until then is kept); default: the whole plan is replaced',
      }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'The version the change is based on: 409 if the athlete changed since' }),
    strict: z
      .boolean()
      .optional()
      .meta({ description: 'Refuse (422) a plan with sessions runcast cannot read, instead of keeping them as written' }),
  })
  .strict()
  .refine((b) => b.profile !== undefined || b.plan !== undefined || b.start !== undefined || b.race !== undefined, {
    message: 'give at least one of profile, plan, start, race',
  });

export const compileBody = z
  .object({
    text: z.string().min(1).optional().meta({ description: `One session in shorthand, at most ${LIMITS.sessionChars} characters` }),
    plan: planText.optional(),
    athlete: profileEnvelope,
    start: planDateSchema.optional(),
    strict: z
      .boolean()
      .optional()
      .meta({ description: 'Refuse (422) a plan with sessions runcast cannot read, instead of keeping them as written' }),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.plan === undefined), { message: 'give exactly one of text, plan' });

/** The compile request as the route reads it: the body plus how to answer (JSON, words and chart, or a FIT file). */
export const compileRequest = compileBody
  .safeExtend({
    render: z
      .boolean()
      .default(false)
      .meta({
        description:
          "Add `rendered`: the session's (or the plan's first 100 sessions') steps in words with the athlete's paces, estimate and chart (SVG)",
      }),
    format: z
      .enum(['json', 'fit'])
      .default('json')
      .meta({ description: '`fit`: answer with the FIT workout file (application/vnd.ant.fit) instead of JSON' }),
    session: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .meta({ description: 'With `plan` and `format: fit`: the id of the session to write ("w1-wed-0") or its date' }),
  })
  .refine((b) => b.format !== 'fit' || b.text !== undefined || b.session !== undefined, {
    message: 'a FIT file of a plan is one session: give "session", a session id such as "w1-wed-0"',
    path: ['session'],
  });

export const athleteIdParams = z.object({ id: z.uuid() });

export const listAthletesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    after: z
      .string()
      .regex(/^\d{1,15}$/, { message: 'not a cursor: give the `next` of the previous page' })
      .optional()
      .meta({ description: 'The `next` cursor of the previous page' }),
  })
  .strict();

export const bundleQuery = z
  .object({
    days: z.coerce.number().int().min(1).max(MAX_BUNDLE_DAYS).default(MAX_BUNDLE_DAYS).meta({ description: 'Days covered: watches hold about four weeks' }),
    from: planDateSchema.optional().meta({ description: "First day; default today in the athlete's zone, or the plan's start if later" }),
  })
  .strict();

/* Responses */

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown(),
    }),
  })
  ;

export const diagnosticSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    line: z.number().int(),
    column: z.number().int(),
    offset: z.number().int(),
    length: z.number().int(),
    message: z.string(),
    hint: z.string().nullable(),
    file: z.string().nullable(),
    sourceLine: z.string().nullable(),
  })
  ;

export const linksSchema = z
  .object({
    page: z.url(),
    feed: z.url(),
    webcal: z.string(),
    schedule: z.url(),
    bundle: z.url(),
    sessions: z.string().meta({ description: 'Pattern of session downloads: replace {session} with a date or session id, {ext} with fit, tcx or workout' }),
  })
  .meta({ description: 'The private links; they embed the feed token, answered on creation, rotation and GET /api/athletes/{id}/links' });

export const athleteResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    profile: athleteSchema,
    plan: z.union([
      z.object({ template: z.string() }),
      z.object({ yaml: z.string() }),
      z.object({ library: z.string(), name: z.string(), version: z.number().int().meta({ description: 'The plan version the athlete follows now' }) }),
    ]),
    start: isoDateSchema,
    race: isoDateSchema.optional().meta({ description: 'Set when the plan is placed by its race' }),
    changes: z.array(z.unknown()).meta({ description: 'The coach\'s changes to sessions for this athlete alone (POST /api/athletes/:id/changes)' }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  ;

export const athleteWithLinksResponse = athleteResponse.extend({ links: linksSchema });

const planSummarySchema = z
  .union([
    z.object({ kind: z.literal('template'), template: z.string() }),
    z.object({ kind: z.literal('yaml'), bytes: z.number().int().meta({ description: "Size of the coach's plan document in bytes (UTF-8)" }) }),
    z.object({ kind: z.literal('library'), library: z.string(), name: z.string(), version: z.number().int() }),
  ])
  .meta({ description: 'The plan by template name, or the size of its document: its text is in GET /api/athletes/{id}' });

/** What a create or change tells the coach of the plan stored: it was accepted, and here is what runcast could not use. */
const planNotes = {
  diagnostics: z.array(diagnosticSchema).meta({
    description: "Every warning of the plan for this athlete, and the error of each session kept as written, each once, positioned in the plan (line, column)",
  }),
  kept: z
    .array(
      z.object({
        session: z.string().meta({ description: 'The session id ("w3-wed-0")' }),
        date: isoDateSchema.nullable(),
        text: z.string().meta({ description: 'The text as the coach wrote it' }),
        line: z.number().int(),
        column: z.number().int(),
        message: z.string().meta({ description: 'Why runcast could not read it' }),
      }),
    )
    .meta({ description: 'Sessions runcast could not read, kept as the coach wrote them (one open step on the watch); `strict: true` refuses them instead' }),
};

export const athleteCreatedResponse = athleteWithLinksResponse.extend(planNotes);
export const athleteChangedResponse = athleteResponse.extend(planNotes);

export const athleteListResponse = z.object({
  athletes: z.array(athleteResponse.extend({ plan: planSummarySchema })),
  next: z.string().nullable(),
  total: z.number().int(),
});

export const templatesResponse = z.object({
  templates: z.array(
    z.object({ name: z.string(), title: z.string(), description: z.string().nullable(), weeks: z.number().int() }),
  ),
});

export const compileResponse = z.object({
  workout: z.unknown().optional().meta({ description: 'The compiled session (IR), for `text`' }),
  runs: z.array(z.unknown()).optional().meta({ description: 'For `text` that holds two runs of one day ("… a.m., … p.m."): each run (IR), the first being `workout`' }),
  plan: z.unknown().optional().meta({ description: 'The compiled plan (IR), for `plan`' }),
  diagnostics: z.array(diagnosticSchema),
});

export const healthResponse = z.object({ status: z.literal('ok') });

/** A plan of the library: its id, as in the path. */
export const planIdParams = z.object({ id: z.uuid() });

export const createPlanBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional().meta({ description: "The plan's name in the library; default: the document's own name" }),
    text: planText.optional(),
    template: z.string().min(1).max(100).optional().meta({ description: 'Start from a shipped template (GET /api/templates): its text is copied into the library, to change as the coach likes' }),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.template === undefined), { message: 'give exactly one of text, template' });

export const changePlanBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    text: planText.optional(),
    version: z.number().int().min(1).optional().meta({ description: 'The plan version the change is based on: 409 if it changed since' }),
  })
  .strict()
  .refine((b) => b.name !== undefined || b.text !== undefined, { message: 'give at least one of name, text' });

const planSummary = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  athletes: z.number().int().meta({ description: 'Athletes following the plan' }),
});

export const planListResponse = z.object({ plans: z.array(planSummary) });

export const planResponse = z.object({
  id: z.string(),
  name: z.string(),
  text: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  weeks: z.number().int(),
  race: z.string().nullable().meta({ description: 'The race the plan declares ("pace" and "Race Day!" mean it), or null' }),
  athletes: z.array(z.string()).meta({ description: 'Ids of the athletes following it' }),
  warnings: z.array(z.unknown()).meta({ description: 'Positioned warnings, and the sessions kept as written, as compiled for the demo athlete' }),
});

export const planChangeResponse = planResponse.extend({
  touched: z.number().int().meta({ description: 'Athletes whose calendar, files and intervals.icu follow this change' }),
});
