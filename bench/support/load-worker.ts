/**
 * The load generator, run as a child process by `load.ts`: autocannon gets a
 * core of its own instead of sharing the service's event loop, and the
 * service's memory figures hold only the service.
 */
import autocannon from 'autocannon';
import type { LoadRequest, LoadResult } from './load.js';

async function fire(job: LoadRequest): Promise<LoadResult> {
  const paths = job.paths;
  let next = 0;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    ...(job.amount ? { amount: job.amount } : {}),
    headers: job.headers ?? {},
    ...(job.method ? { method: job.method } : {}),
    ...(job.body !== undefined ? { body: job.body } : {}),
    // Many paths: each request takes the next one, round the list.
    requests: paths && paths.length > 0 ? [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }] : undefined,
  });
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stat?.count ?? 0;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    perSecond: result.requests.total / result.duration,
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    bytesPerSecond: result.throughput.average,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

process.on('message', (message: { id: number; job: LoadRequest }) => {
  fire(message.job).then(
    (result) => process.send!({ id: message.id, result }),
    (err: unknown) => process.send!({ id: message.id, error: String((err as Error)?.stack ?? err) }),
  );
});
process.send!({ ready: true });
