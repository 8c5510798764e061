import { type ParamValues, resolveParams } from '../catalog/index.js';
import type { Draft, VideoSegment } from '../model/draft.js';
import { hasPeopleLayer } from '../model/people-layer.js';
import { contentAt, type SegmentTiming, type VisibleSegment } from '../model/timeline.js';
import { ease } from './animate.js';
import { effects } from './effects.js';
import type { Camera, MotionPlugin } from './plugin-types.js';

/**
 * What frame n shows, as data: which segments with which camera, which transition at what progress,
 * which texts. Pure and cheap; the frame renderer turns it into pixels.
 */
export interface PlannedLayer {
  segment: number;
  camera: Camera;
  /** Time into the segment, for video clips. */
  localMs: number;
}

export interface PlannedFrame {
  frameIndex: number;
  timeMs: number;
  main: PlannedLayer | undefined;
  transition:
    | {
        a: PlannedLayer;
        b: PlannedLayer;
        name: string;
        params: ParamValues;
        progress: number;
        linear: number;
      }
    | undefined;
  texts: { index: number; elapsedMs: number; remainingMs: number }[];
}

/**
 * How far a motion travels over a whole segment (the largest |x| and |y| it reaches, found by sampling;
 * the camera is linear in x/y). It depends only on the motion, so it is computed once per motion object
 * rather than on every frame.
 */
const reaches = new WeakMap<VideoSegment['motion'], { x: number; y: number }>();

function reachOf(segment: VideoSegment, plugin: MotionPlugin, params: ParamValues): { x: number; y: number } {
  let reach = reaches.get(segment.motion);
  if (!reach) {
    reach = { x: 0, y: 0 };
    for (let k = 0; k <= 16; k++) {
      const at = plugin.camera(k / 16, segment.motion.strength, params);
      reach.x = Math.max(reach.x, Math.abs(at.x));
      reach.y = Math.max(reach.y, Math.abs(at.y));
    }
    reaches.set(segment.motion, reach);
  }
  return reach;
}

/**
 * Whether the segment is drawn as two layers: a layered motion (parallax) on a photo that carries a
 * people layer. Otherwise the photo moves as one, by the camera alone.
 */
export function liftsPeople(segment: Pick<VideoSegment, 'motion' | 'media'>): boolean {
  return Boolean(effects.motions.resolve(segment.motion.name).layered) && hasPeopleLayer(segment.media);
}

export function cameraFor(segment: VideoSegment, progress: number): Camera {
  const plugin = effects.motions.resolve(segment.motion.name);
  const params = resolveParams(plugin, segment.motion.params);
  const camera = plugin.camera(ease(segment.motion.easing, progress), segment.motion.strength, params);
  // The view keeps only as much room for travel as the motion uses, so a still camera stays on the focus.
  return { ...camera, reach: reachOf(segment, plugin, params) };
}

/** Smallest and largest zoom a segment's motion uses (including the zoom rotation needs). */
export function zoomRange(segment: VideoSegment): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let k = 0; k <= 16; k++) {
    const camera = cameraFor(segment, k / 16);
    const turn = Math.abs(camera.rotation);
    const zoom = Math.max(1, camera.zoom) * (Math.cos(turn) + Math.sin(turn) * 1.8);
    min = Math.min(min, zoom);
    max = Math.max(max, zoom);
  }
  return [min, max];
}

function layer(draft: Draft, visible: VisibleSegment): PlannedLayer {
  const segment = draft.video[visible.index]!;
  return { segment: visible.index, camera: cameraFor(segment, visible.progress), localMs: visible.localMs };
}

export function planFrame(draft: Draft, frameIndex: number, timings: SegmentTiming[]): PlannedFrame {
  const content = contentAt(draft, frameIndex, timings);
  const texts = content.texts.map((text) => ({
    index: draft.texts.indexOf(text.segment),
    elapsedMs: text.elapsedMs,
    remainingMs: text.remainingMs,
  }));
  if (content.transition) {
    const outgoing = draft.video[content.transition.index]!;
    const transition = outgoing.transition!;
    const plugin = effects.transitions.resolve(transition.name);
    const linear = Math.min(1, Math.max(0, content.transition.progress));
    return {
      frameIndex,
      timeMs: content.timeMs,
      main: undefined,
      transition: {
        a: layer(draft, content.transition.from),
        b: layer(draft, content.transition.to),
        name: transition.name,
        params: resolveParams(plugin, transition.params),
        progress: ease(transition.easing, linear),
        linear,
      },
      texts,
    };
  }
  return {
    frameIndex,
    timeMs: content.timeMs,
    main: content.main ? layer(draft, content.main) : undefined,
    transition: undefined,
    texts,
  };
}
