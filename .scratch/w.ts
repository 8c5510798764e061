import { effects } from '../src/render/effects.js';
import { renderTransition, stripes, variation } from '../test/render/plugins/helpers.js';
const v = stripes('x'); const h = stripes('y');
for (const p of [0.1, 0.5]) { const o = renderTransition(effects.transitions.get('whip-pan'), v, v, p).out; console.log(p, variation(o,'x'), variation(v,'x')); }
const r = renderTransition(effects.transitions.get('whip-pan'), h, h, 0.5).out; console.log(Array.from(r.y.slice(0,32)), Array.from(h.y.slice(0, 32)));
