import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Compositor, type FramePlan } from './compositor.js';
import type { Frame } from './frame.js';
import { canTravel, toMessage } from './plan-message.js';

/**
 * Compositing threads. Frames are composed in parallel with each other and with the encoder; plates
 * and output frames are shared memory, so a frame costs one small message each way. Plans that cannot
 * travel (planes outside shared memory) are composed on the calling thread.
 */
export function defaultWorkerCount(): number {
  const fromEnv = process.env.JOY_RENDER_THREADS;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** The built JavaScript worker; from TypeScript sources (tests, tsx) the worker registers tsx first. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./composite-worker.js', import.meta.url));
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./composite-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

export class CompositePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<
    number,
    { resolve: () => void; reject: (error: Error) => void; worker: Worker }
  >();
  /** Jobs in flight per worker: a worker keeps the process alive only while it has work. */
  private readonly busy = new Map<Worker, number>();
  private readonly local: Compositor;
  private nextId = 0;
  private nextWorker = 0;
  private failure: Error | undefined;

  constructor(width: number, height: number, threads = defaultWorkerCount()) {
    this.local = new Compositor(width, height);
    for (let k = 0; k < threads; k++) {
      const worker = startWorker();
      worker.on('message', (reply: { id: number; error?: string }) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (waiting) this.release(waiting.worker);
        if (reply.error) waiting?.reject(new Error(reply.error));
        else waiting?.resolve();
      });
      worker.on('error', (error) => this.fail(error));
      worker.unref();
      this.workers.push(worker);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  private hold(worker: Worker): void {
    const count = this.busy.get(worker) ?? 0;
    if (count === 0) worker.ref();
    this.busy.set(worker, count + 1);
  }

  private release(worker: Worker): void {
    const count = (this.busy.get(worker) ?? 1) - 1;
    this.busy.set(worker, count);
    if (count === 0) worker.unref();
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const waiting of this.pending.values()) {
      this.release(waiting.worker);
      waiting.reject(error);
    }
    this.pending.clear();
  }

  /** Composes `plan` into `out`, whose buffer must be shared for threads to write it. */
  compose(plan: FramePlan, out: Frame): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const shared = out.data.buffer instanceof SharedArrayBuffer;
    if (this.workers.length === 0 || !shared || !canTravel(plan)) {
      this.local.compose(plan, out);
      return Promise.resolve();
    }
    const id = this.nextId++;
    const worker = this.workers[this.nextWorker++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      this.hold(worker);
      worker.postMessage({
        id,
        plan: toMessage(plan),
        width: out.width,
        height: out.height,
        out: { buffer: out.data.buffer, byteOffset: out.data.byteOffset },
      });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }
}
