/**
 * `runcast plans …` and `runcast athletes …` straight on the database (--db,
 * DATABASE_URL): the real bin, spawned, on the runcast.db of a service that
 * is running meanwhile. The commands answer as they do through the service,
 * and what they write the running service serves: the new plan version, the
 * followers' versions bumped, the edited session in the feed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteCommand } from '../../src/cli/remote.js';
import { spawnRuncast, type Spawned } from '../helpers/cli.js';
import { freshDatabase, type TestDatabase } from '../support/postgres.js';
import { ADMIN_TOKEN, pathOf, removeDir, startTestService, type TestService } from '../server/support/service.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => join(root, path);
const PLAN = at('fixtures/plans/half-block.yaml');
const NOW = new Date('2026-03-04T12:00:00Z');

let svc: TestService;
let db: string;
const scratch = mkdtempSync(join(tmpdir(), 'runcast-cli-local-'));

beforeAll(async () => {
  svc = await startTestService({ now: () => NOW });
  db = join(svc.dir, 'runcast.db');
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
  rmSync(scratch, { recursive: true, force: true });
});

type Run = Spawned;

/** The bin as a child process, with no service address nor admin token unless given. */
function runcast(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return spawnRuncast(args, { ...process.env, RUNCAST_URL: undefined, RUNCAST_ADMIN_TOKEN: undefined, DATABASE_URL: undefined, ...env });
}

async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await runcast(args, env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The commands in this process, for the answers alone (writes go through the spawned bin: another process). */
async function inProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let [stdout, stderr] = ['', ''];
  const code = await remoteCommand(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, env);
  return { code, stdout, stderr };
}

async function same(args: string[]): Promise<void> {
  const direct = await inProcess([...args, '--db', db]);
  const served = await inProcess([...args, '--url', svc.url], { RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN });
  expect(direct.stderr).toBe('');
  expect(direct, args.join(' ')).toEqual(served);
}

describe('on the database of a running service', () => {
  let planId: string;
  let athlete: { id: string; links: { feed: string } };

  it('stores a plan and adds an athlete, which the running service then serves', async () => {
    const out = await ok(['plans', 'add', PLAN, '--db', db]);
    planId = /^stored plan "Half block" as ([0-9a-f-]{36}): version 1, 2 weeks, race HM$/m.exec(out)![1]!;
    const added = JSON.parse(await ok(['athletes', 'add', '--athlete', at('fixtures/athletes/reference.yaml'), '--library', planId, '--start', '2026-03-09', '--db', db, '--json'])) as typeof athlete;
    athlete = added;
    const seen = (await (await svc.api(`/api/plans/${planId}`)).json()) as { version: number; athletes: string[] };
    expect(seen).toMatchObject({ version: 1, athletes: [added.id] });
    // The link names the service's address, never the command's own.
    expect((await svc.get(pathOf(added.links.feed))).status).toBe(200);
  }, 300_000);

  it('answers as the service does, to the letter', async () => {
    for (const args of [['plans', 'list'], ['plans', 'show', planId], ['athletes', 'list'], ['athletes', 'show', athlete.id]]) await same(args);
  }, 300_000);

  it('an edit follows to the athlete on the running service: version up, the session changed in its feed', async () => {
    const before = (await (await svc.api(`/api/athletes/${athlete.id}`)).json()) as { version: number };
    const edited = join(scratch, 'half-block.yaml');
    writeFileSync(edited, readFileSync(PLAN, 'utf8').replace('6 x 800m @ 10K', '5 x 1000m @ 10K'));
    expect(await ok(['plans', 'edit', planId, edited, '--db', svc.dir])).toBe(`plan "Half block" (${planId}) is now version 2: touched 1 athlete\n`);
    const after = (await (await svc.api(`/api/athletes/${athlete.id}`)).json()) as { version: number; plan: { version: number } };
    expect(after.version).toBe(before.version + 1);
    expect(after.plan.version).toBe(2);
    expect(await (await svc.get(pathOf(athlete.links.feed))).text()).toMatch(/5×1000m/);
  }, 300_000);

  it('says which database has no such athlete, and refuses a database that is not there', async () => {
    const unknown = await inProcess(['athletes', 'show', '00000000-0000-4000-8000-000000000000', '--db', db]);
    expect(unknown).toMatchObject({ code: 1, stderr: `runcast: there is no athlete '00000000-0000-4000-8000-000000000000' in the database ${db}\n` });
    const missing = join(scratch, 'nowhere', 'runcast.db');
    const away = await inProcess(['plans', 'list', '--db', missing]);
    expect(away).toMatchObject({ code: 1, stderr: `runcast: there is no database at ${missing} (--db)\n` });
    expect(existsSync(missing)).toBe(false);
    const both = await inProcess(['plans', 'list', '--db', db, '--url', svc.url]);
    expect(both).toMatchObject({ code: 1, stderr: 'runcast: --db and --url say different places: give one\n' });
  }, 300_000);
});

describe('on PostgreSQL, found by DATABASE_URL', () => {
  let pgService: TestService;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await freshDatabase();
    pgService = await startTestService({ config: { databaseUrl: database.url } });
  });

  afterAll(async () => {
    await pgService.stop();
    removeDir(pgService.dir);
    await database.drop();
  });

  it('stores a plan the running service then lists, and answers as the service does', async () => {
    const added = await inProcess(['plans', 'add', PLAN, '--json'], { DATABASE_URL: database.url });
    expect(added.stderr).toBe('');
    const { id } = JSON.parse(added.stdout) as { id: string };
    const listed = (await (await pgService.api('/api/plans')).json()) as { plans: { id: string }[] };
    expect(listed.plans.map((p) => p.id)).toEqual([id]);
    const direct = await inProcess(['plans', 'show', id], { DATABASE_URL: database.url });
    expect(direct).toEqual(await inProcess(['plans', 'show', id, '--url', pgService.url], { RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN, DATABASE_URL: database.url }));
  }, 300_000);
});
