/**
 * `runcast sync intervals`: puts a dated plan on an athlete's intervals.icu
 * calendar from the command line, the way the service does for a linked
 * athlete. With no store of its own, it learns what it pushed before from
 * intervals.icu itself (the events whose external_id it made), so running it
 * again updates in place, sends only what changed and deletes the sessions
 * the plan no longer has.
 */
import type { Athlete } from '../athlete/athlete.js';
import type { CompiledPlan } from '../ir/workout.js';
import { IntervalsClient, IntervalsError, INTERVALS_URL, type RemoteEvent } from '../sync/intervals/client.js';
import { changesFor, eventHash, externalIdPrefix, planEvents, type IntervalsEvent } from '../sync/intervals/events.js';
import { CliError, type Io } from './io.js';

export interface SyncInput {
  plan: CompiledPlan;
  athlete: Athlete;
  /** --intervals-athlete, else INTERVALS_ATHLETE_ID. */
  intervalsAthlete?: string;
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
}

/** The command line's events are its own: the service's are named by the athlete's id instead. */
const OWNER = 'cli';

/** How far around the plan to look for events pushed before: a plan moved by up to a year is still found. */
const SEARCH_DAYS = 366;

export async function syncIntervals(input: SyncInput, io: Io): Promise<number> {
  const { plan, env } = input;
  const apiKey = env['INTERVALS_API_KEY']?.trim();
  if (!apiKey) {
    throw new CliError(
      "set INTERVALS_API_KEY to the athlete's intervals.icu API key (intervals.icu → Settings → Developer Settings); " +
        'it is read from the environment so that it never shows in the shell history or the process list',
    );
  }
  const athleteId = (input.intervalsAthlete ?? env['INTERVALS_ATHLETE_ID'] ?? '').trim();
  if (!/^i?\d{1,12}$/.test(athleteId)) {
    throw new CliError('give the intervals.icu athlete id with --intervals-athlete (such as i12345; it is on intervals.icu → Settings)');
  }
  const dates = plan.sessions.map((s) => s.date).filter((d): d is string => d !== undefined).sort();
  if (dates.length === 0) throw new CliError('the plan has no dated sessions: give --start');

  const client = new IntervalsClient({ athleteId, apiKey }, { baseUrl: env['RUNCAST_INTERVALS_URL'] || INTERVALS_URL });
  const desired = planEvents(plan, { owner: OWNER, times: input.athlete.profile.times });
  try {
    const remote = await client.list(shift(dates[0]!, -SEARCH_DAYS), shift(dates[dates.length - 1]!, SEARCH_DAYS));
    const known = new Map(ours(remote).map((e) => [e.external_id, eventHash(e)]));
    const { upserts, deletes } = changesFor(desired, known);
    const created = upserts.filter((u) => !known.has(u.event.external_id)).length;
    const [updated, unchanged] = [upserts.length - created, desired.length - upserts.length];
    if (input.dryRun) {
      io.out(
        `intervals.icu athlete ${athleteId}: ${created} to create, ${updated} to update, ${deletes.length} to delete, ${unchanged} unchanged (dry run: nothing sent)`,
      );
      for (const u of upserts) io.out(`  ${known.has(u.event.external_id) ? 'update' : 'create'} ${u.event.start_date_local.slice(0, 10)} ${u.event.name}`);
      for (const d of deletes) io.out(`  delete ${d}`);
      return 0;
    }
    await client.upsert(upserts.map((u) => u.event));
    await client.deleteByExternalId(deletes);
    io.out(`intervals.icu athlete ${athleteId}: ${created} created, ${updated} updated, ${deletes.length} deleted, ${unchanged} unchanged`);
    return 0;
  } catch (err) {
    if (err instanceof IntervalsError) throw new CliError(err.message);
    throw err;
  }
}

/** The events this command made before, with the fields it sets. */
function ours(remote: readonly RemoteEvent[]): IntervalsEvent[] {
  const prefix = externalIdPrefix(OWNER);
  return remote
    .filter((e): e is RemoteEvent & { external_id: string } => typeof e.external_id === 'string' && e.external_id.startsWith(prefix))
    .map((e) => ({
      external_id: e.external_id,
      category: e.category === 'NOTE' ? 'NOTE' : 'WORKOUT',
      start_date_local: String(e.start_date_local ?? ''),
      name: String(e.name ?? ''),
      description: String(e.description ?? ''),
      ...(typeof e.type === 'string' ? { type: e.type } : {}),
    }));
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
