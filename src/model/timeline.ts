import type { Draft, TextSegment } from './draft.js';
import { frameToMs, msToFrame } from './time.js';

/**
 * Free functions that answer timeline questions. Transitions overlap their neighbours (as in
 * OpenTimelineIO): segment i+1 starts `transition.durationMs` before segment i ends.
 */
export interface SegmentTiming {
  index: number;
  startMs: number;
  endMs: number;
  /** Length of the transition into this segment (0 for the first or after a cut). */
  inMs: number;
  /** Length of the transition out of this segment (0 for the last). */
  outMs: number;
  startFrame: number;
  endFrame: number;
}

export function transitionMs(draft: Draft, index: number): number {
  if (index < 0 || index >= draft.video.length - 1) return 0;
  const transition = draft.video[index]!.transition;
  return transition && transition.name !== 'cut' ? transition.durationMs : 0;
}

export function segmentTimings(draft: Draft): SegmentTiming[] {
  const { fps } = draft.canvas;
  const timings: SegmentTiming[] = [];
  let startMs = 0;
  draft.video.forEach((segment, index) => {
    const inMs = transitionMs(draft, index - 1);
    if (index > 0) startMs = timings[index - 1]!.endMs - inMs;
    const endMs = startMs + segment.durationMs;
    timings.push({
      index,
      startMs,
      endMs,
      inMs,
      outMs: transitionMs(draft, index),
      startFrame: msToFrame(startMs, fps),
      endFrame: msToFrame(endMs, fps),
    });
  });
  return timings;
}

export function videoDurationMs(draft: Draft): number {
  const timings = segmentTimings(draft);
  return timings.length > 0 ? timings[timings.length - 1]!.endMs : 0;
}

/** Length of the whole video: the picture track, or the texts when there are no pictures. */
export function draftDurationMs(draft: Draft): number {
  const video = videoDurationMs(draft);
  if (video > 0) return video;
  const textEnd = Math.max(0, ...draft.texts.map((text) => text.startMs + text.durationMs));
  return textEnd;
}

/**
 * How much of frame n is the fade colour, 0–1: fully at the first frame of a fade in and the last frame
 * of a fade out, nothing in between.
 */
export function videoFadeAt(draft: Draft, frameIndex: number): number {
  const { inMs, outMs } = draft.fade;
  if (inMs === 0 && outMs === 0) return 0;
  const frameMs = 1000 / draft.canvas.fps;
  const startMs = frameIndex * frameMs;
  const endMs = (frameIndex + 1) * frameMs;
  const fadeIn = inMs > 0 ? 1 - startMs / inMs : 0;
  const fadeOut = outMs > 0 ? 1 - (draftDurationMs(draft) - endMs) / outMs : 0;
  return Math.min(1, Math.max(0, fadeIn, fadeOut));
}

export function frameCount(draft: Draft): number {
  return msToFrame(draftDurationMs(draft), draft.canvas.fps);
}

export interface VisibleSegment {
  index: number;
  /** Time since the segment started, ms. */
  localMs: number;
  /** Linear progress through the segment's whole length, 0–1. */
  progress: number;
}

export interface FrameContent {
  frame: number;
  timeMs: number;
  /** The segment on top when there is no transition, or the outgoing one during a transition. */
  main: VisibleSegment | undefined;
  transition: { from: VisibleSegment; to: VisibleSegment; progress: number; index: number } | undefined;
  texts: { segment: TextSegment; elapsedMs: number; remainingMs: number }[];
}

function visible(draft: Draft, timing: SegmentTiming, timeMs: number): VisibleSegment {
  const durationMs = draft.video[timing.index]!.durationMs;
  const localMs = Math.max(0, timeMs - timing.startMs);
  return { index: timing.index, localMs, progress: Math.min(1, localMs / durationMs) };
}

/** What frame `frame` shows. Pure: any frame can be asked for in any order. */
export function contentAt(draft: Draft, frame: number, timings = segmentTimings(draft)): FrameContent {
  const { fps } = draft.canvas;
  const timeMs = frameToMs(frame, fps);
  let main: VisibleSegment | undefined;
  let transition: FrameContent['transition'];
  for (const timing of timings) {
    if (frame < timing.startFrame || frame >= timing.endFrame) continue;
    const next = timings[timing.index + 1];
    if (next && timing.outMs > 0 && frame >= next.startFrame) {
      const length = Math.max(1, timing.endFrame - next.startFrame);
      transition = {
        from: visible(draft, timing, timeMs),
        to: visible(draft, next, timeMs),
        progress: (frame - next.startFrame + 0.5) / length,
        index: timing.index,
      };
      main = transition.from;
    } else {
      main = visible(draft, timing, timeMs);
    }
    break;
  }
  const texts = draft.texts
    .filter((text) => timeMs >= text.startMs && timeMs < text.startMs + text.durationMs)
    .map((segment) => ({
      segment,
      elapsedMs: timeMs - segment.startMs,
      remainingMs: segment.startMs + segment.durationMs - timeMs,
    }));
  return { frame, timeMs, main, transition, texts };
}
