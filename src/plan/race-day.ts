/**
 * The day a plan's race sits on, when it is not the plan's last session (a
 * recovery week after it): "12/sun", "week 12 Sunday", "w12 sun", or "last".
 */
import { WEEKDAYS, type Weekday } from '../ir/workout.js';

export interface RaceDay {
  week: number;
  day: Weekday;
}

const LONG = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function weekday(word: string): Weekday | undefined {
  const w = word.toLowerCase();
  const k = LONG.findIndex((name) => w.length >= 2 && name.startsWith(w));
  return k < 0 ? undefined : WEEKDAYS[k];
}

/** The week and weekday written, 'last' for the plan's last session, undefined when it names no day. */
export function parseRaceDay(text: string): RaceDay | 'last' | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'last' || t === 'last session') return 'last';
  const weekFirst = /^(?:week |wk |w)?(\d{1,4})\s*[/, ]\s*([a-z]+)$/.exec(t);
  const dayFirst = /^([a-z]+),? (?:of )?(?:week |wk |w)(\d{1,4})$/.exec(t);
  const [weekText, dayText] = weekFirst ? [weekFirst[1]!, weekFirst[2]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!] : [];
  if (!weekText || !dayText) return undefined;
  const week = Number(weekText);
  const day = weekday(dayText);
  return day && week >= 1 ? { week, day } : undefined;
}
