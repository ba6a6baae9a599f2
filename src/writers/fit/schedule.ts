/**
 * A FIT schedules file: one `schedule` message per workout, on its date,
 * naming the workout file by that file's file_id (manufacturer, product,
 * serial number, time created) — which is how a device ties the calendar
 * entry to a workout it holds.
 */
import { Encoder, type FileIdMesg, type ScheduleMesg } from '@garmin/fitsdk';
import { fitSecondsOfDay, MANUFACTURER, scheduleIdentity, type FileIdentity } from './identity.js';
import { withProtocolVersion } from './header.js';
import { fitEnum, MESG } from './mesg.js';

const SCHEDULES_FILE = fitEnum('file', 'schedules');
const DEVELOPMENT = fitEnum('manufacturer', MANUFACTURER);
const WORKOUT_SCHEDULE = fitEnum('schedule', 'workout');

export interface ScheduledWorkout {
  /** YYYY-MM-DD, already checked. */
  date: string;
  identity: FileIdentity;
}

export interface EncodedSchedule {
  bytes: Uint8Array;
  identity: FileIdentity;
}

/** `from`/`to` are the first and last days the schedule covers; with the entries they make its own identity. */
export function encodeSchedule(entries: readonly ScheduledWorkout[], from: string, to: string): EncodedSchedule {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  const identity = scheduleIdentity(from, to, sorted);
  const encoder = new Encoder();
  const fileId: FileIdMesg = {
    type: SCHEDULES_FILE,
    manufacturer: DEVELOPMENT,
    product: identity.product,
    serialNumber: identity.serialNumber,
    timeCreated: identity.timeCreated,
  };
  encoder.onMesg(MESG.FILE_ID, fileId);
  for (const { date, identity: w } of sorted) {
    const mesg: ScheduleMesg = {
      manufacturer: DEVELOPMENT,
      product: w.product,
      serialNumber: w.serialNumber,
      timeCreated: w.timeCreated,
      completed: 0,
      type: WORKOUT_SCHEDULE,
      // local_date_time: the wall-clock midnight of that day wherever the
      // watch is, written as if it were UTC (FIT's convention for local times).
      scheduledTime: fitSecondsOfDay(date),
    };
    encoder.onMesg(MESG.SCHEDULE, mesg);
  }
  return { bytes: withProtocolVersion(encoder.close()), identity };
}
