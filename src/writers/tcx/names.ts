/**
 * TCX names are `RestrictedToken_t`: 1–15 characters after whitespace
 * collapse, and workout names must be unique within a document (the schema
 * keys workouts by name). The full title always travels in the Notes.
 */
import type { Slot, Workout } from '../../ir/workout.js';
import { plainPunctuation } from '../typography.js';

export const MAX_NAME = 15;

const DAY_NAMES: Record<Slot['day'], string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/**
 * Device screens show a small character set, so names are folded to printable
 * ASCII ("Fartlek à la Côte" → "Fartlek a la Cote", "HM–10K" → "HM-10K");
 * emoji and other symbols are dropped rather than shown as boxes.
 */
export function asciiToken(text: string): string {
  return plainPunctuation(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^\x20-\x7E]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * At most `max` characters without dangling punctuation. A word cut to a
 * stub of under 4 characters is dropped ("Tempo ru" → "Tempo"); a longer
 * piece stays, since "3 sets of 4x200" says more than "3 sets of".
 */
export function clip(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (text[max] !== ' ' && space > 0 && cut.length - space - 1 < 4) cut = cut.slice(0, space);
  return cut.replace(/[\s@,;:.(/+&-]+$/, '').trim();
}

/** "6 x 400m @ HM–10K w/ 400m jog" → "6x400m @ HM-10K w/ 400m jog": repeat counts read shorter without spaces. */
function compactTitle(title: string): string {
  return asciiToken(title).replace(/(\d)\s*[xX]\s*(?=[\d(])/g, '$1x');
}

/** "W3 Wed" for a plan slot, "W3 Wed#2" for the second session of a double. */
export function slotPrefix(slot: Slot | undefined): string {
  if (!slot) return '';
  return `W${slot.week} ${DAY_NAMES[slot.day]}${slot.index > 0 ? `#${slot.index + 1}` : ''}`;
}

/** "W3 Wed 6x400m", "W3 Wed 6x4 1/2" for a part, the title alone for a lone session. */
export function workoutName(workout: Workout, part?: { index: number; total: number }): string {
  const prefix = slotPrefix(workout.slot);
  const suffix = part && part.total > 1 ? ` ${part.index}/${part.total}` : '';
  const room = MAX_NAME - prefix.length - suffix.length - (prefix ? 1 : 0);
  const body = clip(compactTitle(workout.title), room);
  const name = [prefix, body].filter(Boolean).join(' ') + suffix;
  return name.trim() ? name.trim().slice(0, MAX_NAME) : `Workout${suffix}`.slice(0, MAX_NAME);
}

/** Makes names unique within one document by replacing the tail with "~2", "~3", … */
export class NameRegistry {
  private readonly used = new Set<string>();

  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.used.has(candidate); n++) {
      const tag = `~${n}`;
      candidate = name.slice(0, MAX_NAME - tag.length).trimEnd() + tag;
    }
    this.used.add(candidate);
    return candidate;
  }
}

/** A step's name on the device, or undefined when nothing printable is left (Name is optional). */
export function stepName(label: string): string | undefined {
  let text = asciiToken(label);
  // "10 min cool-down" is one character too many; "10min cool-down" is not.
  if (text.length > MAX_NAME) text = text.replace(/(\d) (m|min|s|sec|mi|km|h)\b/g, '$1$2');
  const name = clip(text, MAX_NAME);
  return name ? name : undefined;
}
