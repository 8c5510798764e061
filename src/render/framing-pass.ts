import { photoFraming } from '../geometry/index.js';
import type { Draft, VideoSegment } from '../model/draft.js';
import { effects } from './effects.js';
import { faceSafeMotion } from './face-safety.js';
import { resolveParams } from './registry.js';

/**
 * The framing pass: what the renderer shows of each photo with faces, derived after the edit commands
 * from the analysis and the canvas, never written back into the draft. The camera centres on the faces
 * that fit the canvas (all of them, else the group with the most face area), and the motion is the
 * strongest version of the asked one that keeps those faces in frame. A later canvas shape starts again
 * from every face analysis found.
 */
export function framedSegment(
  segment: VideoSegment,
  canvas: { width: number; height: number },
): VideoSegment {
  const media = segment.media;
  if (media.kind !== 'image') return segment;
  // Shown whole (over a fill), a photo keeps every face; cropped, the faces that fit the canvas.
  const fit = effects.fits.get(segment.fit.name);
  const whole = fit.layout(resolveParams(fit, segment.fit.params)).mode === 'contain';
  const framing = photoFraming(
    media,
    whole && media.width && media.height ? { width: media.width, height: media.height } : canvas,
  );
  if (!framing) return segment;
  const framed: VideoSegment = {
    ...segment,
    media: { ...media, focus: framing.focus, faces: framing.kept.map((i) => media.faces![i]!) },
  };
  framed.motion = faceSafeMotion(framed, canvas);
  return framed;
}

/** The draft as the renderer frames it (a copy; the draft itself is left as the commands made it). */
export function framedDraft(draft: Draft): Draft {
  if (!draft.video.some((segment) => segment.media.faces?.length)) return draft;
  return { ...draft, video: draft.video.map((segment) => framedSegment(segment, draft.canvas)) };
}
