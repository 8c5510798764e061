import { resolveParams } from '../catalog/index.js';
import {
  type Box,
  boxInView,
  boxOnPlate,
  HEAD_MARGIN,
  type PlateGeometry,
  photoFraming,
  type Size,
  type StillGeometry,
  spanInView,
  stillGeometry,
  type ViewRect,
  viewRect,
  withMargin,
} from '../geometry/index.js';
import type { VideoSegment } from '../model/draft.js';
import { effects } from './effects.js';
import { cameraFor, liftsPeople } from './frame-plan.js';
import { layerAnchor, type SubjectPlate } from './plate.js';
import type { PlateLayout, SubjectMove } from './plugin-types.js';
import { layerMove, reachFromAnchor } from './subject-blend.js';

/**
 * Keeps faces in frame through a motion: whether a motion keeps every face box inside the camera's view
 * for its whole length, and the strongest motion that does. The geometry is src/geometry's; this adds
 * the motions (and the people layer's own move) on top.
 */
type MotionLike = Pick<VideoSegment, 'motion'>;

function layoutOf(segment: Pick<VideoSegment, 'fit'>): PlateLayout {
  const fit = effects.fits.resolve(segment.fit.name);
  return fit.layout(resolveParams(fit, segment.fit.params ?? {}));
}

/**
 * The camera's view and the segment's face boxes (grown by `margin`, in plate fractions) at each of
 * `samples + 1` moments of its motion, the people layer's own move included: what both the face check
 * and text placement look at. Nothing for a photo without faces or size.
 */
function* facesThroughMotion(
  segment: MotionLike & Pick<VideoSegment, 'fit' | 'media'>,
  canvas: Size,
  samples: number,
): Generator<{ geometry: StillGeometry; view: ViewRect; boxes: Box[] }> {
  const media = segment.media;
  if (!media.faces?.length || !media.width || !media.height) return;
  const geometry = stillGeometry(
    { width: media.width, height: media.height },
    canvas,
    layoutOf(segment),
    media.focus ?? { x: 0.5, y: 0.5 },
  );
  const boxes = media.faces.map((face) => boxOnPlate(withMargin(face, HEAD_MARGIN), geometry));
  const layer = peopleLayer(segment, geometry);
  for (let k = 0; k <= samples; k++) {
    const camera = cameraFor(segment as VideoSegment, k / samples);
    const view = viewRect(geometry, canvas.width, canvas.height, camera);
    const moved =
      layer && camera.subject
        ? boxes.map((box) => moveBox(box, geometry, layer, camera.subject!, view))
        : boxes;
    yield { geometry, view, boxes: moved };
  }
}

/** Whether every face (with the head margin) stays in frame for the whole motion, sampled finely. */
export function motionKeepsFaces(
  segment: MotionLike & Pick<VideoSegment, 'fit' | 'media'>,
  canvas: Size,
  samples = 48,
): boolean {
  for (const { geometry, view, boxes } of facesThroughMotion(segment, canvas, samples))
    if (!boxes.every((box) => boxInView(box, geometry, view))) return false;
  return true;
}

/** Where a parallax segment's people layer is pinned on the plate, when it has one (plate pixels). */
function peopleLayer(
  segment: MotionLike & Pick<VideoSegment, 'media'>,
  geometry: StillGeometry,
): Pick<SubjectPlate, 'box' | 'anchor'> | undefined {
  if (!liftsPeople(segment)) return undefined;
  const onPlate = boxOnPlate(segment.media.subjectMask!.box, geometry);
  const box = {
    x0: onPlate.x * geometry.width,
    y0: onPlate.y * geometry.height,
    x1: (onPlate.x + onPlate.w) * geometry.width,
    y1: (onPlate.y + onPlate.h) * geometry.height,
  };
  const bottom = (geometry.photo.y + geometry.photo.h) * geometry.height;
  return { box, anchor: layerAnchor(box, bottom, geometry.height) };
}

/** A face box (plate fractions) carried by the people layer's move. */
function moveBox(
  box: Box,
  geometry: PlateGeometry,
  layer: Pick<SubjectPlate, 'box' | 'anchor'>,
  move: SubjectMove,
  view: { width: number; height: number },
): Box {
  const { k, shift } = layerMove(move, view, reachFromAnchor(layer));
  const at = (fx: number, fy: number) => ({
    x: (layer.anchor.x + k * (fx * geometry.width - layer.anchor.x) + shift.x) / geometry.width,
    y: (layer.anchor.y + k * (fy * geometry.height - layer.anchor.y) + shift.y) / geometry.height,
  });
  const a = at(box.x, box.y);
  const b = at(box.x + box.w, box.y + box.h);
  return { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y };
}

/**
 * The segment's motion made safe for its faces: the same motion at the strongest strength (up to the
 * asked one) that keeps every face in frame; when even the gentlest version cuts a face (a pan across a
 * tight crop), a push-in toward the faces instead; a still frame as the last resort.
 */
export function faceSafeMotion(
  segment: Pick<VideoSegment, 'motion' | 'fit' | 'media'>,
  canvas: Size,
): VideoSegment['motion'] {
  const media = segment.media;
  if (media.kind !== 'image' || !media.faces?.length || !media.width || !media.height) return segment.motion;
  const test = (motion: VideoSegment['motion']) => motionKeepsFaces({ ...segment, motion }, canvas);
  if (test(segment.motion)) return segment.motion;
  const strongest = (motion: VideoSegment['motion']): VideoSegment['motion'] | undefined => {
    if (!test({ ...motion, strength: 0 })) return undefined;
    let lo = 0;
    let hi = motion.strength;
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (test({ ...motion, strength: mid })) lo = mid;
      else hi = mid;
    }
    return { ...motion, strength: Math.floor(lo * 1000) / 1000 };
  };
  return (
    strongest(segment.motion) ??
    strongest({
      name: 'push-in',
      params: {},
      strength: segment.motion.strength,
      easing: segment.motion.easing,
    }) ?? {
      name: 'static',
      params: {},
      strength: 0,
      easing: segment.motion.easing,
    }
  );
}

/**
 * Vertical spans (fractions of the canvas height, top to bottom) the segment's faces cover on screen
 * at any time of its motion: where a text should not go.
 */
export function faceSpansOnCanvas(
  segment: Pick<VideoSegment, 'motion' | 'fit' | 'media'>,
  canvas: Size,
  samples = 8,
): [number, number][] {
  if (segment.media.kind !== 'image') return [];
  const framed = framedSegment(segment, canvas);
  const spans = (framed.media.faces ?? []).map((): [number, number] => [1, 0]);
  for (const { geometry, view, boxes } of facesThroughMotion(framed, canvas, samples)) {
    boxes.forEach((box, i) => {
      const [top, bottom] = spanInView(box, geometry, view);
      const span = spans[i]!;
      span[0] = Math.min(span[0], Math.max(0, top));
      span[1] = Math.max(span[1], Math.min(1, bottom));
    });
  }
  return spans.filter(([a, b]) => b > a);
}

/**
 * The framing pass: what the renderer shows of each photo with faces, derived after the edit commands
 * from the analysis and the canvas, never written back into the draft. The camera centres on the faces
 * that fit the canvas (all of them, else the group with the most face area), and the motion is the
 * strongest version of the asked one that keeps those faces in frame. A later canvas shape starts again
 * from every face analysis found.
 */
export function framedSegment<T extends Pick<VideoSegment, 'media' | 'fit' | 'motion'>>(
  segment: T,
  canvas: { width: number; height: number },
): T {
  const media = segment.media;
  if (media.kind !== 'image') return segment;
  // Shown whole (over a fill), a photo keeps every face; cropped, the faces that fit the canvas.
  const fit = effects.fits.resolve(segment.fit.name);
  const whole = fit.layout(resolveParams(fit, segment.fit.params)).mode === 'contain';
  const framing = photoFraming(
    media,
    whole && media.width && media.height ? { width: media.width, height: media.height } : canvas,
  );
  if (!framing) return segment;
  const framed: T = {
    ...segment,
    media: { ...media, focus: framing.focus, faces: framing.kept.map((i) => media.faces![i]!) },
  };
  framed.motion = faceSafeMotion(framed, canvas);
  return framed;
}
