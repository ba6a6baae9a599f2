/**
 * `runcast plans …` and `runcast athletes …` as a coach runs them: the real
 * bin, spawned, against a real service on 127.0.0.1 — one plan, three athletes
 * (one by a Saturday race), one edit, the links again — and the service's
 * refusals printed as file:line:col with the line, a caret and the hint.
 */
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnRuncast, type Spawned } from '../helpers/cli.js';
import { SecretBox } from '../../src/sync/intervals/secret.js';
import { ADMIN_TOKEN, pathOf, removeDir, startTestService, type TestService } from '../server/support/service.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => join(root, path);
const PLAN = at('fixtures/plans/half-block.yaml');
const NOW = new Date('2026-03-04T12:00:00Z'); // a Wednesday

let svc: TestService;
const scratch = mkdtempSync(join(tmpdir(), 'runcast-cli-remote-'));

beforeAll(async () => {
  svc = await startTestService({ now: () => NOW, config: { secretBox: new SecretBox(randomBytes(32)) } });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
  rmSync(scratch, { recursive: true, force: true });
});

/** The bin as a child process, on the test's service. */
function runcast(args: string[], env: Record<string, string | undefined> = {}): Promise<Spawned> {
  return spawnRuncast(args, { ...process.env, RUNCAST_URL: svc.url, RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN, ...env });
}

async function ok(args: string[]): Promise<string> {
  const r = await runcast(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** A port on 127.0.0.1 that nothing listens on: one just bound and let go. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

const json = async <T = Record<string, any>>(args: string[]) => JSON.parse(await ok([...args, '--json'])) as T;

interface Added {
  id: string;
  start: string;
  race?: string;
  links: { feed: string; page: string };
}

describe('one plan, three athletes, one edit, the links again', () => {
  let planId: string;
  const added: Added[] = [];

  it('stores the plan and says what it is', async () => {
    const out = await ok(['plans', 'add', PLAN]);
    const m = /^stored plan "Half block" as ([0-9a-f-]{36}): version 1, 2 weeks, race HM$/m.exec(out);
    expect(m, out).not.toBeNull();
    planId = m![1]!;
    expect(await ok(['plans', 'list'])).toContain(`${planId}  v1  0 athletes`);
  }, 120_000);

  it('adds three athletes of different fitness: two by start date, one by a Saturday race', async () => {
    const out = await ok(['athletes', 'add', '--athlete', at('fixtures/athletes/reference.yaml'), '--library', planId, '--start', '2026-03-09']);
    expect(out).toMatch(/^Jordan Miles \([0-9a-f-]{36}\), version 1$/m);
    expect(out).toMatch(/^ {2}placed: {4}from 2026-03-09$/m);
    const feed = /^ {2}feed: {6}(\S+)$/m.exec(out)![1]!;
    const jordan = (await json<{ athletes: Added[] }>(['athletes', 'list'])).athletes[0]!;
    added.push({ ...jordan, links: { feed, page: /^ {2}page: {6}(\S+)$/m.exec(out)![1]! } });
    added.push(await json<Added>(['athletes', 'add', '--athlete', at('fixtures/athletes/km-runner.yaml'), '--library', planId, '--start', '2026-03-16']));
    added.push(await json<Added>(['athletes', 'add', '--athlete', at('fixtures/athletes/explicit-paces.yaml'), '--library', planId, '--race', '2026-04-18']));
    expect(added[2]).toMatchObject({ race: '2026-04-18' });
    for (const a of added) expect((await svc.get(pathOf(a.links.feed))).status).toBe(200);
    // The race session is on the race day, a Saturday.
    const feed3 = await (await svc.get(pathOf(added[2]!.links.feed))).text();
    expect(feed3).toMatch(/DTSTART;VALUE=DATE:20260418[\s\S]*?SUMMARY:[^\n]*[Hh]alf marathon/);
  }, 120_000);

  it('one edit follows to all three: the command says how many it touched', async () => {
    const edited = join(scratch, 'half-block.yaml');
    writeFileSync(edited, readFileSync(PLAN, 'utf8').replace('6 x 800m @ 10K', '5 x 1000m @ 10K'));
    expect(await ok(['plans', 'edit', planId, edited])).toBe(`plan "Half block" (${planId}) is now version 2: touched 3 athletes\n`);
    for (const a of added) {
      const athlete = (await (await svc.api(`/api/athletes/${a.id}`)).json()) as { plan: { version: number } };
      expect(athlete.plan.version).toBe(2);
      expect(await (await svc.get(pathOf(a.links.feed))).text()).toMatch(/5×1000m/);
    }
    const show = await ok(['plans', 'show', planId]);
    expect(show).toContain('version 2, 2 weeks, race HM');
    expect(show).toContain(`followed by 3 athletes: ${added.map((a) => a.id).join(', ')}`);
    expect(show).toContain('wed: 5 x 1000m @ 10K w/ 90 sec jog');
  }, 120_000);

  it('shows the links again, the same as when added; a rotation ends them', async () => {
    const [jordan] = added;
    const again = await ok(['athletes', 'links', jordan!.id]);
    expect(again).toContain(`  feed:      ${jordan!.links.feed}\n`);
    expect(again).toContain(`  page:      ${jordan!.links.page}\n`);
    const rotated = await ok(['athletes', 'rotate', jordan!.id]);
    expect(rotated).toMatch(/new links; the old ones stopped working/);
    const feed = /^ {2}feed: {6}(\S+)$/m.exec(rotated)![1]!;
    expect(feed).not.toBe(jordan!.links.feed);
    expect((await svc.get(pathOf(jordan!.links.feed))).status).toBe(404);
    expect((await svc.get(pathOf(feed))).status).toBe(200);
  }, 120_000);

  it('lists and shows the athletes with their plan and placement', async () => {
    const list = await ok(['athletes', 'list']);
    expect(list.trim().split('\n')).toHaveLength(3);
    expect(list).toContain(`${added[2]!.id}  v2  race 2026-04-18  Sam Okafor — plan "Half block" v2 (${planId})`);
    const show = await ok(['athletes', 'show', added[1]!.id]);
    expect(show).toMatch(/^Lena Vogel \(.*\), version 2\n {2}plan: {6}plan "Half block" v2 .*\n {2}placed: {4}from 2026-03-16\n/);
    const moved = await ok(['athletes', 'edit', added[1]!.id, '--start', '2026-03-23']);
    expect(moved).toMatch(/^Lena Vogel \(.*\), version 3\n {2}plan: {6}plan "Half block" v2 .*\n {2}placed: {4}from 2026-03-23\n/);
  }, 120_000);

  it('refuses to delete a plan athletes follow, naming them', async () => {
    const r = await runcast(['plans', 'delete', planId]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`  athletes: ${added.map((a) => a.id).join(', ')}`);
    expect(r.stderr).toMatch(/runcast: Athletes follow this plan: give them another plan first\. \(HTTP 409 plan_in_use\)/);
  }, 120_000);
});

describe("the service's refusals, as the command line prints problems", () => {
  it('a plan with mistakes: file:line:col, the line, a caret and the hint; exit 1', async () => {
    const file = at('fixtures/plans/bad-day.yaml');
    const r = await runcast(['plans', 'add', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:5:5: error: weeks.0: unknown key 'tues'\n      tues: 45 min\n      ^^^^\n  hint: did you mean 'tue'?\n`);
    expect(r.stderr).toMatch(/runcast: The plan has errors\. \(HTTP 422 invalid_plan\)\n$/);
  }, 120_000);

  it('a profile with a mistake points into the profile file; a bad date names its flag', async () => {
    const file = at('fixtures/athletes/bad-timezone.yaml');
    const r = await runcast(['athletes', 'add', '--athlete', file, '--plan', PLAN]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:2:11: error: timezone: not an IANA time zone`);
    expect(r.stderr).toContain('  timezone: Europe/Londn\n');
    const date = await runcast(['athletes', 'add', '--athlete', at('fixtures/athletes/reference.yaml'), '--plan', PLAN, '--start', '2026-02-30']);
    expect(date.code).toBe(1);
    expect(date.stderr).toBe('  --start: not a calendar date\nruncast: The request body is not valid. (HTTP 400 invalid_request)\n');
  }, 120_000);

  it('an unknown id, a missing or wrong admin token, an unreachable service: one clear line each, exit 1', async () => {
    const unknown = await runcast(['athletes', 'show', '00000000-0000-4000-8000-000000000000']);
    expect(unknown).toMatchObject({ code: 1, stderr: `runcast: there is no athlete '00000000-0000-4000-8000-000000000000' on the service at ${svc.url}\n` });
    const none = await runcast(['plans', 'list'], { RUNCAST_ADMIN_TOKEN: undefined });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^runcast: set RUNCAST_ADMIN_TOKEN to the service's admin token/);
    const wrong = await runcast(['plans', 'list'], { RUNCAST_ADMIN_TOKEN: 'not-the-admin-token-0123456789' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/\(HTTP 403 forbidden\)\n {2}hint: RUNCAST_ADMIN_TOKEN must be the admin token/);
    const closed = await closedPort();
    const away = await runcast(['plans', 'list', '--url', `http://127.0.0.1:${closed}`]);
    expect(away.code).toBe(1);
    expect(away.stderr).toBe(`runcast: cannot reach the runcast service at http://127.0.0.1:${closed} (ECONNREFUSED): start it, or give its address with --url or RUNCAST_URL\n`);
  }, 120_000);

  it('a usage mistake exits 2 with the usage, before the service or the token is looked for', async () => {
    const r = await runcast(['athletes', 'promote', 'x'], { RUNCAST_ADMIN_TOKEN: undefined });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'athletes promote'[\s\S]*runcast athletes links <id>/);
  }, 120_000);

  it('links on a service without RUNCAST_SECRET_KEY: the reason and what to do', async () => {
    const bare = await startTestService({ now: () => NOW });
    try {
      const created = (await (
        await bare.api('/api/athletes', { method: 'POST', json: { profile: readFileSync(at('fixtures/athletes/km-runner.yaml'), 'utf8'), plan: { template: 'mile-8-week' } } })
      ).json()) as { id: string };
      const r = await runcast(['athletes', 'links', created.id, '--url', bare.url]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^runcast: The links cannot be shown again: RUNCAST_SECRET_KEY is not set on this server.*\(HTTP 503 links_unavailable\)\n$/);
    } finally {
      await bare.stop();
      removeDir(bare.dir);
    }
  }, 120_000);
});
