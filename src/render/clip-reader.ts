import { basename } from 'node:path';
import { phrasedError } from '../errors.js';
import { type BoundInput, bindInput, startAvJob } from '../media/index.js';
import { phrase } from '../messages/index.js';
import { type Plate, plateByteLength } from './plate.js';
import type { PlateLayout } from './plugin-types.js';

/**
 * Frames of a video clip, decoded in the media child straight to YUV 4:2:0 at the canvas size and frame rate.
 * Reading forward streams; asking for an earlier or far-away frame restarts the decoder there, so any
 * frame can be pulled on its own (seeking previews) while a full render reads each frame once.
 */
export interface ClipOptions {
  width: number;
  height: number;
  fps: number;
  trimStartMs: number;
  layout: PlateLayout;
}

const RESTART_GAP = 90;

export function fitFilter(width: number, height: number, layout: PlateLayout): string {
  if (layout.mode === 'cover') {
    return `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height}`;
  }
  if (layout.background === 'blur') {
    const sigma = Math.max(2, Math.round((layout.blurRadius * height) / 1080 / 2));
    const dim = (-layout.dim * 0.5).toFixed(3);
    return (
      `split[bg][fg];[bg]scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height},` +
      `boxblur=${sigma}:2,eq=brightness=${dim}[b];[fg]scale=${width}:${height}:force_original_aspect_ratio=decrease[f];` +
      '[b][f]overlay=(W-w)/2:(H-h)/2'
    );
  }
  const color = layout.color.replace('#', '0x');
  return `scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=${color}`;
}

export class ClipReader {
  private readonly path: string;
  private readonly options: ClipOptions;
  private readonly frameSize: number;
  private child: { kill(): void } | undefined;
  private iterator: AsyncIterator<Buffer> | undefined;
  private pending: Buffer = Buffer.alloc(0);
  private position = -1;
  private last: Plate | undefined;
  private ended = false;
  private bound: Promise<BoundInput> | undefined;

  constructor(path: string, options: ClipOptions) {
    this.path = path;
    this.options = options;
    this.frameSize = plateByteLength(options.width, options.height);
  }

  private start(frame: number, input: BoundInput): void {
    this.close();
    const { width, height, fps, trimStartMs, layout } = this.options;
    const seconds = (trimStartMs + (frame * 1000) / fps) / 1000;
    const filter = `fps=${fps},${fitFilter(width, height, layout)},format=yuv420p`;
    // Seconds rounded to the millisecond, as a seek has always been asked for.
    const startSeconds = Number(seconds.toFixed(3));
    const job = startAvJob({ op: 'frames', ...input, startSeconds, filter });
    this.child = job;
    this.iterator = job.stdout[Symbol.asyncIterator]();
    this.pending = Buffer.alloc(0);
    this.position = frame - 1;
    this.ended = false;
  }

  private async readNext(): Promise<Plate | undefined> {
    while (this.pending.length < this.frameSize) {
      if (this.ended || !this.iterator) return undefined;
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
        return undefined;
      }
      this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
    }
    const bytes = new Uint8Array(new SharedArrayBuffer(this.frameSize));
    bytes.set(this.pending.subarray(0, this.frameSize));
    this.pending = this.pending.subarray(this.frameSize);
    const { width, height } = this.options;
    const ySize = width * height;
    this.position += 1;
    return {
      width,
      height,
      focus: { x: 0.5, y: 0.5 },
      y: bytes.subarray(0, ySize),
      u: bytes.subarray(ySize, ySize + ySize / 4),
      v: bytes.subarray(ySize + ySize / 4),
    };
  }

  /** Frame `index` of the clip (counted at the canvas frame rate from the trim point). */
  async frameAt(index: number): Promise<Plate> {
    if (this.last && index === this.position) return this.last;
    if (!this.child || index < this.position || index > this.position + RESTART_GAP) {
      this.bound ??= bindInput(this.path);
      this.start(index, await this.bound);
    }
    while (this.position < index) {
      const plate = await this.readNext();
      if (!plate) break;
      this.last = plate;
    }
    if (!this.last) {
      // Past the clip's end (or an unreadable clip): hold a neutral frame rather than fail mid-render.
      if (index > 0) return this.frameAt(0);
      const name = basename(this.path);
      throw phrasedError('corrupt_media', phrase('media.clipNoPicture', { file: name }), {
        file: name,
        hint: phrase('media.clipNoPicture.hint'),
      });
    }
    return this.last;
  }

  close(): void {
    this.child?.kill();
    this.child = undefined;
    this.iterator = undefined;
  }
}
