import { Redis, type RedisOptions } from 'ioredis';

/**
 * Redis connections of the BullMQ queue. Two kinds, because they fail differently:
 * - `commands` (submissions, status reads, health): no offline queue and a short command timeout, so
 *   with Redis unreachable a call fails within a second instead of waiting and running later as a
 *   ghost (BullMQ's recommended `enableOfflineQueue: false` for producers);
 * - `blocking` (workers, queue events): wait for Redis as long as it takes, reconnecting with backoff.
 */
export type ConnectionKind = 'commands' | 'blocking';

/** Longest a command may take before the caller hears "Redis is unreachable". */
export const COMMAND_TIMEOUT_MS = 800;

/** Reconnect after 100 ms, doubling up to 2 s, for ever: a Redis that comes back is found quickly. */
export function reconnectDelay(attempt: number): number {
  return Math.min(2000, 100 * 2 ** Math.min(attempt, 5));
}

export function redisConnection(url: string, kind: ConnectionKind): Redis {
  const common: RedisOptions = {
    connectTimeout: 2000,
    enableReadyCheck: true,
    retryStrategy: reconnectDelay,
    maxRetriesPerRequest: null,
  };
  if (kind === 'blocking') return new Redis(url, common);
  return new Redis(url, {
    ...common,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
  });
}

/** Resolves when `redis` is ready, or rejects after `ms` (startup must not hang on a dead Redis). */
export function readyWithin(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`Redis did not answer within ${ms} ms.`));
    }, ms);
    timer.unref();
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}

/** A promise bounded in time: `fallback` when it takes longer than `ms` or fails. */
export async function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise.catch(() => fallback),
      new Promise<T>((resolve) => {
        timer = setTimeout(() => resolve(fallback), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
