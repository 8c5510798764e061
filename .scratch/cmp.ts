import * as oldB from './blend-old.js';
import * as newB from '../src/render/blend.js';
import { createFrame } from '../src/render/frame.js';
let seed = 1; const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
for (const [w, h] of [[32, 18], [64, 36], [100, 40], [1080, 1920]] as const) {
  const f1 = createFrame(w, h); for (let i = 0; i < f1.data.length; i++) f1.data[i] = Math.floor(rnd() * 256);
  const f2 = createFrame(w, h); f2.data.set(f1.data);
  for (const sigma of [0.7, 3, 11.3, 40]) {
    const a = createFrame(w,h); a.data.set(f1.data); const b = createFrame(w,h); b.data.set(f1.data);
    let t = performance.now(); oldB.blurFrame(a, sigma); const to = performance.now() - t;
    t = performance.now(); newB.blurFrame(b, sigma); const tn = performance.now() - t;
    let same = true; for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) { same = false; break; }
    console.log(w, h, sigma, same, to.toFixed(1), tn.toFixed(1));
  }
}
