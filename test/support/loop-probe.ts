/**
 * How long this thread's event loop was held: the CPU time the thread spent
 * between two turns of a 5 ms timer. On a machine shared by many processes
 * the wall-clock gap between turns also counts the time the thread waited
 * for a core; the CPU time (from /proc/thread-self/stat, Linux, 10 ms ticks)
 * counts only what the loop was kept busy with.
 */
import { readFileSync } from 'node:fs';

const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** CPU milliseconds this thread has used, user and system. */
function threadCpuMs(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export interface LoopProbe {
  /** The most CPU time spent between two turns of the loop, in ms, since the probe started. */
  stop(): number;
}

export function probeLoop(): LoopProbe {
  let last = threadCpuMs();
  let longest = 0;
  const timer = setInterval(() => {
    const now = threadCpuMs();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      longest = Math.max(longest, threadCpuMs() - last);
      return longest;
    },
  };
}
