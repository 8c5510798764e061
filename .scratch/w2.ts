import { effects } from '../src/render/effects.js';
import { renderTransition, stripes, variation } from '../test/render/plugins/helpers.js';
const v = stripes('x', 32, 128, 18);
for (const p of [0.05, 0.1, 0.2, 0.5]) { const o = renderTransition(effects.transitions.get('whip-pan'), v, v, p).out; console.log(p, variation(o,'x'), variation(v,'x')); }
