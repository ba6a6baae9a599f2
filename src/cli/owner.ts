/**
 * `runcast owner create --email <email> [--name <name>] [--link]`: an owner
 * account for the coach console, made in the service's database (RUNCAST_DATA
 * or DATABASE_URL) whether or not the service runs. The password is read from
 * standard input (a pipe), or asked for without echo at a terminal; with
 * --link a one-time link to choose it is printed instead.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { issueLink } from '../server/console/links.js';
import { hashPassword, passwordProblem } from '../server/console/passwords.js';
import { openStore } from '../store/open.js';
import { CliError, terminalSafe, type Io } from './io.js';

export const OWNER_HELP = `runcast owner create --email <email> [--name <name>] [--link]
    An owner account for the coach console. The password is read from standard
    input, or asked for at a terminal; with --link, a link to choose it (it
    works once, for a week) is printed instead. The database is the service's:
    RUNCAST_DATA, or DATABASE_URL.`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function ownerCommand(argv: string[], io: Io, readPassword: () => Promise<string> = passwordFromStdin, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { email: { type: 'string' }, name: { type: 'string' }, link: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`runcast: ${terminalSafe((e as Error).message)}\n\n${OWNER_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] !== 'create') {
    (values.help ? io.out : io.err)(OWNER_HELP);
    return values.help ? 0 : 2;
  }
  try {
    return await createOwner(values.email, values.name, values.link === true, io, readPassword, env);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    io.err(`runcast: ${terminalSafe(e.message)}`);
    return 1;
  }
}

async function createOwner(email: string | undefined, name: string | undefined, link: boolean, io: Io, readPassword: () => Promise<string>, env: NodeJS.ProcessEnv): Promise<number> {
  const address = email?.trim().toLowerCase();
  if (!address || !EMAIL.test(address)) throw new CliError('give the owner\'s email with --email, such as --email coach@example.com');
  const password = link ? undefined : await readPassword();
  const problem = password === undefined ? undefined : passwordProblem(password, address);
  if (problem) throw new CliError(problem);
  const config = loadConfig(env);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const now = new Date();
    const made = await store.accounts.createOwner({ id: randomUUID(), email: address, name: name?.trim() || address.split('@')[0]!, passwordHash: password === undefined ? null : await hashPassword(password), now: now.toISOString() });
    if (made === 'email_taken') throw new CliError(`${address} already has an account`);
    await store.accounts.addAudit({ at: now.toISOString(), coachId: made.id, coachEmail: made.email, action: 'coach.owner-created', target: { kind: 'coach', id: made.id, name: made.name }, detail: { via: 'command line' } });
    if (password !== undefined) {
      io.out(`owner ${made.email} created: sign in at ${config.publicUrl ?? `http://localhost:${config.port || 3000}`}/console/sign-in`);
      return 0;
    }
    const publicUrl = config.publicUrl ?? `http://localhost:${config.port || 3000}`;
    const issued = await issueLink({ store, now: () => now, publicUrl: () => publicUrl }, 'invite', made.id);
    io.out(`owner ${made.email} created; choose the password with this link (it works once, until ${issued.expires}):\n  ${issued.url}`);
    return 0;
  } finally {
    await store.close();
  }
}

/** The password from a pipe (its first line), or typed at a terminal without being shown. */
async function passwordFromStdin(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write('Password for the owner (not shown): ');
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (key: string) => {
        for (const ch of key) {
          if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
          if (ch === '\u0003') return done(() => reject(new CliError('cancelled')));
          typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
        }
      };
      const done = (then: () => void) => {
        stdin.off('data', onData);
        stdin.pause();
        process.stderr.write('\n');
        then();
      };
      stdin.on('data', onData);
      stdin.resume();
    });
  } finally {
    stdin.setRawMode(false);
  }
}
