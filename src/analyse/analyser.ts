import { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisReply } from './analysis-worker.js';
import type { BeatAnalysis, PhotoAnalysis } from './types.js';

/** The built JavaScript worker; from TypeScript sources (tests, tsx) the worker registers tsx first. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis-worker.js', import.meta.url));
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./analysis-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

/**
 * One analysis worker thread, started on first use: face-api on tfjs-wasm is single-threaded, so one
 * worker keeps one core busy while the main thread ingests, plans and renders. Jobs queue in the
 * worker; `close()` ends it. The thread is unref'd, so it never keeps a process alive on its own.
 */
export class Analyser {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  photo(path: string): Promise<PhotoAnalysis> {
    return this.run('photo', path) as Promise<PhotoAnalysis>;
  }

  audio(path: string): Promise<BeatAnalysis> {
    return this.run('audio', path) as Promise<BeatAnalysis>;
  }

  /** Jobs sent and not yet answered. */
  get busy(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the analysis worker was closed'));
    if (worker) await worker.terminate();
  }

  private run(kind: AnalysisJob['kind'], path: string): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, kind, path } satisfies AnalysisJob);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on('message', (reply: AnalysisReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(Object.assign(new Error(reply.message), { code: reply.code }));
    });
    worker.on('error', (error) => {
      this.worker = undefined;
      this.failAll(error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the analysis worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
