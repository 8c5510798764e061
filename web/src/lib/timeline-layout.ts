/**
 * Timeline geometry, drawn to scale: x = time × zoom. Transitions overlap their neighbours (segment
 * i+1 starts `transition` ms before segment i ends), so each photo has a full extent and a visible box
 * that is cut in the middle of each overlap; the overlap itself is drawn as a transition block. Texts
 * that overlap in time go to separate lanes. Pure functions, tested without a browser.
 */
import { type Draft, draftDurationMs, segmentTimings } from './draft.js';

export const MIN_PX_PER_SECOND = 8;
export const MAX_PX_PER_SECOND = 400;
export const ZOOM_STEP = 1.5;

export interface VideoBlock {
  index: number;
  id: string;
  startMs: number;
  endMs: number;
  /** Full extent, including the parts shared with transitions. */
  x: number;
  width: number;
  /** The box drawn for the photo: from the middle of the transition in to the middle of the one out. */
  boxX: number;
  boxWidth: number;
  boxStartMs: number;
  boxEndMs: number;
}

export interface TransitionBlock {
  /** Transition between segment `index` and `index + 1`. */
  index: number;
  name: string;
  startMs: number;
  endMs: number;
  x: number;
  width: number;
}

export interface TextBlock {
  index: number;
  id: string;
  startMs: number;
  endMs: number;
  x: number;
  width: number;
  lane: number;
}

export interface AudioBlock {
  index: number;
  id: string;
  startMs: number;
  endMs: number;
  x: number;
  width: number;
  volume: number;
}

export interface Tick {
  ms: number;
  x: number;
  label: string;
}

export interface TimelineLayout {
  pxPerSecond: number;
  durationMs: number;
  width: number;
  video: VideoBlock[];
  transitions: TransitionBlock[];
  texts: TextBlock[];
  textLanes: number;
  audio: AudioBlock[];
  ticks: Tick[];
}

export function msToX(ms: number, pxPerSecond: number): number {
  return (ms * pxPerSecond) / 1000;
}

export function xToMs(x: number, pxPerSecond: number): number {
  return (x * 1000) / pxPerSecond;
}

export function clampZoom(pxPerSecond: number): number {
  return Math.min(MAX_PX_PER_SECOND, Math.max(MIN_PX_PER_SECOND, pxPerSecond));
}

/** Zoom at which the whole video fills `widthPx`. */
export function fitZoom(durationMs: number, widthPx: number): number {
  if (durationMs <= 0 || widthPx <= 0) return 100;
  return clampZoom(widthPx / (durationMs / 1000));
}

export function zoomIn(pxPerSecond: number): number {
  return clampZoom(pxPerSecond * ZOOM_STEP);
}

export function zoomOut(pxPerSecond: number): number {
  return clampZoom(pxPerSecond / ZOOM_STEP);
}

/** Greedy interval partitioning: each item goes to the first lane that is free when it starts. */
export function assignLanes(items: readonly { startMs: number; endMs: number }[]): {
  lanes: number[];
  count: number;
} {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.startMs - items[b]!.startMs || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const item = items[i]!;
    let lane = laneEnds.findIndex((end) => end <= item.startMs);
    if (lane < 0) lane = laneEnds.push(item.endMs) - 1;
    else laneEnds[lane] = item.endMs;
    lanes[i] = lane;
  }
  return { lanes, count: laneEnds.length };
}

const TICK_STEPS_MS = [250, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000];

/** Ruler ticks at least `minGapPx` apart, with labels like `0:05`. */
export function rulerTicks(durationMs: number, pxPerSecond: number, minGapPx = 56): Tick[] {
  const step = TICK_STEPS_MS.find((ms) => msToX(ms, pxPerSecond) >= minGapPx) ?? TICK_STEPS_MS.at(-1)!;
  const ticks: Tick[] = [];
  for (let ms = 0; ms <= durationMs; ms += step)
    ticks.push({ ms, x: msToX(ms, pxPerSecond), label: clock(ms, step < 1000) });
  return ticks;
}

/** `0:05`, `1:30`, or `0:02.5` when fractions matter. */
export function clock(ms: number, fractions = false): string {
  // Round once, to the precision shown, so 0.99 s reads 0:01.0 rather than carrying a tenth of 10.
  const tenthsTotal = fractions ? Math.round(ms / 100) : Math.floor(ms / 1000) * 10;
  const minutes = Math.floor(tenthsTotal / 600);
  const whole = Math.floor((tenthsTotal % 600) / 10);
  const tenths = tenthsTotal % 10;
  const text = `${minutes}:${String(whole).padStart(2, '0')}`;
  if (!fractions) return text;
  return tenths === 0 ? text : `${text}.${tenths}`;
}

export function layoutTimeline(draft: Draft, pxPerSecond: number): TimelineLayout {
  const px = (ms: number) => msToX(ms, pxPerSecond);
  const timings = segmentTimings(draft);
  const durationMs = draftDurationMs(draft);
  const video: VideoBlock[] = timings.map((timing) => {
    const boxStart = timing.startMs + timing.inMs / 2;
    const boxEnd = timing.endMs - timing.outMs / 2;
    return {
      index: timing.index,
      id: draft.video[timing.index]!.id,
      startMs: timing.startMs,
      endMs: timing.endMs,
      x: px(timing.startMs),
      width: px(timing.endMs - timing.startMs),
      boxX: px(boxStart),
      boxWidth: px(boxEnd - boxStart),
      boxStartMs: boxStart,
      boxEndMs: boxEnd,
    };
  });
  const transitions: TransitionBlock[] = [];
  for (const timing of timings) {
    const next = timings[timing.index + 1];
    if (!next || timing.outMs <= 0) continue;
    transitions.push({
      index: timing.index,
      name: draft.video[timing.index]!.transition?.name ?? 'cut',
      startMs: next.startMs,
      endMs: timing.endMs,
      x: px(next.startMs),
      width: px(timing.endMs - next.startMs),
    });
  }
  const textRanges = draft.texts.map((text) => ({
    startMs: text.startMs,
    endMs: text.startMs + text.durationMs,
  }));
  const { lanes, count } = assignLanes(textRanges);
  const texts: TextBlock[] = draft.texts.map((text, index) => ({
    index,
    id: text.id,
    ...textRanges[index]!,
    x: px(text.startMs),
    width: px(text.durationMs),
    lane: lanes[index]!,
  }));
  const audio: AudioBlock[] = draft.audio.map((segment, index) => {
    const endMs =
      segment.durationMs === undefined
        ? durationMs
        : Math.min(durationMs, segment.startMs + segment.durationMs);
    const startMs = Math.min(segment.startMs, endMs);
    return {
      index,
      id: segment.id,
      startMs,
      endMs,
      x: px(startMs),
      width: px(endMs - startMs),
      volume: segment.volume,
    };
  });
  const contentEnd = Math.max(durationMs, ...texts.map((t) => t.endMs));
  return {
    pxPerSecond,
    durationMs,
    width: px(contentEnd),
    video,
    transitions,
    texts,
    textLanes: count,
    audio,
    ticks: rulerTicks(contentEnd, pxPerSecond),
  };
}

/**
 * Where a dragged photo lands: the number of other photos whose centre lies left of `x`. The result is
 * the `to` of a `moveSegment` command (remove at `from`, insert at `to`).
 */
export function dropIndex(blocks: readonly VideoBlock[], from: number, x: number): number {
  let to = 0;
  for (const block of blocks) {
    if (block.index === from) continue;
    if (block.boxX + block.boxWidth / 2 < x) to++;
  }
  return to;
}

/** Keyboard reordering: Alt+← / Alt+→ move a photo one place, Alt+Home / Alt+End to either end. */
export function keyboardMove(key: string, from: number, count: number): number | undefined {
  const to =
    key === 'ArrowLeft'
      ? from - 1
      : key === 'ArrowRight'
        ? from + 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : from;
  return to !== from && to >= 0 && to < count ? to : undefined;
}

/** The segment (video index) on screen at time `ms`, for highlighting during playback. */
export function segmentAt(blocks: readonly VideoBlock[], ms: number): number | undefined {
  return blocks.find((block) => ms >= block.boxStartMs && ms < block.boxEndMs)?.index;
}
