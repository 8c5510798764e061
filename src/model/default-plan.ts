import { photoFraming } from '../geometry/index.js';
import type { EditCommand } from './commands.js';
import type { MediaRef } from './draft.js';

/**
 * The plan Joy makes with no instructions: every photo about 3 s (longer when there are few, shorter
 * when there are many), gentle eased motion that varies from photo to photo, crossfades, and framing
 * without black bars — a crop when the photo nearly matches the canvas, a blurred fill when it doesn't.
 */
const MOTION_CYCLE = [
  'zoom-in',
  'pan-right',
  'zoom-out',
  'pan-left',
  'drift',
  'zoom-in',
  'pan-up',
  'zoom-out',
] as const;

export function photoDurationFor(count: number): number {
  const ms = 3000 * (6 / Math.max(1, count)) ** 0.25;
  return Math.round(Math.min(4000, Math.max(2000, ms)) / 100) * 100;
}

/** Crop when the photo's shape is within this factor of the canvas's; fill around it otherwise. */
const COVER_TOLERANCE = 1.36;

export function fitFor(media: MediaRef, canvasWidth: number, canvasHeight: number): 'cover' | 'blur' {
  if (!media.width || !media.height) return 'blur';
  const ratio = media.width / media.height / (canvasWidth / canvasHeight);
  return Math.max(ratio, 1 / ratio) <= COVER_TOLERANCE ? 'cover' : 'blur';
}

/**
 * The fit for a photo with faces: cropped to fill around them, unless a face as prominent as the kept
 * ones would be cut off (two people at opposite edges of a landscape in 9:16): then the whole photo
 * shows over its blurred fill, so both stay in.
 */
export function fitForFaces(media: MediaRef, canvas: { width: number; height: number }): 'cover' | 'blur' {
  const framing = photoFraming(media, canvas);
  if (!framing || framing.left.length === 0) return 'cover';
  const area = (i: number) => media.faces![i]!.w * media.faces![i]!.h;
  const largestKept = Math.max(...framing.kept.map(area));
  return framing.left.some((i) => area(i) >= PROMINENT * largestKept) ? 'blur' : 'cover';
}

/** A face left out of the crop counts as one of the main people when it is at least this share of the largest kept face's area. */
const PROMINENT = 0.5;

/**
 * The plan's fit for a photo or clip on a canvas: around the faces for a photo with faces, else by shape.
 * The default plan and a later change of canvas shape both choose with it, so a fit no one chose is the
 * same whichever shape came first.
 */
export function planFit(media: MediaRef, canvas: { width: number; height: number }): 'cover' | 'blur' {
  return media.kind === 'image' && media.faces && media.faces.length > 0
    ? fitForFaces(media, canvas)
    : fitFor(media, canvas.width, canvas.height);
}

/**
 * The default plan's motion and fit for the `still`-th photo (counting photos only): a push-in toward
 * faces every third photo with people, else the motion cycle; cropped around faces, else by shape.
 */
export function photoPlan(
  item: MediaRef,
  still: number,
  canvas: { width: number; height: number },
): { motion: string; fit: 'cover' | 'blur' } {
  const faces = Boolean(item.faces && item.faces.length > 0);
  return {
    motion: faces && still % 3 === 0 ? 'push-in' : MOTION_CYCLE[still % MOTION_CYCLE.length]!,
    fit: planFit(item, canvas),
  };
}

export function defaultPlanCommands(
  media: readonly MediaRef[],
  canvas: { width: number; height: number },
  options: { photoDurationMs?: number } = {},
): EditCommand[] {
  // Framing around the faces (and keeping them in frame through the motion) is the renderer's framing
  // pass: the draft keeps every face analysis found.
  const visual = media.filter((item) => item.kind !== 'audio');
  if (visual.length === 0) return [];
  const durationMs = options.photoDurationMs ?? photoDurationFor(visual.length);
  const commands: EditCommand[] = [{ type: 'addMedia', media: [...visual], durationMs }];
  let still = 0;
  visual.forEach((item, index) => {
    if (item.kind === 'image') {
      const { motion: name, fit } = photoPlan(item, still, canvas);
      commands.push({ type: 'setMotion', name, strength: 0.45, easing: 'ease-in-out', index });
      commands.push({ type: 'setFit', name: fit, index });
      still += 1;
    } else commands.push({ type: 'setFit', name: planFit(item, canvas), index });
  });
  const audio = media.find((item) => item.kind === 'audio');
  if (visual.length > 1) {
    commands.push({ type: 'setTransition', name: 'crossfade', durationMs: durationMs < 2500 ? 600 : 800 });
  }
  if (audio) commands.push({ type: 'setMusic', media: audio, volume: 0.8, fadeOutMs: 2000 });
  return commands;
}
