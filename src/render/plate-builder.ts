import sharp, { type Sharp } from 'sharp';
import { type DecodeCache, decodeImage } from '../ingest/index.js';
import type { DecodedImage, DecodeTarget, MediaInfo } from '../ingest/types.js';
import type { MediaRef } from '../model/draft.js';
import { parseHexColor } from './frame.js';
import { type Plate, rgbToPlate, subjectPlate } from './plate.js';
import type { PlateLayout } from './plugin-types.js';
import { fillBehind, type MaskMap, personMatte } from './subject-layer.js';

/** Plates above this many pixels are made smaller (a little softer) so panoramas never blow memory. */
const MAX_PLATE_PIXELS = 12_000_000;

export interface PlateRequest {
  info: MediaInfo;
  media: MediaRef;
  layout: PlateLayout;
  canvasWidth: number;
  canvasHeight: number;
  /** Zoom at which one plate pixel maps to one canvas pixel (the middle of the motion's range). */
  zoom: number;
  color?: ((r: number, g: number, b: number) => [number, number, number]) | undefined;
  /**
   * For parallax: the people's mask over the photo (fractions of it). Given, the plate gets a people
   * layer and its planes hold the filled background.
   */
  people?: MaskMap | undefined;
  /** Photos decoded by earlier renders. */
  decodeCache?: DecodeCache | undefined;
}

const even = (value: number) => Math.max(2, Math.floor(value / 2) * 2);

function capSize(width: number, height: number): [number, number] {
  const factor = Math.min(1, Math.sqrt(MAX_PLATE_PIXELS / (width * height)));
  return [width * factor, height * factor];
}

/** The subject's position: analysis focus, else the middle of the faces, else the centre. */
export function focusOf(media: MediaRef): { x: number; y: number } {
  if (media.focus) return media.focus;
  if (media.faces && media.faces.length > 0) {
    const x = media.faces.reduce((sum, f) => sum + f.x + f.w / 2, 0) / media.faces.length;
    const y = media.faces.reduce((sum, f) => sum + f.y + f.h / 2, 0) / media.faces.length;
    return { x, y };
  }
  return { x: 0.5, y: 0.5 };
}

/** Crops a packed RGB image to even dimensions (drops at most one column and one row). */
function evenRgb(
  data: Uint8Array,
  width: number,
  height: number,
): { data: Uint8Array; width: number; height: number } {
  const w = even(width);
  const h = even(height);
  if (w === width && h === height) return { data, width, height };
  const out = new Uint8Array(w * h * 3);
  for (let row = 0; row < h; row++)
    out.set(data.subarray(row * width * 3, row * width * 3 + w * 3), row * w * 3);
  return { data: out, width: w, height: h };
}

/** Decoding never enlarges; a photo smaller than its box is scaled up here so it fills the fit. */
async function fitInside(image: DecodedImage, width: number, height: number): Promise<DecodedImage> {
  const scale = Math.min(width / image.width, height / image.height);
  if (scale <= 1.001) return image;
  const { data, info } = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: 3 },
  })
    .resize(
      Math.min(width, Math.round(image.width * scale)),
      Math.min(height, Math.round(image.height * scale)),
      { kernel: 'cubic' },
    )
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}

/** The photo decoded into the box, through the decoded-photo cache when the render has one. */
function decodeVia(request: PlateRequest, target: DecodeTarget): Promise<DecodedImage> {
  const decode = () => decodeImage(request.info, target);
  return request.decodeCache ? request.decodeCache.decode(request.info, target, decode) : decode();
}

/**
 * Plates are built one at a time, in the order asked for: a build holds the photo decoded to packed RGB
 * (20 MB for a 1080p cover plate) and libvips' buffers while it runs, and the renderer asks for the
 * next photos ahead all at once, which stacked those (about 30 MB more at the benchmark's peak). The
 * plate needed first is asked for first, so it is not slowed. (A layered plate also holds a photo-sized
 * fill and matte for a moment.)
 */
let building: Promise<unknown> = Promise.resolve();

export function buildStillPlate(request: PlateRequest): Promise<Plate> {
  const next = building.then(() => buildNow(request));
  building = next.catch(() => undefined);
  return next;
}

/** The box a plate decodes its photo into, and whether the photo covers the canvas or sits inside it. */
function decodeBox(
  request: Pick<PlateRequest, 'info' | 'media' | 'layout' | 'canvasWidth' | 'canvasHeight' | 'zoom'>,
): { cover: boolean; target: DecodeTarget } {
  const { info, media, layout, canvasWidth, canvasHeight, zoom } = request;
  const photoW = info.width ?? media.width ?? canvasWidth;
  const photoH = info.height ?? media.height ?? canvasHeight;
  const photoAspect = photoW / photoH;
  const canvasAspect = canvasWidth / canvasHeight;
  // A photo already of the canvas's shape needs no background: treat it as cover.
  const cover = layout.mode === 'cover' || Math.abs(photoAspect / canvasAspect - 1) < 0.02;
  if (cover) {
    const [w, h] =
      photoAspect > canvasAspect
        ? capSize(canvasHeight * zoom * photoAspect, canvasHeight * zoom)
        : capSize(canvasWidth * zoom, (canvasWidth * zoom) / photoAspect);
    return { cover, target: { maxWidth: Math.ceil(w), maxHeight: Math.ceil(h) } };
  }
  const [pw, ph] = capSize(canvasWidth * zoom, canvasHeight * zoom).map(even) as [number, number];
  return { cover, target: { maxWidth: pw, maxHeight: ph } };
}

/**
 * Decodes the photo a plate will need into the decoded-photo cache, building nothing: a first render
 * does this while the photo's analysis is still running (the plate itself needs the faces), so the
 * decode is done by the time the plate is built — the same bytes when analysis leaves the fit and
 * the motion as planned, else wasted on an otherwise idle core.
 */
export async function decodeAhead(
  request: Pick<PlateRequest, 'info' | 'media' | 'layout' | 'canvasWidth' | 'canvasHeight' | 'zoom'> & {
    decodeCache: DecodeCache;
  },
): Promise<void> {
  const { target } = decodeBox(request);
  await request.decodeCache.decode(request.info, target, () => decodeImage(request.info, target));
}

async function buildNow(request: PlateRequest): Promise<Plate> {
  const { layout, color } = request;
  const focus = focusOf(request.media);
  const { cover, target } = decodeBox(request);
  if (cover) {
    const decoded = await decodeVia(request, target);
    const mask = request.people;
    if (!mask) {
      const rowBytes = decoded.width * 3;
      return rgbToPlate(decoded.data, even(decoded.width), even(decoded.height), focus, color, rowBytes);
    }
    const image = evenRgb(decoded.data, decoded.width, decoded.height);
    const matte = personMatte(mask, image.width, image.height);
    const subject = subjectPlate(image.data, image.width, image.height, matte, color);
    fillBehind(image.data, image.width, image.height, mask);
    const plate = rgbToPlate(image.data, image.width, image.height, focus, color);
    plate.subject = subject;
    return plate;
  }
  const { maxWidth: pw, maxHeight: ph } = target;
  const decoded = await fitInside(await decodeVia(request, target), pw, ph);
  const fg = { raw: { width: decoded.width, height: decoded.height, channels: 3 as const } };
  let background: Sharp;
  if (layout.mode === 'contain' && layout.background === 'blur') {
    // Blur a small copy and scale it up: the same look for a fraction of the cost of a wide blur.
    const small = 8;
    const sigma = Math.max(0.5, (layout.blurRadius * (ph / 1080)) / small);
    const smallBuffer = await sharp(decoded.data, fg)
      .resize(Math.max(2, Math.round(pw / small)), Math.max(2, Math.round(ph / small)), { fit: 'cover' })
      .blur(sigma)
      .linear(1 - layout.dim, 0)
      .raw()
      .toBuffer();
    background = sharp(smallBuffer, {
      raw: {
        width: Math.max(2, Math.round(pw / small)),
        height: Math.max(2, Math.round(ph / small)),
        channels: 3,
      },
    }).resize(pw, ph, { fit: 'fill', kernel: 'cubic' });
    background = sharp(await background.raw().toBuffer(), { raw: { width: pw, height: ph, channels: 3 } });
  } else {
    const [r, g, b] = parseHexColor(
      layout.mode === 'contain' && layout.background === 'color' ? layout.color : '#000000',
    );
    background = sharp({ create: { width: pw, height: ph, channels: 3, background: { r, g, b } } });
  }
  const left = Math.round((pw - decoded.width) / 2);
  const top = Math.round((ph - decoded.height) / 2);
  const backdrop = await background.raw().toBuffer();
  const place = (photo: Uint8Array) =>
    sharp(backdrop, { raw: { width: pw, height: ph, channels: 3 } })
      .composite([
        {
          input: Buffer.from(photo.buffer, photo.byteOffset, photo.byteLength),
          raw: fg.raw,
          left,
          top,
        },
      ])
      .removeAlpha()
      .raw()
      .toBuffer()
      .then((buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
  const composed = await place(decoded.data);
  const plateFocus = {
    x: (left + focus.x * decoded.width) / pw,
    y: (top + focus.y * decoded.height) / ph,
  };
  const mask = request.people;
  if (!mask) return rgbToPlate(composed, pw, ph, plateFocus, color);
  // The people of a contained photo: lifted off the photo, then placed where the photo sits.
  const matte = personMatte(mask, decoded.width, decoded.height);
  const box = {
    x0: matte.box.x0 + left,
    y0: matte.box.y0 + top,
    x1: matte.box.x1 + left,
    y1: matte.box.y1 + top,
  };
  const subject = subjectPlate(composed, pw, ph, { alpha: matte.alpha, box }, color, top + decoded.height);
  fillBehind(decoded.data, decoded.width, decoded.height, mask);
  const plate = rgbToPlate(await place(decoded.data), pw, ph, plateFocus, color);
  plate.subject = subject;
  return plate;
}
