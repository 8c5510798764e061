import { type MessageKey, type Phrase, phrase, t } from '../messages/index.js';
import type { Draft } from './draft.js';
import { segmentTimings, transitionMs } from './timeline.js';

/**
 * Beat sync: photo durations chosen so that every cut — or the middle of every transition — lands on
 * a beat of the music. Transitions are kept where they fit between the beats (shortened when needed).
 * Beats are times in the video (music beats shifted by the music's start and trim).
 */
export interface BeatSyncOptions {
  /** Beat times in the music file, ms; default the music segment's `media.beatsMs`. */
  beatsMs?: number[] | undefined;
  /** Beats each photo lasts; default the whole number of beats nearest the current average photo length. */
  beatsPerPhoto?: number | undefined;
  /** Spread the photos over the whole song and end on its last beat. */
  fitMusic?: boolean | undefined;
}

export interface BeatSyncResult {
  bpm: number;
  beatsMs: number[];
  cutsMs: number[];
  beatsPerPhoto: number;
  /** How many cuts fell on detected beats (the rest continue the grid past the last beat). */
  onBeats: number;
}

/** Why the cuts cannot follow the music, as a catalogue key (the message is its English). */
export class BeatSyncError extends Error {
  constructor(readonly key: MessageKey) {
    super(t('en', key));
  }
}

/** Cut times of a draft: each hard cut, or the middle of each transition, ms. */
export function cutTimesMs(draft: Draft): number[] {
  const timings = segmentTimings(draft);
  return timings.slice(0, -1).map((timing, i) => timing.endMs - transitionMs(draft, i) / 2);
}

export function syncToBeats(draft: Draft, options: BeatSyncOptions): BeatSyncResult {
  const music = draft.audio[0];
  const source = options.beatsMs ?? music?.media.beatsMs;
  if (!source || source.length < 2) {
    throw new BeatSyncError(music ? 'error.sync.noBeatData' : 'error.sync.noMusic');
  }
  const n = draft.video.length;
  if (n === 0) throw new BeatSyncError('error.sync.noPhotos');
  const offset = (music?.startMs ?? 0) - (music?.trimStartMs ?? 0);
  const musicEnd =
    music?.media.durationMs !== undefined ? offset + music.media.durationMs : Number.POSITIVE_INFINITY;
  const beats = [...source]
    .map((beat) => Math.round(beat + offset))
    .filter((beat) => beat > 0 && beat <= musicEnd)
    .sort((a, b) => a - b);
  if (beats.length < 2) throw new BeatSyncError('error.sync.fewBeats');
  const intervals = beats.slice(1).map((beat, i) => beat - beats[i]!);
  const period = [...intervals].sort((a, b) => a - b)[Math.floor(intervals.length / 2)]!;
  const average = draft.video.reduce((sum, segment) => sum + segment.durationMs, 0) / n;
  let per = options.beatsPerPhoto ?? Math.max(1, Math.round(average / period));
  if (options.fitMusic && options.beatsPerPhoto === undefined)
    per = Math.max(1, Math.floor(beats.length / n));
  // Beat k of the grid: a detected beat, or the grid continued past the last one.
  const beatAt = (k: number) =>
    k < beats.length ? beats[k]! : beats[beats.length - 1]! + (k - beats.length + 1) * period;
  const cuts = Array.from({ length: n - 1 }, (_, i) => beatAt((i + 1) * per - 1));
  let end: number;
  if (options.fitMusic) {
    const last = beats[beats.length - 1]!;
    end = Math.max(last, (cuts[cuts.length - 1] ?? 0) + period);
  } else {
    end = beatAt(n * per - 1);
  }
  // Gaps between consecutive cut points (the start and the end count as cut points).
  const points = [0, ...cuts, end];
  const gaps = points.slice(1).map((point, i) => point - points[i]!);
  const transitions = draft.video.slice(0, -1).map((_segment, i) => {
    const wanted = transitionMs(draft, i);
    const room = Math.floor((2 * Math.min(gaps[i]!, gaps[i + 1]!)) / 3);
    return 2 * Math.floor(Math.min(wanted, room) / 2);
  });
  draft.video.forEach((segment, i) => {
    const incoming = i > 0 ? transitions[i - 1]! : 0;
    const outgoing = i < n - 1 ? transitions[i]! : 0;
    segment.durationMs = Math.max(100, gaps[i]! + incoming / 2 + outgoing / 2);
    if (i < n - 1 && segment.transition && segment.transition.name !== 'cut')
      segment.transition.durationMs = outgoing;
  });
  const cutsMs = cutTimesMs(draft);
  const result: BeatSyncResult = {
    bpm: music?.media.bpm ?? Math.round((60_000 / period) * 10) / 10,
    beatsMs: beats,
    cutsMs,
    beatsPerPhoto: per,
    onBeats: cuts.filter((cut) => cut <= beats[beats.length - 1]!).length,
  };
  draft.meta.beats = { bpm: result.bpm, beatsMs: beats, cutsMs };
  return result;
}

/** The change line of a sync, as a catalogue phrase. */
export function describeSync(result: BeatSyncResult, totalMs: number): Phrase {
  const cuts = result.cutsMs.length;
  const off = cuts - result.onBeats;
  return phrase('change.sync', {
    cuts: phrase('change.sync.cuts', { n: cuts }),
    per: phrase('change.sync.beats', { n: result.beatsPerPhoto }),
    bpm: Math.round(result.bpm),
    past: off > 0 ? phrase('change.sync.past', { n: off }) : '',
    total: { ms: totalMs },
  });
}
