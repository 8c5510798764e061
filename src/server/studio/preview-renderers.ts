import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Draft } from '../../model/draft.js';
import { msToFrame } from '../../model/time.js';
import { toWire } from '../../model/wire.js';
import { frameToRgba } from '../../render/frame.js';
import { createFrameRenderer, type FrameRenderer } from '../../render/frame-renderer.js';
import type { MediaResolver } from '../../render/pipeline-types.js';
import { createTextOverlays as textOverlays } from '../../render/text/draft-texts.js';

/**
 * Preview frames for the studio: a JPEG of exactly the frame the export would show at a time, rendered
 * by the export's own renderer at a small size. One renderer per session and size is kept warm while
 * the draft stays the same, with its recent frames.
 */

/** Preview heights are rounded to a few sizes so renderers and cached frames are shared. */
const PREVIEW_HEIGHTS = [180, 240, 360, 480, 540, 720, 1080];

/** The preview size used for an asked height: the next larger of PREVIEW_HEIGHTS, at most the largest. */
export function previewHeight(asked: number): number {
  return PREVIEW_HEIGHTS.find((h) => h >= asked) ?? PREVIEW_HEIGHTS[PREVIEW_HEIGHTS.length - 1]!;
}
const FRAME_CACHE_LIMIT = 300;
const IDLE_CLOSE_MS = 120_000;
const MAX_RENDERERS = 4;

interface CachedRenderer {
  key: string;
  renderer: FrameRenderer;
  /** Frames are rendered one at a time per renderer; this chains them. */
  queue: Promise<unknown>;
  jpegs: Map<number, Buffer>;
  timer: NodeJS.Timeout | undefined;
}

/** Keeps one frame renderer per session and preview size, reused while the draft stays the same. */
export class PreviewRenderers {
  private readonly bySession = new Map<string, CachedRenderer>();

  async frame(
    sid: string,
    draft: Draft,
    height: number,
    ms: number,
    resolve: MediaResolver,
  ): Promise<Buffer> {
    const scale = Math.min(1, height / draft.canvas.height);
    const key = createHash('sha1')
      .update(JSON.stringify(toWire(draft)))
      .update(`@${scale}`)
      .digest('hex');
    let entry = this.bySession.get(sid);
    if (!entry || entry.key !== key) {
      if (entry) this.close(sid);
      entry = {
        key,
        renderer: createFrameRenderer(draft, { resolve, scale, overlays: textOverlays(draft) }),
        queue: Promise.resolve(),
        jpegs: new Map(),
        timer: undefined,
      };
      this.bySession.set(sid, entry);
      this.trim();
    }
    this.touch(sid, entry);
    const { renderer } = entry;
    const n = Math.max(0, Math.min(Math.max(0, renderer.frameCount - 1), msToFrame(ms, renderer.fps)));
    const cached = entry.jpegs.get(n);
    if (cached) return cached;
    const current = entry;
    const job = current.queue.then(async () => {
      const again = current.jpegs.get(n);
      if (again) return again;
      const frame = await renderer.renderFrame(n);
      const rgba = frameToRgba(frame);
      const jpeg = await sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
        raw: { width: frame.width, height: frame.height, channels: 4 },
      })
        .jpeg({ quality: 78, mozjpeg: false })
        .toBuffer();
      current.jpegs.set(n, jpeg);
      if (current.jpegs.size > FRAME_CACHE_LIMIT) current.jpegs.delete(current.jpegs.keys().next().value!);
      return jpeg;
    });
    current.queue = job.catch(() => undefined);
    return job;
  }

  private touch(sid: string, entry: CachedRenderer): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.close(sid), IDLE_CLOSE_MS);
    entry.timer.unref();
    // Most recently used last.
    this.bySession.delete(sid);
    this.bySession.set(sid, entry);
  }

  private trim(): void {
    while (this.bySession.size > MAX_RENDERERS) this.close(this.bySession.keys().next().value!);
  }

  close(sid: string): void {
    const entry = this.bySession.get(sid);
    if (!entry) return;
    this.bySession.delete(sid);
    if (entry.timer) clearTimeout(entry.timer);
    // Let frames in flight finish before the renderer lets go of its plates.
    void entry.queue.finally(() => entry.renderer.close());
  }

  closeAll(): void {
    for (const sid of [...this.bySession.keys()]) this.close(sid);
  }
}
