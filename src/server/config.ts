import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import { describeIssues } from '../model/validate.js';

/**
 * Service configuration. Sources, strongest first: explicit options (CLI flags, tests), environment
 * variables, the JSON config file (`--config` / `JOY_CONFIG`), defaults. docs/configuration.md lists
 * every key; keep the table there in step with `ENV` below.
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const bool = z
  .union([z.boolean(), z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])])
  .transform((v) => {
    if (typeof v === 'boolean') return v;
    return ['1', 'true', 'yes', 'on'].includes(v);
  });
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** An IPv4 or IPv6 address, optionally with a /prefix. */
function isAddressOrRange(text: string): boolean {
  const [address = '', bits, extra] = text.split('/');
  const version = isIP(address);
  if (!version || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies' X-Forwarded-For (and -Proto, -Host) to believe, as Fastify's `trustProxy` takes it:
 * false (the default: the client is the socket's peer), a number of proxy hops, or a list of proxy
 * addresses / ranges. `true` believes any sender and is only right when nothing but the proxy can
 * reach the service.
 */
const trustProxy = z
  .union([z.boolean(), z.number(), z.string(), z.array(z.string())])
  .transform((value, context): boolean | number | string[] => {
    if (typeof value === 'boolean') return value;
    const text = Array.isArray(value) ? value.join(',') : String(value).trim();
    if (['', '0', 'false', 'no', 'off'].includes(text.toLowerCase())) return false;
    if (['true', 'yes', 'on'].includes(text.toLowerCase())) return true;
    if (/^\d+$/.test(text) && Number(text) <= 100) return Number(text);
    const list = text
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const bad = list.find((entry) => !isAddressOrRange(entry));
    if (bad !== undefined || list.length === 0) {
      context.addIssue({
        code: 'custom',
        message: `expected false, a hop count, or proxy addresses/ranges separated by commas; got ${JSON.stringify(bad ?? text)}`,
      });
      return z.NEVER;
    }
    return list;
  });

export const configSchema = z
  .object({
    /** TCP port; 0 picks a free one. */
    port: int(0, 65535).default(8787),
    /** Interface to listen on. The default keeps a local install private. */
    host: z.string().min(1).default('127.0.0.1'),
    /** Where the database, uploads and renders live. */
    dataDir: z.string().min(1).default('joy-data'),
    /** Base URL put in download links (e.g. behind a proxy); absent: taken from the request's Host. */
    publicUrl: z.string().url().optional(),
    logLevel: z.enum(LOG_LEVELS).default('info'),
    /** Credits a new anonymous token starts with. */
    initialCredits: int(0, 1_000_000_000).default(100),
    /** Credits one chat turn that edits or creates a draft costs; 0 = free (local single-user default). */
    chatCost: int(0, 1_000_000).default(0),
    /** Export needs a plan other than "anonymous" (answers 402). Off by default. */
    exportRequiresPlan: bool.default(false),
    /** How long an anonymous token lives, and how long a client id waits for a second one. */
    tokenTtlDays: z.coerce.number().positive().max(3650).default(7),
    /** Largest uploaded file, MB (shared with the CLI's ingest limit). */
    maxFileMb: z.coerce
      .number()
      .positive()
      .max(100 * 1024)
      .default(200),
    /** Files in one upload request. */
    maxUploadFiles: int(1, 1000).default(20),
    /**
     * Largest upload request, MB, checked against Content-Length before a byte is read; absent: the file
     * limit (the studio sends one file per request).
     */
    maxUploadMb: z.coerce
      .number()
      .positive()
      .max(1024 * 1024)
      .optional(),
    /** A request body (upload or JSON) that sends nothing for this long is answered 408 and dropped. */
    bodyTimeoutMs: int(100, 3_600_000).default(30_000),
    /** Anonymous tokens one client address may get per token lifetime; 0 = no limit. */
    tokensPerAddress: int(0, 1_000_000).default(20),
    /** Proxies whose X-Forwarded-For gives the client address (see `trustProxy` above); default none. */
    trustProxy: trustProxy.default(false),
    /** Secret that signs media and download links (HMAC-SHA256); absent: one generated and kept in the data dir. */
    urlSecret: z.string().min(16).optional(),
    /** How long a signed media or download link works, seconds. */
    linkTtlS: int(10, 365 * 86_400).default(86_400),
    /** Largest JSON request body, bytes. */
    bodyLimitBytes: int(1024, 512 * 1024 * 1024).default(5 * 1024 * 1024),
    /** URL uploads: total time per URL, redirects followed, URLs per request. */
    urlTimeoutMs: int(100, 3_600_000).default(60_000),
    urlMaxRedirects: int(0, 10).default(3),
    maxUrlsPerRequest: int(1, 100).default(10),
    /** SSE heartbeat comment interval, and the longest a chat turn may stream. */
    heartbeatMs: int(10, 15_000).default(15_000),
    sseMaxMs: int(1000, 15 * 60_000).default(15 * 60_000),
    /** Renders running at once in this process. */
    renderConcurrency: int(1, 64).default(1),
    /** Tries per render before it is marked failed (a crash counts as a try). */
    renderMaxAttempts: int(1, 20).default(3),
    /** Redis URL: use BullMQ + Redis for render jobs instead of the embedded SQLite queue. */
    redisUrl: z.string().min(1).optional(),
    /** With Redis, also run a render worker inside `joy serve` (set false when only `joy worker`s render). */
    serveWorker: bool.default(true),
    /** With Redis: a worker's hold on a job, ms; a dead worker's job is taken by another after about this long. */
    renderLockMs: int(1000, 600_000).default(30_000),
    /** With Redis: split long renders into chunks rendered by any worker. */
    splitRenders: bool.default(true),
    /** With Redis: videos shorter than this many seconds render whole. */
    splitMinSeconds: z.coerce.number().min(0).max(86_400).default(20),
    /** With Redis: the shortest chunk, seconds (rounded up to whole 2 s keyframe intervals). */
    chunkMinSeconds: z.coerce.number().min(0).max(86_400).default(6),
    /** Analyse uploads in the background (faces, subject, blur, duplicates, music beats). */
    analyse: bool.default(true),
    /** Folder of the web studio; absent: web/dist of the package when it exists. */
    webRoot: z.string().optional(),
  })
  .strict();

export type ServerConfig = z.output<typeof configSchema>;
export type ServerConfigInput = z.input<typeof configSchema>;

/** Environment variable for each key. */
export const ENV: Record<keyof ServerConfig, string> = {
  port: 'JOY_PORT',
  host: 'JOY_HOST',
  dataDir: 'JOY_DATA_DIR',
  publicUrl: 'JOY_PUBLIC_URL',
  logLevel: 'JOY_LOG_LEVEL',
  initialCredits: 'JOY_INITIAL_CREDITS',
  chatCost: 'JOY_CHAT_COST',
  exportRequiresPlan: 'JOY_EXPORT_REQUIRES_PLAN',
  tokenTtlDays: 'JOY_TOKEN_TTL_DAYS',
  maxFileMb: 'JOY_MAX_FILE_MB',
  maxUploadFiles: 'JOY_MAX_UPLOAD_FILES',
  maxUploadMb: 'JOY_MAX_UPLOAD_MB',
  bodyTimeoutMs: 'JOY_BODY_TIMEOUT_MS',
  tokensPerAddress: 'JOY_TOKENS_PER_ADDRESS',
  trustProxy: 'JOY_TRUST_PROXY',
  urlSecret: 'JOY_URL_SECRET',
  linkTtlS: 'JOY_LINK_TTL_S',
  bodyLimitBytes: 'JOY_BODY_LIMIT_BYTES',
  urlTimeoutMs: 'JOY_URL_TIMEOUT_MS',
  urlMaxRedirects: 'JOY_URL_MAX_REDIRECTS',
  maxUrlsPerRequest: 'JOY_MAX_URLS_PER_REQUEST',
  heartbeatMs: 'JOY_HEARTBEAT_MS',
  sseMaxMs: 'JOY_SSE_MAX_MS',
  renderConcurrency: 'JOY_RENDER_CONCURRENCY',
  renderMaxAttempts: 'JOY_RENDER_MAX_ATTEMPTS',
  redisUrl: 'JOY_REDIS_URL',
  serveWorker: 'JOY_SERVE_WORKER',
  renderLockMs: 'JOY_RENDER_LOCK_MS',
  splitRenders: 'JOY_SPLIT_RENDERS',
  splitMinSeconds: 'JOY_SPLIT_MIN_SECONDS',
  chunkMinSeconds: 'JOY_CHUNK_MIN_SECONDS',
  webRoot: 'JOY_WEB_ROOT',
  analyse: 'JOY_ANALYSE',
};

export interface LoadConfigOptions {
  /** Values that win over everything (CLI flags, tests). Undefined entries are ignored. */
  overrides?: ServerConfigInput;
  /** JSON config file; default `JOY_CONFIG` from env. */
  configFile?: string;
  env?: NodeJS.ProcessEnv;
}

function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}

export function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw phrasedError(
      'invalid_input',
      phrase('config.unreadable', { file: path, reason: (error as Error).message }),
      { file: path },
    );
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new Error('expected a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw phrasedError(
      'invalid_input',
      phrase('config.notJson', { file: path, reason: (error as Error).message }),
      { file: path },
    );
  }
}

export function loadConfig(options: LoadConfigOptions = {}): ServerConfig {
  const env = options.env ?? process.env;
  const file = options.configFile ?? env.JOY_CONFIG;
  const fromFile = file ? readConfigFile(file) : {};
  const fromEnv: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV))
    if (env[name] !== undefined && env[name] !== '') fromEnv[key] = env[name];
  const merged = {
    ...fromFile,
    ...fromEnv,
    ...defined((options.overrides ?? {}) as Record<string, unknown>),
  };
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    throw phrasedError('invalid_input', phrase('config.invalid', { reason: describeIssues(result.error) }), {
      hint: phrase('config.invalid.hint'),
    });
  }
  return { ...result.data, dataDir: resolve(result.data.dataDir) };
}
