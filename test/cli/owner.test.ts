/**
 * `runcast owner create`: an owner made in the service's database from the
 * command line, with the password from standard input or a one-time link to
 * choose it; the first owner takes over what was made before accounts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownerCommand } from '../../src/cli/owner.js';
import { passwordMatches } from '../../src/server/console/passwords.js';
import { hashToken } from '../../src/server/tokens.js';
import { openStore } from '../../src/store/open.js';

let dir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runcast-owner-'));
  env = { RUNCAST_DATA: dir, PUBLIC_URL: 'https://runcast.club.example' };
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], password = 'a long enough password') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await ownerCommand(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, async () => password, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('runcast owner create', () => {
  it('makes an owner with the password read in, who then signs in with it; the same email twice is refused', async () => {
    const made = await run(['create', '--email', 'Olga@Club.example', '--name', 'Olga']);
    expect(made).toMatchObject({ code: 0, err: '' });
    expect(made.out).toBe('owner olga@club.example created: sign in at https://runcast.club.example/console/sign-in');
    const store = await openStore({ dataDir: dir });
    try {
      const owner = (await store.accounts.coachForSignIn('olga@club.example'))!;
      expect(owner).toMatchObject({ role: 'owner', name: 'Olga', active: true });
      expect(await passwordMatches(owner.passwordHash, 'a long enough password')).toBe(true);
      expect((await store.accounts.auditPage(10)).entries[0]).toMatchObject({ action: 'coach.owner-created', detail: { via: 'command line' } });
    } finally {
      await store.close();
    }
    expect(await run(['create', '--email', 'olga@club.example'])).toMatchObject({ code: 1, err: 'runcast: olga@club.example already has an account' });
  });

  it('with --link prints a one-time link to choose the password instead', async () => {
    const made = await run(['create', '--email', 'olga@club.example', '--link']);
    expect(made.code).toBe(0);
    const link = /https:\/\/runcast\.club\.example\/console\/invite\?token=([A-Za-z0-9_-]{32})/.exec(made.out)!;
    const store = await openStore({ dataDir: dir });
    try {
      const open = await store.accounts.openLink(hashToken(link[1]!), new Date().toISOString());
      expect(open).toMatchObject({ purpose: 'invite', coach: { email: 'olga@club.example', role: 'owner', active: false } });
    } finally {
      await store.close();
    }
  });

  it('refuses a short password, a missing email and an unknown subcommand, with what to do', async () => {
    expect(await run(['create', '--email', 'olga@club.example'], 'short')).toMatchObject({ code: 1, err: 'runcast: Choose a password of at least 10 characters.' });
    expect((await run(['create'])).err).toContain('give the owner\'s email with --email');
    const wrong = await run(['delete']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('runcast owner create --email <email>');
  });
});
