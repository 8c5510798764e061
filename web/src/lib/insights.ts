/**
 * What Joy saw, in words and positions: the facts line and picture summary for a photo (faces, focus,
 * people layer, curation flags), the marks a photo clip carries on the timeline, and where the beats
 * of the music fall on the timeline. Pure functions, tested without a browser.
 */

import type { Lang, MessageKey, Translate } from '../../../src/messages/index.js';
import { hasPeopleLayer } from '../../../src/model/people-layer.js';
import type { MediaRef } from './draft.js';
import { msToX } from './timeline-layout.js';

type Analysis = Pick<MediaRef, 'focus' | 'faces' | 'subjectMask' | 'flags' | 'duplicateOf'>;

// ---- photos ------------------------------------------------------------------------------------

export type Where =
  | 'upper-left'
  | 'top'
  | 'upper-right'
  | 'left'
  | 'centre'
  | 'right'
  | 'lower-left'
  | 'bottom'
  | 'lower-right';

const GRID: readonly (readonly Where[])[] = [
  ['upper-left', 'top', 'upper-right'],
  ['left', 'centre', 'right'],
  ['lower-left', 'bottom', 'lower-right'],
];

/** Which ninth of the photo a point (fractions of the upright photo) is in. */
export function whereIs(point: { x: number; y: number }): Where {
  const third = (v: number) => (v < 1 / 3 ? 0 : v > 2 / 3 ? 2 : 1);
  return GRID[third(point.y)]![third(point.x)]!;
}

/** The short phrases the analysis writes when a people layer cannot be trusted, translated. */
const REASONS: Record<string, MessageKey> = {
  'no people found': 'insight.reason.noPeople',
  'no person shape around the faces': 'insight.reason.noShape',
  'the people are too small': 'insight.reason.tooSmall',
  'the people fill the photo': 'insight.reason.tooBig',
  'a face is not inside the person shape': 'insight.reason.faceOutside',
  'other person-like shapes outside the faces': 'insight.reason.stray',
  'the outline is uncertain': 'insight.reason.uncertain',
};

export function reasonText(reason: string, t: Translate): string {
  const key = REASONS[reason.trim().toLowerCase()];
  return key ? t(key) : reason.trim();
}

export interface Fact {
  text: string;
  /** `good`: the photo can use the people layer; `warn`: a curation flag. */
  tone?: 'good' | 'warn' | undefined;
}

const faceCount = (n: number, t: Translate) => t('insight.faces', { n });

/**
 * Faces found in a photo; undefined when it was never analysed. Analysis always records a focus and
 * leaves `faces` out when it found none.
 */
export function faceCountOf(media: Analysis): number | undefined {
  if (media.faces) return media.faces.length;
  return media.focus || media.subjectMask ? 0 : undefined;
}

/**
 * The facts line under a photo: faces, whether parallax has a people layer (or why not), curation
 * flags. Only what analysis recorded; a photo it never saw says so.
 */
export function photoFacts(media: Analysis, t: Translate): Fact[] {
  const facts: Fact[] = [];
  const faces = faceCountOf(media);
  if (faces !== undefined) facts.push({ text: faceCount(faces, t) });
  const mask = media.subjectMask;
  if (hasPeopleLayer(media)) facts.push({ text: t('insight.layer.ready'), tone: 'good' });
  else if (faces !== undefined) {
    // No verdict (no faces to look for people around), or one that only says there are no faces.
    const reason = mask?.reason?.trim();
    const plain = !reason || (reason.toLowerCase() === 'no people found' && faces === 0);
    facts.push({
      text: plain ? t('insight.layer.plain') : t('insight.layer.because', { reason: reasonText(reason, t) }),
    });
  }
  const flags = media.flags ?? [];
  if (flags.includes('blurry')) facts.push({ text: t('insight.flag.blurry'), tone: 'warn' });
  if (flags.includes('duplicate')) {
    facts.push({
      text: media.duplicateOf
        ? t('insight.flag.duplicateOf', { name: media.duplicateOf })
        : t('insight.flag.duplicate'),
      tone: 'warn',
    });
  }
  if (facts.length === 0) facts.push({ text: t('insight.none') });
  return facts;
}

/** A sentence for the picture's alt text: "2 faces found; focus on the upper left". */
export function photoSummary(media: Analysis, t: Translate, fallback: string): string {
  const n = faceCountOf(media);
  const faces = n === undefined ? undefined : t('insight.summary.faces', { n });
  const where = media.focus ? t(`insight.where.${whereIs(media.focus)}` as MessageKey) : undefined;
  if (faces && where) return t('insight.summary', { faces, where });
  return faces ?? fallback;
}

/** Boxes as CSS percentages of the picture they sit on. */
export function boxStyle(box: { x: number; y: number; w: number; h: number }): Record<string, string> {
  const pct = (v: number) => `${(Math.min(1, Math.max(0, v)) * 100).toFixed(2)}%`;
  return {
    left: pct(box.x),
    top: pct(box.y),
    width: pct(Math.min(box.w, 1 - box.x)),
    height: pct(Math.min(box.h, 1 - box.y)),
  };
}

/** How phrases are strung together in running text (aria labels, tooltips). */
export function joinPhrases(phrases: readonly string[], lang: Lang): string {
  return phrases.join(lang === 'zh' ? '；' : '; ');
}

// ---- the photo track ---------------------------------------------------------------------------

export interface ClipMarks {
  /** Curation flags, shown as a small badge when the clip is wide enough. */
  flags: ('blurry' | 'duplicate')[];
  showFlag: boolean;
  /** The people layer is trusted, and the clip is wide enough to say so without crowding. */
  showDepth: boolean;
}

/** Width (px) a photo on the timeline needs for a flag badge, and for a flag and a 3D marker. */
export const FLAG_MIN_PX = 30;
export const DEPTH_MIN_PX = 60;
export const BOTH_MIN_PX = 84;

export function clipMarks(media: Analysis, widthPx: number): ClipMarks {
  const flags = (['blurry', 'duplicate'] as const).filter((flag) => media.flags?.includes(flag));
  const showFlag = flags.length > 0 && widthPx >= FLAG_MIN_PX;
  const showDepth = hasPeopleLayer(media) && widthPx >= (showFlag ? BOTH_MIN_PX : DEPTH_MIN_PX);
  return { flags, showFlag, showDepth };
}

/** What a photo's timeline button adds to its name for a screen reader: flags and the people layer. */
export function clipNotes(media: Analysis, t: Translate): string[] {
  return photoFacts(media, t)
    .filter((fact) => fact.tone !== undefined)
    .map((fact) => fact.text);
}

// ---- the music track ---------------------------------------------------------------------------

export interface BeatTickInput {
  /** Beat times in the music file, ms from its start. */
  beatsMs: readonly number[];
  /** The audio block on the timeline, ms. */
  startMs: number;
  endMs: number;
  /** Where in the file the music starts playing. */
  trimStartMs: number;
  /** Length of the file: a looping track plays it again from its start after this. */
  mediaDurationMs?: number | undefined;
  loop: boolean;
  pxPerSecond: number;
  /** Ticks closer than this are thinned to every 2nd, 4th, … beat. */
  minGapPx?: number;
  maxTicks?: number;
}

export interface BeatTicks {
  /** x of each tick, px from the left edge of the audio block. */
  xs: number[];
  /** 1 when every beat is drawn, 2 when every other one, … */
  every: number;
}

/**
 * Where the beats of the music fall inside its timeline block: beat `b` of the file plays at
 * `start + b − trim` on the first pass, and `k × length` later on each further pass of a loop (later
 * passes start from the beginning of the file, as the renderer and the waveform do).
 */
export function beatTicks(input: BeatTickInput): BeatTicks {
  const { startMs, endMs, trimStartMs, pxPerSecond } = input;
  const minGapPx = input.minGapPx ?? 6;
  const maxTicks = input.maxTicks ?? 4000;
  const lengthMs = endMs - startMs;
  const fileMs =
    input.mediaDurationMs !== undefined && Number.isFinite(input.mediaDurationMs) && input.mediaDurationMs > 0
      ? input.mediaDurationMs
      : undefined;
  const beats = input.beatsMs
    .filter((beat) => Number.isFinite(beat) && beat >= 0 && (fileMs === undefined || beat < fileMs))
    .sort((a, b) => a - b);
  if (lengthMs <= 0 || beats.length === 0 || pxPerSecond <= 0) return { xs: [], every: 1 };
  const gaps = beats
    .slice(1)
    .map((beat, i) => beat - beats[i]!)
    .sort((a, b) => a - b);
  const gapPx = gaps.length > 0 ? msToX(gaps[Math.floor(gaps.length / 2)]!, pxPerSecond) : minGapPx;
  let every = 1;
  while (every * gapPx < minGapPx && every < 1024) every *= 2;
  const passes = input.loop && fileMs !== undefined ? Math.ceil((trimStartMs + lengthMs) / fileMs) : 1;
  const xs: number[] = [];
  for (let pass = 0; pass < passes && xs.length < maxTicks; pass++) {
    const offset = pass * (fileMs ?? 0) - trimStartMs;
    for (let i = 0; i < beats.length; i += every) {
      const at = beats[i]! + offset;
      if (at < 0) continue;
      if (at >= lengthMs || xs.length >= maxTicks) break;
      xs.push(msToX(at, pxPerSecond));
    }
  }
  return { xs, every };
}

/** An SVG path of thin vertical ticks at `xs`, `height` px tall. */
export function ticksPath(xs: readonly number[], height: number): string {
  return xs.map((x) => `M${Math.floor(x) + 0.5} 0v${height}`).join('');
}

/** The tempo to show, whole beats per minute; none when no steady beat was found. */
export function tempo(bpm: number | undefined): number | undefined {
  return bpm !== undefined && Number.isFinite(bpm) && bpm > 0 ? Math.round(bpm) : undefined;
}
