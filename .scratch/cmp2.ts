import { buildRadialMask, mixMasked, mixRadial } from '../src/render/blend.js';
import { createFrame } from '../src/render/frame.js';
let seed = 3; const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const W = 96, H = 54;
const a = createFrame(W, H), b = createFrame(W, H);
for (let i = 0; i < a.data.length; i++) { a.data[i] = Math.floor(rnd() * 256); b.data[i] = Math.floor(rnd() * 256); }
let worst = 0, worstC = 0;
for (let k = 0; k < 3000; k++) {
  const cx = rnd() * W, cy = rnd() * H, r = rnd() * 120 - 10, band = rnd() * 20;
  const o1 = createFrame(W, H), o2 = createFrame(W, H);
  mixMasked(o1, a, b, buildRadialMask(W, H, cx, cy, r, band));
  mixRadial(o2, a, b, cx, cy, r, band);
  for (let i = 0; i < o1.y.length; i++) worst = Math.max(worst, Math.abs(o1.y[i]! - o2.y[i]!));
  for (let i = 0; i < o1.u.length; i++) worstC = Math.max(worstC, Math.abs(o1.u[i]! - o2.u[i]!));
}
console.log('luma max diff', worst, 'chroma max diff', worstC);
