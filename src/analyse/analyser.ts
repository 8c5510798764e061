import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AnalysisJob, AnalysisReply } from './analysis-process.js';
import type { BeatAnalysis, PhotoAnalysis } from './types.js';

/**
 * The analysis process's entry and the Node options it runs with. From TypeScript sources (tests, tsx)
 * the child loads tsx first. A young generation of 4 MB (V8's default grows to 32 MB) is plenty for
 * code whose data lives in TensorFlow's heap and in typed arrays, and it keeps the process lean.
 */
function childCommand(): { entry: string; execArgv: string[] } {
  const lean = ['--max-semi-space-size=2'];
  if (!import.meta.url.endsWith('.ts'))
    return { entry: fileURLToPath(new URL('./analysis-process.js', import.meta.url)), execArgv: lean };
  return {
    entry: fileURLToPath(new URL('./analysis-process.ts', import.meta.url)),
    execArgv: [...lean, '--import', import.meta.resolve('tsx/esm')],
  };
}

/**
 * glibc's allocator for the analysis process (settings the caller gives win): few arenas, large blocks
 * straight from and back to the system, and free memory at the top of the heap returned at once. By
 * default a freed 15 MB block raises the bar for that, and each photo's decode leaves tens of MB held
 * but unused: with these the process peaks about 60 MB lower on the benchmark photos. Other C
 * libraries ignore them.
 */
const LEAN_MALLOC = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '1048576',
};

/**
 * One analysis process, started on first use: face-api on tfjs-wasm is single-threaded, so one process
 * keeps one core busy while the caller ingests, plans and renders. It is a process of its own, not a
 * thread, because TensorFlow's WebAssembly heap (about 200 MB once the face models have run) never
 * shrinks while it lives: in the caller's process it would sit on top of a render's memory. `close()`
 * ends it and gives all of it back. While idle it never keeps the caller alive on its own, and it ends
 * by itself when the caller goes.
 */
export class Analyser {
  private child: ChildProcess | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  /**
   * `order` is when the caller needs this photo among the others (a render needs its photos in the
   * video's order): the process takes the waiting photo with the lowest first, not the first sent.
   */
  photo(path: string, order?: number): Promise<PhotoAnalysis> {
    return this.run('photo', path, order) as Promise<PhotoAnalysis>;
  }

  audio(path: string): Promise<BeatAnalysis> {
    return this.run('audio', path) as Promise<BeatAnalysis>;
  }

  /** Jobs sent and not yet answered. */
  get busy(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    this.failAll(new Error('the analysis process was closed'));
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.ref(); // waited for, so its end must keep the caller's event loop going
    child.kill();
    await exited;
  }

  private run(kind: AnalysisJob['kind'], path: string, order?: number): Promise<unknown> {
    const child = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) hold(child, true);
      child.send({ id, kind, path, order: order ?? id } satisfies AnalysisJob);
    });
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const { entry, execArgv } = childCommand();
    const child = fork(entry, [], {
      execArgv,
      env: { ...LEAN_MALLOC, ...process.env },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    hold(child, false);
    child.on('message', (reply: AnalysisReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) hold(child, false);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(Object.assign(new Error(reply.message), { code: reply.code }));
    });
    child.on('error', (error) => {
      if (this.child === child) this.child = undefined;
      this.failAll(error);
    });
    child.on('exit', () => {
      if (this.child === child) this.child = undefined;
      this.failAll(new Error('the analysis process stopped'));
    });
    this.child = child;
    return child;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** Whether the child (and its message channel) keep the caller's event loop alive: only while it works. */
function hold(child: ChildProcess, busy: boolean): void {
  const channel = child.channel as { ref(): void; unref(): void } | null | undefined;
  if (busy) {
    child.ref();
    channel?.ref();
  } else {
    child.unref();
    channel?.unref();
  }
}
