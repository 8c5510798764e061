import { rmSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { type JoyError, phrasedError } from '../errors.js';
import { type EncodeJob, type JoinJob, type RunningAvJob, startAvJob } from '../media/index.js';
import { phrase } from '../messages/index.js';

/**
 * The media child that consumes frames and writes the MP4 (FFmpeg's libraries from npm node-av, in a
 * process of its own). Writes resolve once the child has taken the bytes (so the caller may reuse the
 * buffer), which gives backpressure for free. The tail of its error output is kept for errors.
 *
 * A whole render's soundtrack is mixed and encoded by a second child at the same time, written beside the
 * output: mixing it first in the encoder's own process kept the first frame waiting seconds (loudness
 * normalisation over the whole song). The frames end only once the mix is in place.
 */
export type EncoderStatus = 'running' | 'finished' | 'failed' | 'canceled';

export class Encoder {
  status: EncoderStatus = 'running';
  private readonly stdin: Writable;
  private readonly stdout: Readable;
  private readonly kill: () => void;
  private readonly exited: Promise<Error | undefined>;
  private readonly onAbort: () => void;
  private readonly signal: AbortSignal | undefined;
  private stderr = '';
  private readonly mix: RunningAvJob | undefined;
  private readonly mixFile: string | undefined;
  private mixFailure: Error | undefined;

  constructor(job: EncodeJob | JoinJob, signal?: AbortSignal) {
    this.signal = signal;
    if (job.op === 'encode' && job.audio && job.durationSeconds !== undefined) {
      this.mixFile = `${job.output}.mix.m4a`;
      this.mix = startAvJob({
        op: 'mix',
        audio: job.audio,
        durationSeconds: job.durationSeconds,
        output: this.mixFile,
      });
      const { audio: _mixedBeside, ...video } = job;
      job = { ...video, audioFile: this.mixFile };
    }
    const child = startAvJob(job, undefined, { stdin: true });
    this.stdin = child.stdin!;
    this.stdout = child.stdout;
    this.stdout.resume();
    this.kill = child.kill;
    // A dead child makes stdin emit EPIPE; the exit status reports the real failure.
    this.stdin.on('error', () => undefined);
    this.exited = child.done.then(
      () => undefined,
      (error: Error) => {
        this.stderr = error.message;
        return error;
      },
    );
    // A mix that fails (a song that will not decode) stops the render at once, not after every frame.
    this.mix?.done.catch((error: Error) => {
      if (this.status !== 'running') return;
      this.mixFailure = error;
      this.status = 'failed';
      this.stdin.destroy();
      this.kill();
    });
    this.onAbort = () => this.cancel();
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  get stderrTail(): string {
    return (this.mixFailure?.message ?? this.stderr).trim();
  }

  write(data: Uint8Array): Promise<void> {
    if (this.status !== 'running') return Promise.reject(this.failure());
    return new Promise((resolve, reject) => {
      this.stdin.write(data, (error) => {
        if (error || this.status !== 'running') reject(this.failure(error ?? undefined));
        else resolve();
      });
    });
  }

  async finish(): Promise<void> {
    // A failed mix has already stopped the encoder (see the constructor).
    await this.mix?.done.catch(() => undefined);
    this.stdin.end();
    const error = await this.exited;
    this.removeMix();
    this.signal?.removeEventListener('abort', this.onAbort);
    if (this.mixFailure) throw this.failure();
    if (this.status === 'canceled') throw this.failure();
    if (error) {
      this.status = 'failed';
      throw this.failure();
    }
    this.status = 'finished';
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.status = 'canceled';
    this.stdin.destroy();
    this.kill();
    this.mix?.kill();
  }

  /** Waits for the processes to be gone (after cancel or failure). */
  async closed(): Promise<void> {
    await this.exited;
    await this.mix?.done.catch(() => undefined);
    this.removeMix();
  }

  private removeMix(): void {
    if (!this.mixFile) return;
    rmSync(this.mixFile, { force: true });
    rmSync(`${this.mixFile}.part`, { force: true });
  }

  private failure(cause?: Error): JoyError {
    if (this.status === 'canceled') return phrasedError('canceled', phrase('render.canceled'));
    const tail = this.stderrTail.split('\n').slice(-6).join('\n');
    const reason = tail || cause?.message || phrase('encode.noMessage');
    return phrasedError('encoder_failed', phrase('encode.stopped', { reason }), {
      hint: phrase('encode.stopped.hint'),
      cause,
      details: { stderr: this.stderrTail },
    });
  }
}
