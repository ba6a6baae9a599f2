/**
 * Whether the database still takes writes. Reads keep working on a full disk
 * or a read-only file, so a ping says nothing about it; a write that failed
 * for such a reason is remembered, and health checks try a small real write:
 * at most every CHECK_MS while all is well (a write costs a disk flush), and
 * on every check while a fault stands (a failing write costs nothing), so the
 * service reports itself healthy again as soon as it is.
 */
import { performance } from 'node:perf_hooks';
import { storageFault } from '../store/errors.js';
import type { Store } from '../store/store.js';

const CHECK_MS = 30_000;

export class WriteHealth {
  private fault?: string;
  private checkedAt = -Infinity;
  private checking?: Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Notes an error met on a write; its reason when it is a storage fault (the answer is then 503, not 500). */
  noted(err: unknown): string | undefined {
    const reason = storageFault(err);
    if (reason !== undefined) this.fault = reason;
    return reason;
  }

  /** Why the database takes no writes, or undefined when it does. Throws what the store throws for anything else. */
  async check(): Promise<string | undefined> {
    if (this.fault !== undefined || this.now() - this.checkedAt >= CHECK_MS) {
      // Concurrent health checks share one write.
      this.checking ??= this.probe().finally(() => (this.checking = undefined));
      await this.checking;
    }
    return this.fault;
  }

  private async probe(): Promise<void> {
    this.checkedAt = this.now();
    try {
      await this.store.probeWrite(this.clock().toISOString());
      this.fault = undefined;
    } catch (err) {
      if (this.noted(err) === undefined) throw err;
    }
  }
}
