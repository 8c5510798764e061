import { effects } from '../src/render/effects.js';
import { resolveParams } from '../src/render/registry.js';
import { gradientA } from '../test/render/plugins/helpers.js';
const out = gradientA(1080, 1920);
const vintage = effects.looks.get('vintage');
const vp = resolveParams(vintage, {});
for (let k = 0; k < 5; k++) { const t0 = performance.now(); vintage.finish!(out, k, 1, vp); console.log('finish', (performance.now() - t0).toFixed(1)); }
for (let k = 0; k < 3; k++) { const t0 = performance.now(); vintage.finish!(out, k, 1, {...vp, grain: 0}); console.log('vignette only', (performance.now() - t0).toFixed(1)); }
for (let k = 0; k < 3; k++) { const t0 = performance.now(); vintage.finish!(out, k, 1, {...vp, vignette: 0}); console.log('grain only', (performance.now() - t0).toFixed(1)); }
