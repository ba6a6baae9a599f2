/** ./bin/runcast.js as a real process: the checkout runs without a build step. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('bin/runcast.js', () => {
  it('--help prints the usage on stdout and exits 0', () => {
    const r = spawnSync(process.execPath, ['bin/runcast.js', '--help'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Usage:/);
    expect(r.stdout).toMatch(/runcast workout "<shorthand>"/);
    expect(r.stderr).toBe('');
  });

  it('a session with a mistake exits 1 with the diagnostic on stderr', () => {
    const r = spawnSync(process.execPath, ['bin/runcast.js', 'workout', '6 x 400m @ 5K w/ 400m jgo'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("hint: did you mean 'jog'?");
  });
});
