/**
 * What the operator of a real `npm start` process sees: a start that would
 * hand athletes wrong links is refused, and the request log of the athletes'
 * links says which athlete and which client, never the token.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FAST_LIMITS, listeningUrl, spawnServer, type Child } from './support/child.js';
import { removeDir, tempDir } from './support/service.js';

const ADMIN = 'operator-test-admin-token-0123456789';
const dirs: string[] = [];
const children: Child[] = [];
/** Each test starts a real service: slow on a busy machine. */
const SLOW = { timeout: 120_000 };

afterEach(() => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
  for (const d of dirs.splice(0)) removeDir(d);
});

function start(env: Record<string, string>): Child {
  const dir = tempDir();
  dirs.push(dir);
  const child = spawnServer({ RUNCAST_DATA: dir, PORT: '0', LOG_LEVEL: 'info', RUNCAST_ADMIN_TOKEN: ADMIN, ...FAST_LIMITS, ...env });
  children.push(child);
  return child;
}

interface RequestLine {
  msg: string;
  path: string;
  status: number;
  athlete?: string;
  client?: string;
  userAgent?: string;
}

/** The request lines logged so far: JSON lines on stdout (the banner is plain text). */
function requestLines(child: Child): RequestLine[] {
  return child
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as RequestLine)
    .filter((l) => l.msg === 'request');
}

/** Waits for `count` request lines on the feed (lines go out in batches, at most 250 ms apart). */
async function feedLines(child: Child, count: number): Promise<RequestLine[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const lines = requestLines(child).filter((l) => l.path.endsWith('/calendar.ics'));
    if (lines.length >= count || Date.now() > deadline) return lines;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('PUBLIC_URL', () => {
  it('HOST=0.0.0.0 without PUBLIC_URL refuses to start, naming the variable (athletes were handed localhost links)', SLOW, async () => {
    const child = start({ HOST: '0.0.0.0' });
    expect(await child.exited).toBe(2);
    expect(child.stdout()).not.toMatch(/listening/);
    expect(child.stderr()).toMatch(/^runcast: invalid configuration:\n {2}PUBLIC_URL: the service listens on 0\.0\.0\.0, beyond this machine, .*set PUBLIC_URL \(such as https:\/\/runcast\.example\.com/);
  });
});

describe('the request log of the athletes\' links', () => {
  it("names the athlete (never the token) and the client's address and user-agent (an operator could not tell whether a calendar polls)", SLOW, async () => {
    const child = start({ HOST: '127.0.0.1' });
    const url = await listeningUrl(child);
    const feed = new URL(/feed: +(\S+)/.exec(child.stdout())![1]!);
    const token = feed.pathname.split('/')[2]!;
    const list = (await (await fetch(`${url}/api/athletes`, { headers: { authorization: `Bearer ${ADMIN}` } })).json()) as { athletes: { id: string }[] };
    const id = list.athletes[0]!.id;

    const polled = await fetch(`${url}${feed.pathname}`, { headers: { 'user-agent': 'iOS/18.1 (22B83) dataaccessd/1.0', 'x-forwarded-for': '203.0.113.9' } });
    expect(polled.status).toBe(200);
    const unknown = await fetch(`${url}/a/${'x'.repeat(32)}/calendar.ics`, { headers: { 'user-agent': 'Google-Calendar-Importer' } });
    expect(unknown.status).toBe(404);

    const [hit, miss] = await feedLines(child, 2);
    // Without TRUST_PROXY, X-Forwarded-For is the client's word, not its address.
    expect(hit).toMatchObject({ path: '/a/[redacted]/calendar.ics', status: 200, athlete: id, client: '127.0.0.1', userAgent: 'iOS/18.1 (22B83) dataaccessd/1.0' });
    expect(miss).toMatchObject({ status: 404, client: '127.0.0.1', userAgent: 'Google-Calendar-Importer' });
    expect(miss!.athlete).toBeUndefined();
    const log = child.stdout().slice(child.stdout().indexOf('{'));
    expect(log).not.toContain(token);
  });

  it('behind a proxy (TRUST_PROXY=1) the client is the address the proxy forwarded', SLOW, async () => {
    const child = start({ HOST: '127.0.0.1', TRUST_PROXY: '1' });
    const url = await listeningUrl(child);
    const feed = new URL(/feed: +(\S+)/.exec(child.stdout())![1]!);
    const polled = await fetch(`${url}${feed.pathname}`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(polled.status).toBe(200);
    const [line] = await feedLines(child, 1);
    expect(line).toMatchObject({ status: 200, client: '203.0.113.9' });
    expect(line!.athlete).toMatch(/^[0-9a-f-]{36}$/);
  });
});
