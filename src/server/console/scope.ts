/**
 * What a coach may see: an owner sees every athlete and plan, a coach only
 * their own. Another coach's athlete or plan is, to a coach, not there at all
 * (undefined: a 404, the same as an id that names nothing).
 */
import type { Response } from 'express';
import type { OwnedKind } from '../../store/accounts.js';
import type { LibraryPlan, PlanSummary } from '../../store/plan-library.js';
import type { AthleteRecord, AthleteSummary } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import type { ConsoleCoach } from './session.js';

const PAGE = 1000;

/** The coach an athlete or plan is recorded under when this coach creates it (none for the admin token before there is an owner). */
export function ownerIdOf(coach: ConsoleCoach): string | undefined {
  return coach.id || undefined;
}

/** The coach a request to the API or the console is made as, to record what it creates under (set by the sign-in or API-token check). */
export function callingCoach(res: Response): string | undefined {
  const coach = res.locals.coach as ConsoleCoach | undefined;
  return coach ? ownerIdOf(coach) : undefined;
}

/** The store's filter for this coach's lists: none for an owner. */
export function listScope(coach: ConsoleCoach): { coach?: string } {
  return coach.role === 'owner' ? {} : { coach: coach.id };
}

export async function athletesOf(ctx: ServiceContext, coach: ConsoleCoach): Promise<AthleteSummary[]> {
  const all: AthleteSummary[] = [];
  let after: string | undefined;
  do {
    const page = await ctx.store.listAthletes({ limit: PAGE, ...listScope(coach), ...(after ? { after } : {}) });
    all.push(...page.athletes);
    after = page.next;
  } while (after);
  return all;
}

export function plansOf(ctx: ServiceContext, coach: ConsoleCoach): Promise<PlanSummary[]> {
  return ctx.store.plans.list(listScope(coach).coach);
}

/** Whether the coach may reach this athlete or plan (false too when there is none). */
export async function mayReach(ctx: ServiceContext, coach: ConsoleCoach, kind: OwnedKind, id: string): Promise<boolean> {
  const owner = await ctx.store.accounts.ownerOf(kind, id);
  if (owner === undefined) return false;
  return coach.role === 'owner' || owner === coach.id;
}

export async function athleteFor(ctx: ServiceContext, coach: ConsoleCoach, id: string): Promise<AthleteRecord | undefined> {
  if (coach.role !== 'owner' && !(await mayReach(ctx, coach, 'athlete', id))) return undefined;
  return ctx.store.getAthlete(id);
}

export async function planFor(ctx: ServiceContext, coach: ConsoleCoach, id: string): Promise<LibraryPlan | undefined> {
  if (coach.role !== 'owner' && !(await mayReach(ctx, coach, 'plan', id))) return undefined;
  return ctx.store.plans.get(id);
}
