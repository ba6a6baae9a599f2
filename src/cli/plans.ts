/** `runcast plans list|show|add|edit|delete`: the service's plan library. */
import { basename } from 'node:path';
import { CliError, readText } from './io.js';
import { LIMITS } from '../compiler/budget.js';
import { byId, need, print, printWarnings, seg, type RemoteContext } from './service.js';

interface PlanSummary {
  id: string;
  name: string;
  version: number;
  updatedAt: string;
  athletes: number;
}

interface Plan {
  id: string;
  name: string;
  text: string;
  version: number;
  updatedAt: string;
  weeks: number;
  race: string | null;
  athletes: string[];
  warnings: unknown[];
  touched?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The exit code of one of the group's actions (remote.ts lets only those through). */
export async function plansCommand(action: string, args: string[], ctx: RemoteContext): Promise<number> {
  const { client } = ctx;
  switch (action) {
    case 'list': {
      const { plans } = await client.call<{ plans: PlanSummary[] }>('GET', '/api/plans');
      return print(ctx, { plans }, () =>
        plans.length === 0 ? ['no plans stored'] : plans.map((p) => `${p.id}  v${p.version}  ${plural(p.athletes, 'athlete').padEnd(11)}  ${p.name}`),
      );
    }
    case 'show': {
      const id = need(args[0], 'the plan id (runcast plans list shows them)');
      const plan = await byId(ctx, 'plan', id, () => client.call<Plan>('GET', `/api/plans/${seg(id)}`));
      if (!ctx.values.json) printWarnings(plan.warnings, `plan ${plan.id}`, ctx.io);
      return print(ctx, plan, () => [...describe(plan), '', plan.text.trimEnd()]);
    }
    case 'add': {
      const file = need(args[0], 'a plan file (YAML, CSV or TSV)');
      ctx.files.plan = file;
      const name = ctx.values.name ?? gridName(file);
      const plan = await client.call<Plan>('POST', '/api/plans', { text: readText(file, LIMITS.planChars, 'plan'), ...(name ? { name } : {}) });
      printWarnings(plan.warnings, file, ctx.io);
      return print(ctx, plan, () => [`stored plan "${plan.name}" as ${plan.id}: version ${plan.version}, ${plural(plan.weeks, 'week')}, race ${plan.race ?? 'not declared'}`]);
    }
    case 'edit': {
      const id = need(args[0], 'the plan id (runcast plans list shows them)');
      const file = args[1];
      if (!file && !ctx.values.name) throw new CliError('nothing to change: give a plan file, --name, or both');
      if (file) ctx.files.plan = file;
      const body = { ...(file ? { text: readText(file, LIMITS.planChars, 'plan') } : {}), ...(ctx.values.name ? { name: ctx.values.name } : {}) };
      const plan = await byId(ctx, 'plan', id, () => client.call<Plan>('PATCH', `/api/plans/${seg(id)}`, body));
      if (file) printWarnings(plan.warnings, file, ctx.io);
      return print(ctx, plan, () => [`plan "${plan.name}" (${plan.id}) is now version ${plan.version}: touched ${plural(plan.touched ?? 0, 'athlete')}`]);
    }
    case 'delete': {
      const id = need(args[0], 'the plan id (runcast plans list shows them)');
      await byId(ctx, 'plan', id, () => client.call('DELETE', `/api/plans/${seg(id)}`));
      return print(ctx, { deleted: id }, () => [`deleted plan ${id}`]);
    }
    default:
      throw new Error(`no action '${action}'`);
  }
}

/** A spreadsheet has nowhere to write its name: the file's stands for it (a YAML plan names itself). */
function gridName(file: string): string | undefined {
  return /\.(csv|tsv)$/i.test(file) ? basename(file).replace(/\.[^.]+$/, '') : undefined;
}

function describe(plan: Plan): string[] {
  return [
    `${plan.name} (${plan.id})`,
    `  version ${plan.version}, ${plural(plan.weeks, 'week')}, race ${plan.race ?? 'not declared'}, changed ${plan.updatedAt}`,
    `  followed by ${plural(plan.athletes.length, 'athlete')}${plan.athletes.length ? `: ${plan.athletes.join(', ')}` : ''}`,
  ];
}
