/** The plan document (YAML), validated with zod. */
import { z } from 'zod';
import { WEEKDAYS } from '../ir/workout.js';
import { parseRaceDistance, type RaceDistance } from '../paces/parse.js';
import { parseRaceDay, type RaceDay } from './race-day.js';
import { cleanText } from '../ir/text.js';
import { nameSchema } from '../athlete/schema.js';
import { BARE_UNITS, paceNameProblem, type PlanWords } from '../compiler/plan-words.js';
import { WARMUP_AROUND } from '../compiler/resolve/context.js';

/** Words for the athlete, over several lines: control characters removed. */
const prose = () => z.string().overwrite(cleanText);

const sessionObject = z
  .object({
    text: z.string().min(1),
    title: nameSchema(120).optional(),
    notes: prose().max(4000).optional(),
  })
  .strict();

export const sessionCellSchema = z.union([z.string().min(1), sessionObject]);
/** A day holds one session, or a list when the day has two (a double). */
const dayCell = z.union([sessionCellSchema, z.array(sessionCellSchema).min(1).max(4)]);

const weekSchema = z
  .object({ mon: dayCell, tue: dayCell, wed: dayCell, thu: dayCell, fri: dayCell, sat: dayCell, sun: dayCell })
  .partial()
  .strict();

/** The race the plan prepares for, and the day it sits on when that is not the plan's last session. */
export type PlanRace = RaceDistance & { day?: RaceDay };

/** "HM", "half marathon, week 12 Sunday", { distance: HM, day: 12/sun }: the distance, and the day if one is written. */
function raceParts(v: string | number | { distance: string | number; day?: string }): { distance: string | number; day?: string } {
  if (typeof v === 'object') return v;
  if (typeof v === 'number') return { distance: v };
  const comma = v.indexOf(',');
  return comma < 0 ? { distance: v } : { distance: v.slice(0, comma).trim(), day: v.slice(comma + 1).trim() };
}

const onOrOff = z.union([z.literal('none'), z.string().min(1)]);

/** The plan's own pace names ("EZ: easy", "SP: 5K", "L2: 4:50/km"); what each pace reads as is checked by the loader. */
export const MAX_PACE_NAMES = 40;
const paceNames = z
  .record(z.string(), z.string().trim().min(1).max(40))
  .superRefine((names, ctx) => {
    const list = Object.keys(names);
    if (list.length > MAX_PACE_NAMES) ctx.addIssue({ code: 'custom', message: `at most ${MAX_PACE_NAMES} pace names` });
    const seen = new Set<string>();
    for (const name of list) {
      const problem = paceNameProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
      if (seen.has(name.toLowerCase())) ctx.addIssue({ code: 'custom', path: [name], message: `'${name}' is named twice (names are read whatever their case)` });
      seen.add(name.toLowerCase());
    }
  });

export const planSchema = z
  .object({
    /**
     * The race the plan prepares for (a race distance such as "M", "HM", "5K", "mile"): what
     * "pace", "race pace" and "Race Day!" mean in its sessions.
     */
    race: z
      .union([z.string(), z.number(), z.object({ distance: z.union([z.string(), z.number()]), day: z.string().optional() }).strict()])
      .transform((v, ctx) => {
        const { distance, day } = raceParts(v);
        const d = parseRaceDistance(distance);
        const at = day === undefined ? 'last' : parseRaceDay(day);
        if (!d.ok) ctx.addIssue({ code: 'custom', message: `race: ${d.error}` });
        if (at === undefined) ctx.addIssue({ code: 'custom', message: `race: '${day}' is not a day of the plan`, path: typeof v === 'object' ? ['day'] : [] });
        if (!d.ok || at === undefined) return z.NEVER;
        const race: PlanRace = at === 'last' ? d.value : { ...d.value, day: at };
        return race;
      })
      .optional(),
    /** The unit the plan is written in: a pace with no unit ("4:50") is per it, and a number with no unit ("5") is in it. */
    units: z.enum(['km', 'mi']).optional(),
    /** What a number with no unit is, when not the plan's unit ("45 easy" in minutes on a plan in km). */
    bareNumbers: z.enum(BARE_UNITS as [string, ...string[]]).optional(),
    paces: paceNames.optional(),
    name: nameSchema(200),
    description: prose().optional(),
    source: prose().optional(),
    weekStart: z.enum(WEEKDAYS as [string, ...string[]]).default('mon'),
    defaults: z
      .object({
        warmup: onOrOff.default('15 min easy'),
        cooldown: onOrOff.default('10 min easy'),
        /** The recovery between strides when the text gives none. */
        stridesRecovery: z.string().min(1).default('1 min walk'),
        /** The warm-up and cool-down go around work faster than easy, or around every run. */
        around: z.enum(WARMUP_AROUND).default('work'),
        /** Half-width of the band around a single pace, as a fraction of speed. */
        tolerance: z
          .object({ fast: z.number().min(0).max(0.2).default(0.015), slow: z.number().min(0).max(0.2).default(0.02) })
          .strict()
          .default({ fast: 0.015, slow: 0.02 }),
      })
      .strict()
      .default({ warmup: '15 min easy', cooldown: '10 min easy', stridesRecovery: '1 min walk', around: 'work', tolerance: { fast: 0.015, slow: 0.02 } }),
    // The most weeks a plan may have is part of the compile budget (compiler/budget.ts), checked by the loader.
    weeks: z.array(weekSchema).min(1),
  })
  .strict();

export type PlanInput = z.input<typeof planSchema>;
export type PlanDoc = z.output<typeof planSchema>;
export type SessionCell = z.output<typeof sessionCellSchema>;

const wordsOf = new WeakMap<PlanDoc, PlanWords | undefined>();

/** What a plan says of its bare numbers and its own pace names, for the reader (one object per plan, so parses are cached by it). */
export function planWords(doc: PlanDoc): PlanWords | undefined {
  if (!wordsOf.has(doc)) {
    const bare = (doc.bareNumbers ?? doc.units) as PlanWords['bare'];
    const paces = doc.paces && Object.keys(doc.paces).length > 0 ? doc.paces : undefined;
    wordsOf.set(doc, bare || paces ? { ...(bare ? { bare } : {}), ...(paces ? { paces } : {}) } : undefined);
  }
  return wordsOf.get(doc);
}
