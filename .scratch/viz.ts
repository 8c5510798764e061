import { writeFileSync } from 'node:fs';
import { createFrame, fillFrame, rgbToYuv, frameToRgba } from '../src/render/frame.js';
import { prepareTextOverlay, drawOverlay } from '../src/render/text/index.js';
import { safeAreaFor } from '../src/model/presets.js';
import { createCanvas } from '@napi-rs/canvas';

const W = 540, H = 960;
const frame = createFrame(W, H);
// gradient background
for (let r = 0; r < H; r++) for (let c = 0; c < W; c++) frame.y[r * W + c] = 60 + Math.round((c / W) * 150);
frame.u.fill(120); frame.v.fill(140);
const safe = safeAreaFor('tiktok', W, H);
const t0 = performance.now();
const specs = [
  { text: '加标题：我们的夏天', position: 'top', style: { name: 'clean' }, role: 'title' },
  { text: 'A long sentence about our summer holiday by the sea that should wrap nicely 😀', position: 'center', style: { name: 'bold-outline' } },
  { text: '海边的日落，真的太美了！We loved it.', position: 'lower-third', style: { name: 'boxed' } },
  { text: 'Anna · Lisbon 2024', position: 'bottom', style: { name: 'lower-third' } },
] as const;
for (const s of specs) {
  const o = await prepareTextOverlay({ ...s, size: 1, color: '#ffffff' } as never, { width: W, height: H }, safe, Infinity);
  console.log(s.style.name, o.left, o.top, o.width, o.height, performance.now() - t0);
  drawOverlay(frame, o, 1, 0);
}
const tw = await prepareTextOverlay({ text: 'Typing this out 打字机', position: 'center', style: { name: 'end-card' }, size: 0.8, color: '#ffee88' } as never, { width: W, height: H }, safe, 9);
drawOverlay(frame, tw, 1, 60);
const rgba = frameToRgba(frame);
const cv = createCanvas(W, H); const ctx = cv.getContext('2d');
const img = ctx.createImageData(W, H); img.data.set(rgba); ctx.putImageData(img, 0, 0);
// safe rect
ctx.strokeStyle = 'red'; ctx.strokeRect(W * safe.left, H * safe.top, W * (1 - safe.left - safe.right), H * (1 - safe.top - safe.bottom));
writeFileSync('/tmp/viz.png', cv.toBuffer('image/png'));
