/**
 * Schema validation with libxml2's xmllint, the reference consumer for TCX.
 * The XSD is Garmin's, vendored in fixtures/reference (see its README).
 * A missing xmllint is a failure, not a skip: a green run must mean "validated".
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TCX_XSD = resolve(REPO_ROOT, 'fixtures/reference/TrainingCenterDatabasev2.xsd');

export interface XmllintResult {
  valid: boolean;
  /** xmllint's messages (it prints "- validates" or the errors on stderr). */
  output: string;
}

/** Validates one document against an XSD (the TCX schema unless told otherwise). */
export function xmllintValidate(xml: string, xsd: string = TCX_XSD, bin = 'xmllint'): XmllintResult {
  if (!existsSync(xsd)) throw new Error(`XSD not found at ${xsd}`);
  const r = spawnSync(bin, ['--noout', '--nonet', '--schema', xsd, '-'], { input: xml, encoding: 'utf8' });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'xmllint is not installed; install it (Debian: apt-get install -y libxml2-utils) — TCX tests need it'
        : `xmllint could not run: ${r.error.message}`,
    );
  }
  return { valid: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}
