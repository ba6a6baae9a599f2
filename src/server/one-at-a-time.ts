/**
 * Tasks under one key run one after another, in the order they came; tasks
 * under different keys run side by side. Nothing is kept for a key once its
 * last task has finished.
 */
export class OneAtATime {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    // The next task waits for this one to settle, whether it succeeded or failed.
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

/**
 * How often a write checked against the stored version is tried again when
 * another process (another instance on the same database) changed the row
 * between reading and writing; within one process the queue above keeps
 * writes to one athlete from meeting at all.
 */
export const WRITE_ATTEMPTS = 20;
