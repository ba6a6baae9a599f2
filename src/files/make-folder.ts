/**
 * `mkdir -p` one folder at a time. Node's own recursive mkdir loops forever
 * on some paths (under /proc it keeps getting ENOENT and retrying), which
 * would hang the command line or the service at start; this one fails with
 * the error of the first folder that cannot be made.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: 'ENOTDIR', path: p });
      break;
    }
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      // Made meanwhile by someone else: what matters is that it is there.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw err;
    }
  }
}
