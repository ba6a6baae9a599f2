/**
 * `runcast plans …` and `runcast athletes …`: the coach's library and athletes
 * on a running service, through its JSON API, or on its database directly. Arguments are read here, apart
 * from the local commands', because these take flags of their own (--url, --json).
 */
import { parseArgs } from 'node:util';
import { athletesCommand } from './athletes.js';
import { CliError, terminalSafe, type Io } from './io.js';
import { plansCommand } from './plans.js';
import { databaseFrom, onDatabase } from './local.js';
import { ApiError, DEFAULT_URL, printApiError, remoteOptions, ServiceClient, type RemoteContext } from './service.js';

export const REMOTE_HELP = `runcast plans … / runcast athletes … — the plan library and the athletes of a running service

Usage:
  runcast plans list
  runcast plans show <id>
  runcast plans add <plan file> [--name <name>]
  runcast plans edit <id> [<plan file>] [--name <name>]
      Every athlete on the plan follows the edit; it says how many it touched.
  runcast plans delete <id>
  runcast athletes list
  runcast athletes show <id>
  runcast athletes add --athlete <profile file> (--plan <plan file> | --library <plan id> | --template <name>)
                       [--start YYYY-MM-DD] [--race YYYY-MM-DD] [--strict]
      --start: day 1 of week 1 (default: next Monday). --race: the plan's race
      session lands on that day, its weeks counted back. Prints the private links.
  runcast athletes edit <id> [--athlete <file>] [--plan <file> | --library <id> | --template <name>]
                        [--start YYYY-MM-DD] [--race YYYY-MM-DD | --no-race] [--strict]
  runcast athletes links <id>
      The private links again (the service needs RUNCAST_SECRET_KEY).
  runcast athletes rotate <id>
      New links; the old ones stop working at once.
  runcast athletes delete <id>

The service is at --url, else RUNCAST_URL, else ${DEFAULT_URL}; the admin token is read from
RUNCAST_ADMIN_TOKEN. With --db <runcast.db or its folder, or a postgres:// URL> (or DATABASE_URL
set, and no --url or RUNCAST_URL) the commands work on the database directly, with no service
running or with one: the same checks and answers, and a running service serves what they change. --json prints the service's answer as it is. Plan files are YAML, CSV or TSV;
profile files are YAML. Problems the service finds are shown as file:line:col with the line,
a caret and the hint.`;

/** What each group does; anything else is a usage mistake, told before the service is asked. */
const ACTIONS: Record<string, string[]> = {
  plans: ['list', 'show', 'add', 'edit', 'delete'],
  athletes: ['list', 'show', 'add', 'edit', 'links', 'rotate', 'delete'],
};

export const REMOTE_COMMANDS = Object.keys(ACTIONS);

/** `argv` starts with the group (plans, athletes). Exit codes: 0 done, 1 refused or failed, 2 a usage mistake. */
export async function remoteCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: remoteOptions, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`runcast: ${terminalSafe((e as Error).message)}\n\n${REMOTE_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [group, action, ...rest] = positionals;
  if (values.help || !action) {
    io.out(REMOTE_HELP);
    return values.help ? 0 : 2;
  }
  if (!ACTIONS[group!]?.includes(action)) {
    io.err(`runcast: unknown command '${terminalSafe(`${group} ${action}`)}'\n\n${REMOTE_HELP}`);
    return 2;
  }
  const ctx: Partial<RemoteContext> = { io, values, files: {} };
  const run = (client: ServiceClient) => (group === 'plans' ? plansCommand : athletesCommand)(action, rest, { ...ctx, client } as RemoteContext);
  try {
    const db = databaseFrom(values.db, values.url, env);
    if (db) return await onDatabase(db, env, run);
    ctx.client = ServiceClient.from(values.url, env);
    return await run(ctx.client);
  } catch (e) {
    if (e instanceof ApiError) printApiError(e, ctx.files!, io);
    else io.err(`runcast: ${e instanceof CliError ? '' : 'internal error: '}${terminalSafe(e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}
