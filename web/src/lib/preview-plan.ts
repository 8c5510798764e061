/**
 * Scheduling for the in-page preview, which shows frames rendered by the server. Scrubbing asks for
 * one frame (the latest position wins); playing asks for frames ahead at about 10 fps while the clock
 * runs and shows the newest frame it has at or before the playhead. Pure, tested in Node.
 */
export const PLAY_FPS = 10;
export const PREVIEW_HEIGHTS = [240, 360, 540, 720] as const;

/** Frame number the export shows at `ms` (same rounding as src/model/time.ts). */
export function frameAt(ms: number, fps: number, frameCount: number): number {
  const n = Math.round((ms * fps) / 1000);
  return Math.max(0, Math.min(Math.max(0, frameCount - 1), n));
}

export function frameCountOf(durationMs: number, fps: number): number {
  return Math.round((durationMs * fps) / 1000);
}

/** During playback only every `step`-th frame is asked for (about PLAY_FPS per second). */
export function playStep(fps: number): number {
  return Math.max(1, Math.round(fps / PLAY_FPS));
}

/** The playback frame slot at or before frame n. */
export function playSlot(n: number, step: number): number {
  return n - (n % step);
}

/** The next frames to request: `ahead` slots from the playhead, skipping those cached or in flight. */
export function prefetchTargets(
  n: number,
  frameCount: number,
  step: number,
  ahead: number,
  have: (frame: number) => boolean,
  budget: number,
): number[] {
  const out: number[] = [];
  for (
    let k = 0, slot = playSlot(n, step);
    k < ahead && slot < frameCount && out.length < budget;
    k++, slot += step
  ) {
    if (!have(slot)) out.push(slot);
  }
  return out;
}

/** The newest available frame at or before n, no further back than `window` frames. */
export function frameToShow(n: number, has: (frame: number) => boolean, window = 30): number | undefined {
  for (let k = n; k >= Math.max(0, n - window); k--) if (has(k)) return k;
  return undefined;
}

/** The preview height to ask for, for a picture shown `cssHeight` pixels tall. */
export function previewHeight(cssHeight: number, pixelRatio = 1): number {
  const wanted = cssHeight * Math.min(2, Math.max(1, pixelRatio));
  return PREVIEW_HEIGHTS.find((h) => h >= wanted) ?? PREVIEW_HEIGHTS[PREVIEW_HEIGHTS.length - 1]!;
}

/**
 * Where the music is at timeline time `ms`, in seconds into the file; undefined before it starts or
 * after a track that does not loop has ended. Like the export (ffmpeg `-stream_loop -1 -ss trim`),
 * the first pass starts at the trim point and later passes from the start of the file.
 */
export function musicOffsetSeconds(
  ms: number,
  music: { startMs: number; trimStartMs: number; loop: boolean },
  fileDurationMs: number | undefined,
): number | undefined {
  const into = ms - music.startMs;
  if (into < 0) return undefined;
  let at = music.trimStartMs + into;
  if (fileDurationMs && fileDurationMs > 0 && at >= fileDurationMs) {
    if (!music.loop) return undefined;
    at %= fileDurationMs;
  }
  return at / 1000;
}

/** Running mean of frame timings for the quiet "ms per frame" read-out. */
export class FrameStats {
  count = 0;
  totalMs = 0;
  serverCount = 0;
  serverTotalMs = 0;

  add(roundTripMs: number, serverMs: number | undefined): void {
    this.count++;
    this.totalMs += roundTripMs;
    if (serverMs !== undefined) {
      this.serverCount++;
      this.serverTotalMs += serverMs;
    }
  }

  get meanMs(): number {
    return this.count ? this.totalMs / this.count : 0;
  }

  get serverMeanMs(): number {
    return this.serverCount ? this.serverTotalMs / this.serverCount : 0;
  }
}
