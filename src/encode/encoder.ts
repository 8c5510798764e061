import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { JoyError } from '../errors.js';
import { ffmpeg } from '../media/index.js';

/**
 * The ffmpeg child that consumes frames. Writes resolve once ffmpeg has taken the bytes (so the caller
 * may reuse the buffer), which gives backpressure for free. The tail of stderr is kept for errors.
 */
export type EncoderStatus = 'running' | 'finished' | 'failed' | 'canceled';

const STDERR_TAIL = 16 * 1024;

export class Encoder {
  status: EncoderStatus = 'running';
  private readonly child: ChildProcessByStdio<Writable, null, Readable>;
  private stderr = '';
  private readonly exited: Promise<number | null>;
  private readonly onAbort: () => void;
  private readonly signal: AbortSignal | undefined;

  constructor(args: string[], signal?: AbortSignal) {
    this.signal = signal;
    this.child = spawn(ffmpeg().path, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
    });
    // A dead ffmpeg makes stdin emit EPIPE; the exit status reports the real failure.
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code) => resolve(code));
      this.child.on('error', (error) => {
        this.stderr += `\n${error.message}`;
        resolve(-1);
      });
    });
    this.onAbort = () => this.cancel();
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  get stderrTail(): string {
    return this.stderr.trim();
  }

  write(data: Uint8Array): Promise<void> {
    if (this.status !== 'running') return Promise.reject(this.failure());
    return new Promise((resolve, reject) => {
      this.child.stdin.write(data, (error) => {
        if (error || this.status !== 'running') reject(this.failure(error ?? undefined));
        else resolve();
      });
    });
  }

  async finish(): Promise<void> {
    this.child.stdin.end();
    const code = await this.exited;
    this.signal?.removeEventListener('abort', this.onAbort);
    if (this.status === 'canceled') throw this.failure();
    if (code !== 0) {
      this.status = 'failed';
      throw this.failure();
    }
    this.status = 'finished';
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.status = 'canceled';
    this.child.stdin.destroy();
    this.child.kill('SIGKILL');
  }

  /** Waits for the process to be gone (after cancel or failure). */
  async closed(): Promise<void> {
    await this.exited;
  }

  private failure(cause?: Error): JoyError {
    if (this.status === 'canceled') return new JoyError('canceled', 'The render was canceled.');
    const tail = this.stderrTail.split('\n').slice(-6).join('\n');
    return new JoyError(
      'encoder_failed',
      `The video encoder stopped: ${tail || cause?.message || 'no message'}`,
      {
        hint: 'Run `joy doctor` to check the ffmpeg Joy uses, or set JOY_FFMPEG to another build.',
        cause,
        details: { stderr: this.stderrTail },
      },
    );
  }
}
