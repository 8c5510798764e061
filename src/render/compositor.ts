import type { ParamValues } from '../catalog/index.js';
import { viewRect } from '../geometry/index.js';
import { layerAffines } from './camera.js';
import { createFrame, type Frame, fadeFrame, fillFrame } from './frame.js';
import { drawOverlay, type OverlayPlacement } from './overlay.js';
import type { Plate } from './plate.js';
import type { Camera, LookPlugin, Placement, TransitionPlugin } from './plugin-types.js';
import { sampleAffine } from './sampler.js';
import { blendSubject } from './subject-blend.js';

/**
 * The compositor: pure pixel work, no I/O and no Node APIs, so it runs the same in worker threads
 * (and in a browser). Given what a frame shows — layers with cameras, a transition, overlays, a look —
 * it writes the frame.
 */
export interface LayerRequest {
  plate: Plate;
  camera: Camera;
}

/** Something drawn over the picture (text): placed image data, which compositing threads can draw. */
export type Overlay = OverlayPlacement;

export interface FramePlan {
  background: readonly [number, number, number];
  /** The picture when no transition is running. */
  main: LayerRequest | undefined;
  transition:
    | {
        a: LayerRequest;
        b: LayerRequest;
        plugin: TransitionPlugin;
        progress: number;
        linear: number;
        params: ParamValues;
      }
    | undefined;
  overlays: readonly Overlay[];
  look: { plugin: LookPlugin; strength: number; params: ParamValues } | undefined;
  /** The whole video fading in or out: how much of the colour covers the frame, texts included. */
  fade?: { color: readonly [number, number, number]; amount: number } | undefined;
  frameIndex: number;
}

export function renderLayer(out: Frame, plate: Plate, camera: Camera, placement?: Placement): void {
  const view = viewRect(plate, out.width, out.height, camera);
  const { luma, chroma } = layerAffines(view, out.width, out.height, placement);
  sampleAffine(
    plate.y,
    plate.width,
    plate.height,
    out.y,
    out.width,
    out.height,
    luma,
    plate.key && `${plate.key}:y`,
  );
  const cw = plate.width / 2;
  const ch = plate.height / 2;
  sampleAffine(plate.u, cw, ch, out.u, out.width / 2, out.height / 2, chroma, plate.key && `${plate.key}:u`);
  sampleAffine(plate.v, cw, ch, out.v, out.width / 2, out.height / 2, chroma, plate.key && `${plate.key}:v`);
  if (plate.subject) {
    blendSubject(out, plate.subject, plate.key, luma, chroma, camera.subject ?? STILL, view);
  }
}

const STILL = { grow: 0, dx: 0, dy: 0 };

export class Compositor {
  readonly width: number;
  readonly height: number;
  private readonly scratch = new Map<string, Frame>();

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
  }

  private scratchFrame(key: string): Frame {
    let frame = this.scratch.get(key);
    if (!frame) {
      frame = createFrame(this.width, this.height);
      this.scratch.set(key, frame);
    }
    return frame;
  }

  compose(plan: FramePlan, out: Frame): Frame {
    if (plan.transition) {
      const { a, b, plugin, progress, linear, params } = plan.transition;
      const rendered = new Map<string, Frame>();
      plugin.render({
        progress,
        linear,
        params,
        width: this.width,
        height: this.height,
        out,
        layer: (which, placement, slot = 0) => {
          const key = `${which}:${slot}:${placement?.dx ?? 0}:${placement?.dy ?? 0}:${placement?.scale ?? 1}`;
          const cached = rendered.get(key);
          if (cached) return cached;
          const frame = this.scratchFrame(`${which}:${slot}`);
          // The slot's buffer is about to be overwritten: forget what it held under another placement.
          for (const [other, held] of rendered) if (held === frame) rendered.delete(other);
          const layer = which === 'a' ? a : b;
          renderLayer(frame, layer.plate, layer.camera, placement);
          rendered.set(key, frame);
          return frame;
        },
      });
    } else if (plan.main) {
      renderLayer(out, plan.main.plate, plan.main.camera);
    } else {
      fillFrame(out, plan.background);
    }
    if (plan.look?.plugin.finish && plan.look.strength > 0) {
      plan.look.plugin.finish(out, plan.frameIndex, plan.look.strength, plan.look.params);
    }
    for (const overlay of plan.overlays) drawOverlay(out, overlay);
    if (plan.fade) fadeFrame(out, plan.fade.color, plan.fade.amount);
    return out;
  }
}
