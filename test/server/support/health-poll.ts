/** /healthz polled every 5 ms while something else runs: the slowest answer, each one checked to be 200. */
import { expect } from 'vitest';

export interface HealthPoll {
  /** Stops polling once the answer in flight is in; resolves to the slowest answer's milliseconds. */
  stop(): Promise<number>;
}

export function pollHealth(get: (path: string) => Promise<Response>): HealthPoll {
  let done = false;
  let slowest = 0;
  const poll = (async () => {
    while (!done) {
      const t = performance.now();
      const res = await get('/healthz');
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      slowest = Math.max(slowest, performance.now() - t);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    async stop() {
      done = true;
      await poll;
      return slowest;
    },
  };
}
