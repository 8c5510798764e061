/**
 * The one place where milliseconds become frame numbers. Always convert absolute (cumulative) times,
 * never individual durations, so rounding never accumulates and audio stays in sync.
 */
export function msToFrame(ms: number, fps: number): number {
  return Math.round((ms * fps) / 1000);
}

/** Start time of frame `frame` in milliseconds (exact, not rounded). */
export function frameToMs(frame: number, fps: number): number {
  return (frame * 1000) / fps;
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return Number.isInteger(seconds)
    ? `${seconds}s`
    : `${seconds.toFixed(seconds * 10 === Math.round(seconds * 10) ? 1 : 2)}s`;
}
