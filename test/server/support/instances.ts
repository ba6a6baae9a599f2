/**
 * Services for the tests of concurrent writes: one instance on its own SQLite
 * file, or several sharing a fresh PostgreSQL database, as production runs
 * them. Started before the describe block's tests, stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../support/postgres.js';
import { removeDir, startTestService, type TestService } from './service.js';

/** The running services, filled in once the block starts. */
export function useInstances(instances: number): TestService[] {
  const services: TestService[] = [];
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    if (instances > 1) database = await freshDatabase();
    const config = database ? { databaseUrl: database.url } : {};
    for (let i = 0; i < instances; i++) services.push(await startTestService({ config }));
  });

  afterAll(async () => {
    for (const s of services.splice(0)) {
      await s.stop();
      removeDir(s.dir);
    }
    await database?.drop();
  });
  return services;
}
