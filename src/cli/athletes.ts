/** `runcast athletes list|show|add|edit|links|rotate|delete`: the service's athletes. */
import { CliError, readText } from './io.js';
import { LIMITS } from '../compiler/budget.js';
import { MAX_PROFILE_CHARS } from '../athlete/load.js';
import { byId, need, print, seg, type RemoteContext } from './service.js';

interface Athlete {
  id: string;
  name: string;
  plan: { template: string } | { yaml: string } | { library: string; name: string; version: number };
  start: string;
  race?: string;
  version: number;
  updatedAt: string;
  links?: Record<'page' | 'feed' | 'webcal' | 'schedule' | 'bundle' | 'sessions', string>;
}

/** A page as long as the service gives: the list reads page after page. */
const PAGE = 1000;

const NEED_ID = 'the athlete id (runcast athletes list shows them)';

/** The exit code of one of the group's actions (remote.ts lets only those through). */
export async function athletesCommand(action: string, args: string[], ctx: RemoteContext): Promise<number> {
  const { client } = ctx;
  const one = (method: string, suffix = '', body?: unknown) => {
    const id = need(args[0], NEED_ID);
    return byId(ctx, 'athlete', id, () => client.call<Athlete>(method, `/api/athletes/${seg(id)}${suffix}`, body));
  };
  switch (action) {
    case 'list': {
      const athletes = await listAll(ctx);
      return print(ctx, { athletes }, () => (athletes.length === 0 ? ['no athletes'] : athletes.map(summary)));
    }
    case 'show': {
      const a = await one('GET');
      return print(ctx, a, () => describe(a));
    }
    case 'add': {
      const body = { ...changes(ctx), strict: ctx.values.strict === true };
      if (!('profile' in body)) throw new CliError('missing --athlete <profile file>');
      if (!('plan' in body)) throw new CliError('missing the plan: --plan <file>, --library <plan id> or --template <name>');
      const a = await client.call<Athlete>('POST', '/api/athletes', body);
      return print(ctx, a, () => [...describe(a), ...linkLines(a)]);
    }
    case 'edit': {
      const body = changes(ctx);
      if (Object.keys(body).length === 0) throw new CliError('nothing to change: give --athlete, --plan, --library, --template, --start, --race or --no-race');
      const a = await one('PATCH', '', { ...body, strict: ctx.values.strict === true });
      return print(ctx, a, () => describe(a));
    }
    case 'links': {
      const a = await one('GET', '/links');
      return print(ctx, a, () => [`${a.name} (${a.id})`, ...linkLines(a)]);
    }
    case 'rotate': {
      const a = await one('POST', '/token');
      return print(ctx, a, () => [`${a.name} (${a.id}): new links; the old ones stopped working`, ...linkLines(a)]);
    }
    case 'delete': {
      await one('DELETE');
      return print(ctx, { deleted: args[0] }, () => [`deleted athlete ${args[0]}; their links stopped working`]);
    }
    default:
      throw new Error(`no action '${action}'`);
  }
}

/** What the flags change: the profile and plan as the files' text, so the service's problems come back positioned in them. */
function changes(ctx: RemoteContext): Record<string, unknown> {
  const v = ctx.values;
  const plans = [v.plan, v.library, v.template].filter((x) => x !== undefined);
  if (plans.length > 1) throw new CliError('give one plan: --plan <file>, --library <plan id> or --template <name>');
  if (v.race !== undefined && v['no-race']) throw new CliError('--race and --no-race say opposite things: give one');
  const body: Record<string, unknown> = {};
  if (v.athlete) {
    ctx.files.profile = v.athlete;
    body.profile = readText(v.athlete, MAX_PROFILE_CHARS, 'profile');
  }
  if (v.plan) {
    ctx.files.plan = v.plan;
    body.plan = { yaml: readText(v.plan, LIMITS.planChars, 'plan') };
  } else if (v.library) {
    ctx.files.plan = `plan ${v.library}`;
    body.plan = { library: v.library };
  } else if (v.template) {
    ctx.files.plan = `template ${v.template}`;
    body.plan = { template: v.template };
  }
  if (v.start) body.start = v.start;
  if (v.race) body.race = v.race;
  if (v['no-race']) body.race = null;
  return body;
}

async function listAll(ctx: RemoteContext): Promise<Athlete[]> {
  const all: Athlete[] = [];
  let after: string | null = null;
  do {
    const page: { athletes: Athlete[]; next: string | null } = await ctx.client.call('GET', `/api/athletes?limit=${PAGE}${after ? `&after=${seg(after)}` : ''}`);
    all.push(...page.athletes);
    after = page.next;
  } while (after);
  return all;
}

function planName(a: Athlete): string {
  if ('library' in a.plan) return `plan "${a.plan.name}" v${a.plan.version} (${a.plan.library})`;
  return 'template' in a.plan ? `template ${a.plan.template}` : 'its own plan';
}

const placed = (a: Athlete) => (a.race ? `race ${a.race}` : `from ${a.start}`);

function summary(a: Athlete): string {
  return `${a.id}  v${a.version}  ${placed(a).padEnd(15)}  ${a.name} — ${planName(a)}`;
}

function describe(a: Athlete): string[] {
  return [
    `${a.name} (${a.id}), version ${a.version}`,
    `  plan:      ${planName(a)}`,
    `  placed:    ${a.race ? `by its race on ${a.race} (followed from ${a.start})` : `from ${a.start}`}`,
    `  changed:   ${a.updatedAt}`,
  ];
}

function linkLines(a: Athlete): string[] {
  const l = a.links;
  if (!l) return [];
  return [
    `  page:      ${l.page}`,
    `  subscribe: ${l.webcal}`,
    `  feed:      ${l.feed}`,
    `  schedule:  ${l.schedule}`,
    `  bundle:    ${l.bundle}`,
    `  sessions:  ${l.sessions} ({session}: a date or a session id; {ext}: fit or tcx)`,
  ];
}
