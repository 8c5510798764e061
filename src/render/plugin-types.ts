import type {
  FitDescriptor,
  LookDescriptor,
  MotionDescriptor,
  ParamValues,
  TextAnimationDescriptor,
  TextStyleDescriptor,
  TransitionDescriptor,
} from '../catalog/index.js';
import type { Frame } from './frame.js';

/**
 * Where the virtual camera looks on a photo. `zoom` is relative to the largest view of the canvas's
 * aspect that fits the photo (1 = whole cover view). `x`/`y` move the view across the room the zoom
 * leaves, from -1 (left/top edge) to 1 (right/bottom edge); 0 keeps it on the photo's focus point.
 * Motion can therefore never show the photo's edge.
 */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
  /** Radians, clockwise. The compositor adds the zoom needed to keep the corners covered. */
  rotation: number;
  /** Overrides the photo's focus point (fractions of the photo) as the place the camera centres on. */
  focus?: { x: number; y: number } | undefined;
  /**
   * The largest |x| and |y| the motion reaches over the whole segment (set by the frame planner). The view
   * keeps only that much room for travel, so a still or zooming camera stays on the focus even near an
   * edge. Absent: room for full travel (±1).
   */
  reach?: { x: number; y: number } | undefined;
  /**
   * Parallax: how the people's layer moves against the rest of the photo. Plates without a people
   * layer ignore it.
   */
  subject?: SubjectMove | undefined;
}

/**
 * A people layer's move, every part in fractions of the view so the gap it opens is bounded whatever
 * the photo: `grow` is how far the layer's farthest edge moves out from its anchor as it grows (the
 * people come closer); `dx`/`dy` shift the whole layer.
 */
export interface SubjectMove {
  grow: number;
  dx: number;
  dy: number;
}

/**
 * An implementation draws the catalogue entry of the same name (`src/catalog/`): the words, parameters
 * and docs live there, the pixels here. `effects.ts` joins the two into a plug-in.
 */
interface Implementation {
  name: string;
}

export interface MotionImplementation extends Implementation {
  /** Camera at eased progress `t` through the segment; `strength` is 0–1. */
  camera(t: number, strength: number, params: ParamValues): Camera;
}

/** Extra placement of a whole layer during a transition, in canvas fractions. */
export interface Placement {
  dx?: number;
  dy?: number;
  /** Scale about the canvas centre. */
  scale?: number;
}

export interface TransitionContext {
  /** Eased progress, 0 = all outgoing, 1 = all incoming. */
  progress: number;
  /** Linear progress, for effects that ease themselves. */
  linear: number;
  params: ParamValues;
  width: number;
  height: number;
  /** Renders the outgoing (`a`) or incoming (`b`) layer, optionally moved; returns a scratch frame. */
  layer(which: 'a' | 'b', placement?: Placement, slot?: number): Frame;
  out: Frame;
}

export interface TransitionImplementation extends Implementation {
  render(context: TransitionContext): void;
}

export interface LookImplementation extends Implementation {
  /** Static colour transform, baked into each photo once when it is prepared (0–255 sRGB in and out). */
  color?(r: number, g: number, b: number, strength: number, params: ParamValues): [number, number, number];
  /** Per-frame finishing (grain, vignette) on the composed frame. Must be deterministic in `frameIndex`. */
  finish?(frame: Frame, frameIndex: number, strength: number, params: ParamValues): void;
}

/**
 * How a photo whose aspect differs from the canvas is shown. Fits are data: the plate builder turns
 * them into pixels, so a fit plug-in carries no image code.
 */
export type PlateLayout =
  | { mode: 'cover' }
  | { mode: 'contain'; background: 'blur'; blurRadius: number; dim: number }
  | { mode: 'contain'; background: 'color'; color: string };

export interface FitImplementation extends Implementation {
  layout(params: ParamValues): PlateLayout;
}

/** A 2D context with the calls text styles need (a canvas in Node and in the browser both provide it). */
export type TextContext = CanvasRenderingContext2DLike;

export interface CanvasRenderingContext2DLike {
  font: string;
  fillStyle: string | unknown;
  strokeStyle: string | unknown;
  lineWidth: number;
  lineJoin: string;
  textBaseline: string;
  textAlign: string;
  shadowColor: string;
  shadowBlur: number;
  shadowOffsetY: number;
  globalAlpha: number;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  roundRect(x: number, y: number, w: number, h: number, r: number): void;
  fill(): void;
}

export interface TextBlock {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** Width of the widest line. */
  width: number;
  height: number;
  color: string;
  fontFamily: string;
}

export interface TextStyleImplementation extends Implementation {
  /** Font weight and relative size the layout uses. */
  weight: 400 | 700;
  sizeScale: number;
  /** Padding the style draws around the text block, in font sizes. */
  padding: number;
  /** Draws the block with its top-left corner at (x, y). */
  draw(context: TextContext, block: TextBlock, x: number, y: number, params: ParamValues): void;
}

export interface TextAnimationState {
  opacity: number;
  /** Vertical offset in text heights. */
  dy: number;
  /** Characters shown (for typewriter); Infinity shows all. */
  visibleChars: number;
  /** Size relative to the laid-out text, about the text's centre (1 or absent: as laid out). */
  scale?: number;
}

export interface TextAnimationImplementation extends Implementation {
  /** `elapsedMs` since the text appeared, `remainingMs` until it goes, `length` in characters. */
  state(elapsedMs: number, remainingMs: number, length: number, params: ParamValues): TextAnimationState;
}

export type MotionPlugin = MotionDescriptor & MotionImplementation;
export type TransitionPlugin = TransitionDescriptor & TransitionImplementation;
export type LookPlugin = LookDescriptor & LookImplementation;
export type FitPlugin = FitDescriptor & FitImplementation;
export type TextStylePlugin = TextStyleDescriptor & TextStyleImplementation;
export type TextAnimationPlugin = TextAnimationDescriptor & TextAnimationImplementation;
