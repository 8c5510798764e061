import { createHash } from 'node:crypto';
import { type ParamValues, resolveParams } from '../../../src/catalog/index.js';
import { createFrame, type Frame } from '../../../src/render/frame.js';
import type { Placement, TransitionContext, TransitionPlugin } from '../../../src/render/plugin-types.js';
import { placeLayer } from './reference-blend.js';

export const W = 32;
export const H = 18;

/** Outgoing test frame: luma and chroma vary along x only. */
export function gradientA(width = W, height = H): Frame {
  const frame = createFrame(width, height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++)
      frame.y[row * width + col] = 16 + Math.round((col * 219) / (width - 1));
  }
  const cw = width / 2;
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < cw; col++) {
      frame.u[row * cw + col] = 60 + Math.round((col * 120) / (cw - 1));
      frame.v[row * cw + col] = 200 - Math.round((col * 100) / (cw - 1));
    }
  }
  return frame;
}

/** Incoming test frame: luma and chroma vary along y only. */
export function gradientB(width = W, height = H): Frame {
  const frame = createFrame(width, height);
  for (let row = 0; row < height; row++)
    frame.y.fill(235 - Math.round((row * 200) / (height - 1)), row * width, (row + 1) * width);
  const cw = width / 2;
  for (let row = 0; row < height / 2; row++) {
    frame.u.fill(180 - Math.round((row * 90) / (height / 2 - 1)), row * cw, (row + 1) * cw);
    frame.v.fill(70 + Math.round((row * 110) / (height / 2 - 1)), row * cw, (row + 1) * cw);
  }
  return frame;
}

/** Stripes: `axis` 'x' varies along x (vertical stripes), 'y' along y. */
export function stripes(axis: 'x' | 'y', period = 4, width = W, height = H): Frame {
  const frame = createFrame(width, height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const k = axis === 'x' ? col : row;
      frame.y[row * width + col] = Math.floor(k / (period / 2)) % 2 === 0 ? 40 : 220;
    }
  }
  frame.u.fill(128);
  frame.v.fill(128);
  return frame;
}

export interface RenderedTransition {
  out: Frame;
  calls: { which: 'a' | 'b'; placement: Placement | undefined; slot: number }[];
}

/**
 * Runs a transition the way the compositor does: `layer()` renders the still frame `a` or `b` moved by
 * its placement (with the reference resampler `placeLayer`) into a scratch frame per layer and slot.
 */
export function renderTransition(
  plugin: TransitionPlugin,
  a: Frame,
  b: Frame,
  progress: number,
  params?: ParamValues,
): RenderedTransition {
  const { width, height } = a;
  const out = createFrame(width, height);
  out.data.fill(77); // Anything left unwritten shows.
  const scratch = new Map<string, Frame>();
  const calls: RenderedTransition['calls'] = [];
  const context: TransitionContext = {
    progress,
    linear: progress,
    params: resolveParams(plugin, params),
    width,
    height,
    out,
    layer(which, placement, slot = 0) {
      calls.push({ which, placement, slot });
      const key = `${which}:${slot}`;
      let frame = scratch.get(key);
      if (!frame) {
        frame = createFrame(width, height);
        scratch.set(key, frame);
      }
      placeLayer(frame, which === 'a' ? a : b, placement);
      return frame;
    },
  };
  plugin.render(context);
  return { out, calls };
}

export function sha256(data: Uint8Array | Uint8ClampedArray | Float64Array): string {
  return createHash('sha256')
    .update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    .digest('hex');
}

/** Largest absolute difference between two planes or frames' data. */
export function maxDiff(a: Uint8Array, b: Uint8Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

/** Largest difference over a rectangle of the luma plane (x0 ≤ col < x1, y0 ≤ row < y1). */
export function maxLumaDiff(a: Frame, b: Frame, x0: number, x1: number, y0: number, y1: number): number {
  let max = 0;
  for (let row = y0; row < y1; row++) {
    for (let col = x0; col < x1; col++)
      max = Math.max(max, Math.abs(a.y[row * a.width + col]! - b.y[row * b.width + col]!));
  }
  return max;
}

/** Sum of absolute differences between neighbours along an axis, over the luma plane. */
export function variation(frame: Frame, axis: 'x' | 'y'): number {
  const { width, height, y } = frame;
  let sum = 0;
  for (let row = 0; row < height - (axis === 'y' ? 1 : 0); row++) {
    for (let col = 0; col < width - (axis === 'x' ? 1 : 0); col++) {
      const i = row * width + col;
      sum += Math.abs(y[i]! - y[axis === 'x' ? i + 1 : i + width]!);
    }
  }
  return sum;
}

/** Largest luma step between neighbours along an axis: how sharp the sharpest edge is. */
export function sharpness(frame: Frame, axis: 'x' | 'y'): number {
  const { width, height, y } = frame;
  let max = 0;
  for (let row = 0; row < height - (axis === 'y' ? 1 : 0); row++) {
    for (let col = 0; col < width - (axis === 'x' ? 1 : 0); col++) {
      const i = row * width + col;
      max = Math.max(max, Math.abs(y[i]! - y[axis === 'x' ? i + 1 : i + width]!));
    }
  }
  return max;
}

/** A frame's luma at one pixel. */
export function lumaAt(frame: Frame, col: number, row: number): number {
  return frame.y[row * frame.width + col]!;
}
