/** The `runcast` command line. */
import { parseArgs } from 'node:util';
import { formatPaceTable } from '../paces/print.js';
import { makeAthlete } from '../athlete/load.js';
import { guessAs, readAs } from '../writers/read-as.js';
import type { Units } from '../units/format.js';
import { CliError, athleteFrom, checkOutput, printDiagnostics, readText, terminalSafe, writeOne, writeOutputs, type Io } from './io.js';
import { isBudgetError, LIMITS } from '../compiler/budget.js';
import { compilePlan, compileRuns, loadPlan, planReport } from '../compiler/index.js';
import { hasErrors } from '../ir/diagnostic.js';
import { getWriter, writerNames, type OutputFile, type WriterOptions } from '../writers/index.js';
import type { CompiledPlan, Workout } from '../ir/workout.js';
import { WriterError } from '../writers/errors.js';
import { DEVICE_PROFILES, profileLine } from '../writers/fit/profile.js';
import { syncIntervals } from './sync.js';
import { backupDatabase } from './backup.js';
import { REMOTE_COMMANDS, remoteCommand } from './remote.js';
import { ownerCommand } from './owner.js';

const HELP = `runcast — coach shorthand in, watch workouts and calendar feeds out

Usage:
  runcast check <plan> [--athlete <file>] [--explain]
      Read every session of a plan (YAML, CSV or TSV) and report problems
      as file:line:col with the line and a caret. A session runcast cannot
      read is kept as written (its text on the calendar, one open step on the
      watch) and reported. Ends with "N sessions: R read, K kept as written,
      W warnings". Exit 1 when any session is kept as written, or on errors.
      --explain prints each session's text and what runcast read it as.
  runcast workout "<shorthand>" [--athlete <file>] [--format text|json|fit|tcx|workoutkit] [-o <file>] [--device <name>]
      Compile one session, for trying things out. A day of several runs
      ("5 miles a.m., 4 miles p.m.") gives one workout per run: with --format
      json, one array of them; with fit, tcx or workoutkit, -o writes a file per run.
      Session text may start with a dash ("- 4 miles easy"); -- ends the options.
  runcast compile <plan> [--athlete <file>] [--start YYYY-MM-DD] [--format <format>] [--out <dir>]
                  [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--days N] [--device <name>] [--rest-days] [--strict]
      Compile a whole plan dated from --start and write it in a format.
      Sessions runcast cannot read are kept as written and reported; with
      --strict such a plan is refused and nothing is written.
      FIT and zip: --device picks the watch's limits (default: the athlete
      profile's device, else conservative); --from is the schedule's first day;
      --rest-days puts rest days on the watch too.
  runcast paces --race "<distance> <time>" [--goal "<distance> <time>"] [--model vdot|riegel] [--units mi|km]
      Print the pace table for a race result, such as --race "mile 6:00".
  runcast sync intervals --plan <plan> --start YYYY-MM-DD --intervals-athlete <id> [--athlete <file>] [--dry-run]
      Put the dated plan on the athlete's intervals.icu calendar, from where it
      reaches Garmin Connect and the watch. The API key is read from the
      INTERVALS_API_KEY environment variable. Running it again updates the
      same events, and deletes those the plan no longer has.
  runcast backup <file>
      Copy the service's embedded database (RUNCAST_DATA/runcast.db) to a new
      file while the service runs, and check the copy. PostgreSQL: pg_dump.
  runcast plans list|show|add|edit|delete …
  runcast athletes list|show|add|edit|links|rotate|delete …
      The plan library and the athletes of a running service (--url or
      RUNCAST_URL, admin token in RUNCAST_ADMIN_TOKEN), or of its database
      directly (--db <runcast.db>, or DATABASE_URL): runcast plans --help.
  runcast owner create --email <email> [--name <name>] [--link]
      An owner account for the coach console (password from standard input,
      or asked for; --link prints a one-time link to choose it).
  runcast formats
      List the output formats.
  runcast devices
      List the device profiles: name, steps, nesting, name bytes, schedule size.

Without --athlete the demo athlete is used (6:00 mile, goal 5:45, miles).
Formats: ${'%FORMATS%'}`;

const options = {
  athlete: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  start: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  days: { type: 'string' },
  race: { type: 'string' },
  goal: { type: 'string' },
  model: { type: 'string' },
  units: { type: 'string' },
  'base-url': { type: 'string' },
  device: { type: 'string' },
  'rest-days': { type: 'boolean' },
  plan: { type: 'string' },
  'intervals-athlete': { type: 'string' },
  'dry-run': { type: 'boolean' },
  strict: { type: 'boolean' },
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const stdio: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

/**
 * Piped into `head`, the reader goes away: stop there, quietly, with the
 * status a shell gives a Unix tool that SIGPIPE ended (128 + 13), not a stack trace.
 */
function endQuietlyWhenReaderLeaves(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(141);
    });
  }
}

/**
 * A coach's bullet ("- 4 miles easy") is session text, not an option: no
 * option name has a space after its dashes. Such an argument is marked so
 * that parseArgs takes it as a positional, and unmarked after; an argument
 * that starts with the mark already is marked again, so none is changed.
 * `--` ends the options as usual.
 */
const MARK = '\u2063';
const marked = (arg: string) => (/^-+\s/.test(arg) || arg.startsWith(MARK) ? MARK + arg : arg);
const unmarked = <T>(value: T): T => (typeof value === 'string' && value.startsWith(MARK) ? (value.slice(1) as T) : value);

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv.map(marked), options, allowPositionals: true, strict: true });
  for (const key of Object.keys(values) as (keyof typeof values)[]) values[key] = unmarked(values[key]) as never;
  return { values, positionals: positionals.map(unmarked) };
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  // A running service's plans and athletes take flags of their own.
  if (REMOTE_COMMANDS.includes(argv[0] ?? '')) return remoteCommand(argv, io);
  if (argv[0] === 'owner') return ownerCommand(argv.slice(1), io);
  const help = HELP.replace('%FORMATS%', writerNames().join(', '));
  if (io === stdio) endQuietlyWhenReaderLeaves();
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    io.err(`runcast: ${terminalSafe((e as Error).message)}\n\n${help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.out(help);
    return command || values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'check':
        return check(need(rest[0], 'a plan file'), values.athlete, io, values.explain === true);
      case 'workout':
        return workout(need(rest.join(' ') || undefined, 'the session text in quotes'), values, io);
      case 'compile':
        return compile(need(rest[0], 'a plan file'), values, io);
      case 'paces':
        return paces(values, io);
      case 'sync':
        return await sync(rest, values, io);
      case 'backup':
        return await backupDatabase(need(rest[0], 'the backup file to write'), process.env, io);
      case 'formats':
        for (const name of writerNames()) io.out(`${name.padEnd(9)} ${getWriter(name)!.description}`);
        return 0;
      case 'devices':
        for (const profile of Object.values(DEVICE_PROFILES)) io.out(profileLine(profile));
        return 0;
      default:
        io.err(`runcast: unknown command '${terminalSafe(command)}'\n\n${help}`);
        return 2;
    }
  } catch (e) {
    // One line, never a stack trace: the input's problem, or (for a bug) what went wrong.
    const known = e instanceof CliError || e instanceof WriterError || isBudgetError(e);
    const message = e instanceof Error ? e.message : String(e);
    io.err(`runcast: ${known ? '' : 'internal error: '}${terminalSafe(message).replace(/\s*\n\s*/g, ' ')}`);
    if (e instanceof WriterError && e.diagnostic.hint) io.err(`  hint: ${terminalSafe(e.diagnostic.hint)}`);
    return 1;
  }
}

/** A plan file, read within the plan's size limit, as a plan document. */
function readPlan(file: string) {
  return loadPlan(readText(file, LIMITS.planChars, 'plan'), file);
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new CliError(`missing ${what}`);
  return value;
}

type Values = { [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'boolean' ? boolean : string };

function check(file: string, athletePath: string | undefined, io: Io, explain = false): number {
  const athlete = athleteFrom(athletePath, io);
  const { plan, diagnostics } = readPlan(file);
  printDiagnostics(diagnostics, io);
  if (!plan) return 1;
  const compiled = compilePlan(plan, athlete);
  printDiagnostics(compiled.diagnostics, io);
  if (explain) explainSessions(compiled, io);
  const report = planReport(compiled);
  const errors = report.errors.length + diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.warnings.length + diagnostics.filter((d) => d.severity === 'warning').length;
  const n = compiled.sessions.length;
  const kept = report.kept.length;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  io.out(`${file}: ${plural(n, 'session')}: ${n - kept} read, ${kept} kept as written, ${plural(warnings, 'warning')}${errors ? `, ${plural(errors, 'error')}` : ''}`);
  return errors > 0 || kept > 0 ? 1 : 0;
}

/** "w3 wed  6 x 800m @ 5K w/ 90 s jog" and, under it, what runcast read it as. */
function explainSessions(compiled: CompiledPlan, io: Io): void {
  for (const s of compiled.sessions) {
    const where = s.slot ? `w${s.slot.week} ${s.slot.day}` : s.id;
    io.out(`${where}  ${terminalSafe(s.source.trim().replace(/\s*\n\s*/g, ' / '))}`);
    io.out(`  ${s.asWritten ? keptLine(s, compiled.athlete.units) : `read as: ${terminalSafe(readAs(s, compiled.athlete.units))}`}`);
  }
}

/** "kept as written", and the compiler's best guess at the session when it made one. */
function keptLine(s: Workout, units: Units): string {
  const guess = guessAs(s, units);
  return guess ? `kept as written; best guess, not used: ${terminalSafe(guess)}` : 'kept as written';
}

/**
 * A compiled plan may be written: errors no plan survives stop it; sessions kept as written are
 * reported, and stop it only with --strict.
 */
function writable(compiled: CompiledPlan, values: Values, io: Io): boolean {
  const { kept, errors } = planReport(compiled);
  if (errors.length > 0) return false;
  if (kept.length === 0) return true;
  const which = kept.map((s) => s.id).join(', ');
  if (values.strict) {
    io.err(`runcast: --strict: ${kept.length} session${kept.length === 1 ? '' : 's'} could not be read (${which}); nothing was written`);
    return false;
  }
  io.err(`note: ${kept.length} session${kept.length === 1 ? ' is' : 's are'} kept as written (${which}): their text goes on the calendar, one open step on the watch`);
  return true;
}

/** Writer options from the flags; the device from --device, else the athlete profile's. */
function writerOptions(values: Values, device?: string): WriterOptions {
  const o: WriterOptions = {};
  if (values.device ?? device) o.device = values.device ?? device;
  if (values['rest-days']) o.restDays = true;
  if (values.from) o.from = values.from;
  if (values.to) o.to = values.to;
  if (values.days) {
    const days = Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 366) throw new CliError('--days takes a whole number from 1 to 366');
    o.days = days;
  }
  if (values['base-url']) o.baseUrl = values['base-url'];
  return o;
}

/** Formats that say what to run, not when: a plan without --start is fine for them. */
const UNDATED_FORMATS = ['text', 'json', 'intervals'];

function writerFor(name: string | undefined, fallback: string) {
  const format = name ?? fallback;
  const writer = getWriter(format);
  if (!writer) throw new CliError(`unknown format '${format}' (formats: ${writerNames().join(', ')})`);
  return writer;
}

function workout(text: string, values: Values, io: Io): number {
  if (values.out) checkOutput(values.out, 'file', '-o');
  const athlete = athleteFrom(values.athlete, io);
  // "Recovery 5 miles a.m., 4 miles p.m.": each run of the day is a workout of its own.
  const runs = compileRuns(text, athlete);
  for (const w of runs) printDiagnostics(w.diagnostics, io);
  if (runs.some((w) => hasErrors(w.diagnostics))) return 1;
  const writer = writerFor(values.format, 'text');
  const options = writerOptions(values, athlete.profile.device);
  const files = runs.map((w) => {
    const plan: CompiledPlan = {
      name: 'Workout',
      athlete: { name: athlete.profile.name, timezone: athlete.profile.timezone, units: athlete.profile.units },
      weeks: 1,
      sessions: [w],
      diagnostics: [],
    };
    return writer.writeWorkout ? writer.writeWorkout(w, plan, options) : writer.writePlan(plan, options)[0]!;
  });
  if (values.out) {
    files.forEach((file, k) => {
      const out = k === 0 ? values.out! : values.out!.replace(/(\.[^./\\]+)?$/, (ext) => `-run${k + 1}${ext}`);
      writeOne(out, file);
      io.out(`wrote ${out}`);
    });
  } else io.out(standardOutput(files, writer.name));
  printNotes(files, io);
  return 0;
}

/** Formats a reader takes one run after another; any other writes one document per file. */
const READ_IN_SEQUENCE = ['text', 'intervals'];

/**
 * What the day's runs print as: one run as its document; several as one JSON
 * array, or text one run after another. Other formats hold one run per
 * document, so several need -o (a file per run).
 */
function standardOutput(files: readonly OutputFile[], format: string): string {
  const texts = files.map((file) => {
    if (typeof file.data !== 'string') throw new CliError(`the ${format} format is binary: give -o <file>`);
    return file.data.trimEnd();
  });
  if (texts.length === 1 || READ_IN_SEQUENCE.includes(format)) return texts.join('\n');
  if (format === 'json') return JSON.stringify(texts.map((t) => JSON.parse(t) as unknown), null, 2);
  throw new CliError(`the day has ${texts.length} runs, and a ${format} document holds one: give -o <file> (a file for each run)`);
}

function compile(file: string, values: Values, io: Io): number {
  if (values.out) checkOutput(values.out, 'folder', '--out');
  const athlete = athleteFrom(values.athlete, io);
  const { plan, diagnostics } = readPlan(file);
  printDiagnostics(diagnostics, io);
  if (!plan || hasErrors(diagnostics)) return 1;
  const compiled = compilePlan(plan, athlete, values.start ? { start: values.start } : {});
  printDiagnostics(compiled.diagnostics, io);
  if (!writable(compiled, values, io)) return 1;
  const writer = writerFor(values.format, 'text');
  if (!UNDATED_FORMATS.includes(writer.name) && !compiled.start) throw new CliError(`--start is needed for the ${writer.name} format, so sessions have dates`);
  const files = writer.writePlan(compiled, writerOptions(values, athlete.profile.device));
  if (!values.out) {
    if (files.length === 1 && typeof files[0]!.data === 'string') {
      io.out(files[0]!.data.trimEnd());
      printNotes(files, io);
      return 0;
    }
    throw new CliError(`the ${writer.name} format writes ${files.length} file(s): give --out <dir>`);
  }
  for (const path of writeOutputs(values.out, files)) io.out(`wrote ${path}`);
  // What the files leave out is said once they are written.
  printNotes(files, io);
  return 0;
}

function printNotes(files: readonly OutputFile[], io: Io): void {
  for (const f of files) for (const note of f.notes ?? []) io.err(`note: ${note}`);
}

async function sync(rest: string[], values: Values, io: Io): Promise<number> {
  if (rest[0] !== 'intervals') throw new CliError(`sync to where? The one target is intervals: runcast sync intervals --plan <plan> …`);
  const file = need(values.plan ?? rest[1], 'a plan: --plan <file>');
  if (!values.start) throw new CliError('--start is needed, so sessions have dates on the calendar');
  const athlete = athleteFrom(values.athlete, io);
  const { plan, diagnostics } = readPlan(file);
  printDiagnostics(diagnostics, io);
  if (!plan || hasErrors(diagnostics)) return 1;
  const compiled = compilePlan(plan, athlete, { start: values.start });
  printDiagnostics(compiled.diagnostics, io);
  if (!writable(compiled, values, io)) return 1;
  return syncIntervals(
    { plan: compiled, athlete, dryRun: values['dry-run'] === true, env: process.env, ...(values['intervals-athlete'] ? { intervalsAthlete: values['intervals-athlete'] } : {}) },
    io,
  );
}

/** "mile 6:00", "5K 20:29", "HM 1:34:06", "1500 4:50". */
function raceArg(text: string, flag: string): { distance: string; time: string } {
  const m = /^\s*(\S+(?:\s+marathon)?)\s+(\d[\d:.]*)\s*$/i.exec(text);
  if (!m) throw new CliError(`${flag} takes a distance and a time, such as "mile 6:00" or "5K 20:29"`);
  return { distance: m[1]!, time: m[2]! };
}

function paces(values: Values, io: Io): number {
  if (!values.race) throw new CliError('missing --race, such as --race "mile 6:00"');
  const model = values.model ?? 'vdot';
  if (model !== 'vdot' && model !== 'riegel') throw new CliError('--model is vdot or riegel');
  const units = values.units ?? 'mi';
  if (units !== 'mi' && units !== 'km') throw new CliError('--units is mi or km');
  let athlete;
  try {
    athlete = makeAthlete({
      name: 'Athlete',
      units,
      fitness: { race: raceArg(values.race, '--race'), ...(values.goal ? { goal: raceArg(values.goal, '--goal') } : {}), model },
    });
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  io.out(formatPaceTable(athlete, units));
  return 0;
}

export type { Workout };
