/**
 * Stand-in for the coach-scoped reads of `scope.ts` (coach accounts): every coach is treated as the owner and
 * sees every athlete and plan. The console imports these four functions only; the accounts module provides the
 * same signatures with each coach's own athletes and plans.
 */
import type { LibraryPlan, PlanSummary } from '../../store/plan-library.js';
import type { AthleteRecord, AthleteSummary } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import type { Coach } from './view.js';

const PAGE = 1000;

export async function athletesOf(ctx: ServiceContext, _coach: Coach): Promise<AthleteSummary[]> {
  const all: AthleteSummary[] = [];
  let after: string | undefined;
  do {
    const page = await ctx.store.listAthletes({ limit: PAGE, ...(after ? { after } : {}) });
    all.push(...page.athletes);
    after = page.next;
  } while (after);
  return all;
}

export function plansOf(ctx: ServiceContext, _coach: Coach): Promise<PlanSummary[]> {
  return ctx.store.plans.list();
}

export function athleteFor(ctx: ServiceContext, _coach: Coach, id: string): Promise<AthleteRecord | undefined> {
  return ctx.store.getAthlete(id);
}

export function planFor(ctx: ServiceContext, _coach: Coach, id: string): Promise<LibraryPlan | undefined> {
  return ctx.store.plans.get(id);
}
