import type Database from 'better-sqlite3';
import { toJoyError } from '../errors.js';
import {
  CANCEL_REASON,
  type JobListener,
  type JobState,
  type QueueHealth,
  type RenderExecutor,
  type RenderJob,
  type RenderJobSpec,
  type RenderQueue,
  SHUTDOWN_REASON,
} from './types.js';

/**
 * The default render queue: jobs in a SQLite table, run in this process, `concurrency` at a time.
 * A job found `rendering` at start belongs to a process that died: it goes back to the queue (its
 * attempt counted), or fails once it has crashed `maxAttempts` times. A graceful shutdown interrupts
 * running jobs and re-queues them without counting the attempt.
 */
export interface EmbeddedQueueOptions {
  executor: RenderExecutor;
  concurrency?: number;
  maxAttempts?: number;
  /** Progress is written to the database at most this often (listeners hear every change). */
  progressWriteMs?: number;
  log?: { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

interface JobRow {
  id: string;
  hash: string;
  session_id: string;
  spec: string;
  state: JobState;
  progress: number;
  output: string | null;
  error: string | null;
  attempts: number;
  created_at: number;
  updated_at: number;
}

const toJob = (row: JobRow): RenderJob => {
  const job: RenderJob = {
    id: row.id,
    hash: row.hash,
    sessionId: row.session_id,
    state: row.state,
    progress: row.progress,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.output) job.output = row.output;
  if (row.error) job.error = row.error;
  return job;
};

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS render_jobs (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    session_id TEXT NOT NULL,
    spec TEXT NOT NULL,
    state TEXT NOT NULL,
    progress REAL NOT NULL DEFAULT 0,
    output TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS render_jobs_state ON render_jobs(state, created_at);
`;

interface Running {
  controller: AbortController;
  done: Promise<void>;
  progress: number;
  lastWrite: number;
}

export class EmbeddedQueue implements RenderQueue {
  readonly kind = 'embedded' as const;
  private readonly listeners = new Set<JobListener>();
  private readonly running = new Map<string, Running>();
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly progressWriteMs: number;
  private closing = false;

  constructor(
    private readonly db: Database.Database,
    private readonly options: EmbeddedQueueOptions,
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.progressWriteMs = options.progressWriteMs ?? 500;
    db.exec(SCHEMA);
  }

  /** Recovers jobs of a previous process and starts working. */
  start(): this {
    const now = Date.now();
    const orphans = this.db.prepare("SELECT * FROM render_jobs WHERE state = 'rendering'").all() as JobRow[];
    for (const row of orphans) {
      if (row.attempts >= this.maxAttempts) {
        this.db
          .prepare("UPDATE render_jobs SET state = 'failed', error = ?, updated_at = ? WHERE id = ?")
          .run(
            `The render was interrupted ${row.attempts} times (the server stopped while it ran).`,
            now,
            row.id,
          );
      } else {
        this.db
          .prepare("UPDATE render_jobs SET state = 'queued', progress = 0, updated_at = ? WHERE id = ?")
          .run(now, row.id);
        this.options.log?.info({ job: row.id, attempts: row.attempts }, 'render re-queued after restart');
      }
    }
    this.kick();
    return this;
  }

  async enqueue(spec: RenderJobSpec): Promise<RenderJob> {
    const now = Date.now();
    const inserted = this.db
      .prepare(
        "INSERT OR IGNORE INTO render_jobs (id, hash, session_id, spec, state, progress, attempts, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', 0, 0, ?, ?)",
      )
      .run(spec.id, spec.hash, spec.sessionId, JSON.stringify(spec), now, now);
    const job = this.row(spec.id)!;
    if (inserted.changes === 1) {
      this.emit(job);
      this.kick();
    }
    return toJob(job);
  }

  async get(id: string): Promise<RenderJob | undefined> {
    const row = this.row(id);
    if (!row) return undefined;
    const job = toJob(row);
    const running = this.running.get(id);
    if (running && job.state === 'rendering') job.progress = running.progress;
    return job;
  }

  async cancel(id: string): Promise<RenderJob | undefined> {
    const now = Date.now();
    this.db
      .prepare(
        "UPDATE render_jobs SET state = 'canceled', error = 'The render was canceled.', updated_at = ? WHERE id = ? AND state IN ('queued', 'rendering')",
      )
      .run(now, id);
    const running = this.running.get(id);
    if (running) {
      running.controller.abort(CANCEL_REASON);
      await running.done;
    }
    const row = this.row(id);
    if (row) this.emit(row);
    return row ? toJob(row) : undefined;
  }

  onProgress(listener: JobListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async counts(): Promise<Partial<Record<JobState, number>>> {
    const rows = this.db.prepare('SELECT state, COUNT(*) AS n FROM render_jobs GROUP BY state').all() as {
      state: JobState;
      n: number;
    }[];
    return Object.fromEntries(rows.map((row) => [row.state, row.n]));
  }

  async health(): Promise<QueueHealth> {
    const counts = await this.counts();
    const oldest = this.db
      .prepare("SELECT MIN(created_at) AS t FROM render_jobs WHERE state = 'queued'")
      .get() as { t: number | null };
    return {
      reachable: true,
      workers: this.closing ? 0 : this.concurrency,
      waiting: counts.queued ?? 0,
      oldestWaitingMs: oldest.t ? Math.max(0, Date.now() - oldest.t) : 0,
      counts,
    };
  }

  available(): boolean {
    return !this.closing;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const running of this.running.values()) running.controller.abort(SHUTDOWN_REASON);
    await Promise.all([...this.running.values()].map((running) => running.done));
    this.listeners.clear();
  }

  private row(id: string): JobRow | undefined {
    return this.db.prepare('SELECT * FROM render_jobs WHERE id = ?').get(id) as JobRow | undefined;
  }

  private emit(row: JobRow | RenderJob): void {
    const job = 'session_id' in row ? toJob(row) : row;
    for (const listener of this.listeners) {
      try {
        listener(job);
      } catch {
        // A listener's failure is its own business.
      }
    }
  }

  private kick(): void {
    while (!this.closing && this.running.size < this.concurrency) {
      const row = this.db
        .prepare(
          `UPDATE render_jobs SET state = 'rendering', attempts = attempts + 1, progress = 0, updated_at = ?
           WHERE id = (SELECT id FROM render_jobs WHERE state = 'queued' ORDER BY created_at, rowid LIMIT 1)
           RETURNING *`,
        )
        .get(Date.now()) as JobRow | undefined;
      if (!row) return;
      this.run(row);
    }
  }

  private run(row: JobRow): void {
    const controller = new AbortController();
    const spec = JSON.parse(row.spec) as RenderJobSpec;
    const entry: Running = { controller, done: Promise.resolve(), progress: 0, lastWrite: 0 };
    this.running.set(row.id, entry);
    const base = toJob(row);
    this.emit(base);
    this.options.log?.info({ job: row.id, attempt: row.attempts }, 'render started');
    const onProgress = (value: number) => {
      const progress = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
      if (controller.signal.aborted || progress <= entry.progress) return;
      entry.progress = progress;
      const now = Date.now();
      if (now - entry.lastWrite >= this.progressWriteMs) {
        entry.lastWrite = now;
        this.db
          .prepare("UPDATE render_jobs SET progress = ?, updated_at = ? WHERE id = ? AND state = 'rendering'")
          .run(progress, now, row.id);
      }
      this.emit({ ...base, progress, updatedAt: now });
    };
    entry.done = (async () => {
      try {
        const result = await this.options.executor(spec, { signal: controller.signal, onProgress });
        if (controller.signal.aborted) throw new Error(String(controller.signal.reason));
        this.db
          .prepare(
            "UPDATE render_jobs SET state = 'completed', progress = 1, output = ?, error = NULL, updated_at = ? WHERE id = ? AND state = 'rendering'",
          )
          .run(result.output, Date.now(), row.id);
        this.options.log?.info(
          { job: row.id, attempt: row.attempts, output: result.output },
          'render completed',
        );
      } catch (error) {
        const reason = controller.signal.aborted ? controller.signal.reason : undefined;
        const now = Date.now();
        if (reason === SHUTDOWN_REASON) {
          this.db
            .prepare(
              "UPDATE render_jobs SET state = 'queued', progress = 0, attempts = MAX(0, attempts - 1), updated_at = ? WHERE id = ? AND state = 'rendering'",
            )
            .run(now, row.id);
          this.options.log?.info({ job: row.id }, 'render interrupted by shutdown; re-queued');
        } else if (reason === CANCEL_REASON) {
          this.options.log?.info({ job: row.id }, 'render canceled');
        } else {
          const message = toJoyError(error, 'render_failed').message || 'The render failed.';
          this.db
            .prepare(
              "UPDATE render_jobs SET state = 'failed', error = ?, updated_at = ? WHERE id = ? AND state = 'rendering'",
            )
            .run(message, now, row.id);
          this.options.log?.error({ job: row.id, err: message }, 'render failed');
        }
      } finally {
        this.running.delete(row.id);
        const finalRow = this.row(row.id);
        if (finalRow && !(this.closing && finalRow.state === 'queued')) this.emit(finalRow);
        this.kick();
      }
    })();
  }
}
