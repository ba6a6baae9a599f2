/**
 * The Express application and the service around it (store, templates, cache,
 * admin credential). Tests build it with their own config and start it on
 * 127.0.0.1 port 0; `main.ts` does the same from the environment.
 */
import { OneAtATime } from './one-at-a-time.js';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener, type Server } from 'node:http';
import express, { type Express } from 'express';
import type { DestinationStream, Logger } from 'pino';
import '../writers/index.js';
import { describeDatabaseUrl } from '../store/database-url.js';
import { StorageError } from '../store/errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { resolveAdminToken } from './admin-auth.js';
import { apiScope, requireApiCoach } from './api-accounts.js';
import { consoleApp } from './console/index.js';
import { ownerSetupLink, type IssuedLink } from './console/links.js';
import { mailerFrom } from '../mail/index.js';
import type { ServerConfig } from './config.js';
import type { ServiceContext } from './context.js';
import { createDemoAthlete, type DemoAthlete } from './demo.js';
import { errorHandler, sendNotFound } from './errors.js';
import { createLogger, createRequestLog, logDestination, requestLogger } from './logging.js';
import { openApiDocument } from './openapi.js';
import { Outputs } from './outputs.js';
import { CompilePool } from './compile-pool.js';
import { TemplateCatalogue } from './plans.js';
import { createRateLimiters } from './rate-limits.js';
import { loadAssets, type Assets } from './pages/assets.js';
import { AthleteLinks, athleteLinkFallback } from './routes/athlete-links.js';
import { athleteRoutes } from './routes/athletes.js';
import { storedPlan } from './compile-jobs.js';
import { planRoutes } from './routes/plans.js';
import { changeRoutes } from './routes/changes.js';
import { compileRoutes, publicCompileRoutes } from './routes/compile.js';
import { healthRoutes } from './routes/health.js';
import { pageRoutes } from './routes/pages.js';
import { templateRoutes } from './routes/templates.js';
import { intervalsRoutes } from './routes/intervals.js';
import { IntervalsSync, type SyncTimings } from '../sync/intervals/worker.js';
import { WriteHealth } from './write-health.js';
import { announcingStore, type Peers } from './workers.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { acceptsCompressedJson } from './compressed-json.js';

export interface ServiceOptions {
  /** Where pino writes; stdout by default. */
  logStream?: DestinationStream;
  /** A store to use instead of opening the configured one. */
  store?: Store;
  now?: () => Date;
  /** Timings of the intervals.icu sync (tests shorten them). */
  intervals?: Partial<SyncTimings>;
  /** One of several workers (RUNCAST_WORKERS): its number, in every log line, and the others. */
  worker?: { number: number; peers: Peers };
}

/**
 * The service's request listener: the athletes' links on their lean path
 * (`routes/athlete-links.ts`), everything else through the Express app.
 */
export function buildHandler(ctx: ServiceContext): { app: Express; handler: RequestListener } {
  const assets = loadAssets();
  const app = buildApp(ctx, assets);
  const links = new AthleteLinks(ctx, assets.urls, app.get('trust proxy fn') as (address: string, hop: number) => boolean);
  const handler: RequestListener = (req, res) => {
    if (!links.handle(req, res)) app(req, res);
  };
  return { app, handler };
}

export function buildApp(ctx: ServiceContext, assets: Assets = loadAssets()): Express {
  const app = express();
  app.set('trust proxy', ctx.config.trustProxy);
  // ETags are computed from content where they matter (the athlete's files); API answers are never cached.
  app.set('etag', false);
  app.disable('x-powered-by');

  app.use(requestLogger(ctx.requestLog));
  // Helmet's headers, worked out once (security-headers.ts), and Connection: close while draining.
  app.use((_req, res, next) => {
    for (let i = 0; i < SECURITY_HEADERS.length; i += 2) res.setHeader(SECURITY_HEADERS[i]!, SECURITY_HEADERS[i + 1]!);
    if (ctx.draining) res.setHeader('Connection', 'close');
    next();
  });

  app.use(healthRoutes(ctx));
  app.use(pageRoutes(assets));
  app.use(athleteLinkFallback(ctx));

  const api = express.Router();
  api.use(ctx.limiters.api, ctx.limiters.authFailures);
  api.use(acceptsCompressedJson);
  api.use((_req, res, next) => {
    // Answers can hold feed tokens (creation, rotation): no cache may keep them.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(ctx.publicUrl()));
  });
  // The playground's compile: no Authorization header at all; any header goes on to the admin check.
  api.use(publicCompileRoutes(ctx));
  api.use(requireApiCoach(ctx));
  api.use(express.json({ limit: ctx.config.bodyLimit, strict: true }));
  api.use(apiScope(ctx));
  api.use(templateRoutes(ctx));
  api.use(athleteRoutes(ctx));
  api.use(planRoutes(ctx));
  api.use(changeRoutes(ctx));
  api.use(compileRoutes(ctx));
  api.use(intervalsRoutes(ctx));
  app.use('/api', api);
  app.use('/console', consoleApp(ctx));

  app.use((_req, res) => sendNotFound(res));
  app.use(errorHandler(ctx.logger, ctx.writes));
  return app;
}

export interface Service {
  ctx: ServiceContext;
  app: Express;
  /** What a server runs for each request: the athletes' links, then the app. */
  handler: RequestListener;
  logger: Logger;
  setPublicUrl(url: string): void;
}

export async function createService(config: ServerConfig, options: ServiceOptions = {}): Promise<Service> {
  const destination = options.logStream ?? logDestination();
  const logger = createLogger(config.logLevel, destination, options.worker?.number);
  const requestLog = createRequestLog(config.logLevel, destination, options.worker?.number);
  const opened = options.store ?? (await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }));
  const peers = options.worker?.peers;
  const store = peers ? announcingStore(opened, peers) : opened;
  try {
    const now = options.now ?? (() => new Date());
    const writes = new WriteHealth(store, now);
    // A database that opens but takes no writes (a read-only file, a full disk) cannot serve: say so now.
    const fault = await writes.check();
    if (fault) throw new StorageError(config.databaseUrl ? `the database at ${describeDatabaseUrl(config.databaseUrl)}` : `the database in ${config.dataDir}`, fault);
    const templates = TemplateCatalogue.load(config.templatesDir, logger);
    const admin = await resolveAdminToken(store, config.adminToken);
    let publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
    const compiler = new CompilePool({ templatesDir: config.templatesDir, logger });
    compiler.start();
    const outputs = new Outputs({
      store,
      templates,
      cacheBytes: config.cacheBytes,
      publicUrl: () => publicUrl,
      now,
      compile: (record) => compiler.run({ kind: 'stored', ...storedPlan(record) }),
      run: (job) => compiler.run(job),
    });
    const intervals = new IntervalsSync({
      store,
      ...(config.secretBox ? { secret: config.secretBox } : {}),
      baseUrl: config.intervalsUrl,
      compile: (record) => outputs.compiled(record),
      logger,
      now,
      ...(options.intervals ? { timings: options.intervals } : {}),
    });
    const ctx: ServiceContext = {
      config,
      store,
      logger,
      requestLog,
      templates,
      admin,
      limiters: createRateLimiters(config.rateLimits),
      outputs,
      compiler,
      intervals,
      writes,
      oneAtATime: new OneAtATime(),
      publicUrl: () => publicUrl,
      now,
      mailer: mailerFrom({ RUNCAST_SMTP_URL: config.smtpUrl, RUNCAST_MAIL_FROM: config.mailFrom }),
      draining: false,
    };
    peers?.onChange((athleteId) => {
      store.changedElsewhere();
      if (athleteId) outputs.invalidate(athleteId);
    });
    return { ctx, ...buildHandler(ctx), logger, setPublicUrl: (url) => (publicUrl = url) };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export interface ConsoleAtStart {
  coaches: number;
  ownerLink?: IssuedLink;
}

export interface RunningService extends Service {
  server: Server;
  /** Set when this start created the demo athlete: its links hold the token, shown once. */
  demo?: DemoAthlete;
  /** The coach console's state at start: the owner set-up link when this start made it (shown once). */
  console: ConsoleAtStart;
  /** http://host:port actually bound. */
  url: string;
  port: number;
}

/** Listens on the configured host and port; with no PUBLIC_URL, links use the port actually bound. */
export async function startService(config: ServerConfig, options: ServiceOptions = {}): Promise<RunningService> {
  const service = await createService(config, options);
  const server = createServer(service.handler).listen(config.port, config.host);
  try {
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    if (!config.publicUrl) service.setPublicUrl(`http://localhost:${port}`);
    // After listening, so that the printed links carry the port actually bound.
    const demo = config.demo ? await createDemoAthlete(service.ctx) : undefined;
    const ownerLink = await ownerSetupLink(service.ctx);
    const coaches = await service.ctx.store.accounts.countCoaches();
    service.ctx.intervals.start();
    return { ...service, server, demo, console: { coaches, ...(ownerLink ? { ownerLink } : {}) }, url: `http://${host}:${port}`, port };
  } catch (err) {
    server.close();
    await service.ctx.store.close();
    throw err;
  }
}
