/**
 * Service configuration from the environment, validated in one place so a
 * typo in a variable is a clear message at start rather than odd behaviour later.
 */
import { BlockList, isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isPostgresUrl } from '../store/database-url.js';
import { INTERVALS_URL } from '../sync/intervals/client.js';
import { SecretBox, SecretKeyError } from '../sync/intervals/secret.js';

export interface RateLimitConfig {
  /** Requests per minute per client address on the admin API. */
  api: number;
  /** Failed admin authentications per minute per address. */
  authFailures: number;
  /** Requests per minute per address on the athletes' token links (calendar polling). */
  feed: number;
  /** Failed token lookups (404s) per minute per address: guessing is throttled hard. */
  feedFailures: number;
}

export interface ServerConfig {
  dataDir: string;
  /** PostgreSQL shared by every instance (`DATABASE_URL`); absent: SQLite in `dataDir`. */
  databaseUrl?: string;
  host: string;
  port: number;
  /**
   * Base of every link handed out (feed, downloads), without a trailing slash.
   * Absent: http://localhost:<the port actually bound>.
   */
  publicUrl?: string;
  /** When set, the only admin token accepted; otherwise one is generated on first start. */
  adminToken?: string;
  /** Express "trust proxy": set it when behind a reverse proxy so rate limits see client addresses. */
  trustProxy: boolean | number | string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Largest JSON body accepted, in bytes. */
  bodyLimit: number;
  /** Bytes of compiled output kept in memory across athletes. */
  cacheBytes: number;
  /** Folder of plan templates (`*.yaml`). */
  templatesDir: string;
  rateLimits: RateLimitConfig;
  /** Create the demo athlete on an empty database. */
  demo: boolean;
  /** RUNCAST_SECRET_KEY: seals athletes' intervals.icu API keys. Absent: linking to intervals.icu is refused. */
  secretBox?: SecretBox;
  /** Where intervals.icu's API is (RUNCAST_INTERVALS_URL), for a proxy or a test server. */
  intervalsUrl: string;
  /** Processes serving on the one port (RUNCAST_WORKERS; `auto`: one per core). */
  workers: number;
  /** RUNCAST_SMTP_URL and RUNCAST_MAIL_FROM: where the console's mail goes out (src/mail/); absent: links are shown to copy. */
  smtpUrl?: string;
  mailFrom?: string;
}

/** More processes than this on one machine only compete for its cores and its database. */
export const MAX_WORKERS = 64;
const WORKERS_MESSAGE = `RUNCAST_WORKERS must be a whole number from 1 to ${MAX_WORKERS}, or auto (one per core)`;
const workerCount = z.number().int().min(1, WORKERS_MESSAGE).max(MAX_WORKERS, WORKERS_MESSAGE);

/** The templates folder of this checkout, wherever the service is started from. */
const SHIPPED_TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  RUNCAST_DATA: z.string().min(1).default('./data'),
  // Empty counts as unset (compose files often pass the variable through blank); any other value must be PostgreSQL.
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || isPostgresUrl(v), {
      message: 'DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use the embedded SQLite database)',
    }),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intFrom(0, 65535).default(3000),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'PUBLIC_URL must be an http(s) URL such as https://runcast.example.com' })
    .optional(),
  RUNCAST_ADMIN_TOKEN: z
    .string()
    .min(24, 'RUNCAST_ADMIN_TOKEN must be at least 24 characters')
    .regex(/^[\x21-\x7e]+$/, 'RUNCAST_ADMIN_TOKEN must be printable ASCII without spaces')
    .optional(),
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RUNCAST_BODY_LIMIT: intFrom(1024, 64 * 1024 * 1024).default(1024 * 1024),
  RUNCAST_CACHE_BYTES: intFrom(0, Number.MAX_SAFE_INTEGER).default(64 * 1024 * 1024),
  RUNCAST_TEMPLATES: z.string().min(1).default(SHIPPED_TEMPLATES),
  RUNCAST_RATE_API: intFrom(1, 1_000_000).default(300),
  RUNCAST_RATE_AUTH_FAILURES: intFrom(1, 1_000_000).default(20),
  RUNCAST_RATE_FEED: intFrom(1, 1_000_000).default(600),
  RUNCAST_RATE_FEED_FAILURES: intFrom(1, 1_000_000).default(30),
  RUNCAST_DEMO: z.enum(['0', '1', 'false', 'true']).default('1'),
  // Empty counts as unset, like DATABASE_URL; any other value must be a whole key.
  RUNCAST_SECRET_KEY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      try {
        return SecretBox.fromText(v);
      } catch (err) {
        if (!(err instanceof SecretKeyError)) throw err;
        ctx.addIssue({ code: 'custom', message: err.message });
        return z.NEVER;
      }
    }),
  RUNCAST_INTERVALS_URL: z.url({ protocol: /^https?$/, message: 'RUNCAST_INTERVALS_URL must be an http(s) URL' }).default(INTERVALS_URL),
  RUNCAST_SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || /^smtps?:\/\/[^/]/.test(v), { message: 'RUNCAST_SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.com:587' }),
  RUNCAST_MAIL_FROM: z.string().optional(),
  // Empty counts as unset, like DATABASE_URL.
  RUNCAST_WORKERS: z
    .preprocess(
      (v) => (v === '' ? undefined : v),
      z.union([z.literal('auto'), z.string().regex(/^\d+$/).transform(Number).pipe(workerCount)], { error: WORKERS_MESSAGE }).default(1),
    )
    .transform((v) => (v === 'auto' ? Math.min(MAX_WORKERS, availableParallelism()) : v)),
});

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** Whether HOST reaches this machine only, so http://localhost:<port> links are right. */
export function isLoopback(host: string): boolean {
  const address = host.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(address);
  if (family === 0) return address.toLowerCase() === 'localhost';
  return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.PUBLIC_URL === undefined && !isLoopback(e.HOST)) {
    // Links would say localhost, which on an athlete's phone is the phone.
    throw new ConfigError(
      `invalid configuration:\n  PUBLIC_URL: the service listens on ${e.HOST}, beyond this machine, so the links it hands athletes need the address they reach it by: ` +
        `set PUBLIC_URL (such as https://runcast.example.com, or http://localhost:${e.PORT || 3000} to try it on this machine only)`,
    );
  }
  return {
    dataDir: resolve(e.RUNCAST_DATA),
    databaseUrl: e.DATABASE_URL,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    adminToken: e.RUNCAST_ADMIN_TOKEN,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.RUNCAST_BODY_LIMIT,
    cacheBytes: e.RUNCAST_CACHE_BYTES,
    templatesDir: resolve(e.RUNCAST_TEMPLATES),
    rateLimits: {
      api: e.RUNCAST_RATE_API,
      authFailures: e.RUNCAST_RATE_AUTH_FAILURES,
      feed: e.RUNCAST_RATE_FEED,
      feedFailures: e.RUNCAST_RATE_FEED_FAILURES,
    },
    demo: e.RUNCAST_DEMO === '1' || e.RUNCAST_DEMO === 'true',
    ...(e.RUNCAST_SECRET_KEY ? { secretBox: e.RUNCAST_SECRET_KEY } : {}),
    intervalsUrl: e.RUNCAST_INTERVALS_URL.replace(/\/+$/, ''),
    workers: e.RUNCAST_WORKERS,
    ...(e.RUNCAST_SMTP_URL ? { smtpUrl: e.RUNCAST_SMTP_URL } : {}),
    ...(e.RUNCAST_MAIL_FROM ? { mailFrom: e.RUNCAST_MAIL_FROM } : {}),
  };
}
