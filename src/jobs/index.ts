import type Database from 'better-sqlite3';
import type { SplitOptions } from './chunk-flow.js';
import { EmbeddedQueue } from './embedded-queue.js';
import type { ChunkExecutors, RenderExecutor, RenderQueue } from './types.js';

export type { BullQueueOptions } from './bullmq-queue.js';
export type { SplitOptions } from './chunk-flow.js';
export { EmbeddedQueue, type EmbeddedQueueOptions } from './embedded-queue.js';
export * from './render-executor.js';
export * from './storage.js';
export * from './types.js';

export interface CreateQueueOptions {
  /** Database for the embedded queue. */
  db: Database.Database;
  /** When set, BullMQ + Redis instead of the embedded queue. */
  redisUrl?: string | undefined;
  executor: RenderExecutor;
  /** With Redis: executors of split renders (chunks and joins) for this process's worker. */
  chunks?: ChunkExecutors;
  /** With Redis: how long renders are split into chunks (false: never). */
  split?: SplitOptions | false;
  /** With Redis: the data dir and its volume id, published for workers to check against. */
  storage?: { dataDir: string; volumeId?: string };
  concurrency?: number;
  maxAttempts?: number;
  /** With Redis: a worker's lock on a job, ms. */
  lockDurationMs?: number;
  /** With Redis: also work on jobs in this process. The embedded queue always does. */
  runWorker?: boolean;
  log?: { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

/** The queue the configuration asks for, started. BullMQ is loaded only when Redis is used. */
export async function createQueue(options: CreateQueueOptions): Promise<RenderQueue> {
  if (options.redisUrl) {
    const { BullMQQueue } = await import('./bullmq-queue.js');
    const queue = new BullMQQueue({
      redisUrl: options.redisUrl,
      ...(options.runWorker === false
        ? {}
        : { executor: options.executor, ...(options.chunks ? { chunks: options.chunks } : {}) }),
      ...(options.split !== undefined ? { split: options.split } : {}),
      ...(options.storage ? { storage: options.storage } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    try {
      await queue.ready(3000);
    } catch (error) {
      // Redis is down at start: serve anyway (submissions answer 503) and let the queue reconnect.
      options.log?.error({ err: (error as Error).message }, 'redis unreachable at start; retrying');
      void queue.ready(24 * 3600_000).catch(() => undefined);
    }
    return queue;
  }
  return new EmbeddedQueue(options.db, {
    executor: options.executor,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.log ? { log: options.log } : {}),
  }).start();
}
