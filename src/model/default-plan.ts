import { faceSafeMotion, reframeForCanvas } from '../render/face-safety.js';
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

export function defaultPlanCommands(
  media: readonly MediaRef[],
  canvas: { width: number; height: number },
  options: { photoDurationMs?: number } = {},
): EditCommand[] {
  // Photos with faces are cropped around the faces that fit the canvas (all of them, else the largest
  // group), so the draft records the focus and the face boxes used.
  const visual = media.filter((item) => item.kind !== 'audio').map((item) => reframeForCanvas(item, canvas));
  if (visual.length === 0) return [];
  const durationMs = options.photoDurationMs ?? photoDurationFor(visual.length);
  const commands: EditCommand[] = [{ type: 'addMedia', media: [...visual], durationMs }];
  let still = 0;
  visual.forEach((item, index) => {
    if (item.kind === 'image') {
      const faces = Boolean(item.faces && item.faces.length > 0);
      const name = faces && still % 3 === 0 ? 'push-in' : MOTION_CYCLE[still % MOTION_CYCLE.length]!;
      const fit = faces ? 'cover' : fitFor(item, canvas.width, canvas.height);
      // Never zoom or pan a face out of the frame: the strongest version of the move that keeps them in.
      const motion = faceSafeMotion(
        {
          media: item,
          fit: { name: fit, params: {} },
          motion: { name, params: {}, strength: 0.45, easing: 'ease-in-out' },
        },
        canvas,
      );
      commands.push({
        type: 'setMotion',
        name: motion.name,
        strength: motion.strength,
        easing: motion.easing,
        index,
      });
      commands.push({ type: 'setFit', name: fit, index });
      still += 1;
    } else commands.push({ type: 'setFit', name: fitFor(item, canvas.width, canvas.height), index });
  });
  const audio = media.find((item) => item.kind === 'audio');
  if (visual.length > 1) {
    commands.push({ type: 'setTransition', name: 'crossfade', durationMs: durationMs < 2500 ? 600 : 800 });
  }
  if (audio) commands.push({ type: 'setMusic', media: audio, volume: 0.8, fadeOutMs: 2000 });
  return commands;
}
