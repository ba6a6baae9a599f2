/**
 * The compile thread: reads the templates once, then runs each job it is
 * sent (compile-jobs.ts) and answers with its result, or with the error to
 * send (an HttpError's fields, a budget refusal), or with a fault (a bug: the
 * service answers 500 and logs it).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import '../writers/index.js';
import { isBudgetError } from '../compiler/budget.js';
import { runJob, type CompileJob } from './compile-jobs.js';
import { isWriterError } from '../writers/errors.js';
import { HttpError, overBudget, unprocessable } from './errors.js';
import { TemplateCatalogue } from './plans.js';

export interface WorkerData {
  templatesDir: string;
}

export type Reply =
  | { id: number; ok: true; result: unknown; serialized?: Uint8Array }
  | { id: number; ok: false; error: { status: number; code: string; message: string; details: unknown } }
  | { id: number; ok: false; fault: string };

const port = parentPort!;
// The main thread logs what a template lacks when it reads them; this copy need not say it twice.
const templates = TemplateCatalogue.load((workerData as WorkerData).templatesDir, pino({ level: 'silent' }));

port.on('message', (message: { id: number; job: CompileJob }) => {
  void answer(message.id, message.job);
});
port.postMessage({ ready: true });

async function answer(id: number, job: CompileJob): Promise<void> {
  let reply: Reply;
  try {
    reply = { id, ok: true, result: await runJob(job, templates) };
  } catch (err) {
    // A session a watch cannot hold is the plan's problem, as on the main thread: 422 with its diagnostic.
    const e = isBudgetError(err) ? overBudget(err) : isWriterError(err) ? unprocessable('cannot_write', err.message, [err.diagnostic]) : err;
    reply =
      e instanceof HttpError
        ? { id, ok: false, error: { status: e.status, code: e.code, message: e.message, details: e.details ?? null } }
        : { id, ok: false, fault: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  // A compiled plan is a large graph: serialised here and handed over as bytes, the main thread
  // only deserialises it (structured cloning it through postMessage cost it several times more).
  if (reply.ok && job.kind === 'stored') {
    const bytes = serialize(reply.result);
    port.postMessage({ ...reply, result: undefined, serialized: bytes }, [bytes.buffer as ArrayBuffer]);
  } else if (reply.ok && (job.kind === 'feed' || job.kind === 'page')) {
    // Written into a buffer of their own (link-builds.ts), and megabytes for a plan of years: handed over, not copied.
    port.postMessage(reply, [(reply.result as { data: Uint8Array }).data.buffer as ArrayBuffer]);
  } else port.postMessage(reply);
}
