/** Reading input files and writing outputs for the command line. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, isAbsolute } from 'node:path';
import type { Athlete } from '../athlete/athlete.js';
import { DEMO_ATHLETE } from '../athlete/demo.js';
import { loadAthlete, makeAthlete } from '../athlete/load.js';
import { formatDiagnostic, type Diagnostic } from '../ir/diagnostic.js';
import type { OutputFile } from '../writers/registry.js';

export class CliError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** The athlete from --athlete, or the demo athlete when none is given. */
export function athleteFrom(path: string | undefined, io: Io): Athlete {
  if (!path) return makeAthlete(DEMO_ATHLETE);
  const { athlete, diagnostics } = loadAthlete(readText(path), path);
  printDiagnostics(diagnostics, io);
  if (!athlete) throw new CliError(`the athlete profile ${path} has errors`);
  return athlete;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) io.err(formatDiagnostic(d));
}

/** Writes files under `dir`, refusing any path that would leave it. */
export function writeOutputs(dir: string, files: OutputFile[]): string[] {
  const written: string[] = [];
  for (const f of files) {
    const rel = normalize(f.path);
    if (isAbsolute(rel) || rel.startsWith('..')) throw new CliError(`refusing to write outside ${dir}: ${f.path}`);
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.data);
    written.push(target);
  }
  return written;
}

export function writeOne(path: string, file: OutputFile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.data);
}
