import { boxBlurRows, mixMasked, buildRectMask, mix } from '../src/render/blend.js';
import { createFrame } from '../src/render/frame.js';
const f = createFrame(1080, 1920); for (let i = 0; i < f.data.length; i++) f.data[i] = i * 7 & 255;
const g = createFrame(1080, 1920);
const o = createFrame(1080, 1920);
const scratch = new Uint8Array(5000);
for (let k = 0; k < 6; k++) {
  let t = performance.now(); boxBlurRows(f.y, 1080, 1920, 30.4, scratch); const a = performance.now() - t;
  t = performance.now(); const m = buildRectMask(1080, 1920, { left: 500.3, right: 2000, top: -5, bottom: 3000 }); const b = performance.now() - t;
  t = performance.now(); mixMasked(o, f, g, m); const c = performance.now() - t;
  t = performance.now(); mix(o, f, g, 0.3); const d = performance.now() - t;
  console.log('rows', a.toFixed(1), 'rectmask', b.toFixed(1), 'mixMasked', c.toFixed(1), 'mix', d.toFixed(1));
}
