import { effects } from '../src/render/effects.js';
import { createFrame } from '../src/render/frame.js';
import { resolveParams } from '../src/render/registry.js';
import { gradientA, gradientB } from '../test/render/plugins/helpers.js';
import { placeLayer } from '../src/render/blend.js';
const W = 1080, H = 1920;
const a = gradientA(W, H), b = gradientB(W, H);
const out = createFrame(W, H);
const scratch = new Map<string, ReturnType<typeof createFrame>>();
let placeMs = 0;
for (const plugin of effects.transitions.list()) {
  const params = resolveParams(plugin, {});
  const t0 = performance.now(); placeMs = 0;
  const N = 10;
  for (let k = 0; k < N; k++) {
    const p = (k + 0.5) / N;
    plugin.render({ progress: p, linear: p, params, width: W, height: H, out, layer(which, placement, slot = 0) {
      const key = `${which}:${slot}`; let f = scratch.get(key); if (!f) { f = createFrame(W, H); scratch.set(key, f); }
      const t = performance.now(); placeLayer(f, which === 'a' ? a : b, placement); placeMs += performance.now() - t; return f; } });
  }
  const total = (performance.now() - t0) / N;
  console.log(plugin.name.padEnd(14), 'total', total.toFixed(1), 'ms  own', (total - placeMs / N).toFixed(1), 'ms');
}
const vintage = effects.looks.get('vintage');
const vp = resolveParams(vintage, {});
let t0 = performance.now();
for (let k = 0; k < 10; k++) vintage.finish!(out, k, 1, vp);
console.log('vintage finish', ((performance.now() - t0) / 10).toFixed(1), 'ms');
