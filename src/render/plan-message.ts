import type { FramePlan, LayerRequest } from './compositor.js';
import { effects } from './effects.js';
import type { OverlayImage, OverlayPlacement } from './overlay.js';
import type { Plate } from './plate.js';
import type { Camera } from './plugin-types.js';
import type { ParamValues } from './registry.js';

/**
 * A frame plan as a message for a compositing thread: plug-ins travel by name, pixel planes by their
 * shared buffers (no copy). Plans whose overlays are drawing functions cannot travel.
 */
interface PlaneRef {
  buffer: ArrayBufferLike;
  byteOffset: number;
  length: number;
}

interface PlateMessage {
  key: string | undefined;
  width: number;
  height: number;
  focus: { x: number; y: number };
  y: PlaneRef;
  u: PlaneRef;
  v: PlaneRef;
}

interface LayerMessage {
  plate: PlateMessage;
  camera: Camera;
}

export interface PlanMessage {
  background: readonly [number, number, number];
  main: LayerMessage | undefined;
  transition:
    | {
        a: LayerMessage;
        b: LayerMessage;
        name: string;
        progress: number;
        linear: number;
        params: ParamValues;
      }
    | undefined;
  overlays: { image: Record<keyof OverlayImage, PlaneRef | number>; x: number; y: number; opacity: number }[];
  look: { name: string; strength: number; params: ParamValues } | undefined;
  frameIndex: number;
}

const ref = (plane: Uint8Array): PlaneRef => ({
  buffer: plane.buffer,
  byteOffset: plane.byteOffset,
  length: plane.length,
});
const view = (plane: PlaneRef): Uint8Array => new Uint8Array(plane.buffer, plane.byteOffset, plane.length);

function isShared(plane: Uint8Array): boolean {
  return typeof SharedArrayBuffer === 'function' && plane.buffer instanceof SharedArrayBuffer;
}

export function canTravel(plan: FramePlan): boolean {
  const plates = [plan.main?.plate, plan.transition?.a.plate, plan.transition?.b.plate].filter(
    Boolean,
  ) as Plate[];
  return (
    plates.every((plate) => isShared(plate.y)) &&
    plan.overlays.every((overlay) => !('draw' in overlay) && isShared(overlay.image.y))
  );
}

function layerMessage(layer: LayerRequest): LayerMessage {
  const { plate } = layer;
  return {
    plate: {
      key: plate.key,
      width: plate.width,
      height: plate.height,
      focus: plate.focus,
      y: ref(plate.y),
      u: ref(plate.u),
      v: ref(plate.v),
    },
    camera: layer.camera,
  };
}

function layerFrom(message: LayerMessage): LayerRequest {
  const { plate } = message;
  return {
    plate: {
      key: plate.key,
      width: plate.width,
      height: plate.height,
      focus: plate.focus,
      y: view(plate.y),
      u: view(plate.u),
      v: view(plate.v),
    },
    camera: message.camera,
  };
}

export function toMessage(plan: FramePlan): PlanMessage {
  return {
    background: plan.background,
    main: plan.main ? layerMessage(plan.main) : undefined,
    transition: plan.transition
      ? {
          a: layerMessage(plan.transition.a),
          b: layerMessage(plan.transition.b),
          name: plan.transition.plugin.name,
          progress: plan.transition.progress,
          linear: plan.transition.linear,
          params: plan.transition.params,
        }
      : undefined,
    overlays: (plan.overlays as OverlayPlacement[]).map((overlay) => ({
      image: {
        width: overlay.image.width,
        height: overlay.image.height,
        y: ref(overlay.image.y),
        u: ref(overlay.image.u),
        v: ref(overlay.image.v),
        alphaY: ref(overlay.image.alphaY),
        alphaC: ref(overlay.image.alphaC),
      },
      x: overlay.x,
      y: overlay.y,
      opacity: overlay.opacity,
    })),
    look: plan.look
      ? { name: plan.look.plugin.name, strength: plan.look.strength, params: plan.look.params }
      : undefined,
    frameIndex: plan.frameIndex,
  };
}

export function fromMessage(message: PlanMessage): FramePlan {
  return {
    background: message.background,
    main: message.main ? layerFrom(message.main) : undefined,
    transition: message.transition
      ? {
          a: layerFrom(message.transition.a),
          b: layerFrom(message.transition.b),
          plugin: effects.transitions.get(message.transition.name),
          progress: message.transition.progress,
          linear: message.transition.linear,
          params: message.transition.params,
        }
      : undefined,
    overlays: message.overlays.map((overlay) => {
      const image = overlay.image as Record<string, PlaneRef | number>;
      return {
        image: {
          width: image.width as number,
          height: image.height as number,
          y: view(image.y as PlaneRef),
          u: view(image.u as PlaneRef),
          v: view(image.v as PlaneRef),
          alphaY: view(image.alphaY as PlaneRef),
          alphaC: view(image.alphaC as PlaneRef),
        },
        x: overlay.x,
        y: overlay.y,
        opacity: overlay.opacity,
      };
    }),
    look: message.look
      ? {
          plugin: effects.looks.get(message.look.name),
          strength: message.look.strength,
          params: message.look.params,
        }
      : undefined,
    frameIndex: message.frameIndex,
  };
}
