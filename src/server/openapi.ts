/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes
 * validate with (zod's own JSON Schema output, which is what OpenAPI 3.1 uses).
 */
import { z } from 'zod';
import {
  athleteListResponse,
  athleteResponse,
  athleteWithLinksResponse,
  athleteCreatedResponse,
  athleteChangedResponse,
  bundleQuery,
  compileRequest,
  compileResponse,
  createAthleteBody,
  errorResponse,
  healthResponse,
  listAthletesQuery,
  patchAthleteBody,
  profileDocSchema,
  templatesResponse,
  changePlanBody,
  createPlanBody,
  planChangeResponse,
  planListResponse,
  planResponse,
} from './schemas.js';
import { sessionChangeSchema } from '../plan/changes.js';
import { intervalsLinkBody, intervalsStatusResponse, unlinkQuery } from './routes/intervals.js';

type Json = Record<string, unknown>;

function schema(s: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete out.$schema;
  return out;
}

function withProperty(object: Json, name: string, value: Json): Json {
  return { ...object, properties: { ...(object.properties as Json), [name]: value } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function json(description: string, body: Json) {
  return { description, content: { 'application/json': { schema: body } } };
}

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), json(ERROR_TEXT[s] ?? 'Error', ref('Error'))]));

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed JSON or a request that does not match the schema',
  401: 'No bearer token',
  403: 'Wrong bearer token',
  404: 'Not found',
  409: 'The athlete changed since the version given',
  413: 'Body too large',
  415: 'Body is not JSON',
  422: 'The profile or plan has errors: details.diagnostics (line, column, message, hint) or details.issues (path, message); or it is over the compile budget (over_budget: details.limit, figure, max, line, column; limit compileMs when it took longer to compile than its time budget)',
  429: 'Rate limited',
  502: 'intervals.icu failed; the details say how',
  503: 'Not available: the database cannot be reached or takes no writes (storage_unavailable: details.reason), too many plans are being compiled (busy, with Retry-After), an athlete changed by other processes too often at once (busy), or intervals.icu linking on a server without RUNCAST_SECRET_KEY (intervals_unavailable)',
};

function queryParameters(s: z.ZodObject) {
  const js = schema(s, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, p]) => ({
    name,
    in: 'query',
    required: js.required?.includes(name) ?? false,
    schema: p,
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
  }));
}

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const tokenParam = { name: 'token', in: 'path', required: true, schema: { type: 'string' }, description: 'The feed token' };
const admin = [{ bearer: [] }];

function file(mediaType: string, description: string) {
  return {
    description,
    headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
    content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
  };
}

const notModified = { description: 'Unchanged since the ETag sent in If-None-Match' };

export function openApiDocument(serverUrl: string): Json {
  // The routes accept any object as a profile and check it afterwards (for 422s with paths); the document shows the real shape.
  const createBody = withProperty(schema(createAthleteBody, 'input'), 'profile', ref('AthleteProfile'));
  const patchBody = withProperty(schema(patchAthleteBody, 'input'), 'profile', ref('AthleteProfile'));
  const compile = withProperty(schema(compileRequest, 'input'), 'athlete', ref('AthleteProfile'));

  return {
    openapi: '3.1.0',
    info: {
      title: 'runcast',
      version: '1',
      description:
        'Coach shorthand in, structured workouts out: athletes, their plans, and private feed links (calendar, FIT, TCX).',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "The admin token (the owner's: every athlete and plan), or a coach's API token from the console (that coach's athletes and plans)" } },
      schemas: {
        Error: schema(errorResponse, 'output'),
        AthleteProfile: schema(profileDocSchema, 'input'),
        Athlete: schema(athleteResponse, 'output'),
        AthleteWithLinks: schema(athleteWithLinksResponse, 'output'),
        AthleteCreated: schema(athleteCreatedResponse, 'output'),
        AthleteChanged: schema(athleteChangedResponse, 'output'),
        IntervalsStatus: schema(intervalsStatusResponse, 'output'),
      },
    },
    paths: {
      '/healthz': { get: { summary: 'Health check', responses: { 200: json('Healthy', schema(healthResponse, 'output')), 503: json('Shutting down, database unavailable, or database taking no writes (details.reason)', ref('Error')) } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } } },
      '/api/templates': {
        get: { summary: 'Plan templates shipped with the service', security: admin, responses: { 200: json('Templates', schema(templatesResponse, 'output')), ...errors(401, 403) } },
      },
      '/api/plans': {
        get: { summary: 'The plan library: every plan with how many athletes follow it', security: admin, responses: { 200: json('Plans', schema(planListResponse, 'output')), ...errors(401, 403) } },
        post: {
          summary: 'Store a plan once (YAML, or a CSV/TSV grid); athletes follow it with plan: {library: id}',
          security: admin,
          requestBody: { required: true, content: { 'application/json': { schema: schema(createPlanBody, 'input') } } },
          responses: { 201: json('Stored', schema(planResponse, 'output')), ...errors(400, 401, 403, 413, 415, 422, 503) },
        },
      },
      '/api/plans/{id}': {
        parameters: [idParam],
        get: { summary: 'One plan, its text and its followers', security: admin, responses: { 200: json('The plan', schema(planResponse, 'output')), ...errors(401, 403, 404) } },
        patch: {
          summary: 'Change a plan: every athlete on it follows at once (feeds, files, intervals.icu); answers how many it touched',
          security: admin,
          requestBody: { required: true, content: { 'application/json': { schema: schema(changePlanBody, 'input') } } },
          responses: { 200: json('Changed', schema(planChangeResponse, 'output')), ...errors(400, 401, 403, 404, 409, 413, 415, 422, 503) },
        },
        delete: { summary: 'Delete a plan no athlete follows (409 plan_in_use otherwise, with their ids)', security: admin, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404, 409) } },
      },
      '/api/athletes': {
        get: {
          summary: 'List athletes, a page at a time (no tokens; each plan by template name or document size, not its text)',
          security: admin,
          parameters: queryParameters(listAthletesQuery),
          responses: { 200: json('A page of athletes', schema(athleteListResponse, 'output')), ...errors(400, 401, 403) },
        },
        post: {
          summary: 'Add an athlete with a plan; answers the private links (again later with GET /api/athletes/{id}/links when the server has RUNCAST_SECRET_KEY)',
          security: admin,
          requestBody: { required: true, content: { 'application/json': { schema: createBody } } },
          responses: { 201: json("Created: the athlete, its private links, and the plan's warnings and kept sessions", ref('AthleteCreated')), ...errors(400, 401, 403, 413, 415, 422, 503) },
        },
      },
      '/api/athletes/{id}': {
        parameters: [idParam],
        get: { summary: 'One athlete', security: admin, responses: { 200: json('The athlete', ref('Athlete')), ...errors(401, 403, 404) } },
        patch: {
          summary: 'Change profile, plan or start date; the feed and downloads follow at once',
          security: admin,
          requestBody: { required: true, content: { 'application/json': { schema: patchBody } } },
          responses: { 200: json("Updated: the athlete, and the plan's warnings and kept sessions", ref('AthleteChanged')), ...errors(400, 401, 403, 404, 409, 413, 415, 422, 503) },
        },
        delete: { summary: 'Delete the athlete; their links stop working', security: admin, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) } },
      },
      '/api/athletes/{id}/changes': {
        parameters: [idParam],
        get: { summary: "The coach's changes to this athlete's sessions", security: admin, responses: { 200: { description: 'The changes: { changes: [...] }' }, ...errors(401, 403, 404) } },
        post: {
          summary: 'Move, skip or rewrite one session (by id "w3-wed-0" or date) or add one, for this athlete alone; kept through plan edits',
          security: admin,
          requestBody: { required: true, content: { 'application/json': { schema: schema(sessionChangeSchema, 'input') } } },
          responses: { 201: { description: 'The change and the athlete\'s new version' }, ...errors(400, 401, 403, 404, 409, 413, 415, 422, 503) },
        },
      },
      '/api/athletes/{id}/changes/{change}': {
        parameters: [idParam, { name: 'change', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        delete: { summary: 'Undo one change: the session is back as the plan has it', security: admin, responses: { 204: { description: 'Undone' }, ...errors(401, 403, 404) } },
      },
      '/api/athletes/{id}/links': {
        parameters: [idParam],
        get: {
          summary: "The athlete's private links again, as on creation (the feed token is kept sealed with RUNCAST_SECRET_KEY)",
          description:
            'Links can be shown again for tokens issued while the server had a RUNCAST_SECRET_KEY (at creation or rotation). Otherwise: 409 links_not_kept (rotate the token for links that can be) or 503 links_unavailable (no key on this server).',
          security: admin,
          responses: {
            200: json('The links', ref('AthleteWithLinks')),
            ...errors(401, 403, 404),
            409: json('links_not_kept: the token was not kept (issued without a server key) or does not open with this key; rotate it (details.rotate)', ref('Error')),
            503: json('links_unavailable: the server has no RUNCAST_SECRET_KEY', ref('Error')),
          },
        },
      },
      '/api/athletes/{id}/token': {
        parameters: [idParam],
        post: { summary: 'Rotate the feed token: old links stop working at once (and the new token is kept for GET …/links when the server has a key)', security: admin, responses: { 200: json('New links', ref('AthleteWithLinks')), ...errors(401, 403, 404) } },
      },
      '/api/athletes/{id}/intervals': {
        parameters: [idParam],
        put: {
          summary: 'Link the athlete to intervals.icu (athlete id and API key) and push the dated plan there',
          description:
            'The API key is stored encrypted with RUNCAST_SECRET_KEY and never returned. The plan is pushed in the background, and again whenever the athlete changes; the answer is the state of the pushes.',
          security: admin,
          requestBody: { required: true, content: { 'application/json': { schema: schema(intervalsLinkBody, 'input') } } },
          responses: { 200: json('Linked; a push is on its way', ref('IntervalsStatus')), ...errors(400, 401, 403, 404, 413, 415, 503) },
        },
        get: {
          summary: 'The state of the pushes to intervals.icu: last push, last error, next retry',
          security: admin,
          responses: { 200: json('The link', ref('IntervalsStatus')), ...errors(401, 403, 404) },
        },
        delete: {
          summary: 'Unlink; with events=delete, first remove from intervals.icu every event runcast pushed',
          security: admin,
          parameters: queryParameters(unlinkQuery),
          responses: { 204: { description: 'Unlinked' }, ...errors(400, 401, 403, 404, 409, 502) },
        },
      },
      '/api/athletes/{id}/intervals/push': {
        parameters: [idParam],
        post: {
          summary: 'Push the whole plan to intervals.icu now (every event sent again)',
          security: admin,
          responses: { 202: json('Queued', ref('IntervalsStatus')), ...errors(401, 403, 404, 503) },
        },
      },
      '/api/compile': {
        post: {
          summary: 'Compile one session (text) or a plan for an athlete, without storing anything',
          description: 'Open without a token for the playground (120 requests a minute, 32 KiB bodies); with a bearer token it must be the admin token or a coach\'s API token.',
          security: [...admin, {}],
          requestBody: { required: true, content: { 'application/json': { schema: compile } } },
          responses: {
            200: {
              description: 'Compiled workouts (IR), or the FIT file with format "fit"',
              content: {
                'application/json': { schema: schema(compileResponse, 'output') },
                'application/vnd.ant.fit': { schema: { type: 'string', format: 'binary' } },
              },
            },
            ...errors(400, 401, 403, 404, 413, 415, 422, 429, 503),
          },
        },
      },
      '/a/{token}/calendar.ics': {
        parameters: [tokenParam],
        get: { summary: 'Calendar feed', responses: { 200: file('text/calendar', 'iCalendar feed'), 304: notModified, ...errors(404, 429) } },
      },
      '/a/{token}/sessions/{session}.{ext}': {
        parameters: [
          tokenParam,
          { name: 'session', in: 'path', required: true, schema: { type: 'string' }, description: 'A date (YYYY-MM-DD: the day’s first session) or a session id ("w3-wed-0")' },
          { name: 'ext', in: 'path', required: true, schema: { type: 'string', enum: ['fit', 'tcx', 'workout'] } },
        ],
        get: {
          summary: 'One workout for the watch',
          responses: {
            200: {
              description: 'FIT or TCX workout, or a WorkoutKit .workout file for the Apple Watch (running sessions); a rest day is none: 422 for each',
              content: { 'application/vnd.ant.fit': {}, 'application/vnd.garmin.tcx+xml': {}, 'application/octet-stream': {} },
            },
            304: notModified,
            ...errors(404, 422, 429),
          },
        },
      },
      '/a/{token}/schedule.fit': {
        parameters: [tokenParam],
        get: { summary: 'FIT schedule of the coming sessions', responses: { 200: file('application/vnd.ant.fit', 'FIT schedule from today; no entries once the plan is over'), 304: notModified, ...errors(404, 429) } },
      },
      '/a/{token}/bundle.zip': {
        parameters: [tokenParam, ...queryParameters(bundleQuery)],
        get: { summary: 'Workouts and schedule for USB copy onto a watch', responses: { 200: file('application/zip', 'Zip bundle'), 304: notModified, ...errors(400, 404, 429) } },
      },
    },
  };
}
