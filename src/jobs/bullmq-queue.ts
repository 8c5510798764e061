import { hostname } from 'node:os';
import {
  FlowProducer,
  type Job,
  type JobsOptions,
  Queue,
  QueueEvents,
  UnrecoverableError,
  WaitingError,
  Worker,
} from 'bullmq';
import type { Redis } from 'ioredis';
import { type ErrorCode, JoyError, toJoyError } from '../errors.js';
import {
  CHUNK_JOB,
  type ChunkJobData,
  type ChunkProgress,
  chunkJobId,
  framesDone,
  JOIN_JOB,
  type JoinJobData,
  planRender,
  RENDER_JOB,
  renderIdOfChunk,
  type SplitOptions,
  splitRenderState,
  workerOf,
} from './chunk-flow.js';
import { readyWithin, redisConnection, within } from './redis-connection.js';
import { storageProblem, sweepTemp } from './storage.js';
import {
  CANCEL_REASON,
  type ChunkExecutors,
  type ChunkStatus,
  type JobListener,
  type JobState,
  type QueueHealth,
  queueUnavailable,
  queueUnreachable,
  type RenderExecutor,
  type RenderJob,
  type RenderJobSpec,
  type RenderQueue,
  SHUTDOWN_REASON,
} from './types.js';

/**
 * Render jobs on BullMQ + Redis, for several workers (`joy worker`) sharing one data dir.
 *
 * - The job id is BullMQ's jobId, so a job submitted twice is one job. Long videos are split into a
 *   flow of chunk jobs and a join (chunk-flow.ts) that any worker may take; short ones render whole.
 * - Fail fast: submissions and reads go through a connection without an offline queue; with Redis
 *   unreachable they throw `unavailable` at once and nothing runs later. Workers wait for Redis.
 * - Transient failures retry with exponential backoff; permanent ones (bad draft, missing file on a
 *   worker whose storage was proven) fail once. A dead worker's job stalls and another takes it.
 * - A worker proves it sees the server's data dir before it takes work (storage.ts) and sweeps temp
 *   files of dead renders. Cancel is a Redis key (checked before a job starts) plus a pub/sub message.
 */
export interface BullQueueOptions {
  redisUrl: string;
  /** Queue name; default `joy-render`. */
  name?: string;
  /** Key prefix; default `joy`. */
  prefix?: string;
  /** When set, this process also works on whole renders. */
  executor?: RenderExecutor;
  /** When set (with `executor`), this process also works on chunks and joins of split renders. */
  chunks?: ChunkExecutors;
  /** Split long renders into chunks (producer side); false renders every video whole. */
  split?: SplitOptions | false;
  concurrency?: number;
  /** Tries per job (a crash or a transient error counts) before it fails. */
  maxAttempts?: number;
  /** First retry delay, ms, doubling on each try. */
  backoffMs?: number;
  /** Worker lock duration, ms (a dead worker's job is picked up after about this long). */
  lockDurationMs?: number;
  /** How long finished jobs are kept, seconds. */
  keepSeconds?: number;
  /**
   * The data dir. A producer with `volumeId` publishes it (so workers can check they see the same
   * storage) and sweeps temp files; a worker checks it before taking jobs.
   */
  storage?: { dataDir: string; volumeId?: string };
  /** How this worker is named in status and /health; default `<host>:<pid>`. */
  workerName?: string;
  log?: {
    info(obj: object, msg?: string): void;
    warn?(obj: object, msg?: string): void;
    error(obj: object, msg?: string): void;
  };
}

interface Result {
  output: string;
  worker?: string;
  frames?: number;
  index?: number;
}

type JobData = RenderJobSpec | JoinJobData | ChunkJobData;

const CANCELED_MESSAGE = 'The render was canceled.';
/** Errors that repeating cannot fix: fail at once with the message. */
const PERMANENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'invalid_input',
  'invalid_draft',
  'invalid_command',
  'unsupported_type',
  'corrupt_media',
  'empty_file',
  'file_too_large',
  'image_too_large',
  'not_found',
  'canceled',
]);
const SWEEP_EVERY_MS = 5 * 60_000;
const STORAGE_RETRY_MS = 5000;

/** Errors that only say Redis cannot be reached now (the connection retries by itself). */
const LOST_CONNECTION =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|Connection is closed|connect\b/i;

export class BullMQQueue implements RenderQueue {
  readonly kind = 'bullmq' as const;
  readonly workerName: string;
  private readonly queue: Queue<JobData, Result>;
  private readonly flows: FlowProducer;
  private readonly events: QueueEvents;
  private worker: Worker<JobData, Result> | undefined;
  private readonly connections: Redis[] = [];
  private readonly subscriber: Redis;
  /** The fail-fast connection (queue, flows, status reads). */
  private readonly commands: Redis;
  private readonly listeners = new Set<JobListener>();
  private readonly controllers = new Map<string, { controller: AbortController; renderId: string }>();
  private readonly refreshing = new Map<string, boolean>();
  private readonly name: string;
  private readonly prefix: string;
  private readonly timers: NodeJS.Timeout[] = [];
  private workerStarted: Promise<void> | undefined;
  private storageRefusal: string | undefined;
  private closing = false;

  constructor(private readonly options: BullQueueOptions) {
    this.name = options.name ?? 'joy-render';
    this.prefix = options.prefix ?? 'joy';
    this.workerName = options.workerName ?? `${hostname()}:${process.pid}`;
    this.commands = this.connect('commands');
    this.queue = new Queue(this.name, { connection: this.commands, prefix: this.prefix });
    this.queue.on('error', () => undefined);
    this.flows = new FlowProducer({ connection: this.commands, prefix: this.prefix });
    this.flows.on('error', () => undefined);
    this.events = new QueueEvents(this.name, { connection: this.connect('blocking'), prefix: this.prefix });
    this.events.on('error', () => undefined);
    const refresh = ({ jobId }: { jobId: string }) => this.refresh(renderIdOfChunk(jobId) ?? jobId);
    for (const event of ['waiting', 'active', 'completed', 'failed', 'progress'] as const)
      this.events.on(event, refresh);
    this.subscriber = this.connect('blocking');
    void this.subscriber.subscribe(this.cancelChannel).catch(() => undefined);
    this.subscriber.on('message', (channel, id) => {
      if (channel !== this.cancelChannel) return;
      for (const running of this.controllers.values())
        if (running.renderId === id) running.controller.abort(CANCEL_REASON);
    });
    // Redis may have restarted empty: publish the volume id again on every (re)connection.
    this.commands.on('ready', () => void this.publishVolume());
  }

  private connect(kind: 'commands' | 'blocking'): Redis {
    const redis = redisConnection(this.options.redisUrl, kind);
    let down = false;
    redis.on('error', (error) => {
      if (down || this.closing) return;
      down = true;
      this.options.log?.error({ err: error.message }, 'redis unreachable');
    });
    redis.on('ready', () => {
      if (down) this.options.log?.info({}, 'redis reachable again');
      down = false;
    });
    this.connections.push(redis);
    return redis;
  }

  private get cancelChannel(): string {
    return `${this.prefix}:${this.name}:cancel`;
  }

  private cancelKey(id: string): string {
    return `${this.prefix}:${this.name}:canceled:${id}`;
  }

  private get volumeKey(): string {
    return `${this.prefix}:${this.name}:volume`;
  }

  private async publishVolume(): Promise<void> {
    const volume = this.options.storage?.volumeId;
    if (volume) await this.commands.set(this.volumeKey, volume).catch(() => undefined);
  }

  /**
   * Resolves when Redis answers (within `timeoutMs`, else rejects: the caller decides whether to run on
   * and let the queue reconnect). Workers start once their storage check passes.
   */
  async ready(timeoutMs = 10_000): Promise<this> {
    await readyWithin(this.commands, timeoutMs);
    await this.queue.waitUntilReady();
    await this.events.waitUntilReady();
    await this.publishVolume();
    if (this.options.storage) this.startSweeping(this.options.storage.dataDir);
    if (this.options.executor) {
      this.workerStarted ??= this.startWorker();
      await this.workerStarted;
    }
    return this;
  }

  /** Why this worker takes no jobs (its storage check failed), or undefined. */
  get refusal(): string | undefined {
    return this.storageRefusal;
  }

  /** Resolves once the worker takes jobs (after its storage check); logs each distinct refusal. */
  private async startWorker(): Promise<void> {
    const storage = this.options.storage;
    while (storage && !this.closing) {
      const volume = await this.commands.get(this.volumeKey).catch(() => null);
      const problem = await storageProblem(storage.dataDir, volume ?? undefined);
      if (!problem) break;
      if (problem !== this.storageRefusal)
        this.options.log?.error({ dataDir: storage.dataDir, problem }, `taking no jobs: ${problem}`);
      this.storageRefusal = problem;
      await new Promise((resolve) => this.timers.push(setTimeout(resolve, STORAGE_RETRY_MS)));
    }
    if (this.closing) return;
    if (this.storageRefusal) this.options.log?.info({}, 'storage check passed; taking jobs');
    this.storageRefusal = undefined;
    const lockDuration = this.options.lockDurationMs ?? 30_000;
    this.worker = new Worker<JobData, Result>(
      this.name,
      (job, token, signal) => this.process(job, token, signal),
      {
        connection: this.connect('blocking'),
        prefix: this.prefix,
        name: this.workerName,
        concurrency: Math.max(1, this.options.concurrency ?? 1),
        // Stalls are counted by attempts (see JobsOptions below); a job may stall this often.
        maxStalledCount: Math.max(0, (this.options.maxAttempts ?? 3) - 1),
        lockDuration,
        stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
      },
    );
    this.worker.on('error', (error) => {
      // Lost connections are said once, by the connection ("redis unreachable"), not on every retry.
      if (this.closing || LOST_CONNECTION.test(error.message)) return;
      this.options.log?.error({ err: error.message }, 'render worker error');
    });
    await this.worker.waitUntilReady();
  }

  private startSweeping(dataDir: string): void {
    const sweep = async () => {
      const removed = await sweepTemp(dataDir, async (renderId) => {
        if (this.commands.status !== 'ready') return false;
        const state = await this.queue.getJobState(renderId);
        return state === 'completed' || state === 'failed' || state === 'unknown';
      }).catch(() => []);
      if (removed.length > 0) this.options.log?.info({ removed }, 'removed temp files of dead renders');
    };
    void sweep();
    const timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
    timer.unref();
    this.timers.push(timer);
  }

  private jobOptions(jobId: string): JobsOptions {
    const keep = this.options.keepSeconds ?? 7 * 24 * 3600;
    return {
      jobId,
      attempts: Math.max(1, this.options.maxAttempts ?? 3),
      backoff: { type: 'exponential', delay: this.options.backoffMs ?? 2000 },
      removeOnComplete: { age: keep },
      removeOnFail: { age: keep },
    };
  }

  private async process(
    job: Job<JobData, Result>,
    token: string | undefined,
    signal?: AbortSignal,
  ): Promise<Result> {
    const id = job.id!;
    const spec = job.name === CHUNK_JOB ? (job.data as ChunkJobData).spec : (job.data as RenderJobSpec);
    if (await this.commands.exists(this.cancelKey(spec.id)).catch(() => 0))
      throw new UnrecoverableError(CANCELED_MESSAGE);
    const controller = new AbortController();
    this.controllers.set(id, { controller, renderId: spec.id });
    const onAbort = () =>
      controller.abort(signal?.reason === SHUTDOWN_REASON ? SHUTDOWN_REASON : CANCEL_REASON);
    signal?.addEventListener('abort', onAbort, { once: true });
    this.options.log?.info({ job: id, kind: job.name, attempt: job.attemptsStarted }, 'render started');
    try {
      const result = await this.run(job, controller.signal);
      if (controller.signal.aborted) throw new Error(String(controller.signal.reason));
      this.options.log?.info({ job: id, kind: job.name, output: result.output }, 'render completed');
      return result;
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : undefined;
      if (reason === SHUTDOWN_REASON) {
        // With Redis down the lock simply expires and another worker takes the job as stalled.
        await within(job.moveToWait(token), 1000, undefined);
        throw new WaitingError();
      }
      if (reason === CANCEL_REASON) throw new UnrecoverableError(CANCELED_MESSAGE);
      const joy = toJoyError(error, 'render_failed');
      const message = joy.message || 'The render failed.';
      const permanent = PERMANENT.has(joy.code);
      this.options.log?.error({ job: id, kind: job.name, err: message, permanent }, 'render failed');
      throw permanent ? new UnrecoverableError(message) : new Error(message);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.controllers.delete(id);
    }
  }

  /** Runs one job of any kind; progress is throttled and never goes down. */
  private async run(job: Job<JobData, Result>, signal: AbortSignal): Promise<Result> {
    const worker = this.workerName;
    let last = 0;
    const report = (progress: ChunkProgress | number, final = false) => {
      const now = Date.now();
      if (!final && now - last < 250) return;
      last = now;
      void job.updateProgress(progress as object).catch(() => undefined);
    };
    if (job.name === CHUNK_JOB) {
      const { spec, range } = job.data as ChunkJobData;
      const frames = range.end - range.start;
      // A retried chunk starts again from frame 0; the frames shown stay where the last try left them.
      let shown = framesDone(job.progress, frames);
      report({ frames: shown, worker }, true);
      const result = await this.chunkExecutors().render(spec, range, {
        signal,
        onProgress: (value) => {
          const done = Math.floor(Math.min(1, Math.max(0, value)) * frames);
          if (done <= shown) return;
          shown = done;
          report({ frames: done, worker }, done === frames);
        },
      });
      return { output: result.output, frames, worker, index: range.index };
    }
    if (job.name === JOIN_JOB) {
      const data = job.data as JoinJobData;
      report({ frames: 0, worker }, true);
      const values = Object.values(await job.getChildrenValues<Result>());
      const outputs = data.ranges.map(
        (range) => values.find((value) => value?.index === range.index)?.output,
      );
      const missing = data.ranges.filter((_, k) => !outputs[k]).map((range) => range.index);
      if (missing.length > 0)
        throw new JoyError('render_failed', `Chunks ${missing.join(', ')} have no output.`);
      const { ranges: _, ...spec } = data;
      const result = await this.chunkExecutors().join(spec, outputs as string[], {
        signal,
        onProgress: () => {},
      });
      return { output: result.output, worker };
    }
    const executor = this.options.executor;
    if (!executor) throw new Error('This process renders no jobs.');
    // A retried render starts again from frame 0; the progress shown stays where the last try left it.
    let shown = typeof job.progress === 'number' ? job.progress : 0;
    const result = await executor(job.data as RenderJobSpec, {
      signal,
      onProgress: (value) => {
        const progress = Math.min(1, Math.max(0, value));
        if (progress <= shown) return;
        shown = progress;
        report(progress, progress === 1);
      },
    });
    return { output: result.output, worker };
  }

  private chunkExecutors(): ChunkExecutors {
    if (!this.options.chunks) throw new Error('This worker cannot render chunks.');
    return this.options.chunks;
  }

  /**
   * Throws `unavailable` unless Redis answers now; `unreachable` words it for what was asked (a submission
   * says nothing was queued, a read does not).
   */
  private assertReachable(unreachable: (cause?: unknown) => JoyError = queueUnreachable): void {
    if (this.commands.status !== 'ready') throw unreachable();
  }

  /** Runs a Redis call; a connection failure becomes `unavailable` (HTTP 503). */
  private async guard<T>(
    call: () => Promise<T>,
    unreachable: (cause?: unknown) => JoyError = queueUnreachable,
  ): Promise<T> {
    this.assertReachable(unreachable);
    try {
      return await call();
    } catch (error) {
      if (error instanceof JoyError) throw error;
      throw unreachable(error);
    }
  }

  available(): boolean {
    return !this.closing && this.commands.status === 'ready';
  }

  /** Names of the processes taking jobs from this queue now. */
  async liveWorkers(): Promise<string[]> {
    const clients = await this.guard(() => this.queue.getWorkers());
    const names = clients.map((client) => {
      const name = client.rawname ?? client.name ?? '';
      const marker = name.indexOf(':w:');
      return marker >= 0 ? name.slice(marker + 3) : name;
    });
    return [...new Set(names)].filter(Boolean).sort();
  }

  async enqueue(spec: RenderJobSpec): Promise<RenderJob> {
    this.assertReachable(queueUnavailable);
    // Redis may stop between the check and a read made for the submission: it is still a submission
    // refused, and says nothing was queued.
    const asSubmission = (error: unknown): never => {
      if (error instanceof JoyError && error.code === 'unavailable') throw queueUnavailable(error);
      throw error;
    };
    const existing = await this.get(spec.id).catch(asSubmission);
    if (existing) return existing;
    const split = this.options.split;
    const workers = split === false ? 1 : (await this.liveWorkers().catch(asSubmission)).length;
    // A draft that cannot be planned renders whole, and the render reports what is wrong with it.
    const ranges = split === false ? [] : this.plan(spec, workers, split ?? {});
    await this.guard(async () => {
      if (ranges.length <= 1) {
        await this.queue.add(RENDER_JOB, spec, this.jobOptions(spec.id));
        return;
      }
      const data: JoinJobData = { ...spec, ranges };
      await this.flows.add({
        name: JOIN_JOB,
        queueName: this.name,
        data,
        opts: this.jobOptions(spec.id),
        children: ranges.map((range) => ({
          name: CHUNK_JOB,
          queueName: this.name,
          data: { spec, range } satisfies ChunkJobData,
          opts: { ...this.jobOptions(chunkJobId(spec.id, range.index)), failParentOnFailure: true },
        })),
      });
    }, queueUnavailable);
    this.options.log?.info({ job: spec.id, chunks: Math.max(1, ranges.length), workers }, 'render queued');
    return (await this.get(spec.id)) ?? this.placeholder(spec);
  }

  private plan(spec: RenderJobSpec, workers: number, split: SplitOptions) {
    try {
      return planRender(spec, workers, split);
    } catch {
      return [];
    }
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
    return this.guard(async () => {
      // State first, then the job: a job read before its state could miss the return value written in between.
      const [state, canceled] = await Promise.all([
        this.queue.getJobState(id),
        this.commands.exists(this.cancelKey(id)),
      ]);
      const job = await this.queue.getJob(id);
      if (!job) return undefined;
      const data = job.data as RenderJobSpec;
      const base: RenderJob = {
        id,
        hash: data.hash,
        sessionId: data.sessionId,
        state: 'queued',
        progress: 0,
        attempts: job.attemptsStarted ?? job.attemptsMade,
        createdAt: job.timestamp,
        updatedAt: job.finishedOn ?? job.processedOn ?? job.timestamp,
      };
      const worker = workerOf(job.progress, job.returnvalue);
      if (worker) base.worker = worker;
      let chunkError: string | undefined;
      if (job.name === JOIN_JOB) {
        const chunks = await this.chunks(id, (job.data as JoinJobData).ranges);
        const split = splitRenderState(state, chunks);
        base.chunks = chunks;
        base.progress = split.progress;
        base.attempts = Math.max(...chunks.map((chunk) => chunk.attempts), base.attempts);
        chunkError = chunks.find((chunk) => chunk.state === 'failed')?.error;
        if (split.state === 'rendering' && !canceled) return { ...base, state: 'rendering' };
        if (split.state === 'failed' && !canceled)
          return {
            ...base,
            state: 'failed',
            error: chunkError ?? (job.failedReason || 'The render failed.'),
          };
      } else {
        base.progress = framesDone(job.progress, 1000) / 1000;
      }
      if (state === 'completed')
        return { ...base, state: 'completed', progress: 1, output: job.returnvalue?.output };
      if (state === 'failed' || canceled) {
        const isCancel = Boolean(canceled) || job.failedReason === CANCELED_MESSAGE;
        return {
          ...base,
          state: isCancel ? 'canceled' : 'failed',
          error: isCancel ? CANCELED_MESSAGE : chunkError || job.failedReason || 'The render failed.',
        };
      }
      if (state === 'active') return { ...base, state: 'rendering' };
      return base;
    });
  }

  /** The chunks of a split render, in frame order. */
  private async chunks(renderId: string, ranges: JoinJobData['ranges']): Promise<ChunkStatus[]> {
    return Promise.all(
      ranges.map(async (range) => {
        const chunkId = chunkJobId(renderId, range.index);
        const [state, job] = await Promise.all([this.queue.getJobState(chunkId), this.queue.getJob(chunkId)]);
        const frames = range.end - range.start;
        const status: ChunkStatus = {
          index: range.index,
          start: range.start,
          end: range.end,
          state:
            state === 'completed'
              ? 'completed'
              : state === 'failed'
                ? job?.failedReason === CANCELED_MESSAGE
                  ? 'canceled'
                  : 'failed'
                : state === 'active'
                  ? 'rendering'
                  : 'queued',
          framesDone: state === 'completed' ? frames : framesDone(job?.progress, frames),
          attempts: job?.attemptsStarted ?? job?.attemptsMade ?? 0,
        };
        const worker = workerOf(job?.progress, job?.returnvalue);
        if (worker) status.worker = worker;
        if (status.state === 'failed' && job?.failedReason) status.error = job.failedReason;
        return status;
      }),
    );
  }

  async cancel(id: string): Promise<RenderJob | undefined> {
    const job = await this.get(id);
    if (!job) return undefined;
    if (job.state === 'queued' || job.state === 'rendering') {
      await this.guard(async () => {
        await this.commands.set(this.cancelKey(id), '1', 'EX', this.options.keepSeconds ?? 7 * 24 * 3600);
        await this.commands.publish(this.cancelChannel, id);
        if (job.state === 'queued') await this.queue.remove(id).catch(() => 0);
      });
      const canceled: RenderJob = { ...job, state: 'canceled', error: CANCELED_MESSAGE };
      this.emit(canceled);
      return canceled;
    }
    return job;
  }

  onProgress(listener: JobListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async counts(): Promise<Partial<Record<JobState, number>>> {
    const counts = await this.guard(() =>
      this.queue.getJobCounts(
        'waiting',
        'delayed',
        'prioritized',
        'waiting-children',
        'active',
        'completed',
        'failed',
      ),
    );
    return {
      queued: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      rendering: (counts.active ?? 0) + (counts['waiting-children'] ?? 0),
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async health(): Promise<QueueHealth> {
    const down: QueueHealth = { reachable: false, waiting: 0, oldestWaitingMs: 0, counts: {} };
    if (!this.available()) return down;
    const read = async (): Promise<QueueHealth> => {
      const [counts, workers, oldest] = await Promise.all([
        this.counts(),
        this.liveWorkers(),
        this.guard(() => this.queue.getJobs(['wait', 'prioritized', 'delayed'], 0, 0, true)),
      ]);
      const first = oldest[0];
      let waiting = counts.queued ?? 0;
      let oldestWaitingMs = first ? Math.max(0, Date.now() - first.timestamp) : 0;
      // With no worker alive, a job still marked active (its worker killed) waits for one too.
      if (workers.length === 0 && (counts.rendering ?? 0) > 0) {
        const active = await this.guard(() => this.queue.getJobs(['active'], 0, -1, true));
        waiting += active.length;
        for (const job of active)
          oldestWaitingMs = Math.max(oldestWaitingMs, Date.now() - (job.processedOn ?? job.timestamp));
      }
      return {
        reachable: true,
        workers: workers.length,
        workerNames: workers,
        waiting,
        oldestWaitingMs,
        counts,
      };
    };
    return within(read(), 900, down);
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

  /** Emits a render's current view; calls for the same render while one runs coalesce into one more. */
  private refresh(id: string): void {
    if (this.listeners.size === 0 || this.closing) return;
    if (this.refreshing.has(id)) {
      this.refreshing.set(id, true);
      return;
    }
    this.refreshing.set(id, false);
    void (async () => {
      do {
        this.refreshing.set(id, false);
        const job = await this.get(id).catch(() => undefined);
        if (job) this.emit(job);
      } while (this.refreshing.get(id) && !this.closing);
      this.refreshing.delete(id);
    })();
  }

  /**
   * Stops: running jobs go back to the queue. With Redis unreachable nothing waits for it: the
   * connections are dropped after a short grace and the jobs' locks expire so other workers take them.
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const running of this.controllers.values()) running.controller.abort(SHUTDOWN_REASON);
    const graceful = async () => {
      await this.workerStarted?.catch(() => undefined);
      await this.worker?.close();
      await this.events.close();
      await this.flows.close();
      await this.queue.close();
    };
    const reachable = this.commands.status === 'ready';
    await within(graceful(), reachable ? 15_000 : 1500, undefined);
    this.listeners.clear();
    await Promise.all(
      this.connections.map((redis) =>
        redis.status === 'ready'
          ? within(redis.quit(), 1000, 'OK').then(() => redis.disconnect())
          : redis.disconnect(),
      ),
    );
  }
}
