import { type Job, Queue, QueueEvents, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { toJoyError } from '../errors.js';
import {
  CANCEL_REASON,
  type JobListener,
  type JobState,
  type RenderExecutor,
  type RenderJob,
  type RenderJobSpec,
  type RenderQueue,
  SHUTDOWN_REASON,
} from './types.js';

/**
 * Render jobs on BullMQ + Redis, for several workers (`joy worker`) sharing one data dir. The job id
 * is BullMQ's jobId, so a job submitted twice is one job. Cancel is a Redis key (checked before a job
 * starts) plus a pub/sub message that makes the worker running it abort. A worker that dies mid-render
 * leaves a stalled job that BullMQ hands to another worker; a worker that shuts down gracefully moves
 * its running job back to the wait list.
 */
export interface BullQueueOptions {
  redisUrl: string;
  /** Queue name; default `joy-render`. */
  name?: string;
  /** Key prefix; default `joy`. */
  prefix?: string;
  /** When set, this process also works on jobs. */
  executor?: RenderExecutor;
  concurrency?: number;
  /** A job may stall (its worker died) this many times minus one before it fails. */
  maxAttempts?: number;
  /** Worker lock duration, ms (a dead worker's job is picked up after about this long). */
  lockDurationMs?: number;
  /** How long finished jobs are kept, seconds. */
  keepSeconds?: number;
  log?: { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

interface Result {
  output: string;
}

const CANCELED_MESSAGE = 'The render was canceled.';

function connection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export class BullMQQueue implements RenderQueue {
  readonly kind = 'bullmq' as const;
  private readonly queue: Queue<RenderJobSpec, Result>;
  private readonly events: QueueEvents;
  private readonly worker: Worker<RenderJobSpec, Result> | undefined;
  private readonly connections: Redis[] = [];
  private readonly subscriber: Redis;
  private readonly commands: Redis;
  private readonly listeners = new Set<JobListener>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly name: string;
  private readonly prefix: string;
  private closing = false;

  constructor(private readonly options: BullQueueOptions) {
    this.name = options.name ?? 'joy-render';
    this.prefix = options.prefix ?? 'joy';
    const make = () => {
      const redis = connection(options.redisUrl);
      redis.on('error', (error) => options.log?.error({ err: error.message }, 'redis error'));
      this.connections.push(redis);
      return redis;
    };
    this.queue = new Queue(this.name, { connection: make(), prefix: this.prefix });
    this.events = new QueueEvents(this.name, { connection: make(), prefix: this.prefix });
    const refresh = ({ jobId }: { jobId: string }) => void this.refresh(jobId);
    this.events.on('waiting', refresh);
    this.events.on('active', refresh);
    this.events.on('completed', refresh);
    this.events.on('failed', refresh);
    this.events.on('progress', ({ jobId, data }) => {
      if (this.listeners.size === 0) return;
      void this.get(jobId).then((job) => {
        if (job && job.state === 'rendering' && typeof data === 'number')
          this.emit({ ...job, progress: Math.max(job.progress, data) });
      });
    });
    this.commands = make();
    this.subscriber = make();
    void this.subscriber.subscribe(this.cancelChannel);
    this.subscriber.on('message', (channel, id) => {
      if (channel !== this.cancelChannel) return;
      this.controllers.get(id)?.abort(CANCEL_REASON);
    });
    if (options.executor) {
      const executor = options.executor;
      this.worker = new Worker<RenderJobSpec, Result>(
        this.name,
        (job, token, signal) => this.process(executor, job, token, signal),
        {
          connection: make(),
          prefix: this.prefix,
          concurrency: Math.max(1, options.concurrency ?? 1),
          maxStalledCount: Math.max(0, (options.maxAttempts ?? 3) - 1),
          lockDuration: options.lockDurationMs ?? 30_000,
          stalledInterval: Math.max(1000, Math.floor((options.lockDurationMs ?? 30_000) / 2)),
        },
      );
      this.worker.on('error', (error) => options.log?.error({ err: error.message }, 'render worker error'));
    }
  }

  private get cancelChannel(): string {
    return `${this.prefix}:${this.name}:cancel`;
  }

  private cancelKey(id: string): string {
    return `${this.prefix}:${this.name}:canceled:${id}`;
  }

  /** Resolves when Redis answers (for startup checks and tests). */
  async ready(): Promise<this> {
    await this.queue.waitUntilReady();
    await this.events.waitUntilReady();
    if (this.worker) await this.worker.waitUntilReady();
    return this;
  }

  private async process(
    executor: RenderExecutor,
    job: Job<RenderJobSpec, Result>,
    token: string | undefined,
    signal?: AbortSignal,
  ): Promise<Result> {
    const id = job.id!;
    if (await this.commands.exists(this.cancelKey(id))) throw new UnrecoverableError(CANCELED_MESSAGE);
    const controller = new AbortController();
    this.controllers.set(id, controller);
    const onAbort = () =>
      controller.abort(signal?.reason === SHUTDOWN_REASON ? SHUTDOWN_REASON : CANCEL_REASON);
    signal?.addEventListener('abort', onAbort, { once: true });
    this.options.log?.info({ job: id, attempt: job.attemptsStarted }, 'render started');
    let last = 0;
    let lastProgress = 0;
    try {
      const result = await executor(job.data, {
        signal: controller.signal,
        onProgress: (value) => {
          const progress = Math.min(1, Math.max(0, value));
          const now = Date.now();
          if (progress <= lastProgress || (now - last < 250 && progress < 1)) return;
          last = now;
          lastProgress = progress;
          void job.updateProgress(progress).catch(() => {});
        },
      });
      if (controller.signal.aborted) throw new Error(String(controller.signal.reason));
      this.options.log?.info({ job: id, output: result.output }, 'render completed');
      return result;
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : undefined;
      if (reason === SHUTDOWN_REASON) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      if (reason === CANCEL_REASON) throw new UnrecoverableError(CANCELED_MESSAGE);
      const message = toJoyError(error, 'render_failed').message || 'The render failed.';
      this.options.log?.error({ job: id, err: message }, 'render failed');
      throw new UnrecoverableError(message);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.controllers.delete(id);
    }
  }

  async enqueue(spec: RenderJobSpec): Promise<RenderJob> {
    const existing = await this.get(spec.id);
    if (existing) return existing;
    const keep = this.options.keepSeconds ?? 7 * 24 * 3600;
    await this.queue.add('render', spec, {
      jobId: spec.id,
      attempts: 1,
      removeOnComplete: { age: keep },
      removeOnFail: { age: keep },
    });
    return (await this.get(spec.id)) ?? this.placeholder(spec);
  }

  private placeholder(spec: RenderJobSpec): RenderJob {
    const now = Date.now();
    return {
      id: spec.id,
      hash: spec.hash,
      sessionId: spec.sessionId,
      state: 'queued',
      progress: 0,
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    };
  }

  async get(id: string): Promise<RenderJob | undefined> {
    // State first, then the job: a job read before its state could miss the return value written in between.
    const [state, canceled] = await Promise.all([
      this.queue.getJobState(id),
      this.commands.exists(this.cancelKey(id)),
    ]);
    const job = await this.queue.getJob(id);
    if (!job) return undefined;
    const base: RenderJob = {
      id,
      hash: job.data.hash,
      sessionId: job.data.sessionId,
      state: 'queued',
      progress: typeof job.progress === 'number' ? job.progress : 0,
      attempts: job.attemptsStarted ?? job.attemptsMade,
      createdAt: job.timestamp,
      updatedAt: job.finishedOn ?? job.processedOn ?? job.timestamp,
    };
    if (state === 'completed')
      return { ...base, state: 'completed', progress: 1, output: job.returnvalue?.output };
    if (state === 'failed' || canceled) {
      const isCancel = canceled || job.failedReason === CANCELED_MESSAGE;
      return {
        ...base,
        state: isCancel ? 'canceled' : 'failed',
        error: isCancel ? CANCELED_MESSAGE : job.failedReason || 'The render failed.',
      };
    }
    if (state === 'active') return { ...base, state: 'rendering' };
    return base;
  }

  async cancel(id: string): Promise<RenderJob | undefined> {
    const job = await this.get(id);
    if (!job) return undefined;
    if (job.state === 'queued' || job.state === 'rendering') {
      const client = this.commands;
      await client.set(this.cancelKey(id), '1', 'EX', this.options.keepSeconds ?? 7 * 24 * 3600);
      await client.publish(this.cancelChannel, id);
      if (job.state === 'queued') await this.queue.remove(id).catch(() => 0);
      this.emit({ ...job, state: 'canceled', error: CANCELED_MESSAGE });
      return { ...job, state: 'canceled', error: CANCELED_MESSAGE };
    }
    return job;
  }

  onProgress(listener: JobListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async counts(): Promise<Partial<Record<JobState, number>>> {
    const counts = await this.queue.getJobCounts(
      'waiting',
      'delayed',
      'prioritized',
      'active',
      'completed',
      'failed',
    );
    return {
      queued: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      rendering: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  private emit(job: RenderJob): void {
    for (const listener of this.listeners) {
      try {
        listener(job);
      } catch {
        // A listener's failure is its own business.
      }
    }
  }

  private async refresh(id: string): Promise<void> {
    if (this.listeners.size === 0 || this.closing) return;
    const job = await this.get(id).catch(() => undefined);
    if (job) this.emit(job);
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.worker) {
      for (const controller of this.controllers.values()) controller.abort(SHUTDOWN_REASON);
      await this.worker.close();
    }
    await this.events.close();
    await this.queue.close();
    this.listeners.clear();
    await Promise.all(this.connections.map((redis) => redis.quit().catch(() => redis.disconnect())));
  }
}
