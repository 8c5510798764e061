import { decodeMask } from '../analyse/mask-codec.js';
import { resolveParams } from '../catalog/index.js';
import type { DecodeCache } from '../ingest/decode-cache.js';
import { probeMedia } from '../ingest/index.js';
import type { MediaInfo } from '../ingest/types.js';
import type { Draft, VideoSegment } from '../model/draft.js';
import { frameCount, segmentTimings, videoFadeAt } from '../model/timeline.js';
import { ClipReader } from './clip-reader.js';
import { Compositor, type FramePlan, type LayerRequest, type Overlay } from './compositor.js';
import { effects } from './effects.js';
import { createFrame, type Frame, parseHexColor, rgbToYuv } from './frame.js';
import { liftsPeople, type PlannedFrame, type PlannedLayer, planFrame, zoomRange } from './frame-plan.js';
import { framedDraft, framedSegment } from './framing-pass.js';
import type { MediaResolver } from './pipeline-types.js';
import type { Plate } from './plate.js';
import { buildStillPlate, decodeAhead } from './plate-builder.js';

/**
 * Pulls frames of a draft: `renderFrame(n)` gives frame n on its own, in any order (seeking previews,
 * split renders, golden tests). Photos are decoded once per plate and kept while they are in use;
 * the photos coming next are decoded ahead, in parallel with compositing.
 */
export interface FrameRendererOptions {
  resolve: MediaResolver;
  /** Render at a fraction of the draft's canvas (previews, draft quality). */
  scale?: number;
  /** How many upcoming segments to decode ahead. */
  lookahead?: number;
  /**
   * Segments still being analysed (`joy make` renders while it analyses): the final form of segment k
   * (same timing, its analysis and the plan made from it), or undefined when it is final already. The
   * renderer waits for it before it plans a frame showing segment k or decodes its photo, so the first
   * photo renders while the others are analysed.
   */
  pending?: (index: number) => Promise<VideoSegment> | undefined;
  /** Photos decoded by earlier renders (see `RenderOptions.decodeCache`). */
  decodeCache?: DecodeCache | undefined;
  /** Overlays (text) for a planned frame; supplied by the text module. */
  overlays?: (
    planned: PlannedFrame,
    canvas: { width: number; height: number },
  ) => Promise<Overlay[]> | Overlay[];
}

export interface FrameRenderer {
  width: number;
  height: number;
  fps: number;
  frameCount: number;
  /** Resolves what frame n shows (decoding photos if needed) without compositing. */
  plan(frameIndex: number): Promise<FramePlan>;
  renderFrame(frameIndex: number, out?: Frame): Promise<Frame>;
  close(): void;
}

export function scaledCanvas(draft: Draft, scale = 1): { width: number; height: number } {
  const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);
  return { width: even(draft.canvas.width * scale), height: even(draft.canvas.height * scale) };
}

export function createFrameRenderer(asEdited: Draft, options: FrameRendererOptions): FrameRenderer {
  // The renderer's own copy: the framing pass's view of the draft, completed as pending segments arrive.
  const framed = framedDraft(asEdited);
  const draft: Draft = { ...framed, video: [...framed.video] };
  const { width, height } = scaledCanvas(draft, options.scale ?? 1);
  const fps = draft.canvas.fps;
  const timings = segmentTimings(draft);
  const total = frameCount(draft);
  const compositor = new Compositor(width, height);
  const background = rgbToYuv(...parseHexColor(draft.canvas.background));
  const fadeColor = rgbToYuv(...parseHexColor(draft.fade.color));
  const lookahead = options.lookahead ?? 2;
  const lookPlugin = effects.looks.resolve(draft.look.name);
  const lookParams = resolveParams(lookPlugin, draft.look.params);
  const lookColor =
    lookPlugin.color && draft.look.strength > 0
      ? (r: number, g: number, b: number) => lookPlugin.color!(r, g, b, draft.look.strength, lookParams)
      : undefined;

  const infos = new Map<string, Promise<MediaInfo>>();
  const plates = new Map<string, Promise<Plate>>();
  const clips = new Map<number, ClipReader>();

  function info(segment: VideoSegment): Promise<MediaInfo> {
    let found = infos.get(segment.media.uri);
    if (!found) {
      found = Promise.resolve().then(() =>
        probeMedia(options.resolve(segment.media.uri), { name: segment.media.name }),
      );
      infos.set(segment.media.uri, found);
    }
    return found;
  }

  // Segment k is final once its pending form (if any) has arrived; its plate identity is computed then.
  const settling = new Map<number, Promise<void>>();
  function settle(index: number): Promise<void> {
    let done = settling.get(index);
    if (!done) {
      const pending = options.pending?.(index);
      done = pending
        ? pending.then((segment) => {
            draft.video[index] = framedSegment(segment, draft.canvas);
            plateKeys.delete(index);
          })
        : Promise.resolve();
      settling.set(index, done);
    }
    return done;
  }
  const settled = new Set<number>();
  async function settleThrough(frameIndex: number): Promise<void> {
    if (!options.pending) return;
    // Every segment that has started by this frame (and so may show in it) must be final.
    const atMs = ((frameIndex + 1) * 1000) / fps;
    for (let k = 0; k < timings.length && timings[k]!.startMs <= atMs; k++) {
      if (settled.has(k)) continue;
      await settle(k);
      settled.add(k);
    }
  }

  const plateKeys = new Map<number, string>();
  function plateKey(index: number): string {
    let key = plateKeys.get(index);
    if (key === undefined) {
      const segment = draft.video[index]!;
      const [min, max] = zoomRange(segment);
      key = JSON.stringify([
        segment.media.uri,
        segment.fit,
        Math.sqrt(min * max).toFixed(3),
        liftsPeople(segment),
      ]);
      plateKeys.set(index, key);
    }
    return key;
  }

  /** What a photo segment's plate is built from (and decoded ahead from): its fit, zoom and canvas. */
  async function plateBase(index: number) {
    const segment = draft.video[index]!;
    const [min, max] = zoomRange(segment);
    const fit = effects.fits.resolve(segment.fit.name);
    return {
      info: await info(segment),
      media: segment.media,
      layout: fit.layout(resolveParams(fit, segment.fit.params)),
      canvasWidth: width,
      canvasHeight: height,
      zoom: Math.sqrt(min * max),
    };
  }

  function stillPlate(index: number): Promise<Plate> {
    const key = plateKey(index);
    let plate = plates.get(key);
    if (!plate) {
      const segment = draft.video[index]!;
      // A people mask that does not decode leaves the photo as one layer.
      const people = liftsPeople(segment) ? decodeMask(segment.media.subjectMask!.mask!) : undefined;
      plate = Promise.all([plateBase(index), people]).then(([base, mask]) =>
        buildStillPlate({ ...base, color: lookColor, people: mask, decodeCache: options.decodeCache }),
      );
      plate.catch(() => plates.delete(key));
      plates.set(key, plate);
    }
    return plate;
  }

  // Until the first photo's analysis is in, no frame can be drawn: the photos are decoded meanwhile, in
  // order, into the decoded-photo cache, where their plates find them once their analysis is in. One at a
  // time, so they never stack in memory (nor on the render's own buffers later: the benchmark's first run
  // peaks about 20 MB lower); it stops once frames flow, so a decode that analysis makes useless (a new fit
  // or zoom around faces) never takes time from the encoder.
  let closed = false;
  const decodeCache = options.decodeCache;
  if (options.pending && decodeCache?.enabled) {
    const stills = draft.video.flatMap((segment, index) => (segment.media.kind === 'image' ? [index] : []));
    void (async () => {
      for (const index of stills) {
        if (closed || settled.size > 0) break;
        await plateBase(index)
          .then((base) => decodeAhead({ ...base, decodeCache }))
          .catch(() => undefined); // the plate's own decode reports what is wrong with the photo
      }
    })();
  }

  async function clipPlate(layer: PlannedLayer): Promise<Plate> {
    const segment = draft.video[layer.segment]!;
    let reader = clips.get(layer.segment);
    if (!reader) {
      const fit = effects.fits.resolve(segment.fit.name);
      reader = new ClipReader(options.resolve(segment.media.uri), {
        width,
        height,
        fps,
        trimStartMs: segment.trimStartMs,
        layout: fit.layout(resolveParams(fit, segment.fit.params)),
      });
      clips.set(layer.segment, reader);
    }
    return reader.frameAt(Math.round((layer.localMs * fps) / 1000));
  }

  async function layerRequest(layer: PlannedLayer): Promise<LayerRequest> {
    const segment = draft.video[layer.segment]!;
    const plate = segment.media.kind === 'video' ? await clipPlate(layer) : await stillPlate(layer.segment);
    return {
      plate,
      camera: segment.media.kind === 'video' ? { zoom: 1, x: 0, y: 0, rotation: 0 } : layer.camera,
    };
  }

  /** Starts decoding the next photos, and lets go of plates no longer needed. */
  function manageCache(current: number): void {
    const wanted = new Set<string>();
    for (let k = current; k <= Math.min(draft.video.length - 1, current + lookahead); k++) {
      if (draft.video[k]!.media.kind !== 'image') continue;
      if (options.pending && !settled.has(k)) {
        // Decoded ahead once its analysis is in; until then nothing of it is kept.
        void settle(k)
          .then(() => {
            settled.add(k);
            return stillPlate(k);
          })
          .catch(() => undefined);
        continue;
      }
      wanted.add(plateKey(k));
      void stillPlate(k).catch(() => undefined);
    }
    const previous = current - 1;
    if (previous >= 0 && draft.video[previous]!.media.kind === 'image') wanted.add(plateKey(previous));
    for (const key of plates.keys()) if (!wanted.has(key)) plates.delete(key);
    for (const [index, reader] of clips) {
      if (index < current - 1 || index > current + lookahead) {
        reader.close();
        clips.delete(index);
      }
    }
  }

  async function plan(frameIndex: number): Promise<FramePlan> {
    if (frameIndex < 0 || frameIndex >= Math.max(1, total)) {
      throw new RangeError(`Frame ${frameIndex} is outside the video (0–${total - 1})`);
    }
    await settleThrough(frameIndex);
    const planned = planFrame(draft, frameIndex, timings);
    const current = planned.transition?.a.segment ?? planned.main?.segment ?? 0;
    manageCache(current);
    const overlays = options.overlays ? await options.overlays(planned, { width, height }) : [];
    const look = lookPlugin.finish
      ? { plugin: lookPlugin, strength: draft.look.strength, params: lookParams }
      : undefined;
    const fadeAmount = videoFadeAt(draft, frameIndex);
    const fade = fadeAmount > 0 ? { color: fadeColor, amount: fadeAmount } : undefined;
    if (planned.transition) {
      const [a, b] = await Promise.all([
        layerRequest(planned.transition.a),
        layerRequest(planned.transition.b),
      ]);
      const { name, params, progress, linear } = planned.transition;
      return {
        background,
        main: undefined,
        transition: { a, b, plugin: effects.transitions.resolve(name), params, progress, linear },
        overlays,
        look,
        fade,
        frameIndex,
      };
    }
    const main = planned.main ? await layerRequest(planned.main) : undefined;
    return { background, main, transition: undefined, overlays, look, fade, frameIndex };
  }

  return {
    width,
    height,
    fps,
    frameCount: total,
    plan,
    async renderFrame(frameIndex, out = createFrame(width, height)) {
      return compositor.compose(await plan(frameIndex), out);
    },
    close() {
      closed = true;
      for (const reader of clips.values()) reader.close();
      clips.clear();
      plates.clear();
    },
  };
}
