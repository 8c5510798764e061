import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { AvJob } from './job.js';

/**
 * Starts the media child (child.ts) on one job. Decoding user files happens there, with the FFmpeg
 * libraries npm installed (node-av), so a decoder crash or runaway costs one request, not the server.
 */
function childCommand(): string[] {
  if (!import.meta.url.endsWith('.ts')) return [fileURLToPath(new URL('./child.js', import.meta.url))];
  // From TypeScript sources (tests, tsx) the child loads tsx first.
  return ['--import', import.meta.resolve('tsx/esm'), fileURLToPath(new URL('./child.ts', import.meta.url))];
}

export type AvChild = ChildProcessByStdio<Writable | null, Readable, Readable>;

const STDERR_TAIL = 4000;

export class AvJobError extends Error {
  constructor(
    message: string,
    /** Ended by a signal (a crash, or killed) rather than refusing the file. */
    readonly crashed: boolean,
  ) {
    super(message);
  }
}

/** A running job: its stdout, and a promise that settles when it ends. */
export interface RunningAvJob {
  /** Only when asked for: the encoder's frames. */
  stdin: Writable | undefined;
  stdout: Readable;
  /** Resolves when the child succeeded; rejects with an AvJobError otherwise. */
  done: Promise<void>;
  pid: number | undefined;
  kill(): void;
}

export function startAvJob(
  job: AvJob,
  signal?: AbortSignal,
  options: { stdin?: boolean } = {},
): RunningAvJob {
  const child = spawn(process.execPath, [...childCommand(), JSON.stringify(job)], {
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    signal,
  }) as AvChild;
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(error));
    child.on('close', (code, killedBy) => {
      if (code === 0) resolve();
      else
        reject(
          new AvJobError(stderr.trim() || `media reader ended by ${killedBy ?? `exit ${code}`}`, !!killedBy),
        );
    });
  });
  // A caller that reads only part of the output kills the child; that is not an unhandled failure.
  done.catch(() => undefined);
  return {
    stdin: child.stdin ?? undefined,
    stdout: child.stdout,
    done,
    pid: child.pid,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Runs a job to its end and returns all it wrote. */
export async function runAvJob(job: AvJob, signal?: AbortSignal): Promise<Buffer> {
  const running = startAvJob(job, signal);
  const chunks: Buffer[] = [];
  running.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  await running.done;
  return Buffer.concat(chunks);
}

/** The FFmpeg generation the media child decodes with, and the node-av release that carries it. */
export interface MediaLibraries {
  version: string;
  libavformat: string;
  nodeAv: string;
}

export async function mediaLibraries(): Promise<MediaLibraries> {
  return JSON.parse((await runAvJob({ op: 'version' })).toString('utf8')) as MediaLibraries;
}
