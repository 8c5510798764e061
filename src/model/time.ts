import { secondsFigure } from '../messages/index.js';

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

/** `1.5s`, as English writes a length (the catalogue's `unit.seconds` says it in each language). */
export function formatSeconds(ms: number): string {
  return `${secondsFigure(ms)}s`;
}
