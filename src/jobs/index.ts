import type Database from 'better-sqlite3';
import { EmbeddedQueue } from './embedded-queue.js';
import type { RenderExecutor, RenderQueue } from './types.js';

export type { BullQueueOptions } from './bullmq-queue.js';
export { EmbeddedQueue, type EmbeddedQueueOptions } from './embedded-queue.js';
export * from './render-executor.js';
export * from './types.js';

export interface CreateQueueOptions {
  /** Database for the embedded queue. */
  db: Database.Database;
  /** When set, BullMQ + Redis instead of the embedded queue. */
  redisUrl?: string | undefined;
  executor: RenderExecutor;
  concurrency?: number;
  maxAttempts?: number;
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
      ...(options.runWorker === false ? {} : { executor: options.executor }),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    return queue.ready();
  }
  return new EmbeddedQueue(options.db, {
    executor: options.executor,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.log ? { log: options.log } : {}),
  }).start();
}
