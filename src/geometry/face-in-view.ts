import type { PlateGeometry, ViewRect } from './camera-view.js';
import type { Box, Point, Size } from './types.js';

/**
 * Face boxes on a photo's plate and in a camera's view: where a still's faces sit on its plate (the
 * geometry the renderer's still plates are built with) and whether a box lies inside a view, rotation
 * included. Pure geometry on fractions; nothing is decoded.
 */

/** How a photo is laid on its plate: cropped to fill, or shown whole. */
export interface PlateLayoutMode {
  mode: 'cover' | 'contain';
}

export interface StillGeometry extends PlateGeometry {
  /** Where the photo lies on the plate, fractions (the whole plate when cropped to fill). */
  photo: Box;
}

/** Plate geometry of a still, as `buildStillPlate` lays it out (at zoom 1; other zooms scale it evenly). */
export function stillGeometry(
  photo: Size,
  canvas: Size,
  layout: PlateLayoutMode,
  focus: Point,
): StillGeometry {
  const photoAspect = photo.width / photo.height;
  const canvasAspect = canvas.width / canvas.height;
  const cover = layout.mode === 'cover' || Math.abs(photoAspect / canvasAspect - 1) < 0.02;
  if (cover) {
    const [width, height] =
      photoAspect > canvasAspect
        ? [canvas.height * photoAspect, canvas.height]
        : [canvas.width, canvas.width / photoAspect];
    return { width, height, focus, photo: { x: 0, y: 0, w: 1, h: 1 } };
  }
  const pw = canvas.width;
  const ph = canvas.height;
  const scale = Math.min(pw / photo.width, ph / photo.height);
  const dw = Math.round(photo.width * scale);
  const dh = Math.round(photo.height * scale);
  const left = Math.round((pw - dw) / 2);
  const top = Math.round((ph - dh) / 2);
  return {
    width: pw,
    height: ph,
    focus: { x: (left + focus.x * dw) / pw, y: (top + focus.y * dh) / ph },
    photo: { x: left / pw, y: top / ph, w: dw / pw, h: dh / ph },
  };
}

/** A box on the photo mapped onto the plate, fractions of the plate. */
export function boxOnPlate(box: Box, geometry: StillGeometry): Box {
  const p = geometry.photo;
  return { x: p.x + box.x * p.w, y: p.y + box.y * p.h, w: box.w * p.w, h: box.h * p.h };
}

/** Whether a box (plate fractions) lies inside a camera view, rotation included. */
export function boxInView(box: Box, geometry: PlateGeometry, view: ViewRect, tolerancePx = 1e-6): boolean {
  const cos = Math.cos(view.rotation);
  const sin = Math.sin(view.rotation);
  const corners: [number, number][] = [
    [box.x, box.y],
    [box.x + box.w, box.y],
    [box.x, box.y + box.h],
    [box.x + box.w, box.y + box.h],
  ];
  return corners.every(([fx, fy]) => {
    const dx = fx * geometry.width - view.cx;
    const dy = fy * geometry.height - view.cy;
    const u = dx * cos + dy * sin;
    const v = -dx * sin + dy * cos;
    return Math.abs(u) <= view.width / 2 + tolerancePx && Math.abs(v) <= view.height / 2 + tolerancePx;
  });
}

/** A face grown by `margin` of its size on every side (head and hair), kept on the photo. */
export function withMargin(face: Box, margin: number): Box {
  const x0 = Math.max(0, face.x - face.w * margin);
  const y0 = Math.max(0, face.y - face.h * margin);
  const x1 = Math.min(1, face.x + face.w * (1 + margin));
  const y1 = Math.min(1, face.y + face.h * (1 + margin));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Room kept around each face box when checking a motion: a head is larger than its face. */
export const HEAD_MARGIN = 0.2;
