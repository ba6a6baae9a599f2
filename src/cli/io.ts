/** Reading input files and writing outputs for the command line. */
import { accessSync, closeSync, constants, fstatSync, openSync, readSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, normalize, isAbsolute, resolve } from 'node:path';
import { makeFolder } from '../files/make-folder.js';
import type { Athlete } from '../athlete/athlete.js';
import { DEMO_ATHLETE } from '../athlete/demo.js';
import { loadAthlete, makeAthlete, MAX_PROFILE_CHARS } from '../athlete/load.js';
import { formatDiagnostic, type Diagnostic } from '../ir/diagnostic.js';
import type { OutputFile } from '../writers/registry.js';

export class CliError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * The text of a plan or profile file, read only from a regular file and never
 * more than a text of `maxChars` characters can take: a link to /dev/zero, a
 * named pipe or a huge file is refused before it is read (or waited for).
 * UTF-8 takes at most 3 bytes per character, so a longer file cannot be within
 * the limit; one within it is read whole and its characters counted by the caller.
 */
export function readText(path: string, maxChars: number, what: string): string {
  let fd: number;
  try {
    // Non-blocking, so opening a named pipe with no writer returns at once (and is then refused).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${openFailure(e as NodeJS.ErrnoException)}`);
  }
  try {
    const kind = notAFile(fstatSync(fd));
    if (kind) throw new CliError(`cannot read ${path}: it is ${kind}, not a file`);
    const maxBytes = 3 * maxChars;
    const bytes = readAtMost(fd, maxBytes + 1);
    if (bytes.length > maxBytes) throw new CliError(`cannot read ${path}: it is larger than any ${what} runcast reads (at most ${maxChars.toLocaleString('en-US')} characters)`);
    return bytes.toString('utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

function openFailure(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  // A Unix socket cannot be opened as a file.
  if (e.code === 'ENXIO') return 'it is a socket, not a file';
  return e.message;
}

function notAFile(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'a device';
}

/** Up to `limit` bytes from the file, however it is read in pieces. */
function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.allocUnsafe(limit);
  let length = 0;
  while (length < limit) {
    const got = readSync(fd, buffer, length, limit - length, null);
    if (got === 0) break;
    length += got;
  }
  return buffer.subarray(0, length);
}

/** The athlete from --athlete, or the demo athlete when none is given. */
export function athleteFrom(path: string | undefined, io: Io): Athlete {
  if (!path) return makeAthlete(DEMO_ATHLETE);
  const { athlete, diagnostics } = loadAthlete(readText(path, MAX_PROFILE_CHARS, 'athlete profile'), path);
  printDiagnostics(diagnostics, io);
  if (!athlete) throw new CliError(`the athlete profile ${path} has errors`);
  return athlete;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) io.err(terminalSafe(formatDiagnostic(d)));
}

/**
 * Text from the user's files made harmless for a terminal: each control
 * character (an ESC would start an escape sequence) is shown as its symbol
 * from Unicode's Control Pictures, one column wide like the character it
 * stands for, so carets under a line still line up. Tabs and line ends stay.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/**
 * An output file or folder the command can write, checked before any work:
 * an existing path of the right kind, or one whose nearest existing folder
 * is writable. Writing may still fail (a full disk); that is reported too.
 */
export function checkOutput(path: string, kind: 'file' | 'folder', flag: string): void {
  const full = resolve(path);
  const stat = statOf(full);
  if (stat) {
    if (kind === 'folder' && !stat.isDirectory()) throw new CliError(`${flag} ${path} is a file, not a folder`);
    if (kind === 'file' && stat.isDirectory()) throw new CliError(`${flag} ${path} is a folder, not a file`);
    writable(stat.isDirectory() ? full : dirname(full), flag, path);
    if (!stat.isDirectory()) writable(full, flag, path);
    return;
  }
  let parent = dirname(full);
  let found = statOf(parent);
  while (!found) found = statOf((parent = dirname(parent)));
  if (!found.isDirectory()) throw new CliError(`${flag} ${path}: ${parent} is a file, not a folder`);
  writable(parent, flag, path);
}

/** What is at `path`, or undefined when nothing is (a file where a folder should be above it counts as nothing). */
function statOf(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

function writable(target: string, flag: string, path: string): void {
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new CliError(`${flag} ${path}: ${target} is not writable`);
  }
}

/** Writes files under `dir`, refusing any path that would leave it. */
export function writeOutputs(dir: string, files: OutputFile[]): string[] {
  const written: string[] = [];
  for (const f of files) {
    const rel = normalize(f.path);
    if (isAbsolute(rel) || rel.startsWith('..')) throw new CliError(`refusing to write outside ${dir}: ${f.path}`);
    const target = join(dir, rel);
    writeFile(target, f.data);
    written.push(target);
  }
  return written;
}

export function writeOne(path: string, file: OutputFile): void {
  writeFile(path, file.data);
}

function writeFile(path: string, data: OutputFile['data']): void {
  try {
    makeFolder(dirname(path));
    writeFileSync(path, data);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = { EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'the disk is full', EROFS: 'the file system is read-only', EISDIR: 'it is a folder', ENOTDIR: 'part of the path is a file, not a folder', ENOENT: 'its folder cannot be created' }[err.code ?? ''];
    throw new CliError(`cannot write ${path}: ${why ?? err.message}`);
  }
}
