/**
 * The command line as a client of a running runcast service: its JSON API
 * through Node's fetch, with the admin token from the environment, and the
 * API's refusals printed the way the command line prints any diagnostic.
 */
import { z } from 'zod';
import type { Diagnostic } from '../ir/diagnostic.js';
import { CliError, printDiagnostics, terminalSafe, type Io } from './io.js';

/** Where the service is when neither --url nor RUNCAST_URL says: its own default address. */
export const DEFAULT_URL = 'http://127.0.0.1:3000';

/** An edit of a plan followed by many athletes checks each of them first: it may take a while. */
const TIMEOUT_MS = 120_000;

/** The service refused the request, with its error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }) });

const apiDiagnostic = z.object({
  severity: z.enum(['error', 'warning']),
  line: z.number(),
  column: z.number(),
  offset: z.number(),
  length: z.number(),
  message: z.string(),
  hint: z.string().nullable().optional(),
  sourceLine: z.string().nullable().optional(),
});

const details = z.object({
  diagnostics: z.array(apiDiagnostic).optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string(), hint: z.string().nullable().optional() })).optional(),
  line: z.number().nullable().optional(),
  column: z.number().nullable().optional(),
  athletes: z.array(z.string()).optional(),
});

export class ServiceClient {
  constructor(
    readonly url: string,
    private readonly token: string,
    /** How the service is named in messages: its address, or the database the command works on. */
    readonly where = `on the service at ${url}`,
  ) {}

  /** --url, else RUNCAST_URL, else the service's default address; the admin token from RUNCAST_ADMIN_TOKEN. */
  static from(url: string | undefined, env: NodeJS.ProcessEnv): ServiceClient {
    const base = (url ?? env['RUNCAST_URL'] ?? DEFAULT_URL).trim().replace(/\/+$/, '');
    if (!/^https?:\/\/[^/\s]+/.test(base)) throw new CliError(`the service address must be an http(s) URL such as ${DEFAULT_URL} (--url or RUNCAST_URL)`);
    const token = env['RUNCAST_ADMIN_TOKEN']?.trim();
    if (!token) {
      throw new CliError(
        "set RUNCAST_ADMIN_TOKEN to the service's admin token (printed on its first start, or the one it was started with); " +
          'it is read from the environment so that it never shows in the shell history or the process list',
      );
    }
    return new ServiceClient(base, token);
  }

  /** The JSON answer of a call, or ApiError with the service's reason; an unreachable service is a CliError. */
  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new CliError(`cannot reach the runcast service at ${this.url} (${reason(err)}): start it, or give its address with --url or RUNCAST_URL`);
    }
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CliError(`${this.url} answered HTTP ${res.status} with something other than runcast's JSON: is it the runcast service?`);
    }
    if (res.ok) return parsed as T;
    const error = errorBody.safeParse(parsed);
    if (!error.success) throw new CliError(`${this.url} answered HTTP ${res.status} without a runcast error: is it the runcast service?`);
    const { code, message } = error.data.error;
    throw new ApiError(res.status, code, message, error.data.error.details);
  }
}

function reason(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `no answer in ${TIMEOUT_MS / 1000} s`;
  return e.cause?.code ?? e.cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/** The file each kind of refusal points into: the profile for a profile's problems, the plan otherwise. */
export interface SentFiles {
  plan?: string;
  profile?: string;
}

/** Request fields by the flag that gave them, so a 400 speaks of what the user typed. */
const FLAGS: Record<string, string> = { start: '--start', race: '--race', name: '--name', text: 'the plan file' };

function issueWhere(path: string, files: SentFiles): string {
  if (path === 'profile' || path.startsWith('profile.')) return `${files.profile ?? 'the profile'}${path.slice('profile'.length).replace(/^\./, ': ')}`;
  return FLAGS[path.split('.')[0]!] ?? (path || 'the request');
}

/** The service's refusal as the command line shows problems: positioned diagnostics, then one line saying what was refused. */
export function printApiError(err: ApiError, files: SentFiles, io: Io): void {
  const d = details.safeParse(err.details ?? {});
  const found = d.success ? d.data : {};
  const file = (err.code === 'invalid_athlete' || err.code === 'invalid_stored_athlete' ? files.profile : files.plan) ?? '<service>';
  printDiagnostics((found.diagnostics ?? []).map((x) => toDiagnostic(x, file)), io);
  for (const issue of found.issues ?? []) {
    io.err(terminalSafe(`  ${issueWhere(issue.path, files)}: ${issue.message}${issue.hint ? ` (hint: ${issue.hint})` : ''}`));
  }
  if (err.code === 'over_budget' && typeof found.line === 'number') io.err(terminalSafe(`${file}:${found.line}:${found.column ?? 1}: error: ${err.message}`));
  if (found.athletes?.length) io.err(`  athletes: ${found.athletes.join(', ')}`);
  io.err(terminalSafe(`runcast: ${err.message.replace(/\s*\n\s*/g, ' ')} (HTTP ${err.status} ${err.code})`));
  if (err.status === 401 || err.status === 403) io.err(`  hint: RUNCAST_ADMIN_TOKEN must be the admin token of the service at the address given`);
}

export function toDiagnostic(d: z.output<typeof apiDiagnostic>, file: string): Diagnostic {
  const { hint, sourceLine, ...at } = d;
  return { ...at, file, ...(hint ? { hint } : {}), ...(sourceLine !== null && sourceLine !== undefined ? { sourceLine } : {}) };
}

/** A plan's warnings as the service answers them, printed against the local file. */
export function printWarnings(warnings: unknown, file: string, io: Io): void {
  const list = z.array(apiDiagnostic).safeParse(warnings);
  if (!list.success) return;
  printDiagnostics(list.data.map((w) => toDiagnostic(w, file)), io);
  // The library stores a plan with sessions it cannot read: they are kept as written, as `runcast compile` keeps them.
  const kept = list.data.filter((w) => w.severity === 'error').length;
  if (kept > 0) io.err(`note: ${kept === 1 ? 'the session above is' : `the ${kept} sessions above are`} kept as written: their text goes on the calendar, one open step on the watch`);
}

/** The flags of `runcast plans …` and `runcast athletes …`. */
export const remoteOptions = {
  url: { type: 'string' },
  db: { type: 'string' },
  athlete: { type: 'string' },
  plan: { type: 'string' },
  library: { type: 'string' },
  template: { type: 'string' },
  start: { type: 'string' },
  race: { type: 'string' },
  'no-race': { type: 'boolean' },
  name: { type: 'string' },
  strict: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type RemoteValues = { [K in keyof typeof remoteOptions]?: (typeof remoteOptions)[K]['type'] extends 'boolean' ? boolean : string };

/** What a remote command works with; it names the files it sends, so the service's problems point into them. */
export interface RemoteContext {
  client: ServiceClient;
  io: Io;
  values: RemoteValues;
  files: SentFiles;
}

export function need(value: string | undefined, what: string): string {
  if (!value) throw new CliError(`missing ${what}`);
  return value;
}

/** A path segment for an id the user typed. */
export const seg = (id: string) => encodeURIComponent(id);

/** The service's 404 for an id, said with the id and the service. */
export async function byId<T>(ctx: RemoteContext, kind: string, id: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && e.code === 'not_found') throw new CliError(`there is no ${kind} '${id}' ${ctx.client.where}`);
    throw e;
  }
}

/** The answer as it is, with --json; otherwise the lines made from it. */
export function print(ctx: RemoteContext, answer: unknown, lines: () => string[]): number {
  if (ctx.values.json) ctx.io.out(JSON.stringify(answer, null, 2));
  else for (const line of lines()) ctx.io.out(terminalSafe(line));
  return 0;
}
