/** Athletes written straight into the store (as the API would), with the tokens of their links. */
import { randomUUID } from 'node:crypto';
import type { AthleteInput } from '../../src/athlete/schema.js';
import type { ServiceContext } from '../../src/server/context.js';
import { hashToken, newToken } from '../../src/server/tokens.js';
import type { PlanSource } from '../../src/store/store.js';
import { benchProfile, PLAN_START } from './plans.js';

export interface BenchAthlete {
  id: string;
  token: string;
}

export async function createAthletes(
  ctx: ServiceContext,
  count: number,
  plan: PlanSource = { template: 'mile-8-week' },
  offset = 0,
): Promise<BenchAthlete[]> {
  const out: BenchAthlete[] = [];
  for (let k = offset; k < offset + count; k++) {
    const token = newToken();
    const record = await ctx.store.createAthlete({
      id: randomUUID(),
      profile: benchProfile(k) as AthleteInput,
      plan,
      start: PLAN_START,
      tokenHash: hashToken(token),
      now: new Date().toISOString(),
    });
    out.push({ id: record.id, token });
  }
  return out;
}
