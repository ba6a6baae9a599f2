/**
 * On a fresh database the service creates one demo athlete, so that a first
 * `npm start` has a feed to subscribe to and files to download right away.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_ATHLETE } from '../athlete/demo.js';
import type { AthleteInput } from '../athlete/schema.js';
import type { ServiceContext } from './context.js';
import { nextMonday } from './dates.js';
import { athleteLinks, sealToken, type AthleteLinks } from './links.js';
import { compileChecked } from './plans.js';
import { checkProfile } from './profile.js';
import { hashToken, newToken } from './tokens.js';

/** The reference athlete of the project's fixtures: a 6:00 miler aiming at 5:45. */
export const DEMO_PROFILE: AthleteInput = DEMO_ATHLETE;

export const DEMO_TEMPLATE = 'mile-8-week';
const DEMO_SETTING = 'demo_athlete';

export interface DemoAthlete {
  id: string;
  start: string;
  links: AthleteLinks;
}

/**
 * Creates the demo athlete once per database: the claim is recorded first, so
 * neither a restart nor a second instance starting alongside makes another, and
 * deleting the demo athlete later does not bring it back.
 */
export async function createDemoAthlete(ctx: ServiceContext): Promise<DemoAthlete | undefined> {
  const template = ctx.templates.get(DEMO_TEMPLATE);
  if (!template) {
    ctx.logger.warn({ template: DEMO_TEMPLATE }, 'demo template missing; no demo athlete');
    return undefined;
  }
  if ((await ctx.store.getSetting(DEMO_SETTING)) !== undefined) return undefined;
  if ((await ctx.store.countAthletes()) > 0) return undefined;
  const id = randomUUID();
  if ((await ctx.store.setSettingIfAbsent(DEMO_SETTING, id)) !== id) return undefined;

  const profile = checkProfile(DEMO_PROFILE as Record<string, unknown>);
  if (!profile.ok) throw new Error(`demo profile rejected: ${profile.error.message}`);
  const start = nextMonday(DEMO_PROFILE.timezone ?? 'UTC', ctx.now());
  const compiled = compileChecked(template.plan, profile.athlete, { start });
  if (!compiled.ok) {
    ctx.logger.error({ details: compiled.error.details }, 'demo plan does not compile; no demo athlete');
    return undefined;
  }
  const token = newToken();
  const sealed = sealToken(ctx.config.secretBox, id, token);
  await ctx.store.createAthlete({
    id,
    profile: profile.athlete.profile,
    plan: { template: DEMO_TEMPLATE },
    start,
    tokenHash: hashToken(token),
    ...(sealed ? { tokenSealed: sealed } : {}),
    now: ctx.now().toISOString(),
  });
  return { id, start, links: athleteLinks(ctx.publicUrl(), token) };
}
