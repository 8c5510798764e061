import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createQueue } from '../jobs/index.js';
import { cleanRenderTmp, createChunkExecutors, createRenderExecutor } from '../jobs/render-executor.js';
import { ensureVolumeId } from '../jobs/storage.js';
import type { RenderExecutor, RenderQueue } from '../jobs/types.js';
import type { RenderDraft } from '../render/pipeline-types.js';
import { Accounts } from './accounts.js';
import { buildApp } from './app.js';
import type { ChatTurn, DirectFn } from './chat/turn.js';
import { loadConfig, type ServerConfig, type ServerConfigInput } from './config.js';
import { openDatabase } from './db.js';
import { MediaAnalysis } from './media-analysis.js';
import type { HostResolver } from './net-guard.js';
import { RenderFactsCache } from './render-facts.js';
import { RenderService } from './renders.js';
import { SessionEvents } from './session-events.js';
import { Sessions } from './sessions.js';
import { LinkSigner, loadLinkSecret } from './signed-links.js';
import { Transcript } from './transcript.js';
import { cleanUploadTmp, MEDIA_DIR } from './uploads.js';

export { loadConfig, type ServerConfig } from './config.js';
export { type HostResolver, isPublicAddress } from './net-guard.js';

/**
 * `joy serve` as a function: opens the data dir, the database and the render queue, builds the
 * API and listens. `close()` is the graceful shutdown: chat streams get a last event and close,
 * the server stops taking requests, the running render is interrupted and re-queued, the database
 * is closed.
 */
export interface StartServerOptions extends ServerConfigInput {
  /** JSON config file (else JOY_CONFIG). */
  configFile?: string;
  /** Environment to read settings from; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** DNS for URL uploads (tests point names at loopback with it). */
  resolver?: HostResolver;
  /** Address policy for URL uploads; default public unicast only. For tests. */
  isAllowedAddress?: (ip: string) => boolean;
  /** Replaces the render call (tests); default src/render/render-draft.ts. */
  renderDraft?: RenderDraft;
  /** Replaces the whole render executor (tests). */
  executor?: RenderExecutor;
  /** Replaces the director (tests). */
  direct?: DirectFn;
}

export interface RunningServer {
  url: string;
  port: number;
  config: ServerConfig;
  app: FastifyInstance;
  queue: RenderQueue;
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const {
    configFile,
    env,
    resolver,
    isAllowedAddress,
    renderDraft,
    executor: customExecutor,
    direct,
    ...overrides
  } = options;
  const config = loadConfig({ overrides, ...(configFile ? { configFile } : {}), ...(env ? { env } : {}) });
  await mkdir(join(config.dataDir, MEDIA_DIR), { recursive: true });
  await mkdir(join(config.dataDir, 'renders'), { recursive: true });
  await cleanUploadTmp(config.dataDir);
  // Partial renders of a dead process. With Redis other workers share the folder: the queue sweeps
  // only files that are stale or belong to renders that are over.
  if (!config.redisUrl) await cleanRenderTmp(config.dataDir);
  const volumeId = config.redisUrl ? await ensureVolumeId(config.dataDir) : undefined;

  const links = new LinkSigner(await loadLinkSecret(config.dataDir, config.urlSecret), config.linkTtlS);
  const db = openDatabase(config.dataDir);
  const accounts = new Accounts(db, {
    initialCredits: config.initialCredits,
    tokenTtlDays: config.tokenTtlDays,
    tokensPerAddress: config.tokensPerAddress,
  });
  accounts.releaseOrphanedHolds();
  const sessions = new Sessions(db);
  const transcript = new Transcript(db);
  const sessionEvents = new SessionEvents();
  const turns = new Set<ChatTurn>();
  let app: FastifyInstance | undefined;
  const analysis = config.analyse
    ? new MediaAnalysis(sessions, config.dataDir, {
        info: (obj, msg) => app?.log.info(obj, msg),
        warn: (obj, msg) => app?.log.warn(obj, msg),
      })
    : undefined;

  let queue: RenderQueue | undefined;
  try {
    // The app's logger exists only once the app is built; the queue logs through it via this forwarder.
    // Lines logged before that (re-queued jobs at start) wait for it.
    const early: ['info' | 'error', object, string | undefined][] = [];
    const write = (level: 'info' | 'error', obj: object, msg?: string) => {
      if (app) app.log[level](obj, msg);
      else early.push([level, obj, msg]);
    };
    const log = {
      info: (obj: object, msg?: string) => write('info', obj, msg),
      error: (obj: object, msg?: string) => write('error', obj, msg),
    };
    const executor =
      customExecutor ??
      createRenderExecutor({ dataDir: config.dataDir, ...(renderDraft ? { renderDraft } : {}) });
    queue = await createQueue({
      db,
      redisUrl: config.redisUrl,
      executor,
      chunks: createChunkExecutors({ dataDir: config.dataDir }),
      split: config.splitRenders
        ? { minSplitSeconds: config.splitMinSeconds, minChunkSeconds: config.chunkMinSeconds }
        : false,
      storage: { dataDir: config.dataDir, ...(volumeId ? { volumeId } : {}) },
      lockDurationMs: config.renderLockMs,
      concurrency: config.renderConcurrency,
      maxAttempts: config.renderMaxAttempts,
      runWorker: config.serveWorker,
      log,
    });
    const renders = new RenderService(sessions, queue, {
      dataDir: config.dataDir,
      exportRequiresPlan: config.exportRequiresPlan,
    });
    app = await buildApp({
      config,
      accounts,
      sessions,
      renders,
      queue,
      turns,
      transcript,
      sessionEvents,
      links,
      renderFacts: new RenderFactsCache(config.dataDir),
      version: packageVersion(),
      resolver,
      isAllowedAddress,
      direct,
      ...(analysis ? { analysis } : {}),
      ...(env ? { env } : {}),
    });
    for (const [level, obj, msg] of early.splice(0)) app.log[level](obj, msg);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close().catch(() => undefined);
    await queue?.close().catch(() => undefined);
    await analysis?.close().catch(() => undefined);
    db.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  app.log.info({ url, dataDir: config.dataDir, queue: queue.kind }, 'joy serve listening');

  let closing: Promise<void> | undefined;
  const runningApp = app;
  const runningQueue = queue;
  const close = () => {
    closing ??= (async () => {
      runningApp.log.info('shutting down');
      for (const turn of [...turns]) turn.shutdown();
      await Promise.allSettled([...turns].map((turn) => turn.done));
      // In-flight requests may finish; after 10 s the rest are cut.
      const force = setTimeout(() => runningApp.server.closeAllConnections(), 10_000);
      force.unref();
      await runningApp.close();
      clearTimeout(force);
      await runningQueue.close();
      await analysis?.close().catch(() => undefined);
      db.close();
    })();
    return closing;
  };
  return { url, port, config, app, queue, close };
}
