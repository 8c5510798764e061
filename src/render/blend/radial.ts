import type { Frame } from '../frame.js';
/** Blends inside a soft circle (the circle transition). */

/** Smoothstep on [0, 1], for soft edges. */
export function smoothstep(t: number): number {
  return t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
}

/**
 * An iris: `b` inside the circle of `radius` about (cx, cy), `a` outside, with a smooth edge `band`
 * pixels wide centred on the radius (canvas pixels). Rows are handled as spans (copies outside and
 * inside the edge), so only the ring costs per-pixel work; chroma uses the same circle at half scale
 * with an edge at least one chroma pixel wide.
 */
export function mixRadial(
  out: Frame,
  a: Frame,
  b: Frame,
  cx: number,
  cy: number,
  radius: number,
  band: number,
): void {
  const { width, height } = out;
  const soft = Math.max(1, band);
  mixRadialPlane(out.y, a.y, b.y, width, height, cx, cy, radius, soft);
  const cw = width / 2;
  const ch = height / 2;
  const cSoft = Math.max(1, soft / 2);
  mixRadialPlane(out.u, a.u, b.u, cw, ch, cx / 2, cy / 2, radius / 2, cSoft);
  mixRadialPlane(out.v, a.v, b.v, cw, ch, cx / 2, cy / 2, radius / 2, cSoft);
}

function mixRadialPlane(
  out: Uint8Array,
  a: Uint8Array,
  b: Uint8Array,
  width: number,
  height: number,
  cx: number,
  cy: number,
  radius: number,
  soft: number,
): void {
  const outer = radius + soft / 2;
  const inner = radius - soft / 2;
  const ring = (base: number, from: number, to: number, dy2: number) => {
    for (let col = from; col < to; col++) {
      const dx = col + 0.5 - cx;
      const t = (outer - Math.sqrt(dx * dx + dy2)) / soft;
      const w = t <= 0 ? 0 : t >= 1 ? 256 : Math.round(t * t * (3 - 2 * t) * 256);
      const i = base + col;
      out[i] = (a[i]! * (256 - w) + b[i]! * w + 128) >> 8;
    }
  };
  for (let row = 0; row < height; row++) {
    const base = row * width;
    const dy = row + 0.5 - cy;
    const dy2 = dy * dy;
    if (outer <= 0 || dy2 >= outer * outer) {
      out.set(a.subarray(base, base + width), base);
      continue;
    }
    const xo = Math.sqrt(outer * outer - dy2);
    const c0 = Math.max(0, Math.min(width, Math.ceil(cx - xo - 0.5)));
    const c1 = Math.max(c0, Math.min(width, Math.floor(cx + xo - 0.5) + 1));
    out.set(a.subarray(base, base + c0), base);
    out.set(a.subarray(base + c1, base + width), base + c1);
    if (inner > 0 && dy2 < inner * inner) {
      const xi = Math.sqrt(inner * inner - dy2);
      const i0 = Math.max(c0, Math.min(c1, Math.ceil(cx - xi - 0.5)));
      const i1 = Math.max(i0, Math.min(c1, Math.floor(cx + xi - 0.5) + 1));
      ring(base, c0, i0, dy2);
      out.set(b.subarray(base + i0, base + i1), base + i0);
      ring(base, i1, c1, dy2);
    } else {
      ring(base, c0, c1, dy2);
    }
  }
}
