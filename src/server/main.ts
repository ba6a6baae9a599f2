/** `npm start`: the service from the environment (see docs/service.md for the variables). */
import { startService } from './app.js';
import { banner } from './banner.js';
import { ConfigError, loadConfig } from './config.js';
import { onSignals, shutdown } from './shutdown.js';
import { describeDatabaseUrl } from '../store/database-url.js';
import { DatabaseUnavailableError } from '../store/errors.js';
import { SchemaTooNewError } from '../store/store.js';

async function main(): Promise<number | undefined> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`runcast: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  let running;
  try {
    running = await startService(config);
  } catch (err) {
    if (err instanceof SchemaTooNewError || err instanceof DatabaseUnavailableError) {
      process.stderr.write(`runcast: ${err.message}\n`);
      return 1;
    }
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE' || e.code === 'EACCES') {
      process.stderr.write(`runcast: cannot listen on ${config.host}:${config.port}: ${e.code}\n`);
      return 1;
    }
    throw err;
  }
  process.stdout.write(
    banner({
      url: running.url,
      publicUrl: running.ctx.publicUrl(),
      dataDir: config.databaseUrl ? describeDatabaseUrl(config.databaseUrl) : config.dataDir,
      admin: running.ctx.admin,
      demo: running.demo,
    }),
  );
  const { server, ctx } = running;
  onSignals(async () => {
    ctx.logger.info('shutting down');
    await shutdown(server, ctx);
    ctx.logger.flush();
  });
  return undefined;
}

const code = await main();
if (code !== undefined) process.exit(code);
