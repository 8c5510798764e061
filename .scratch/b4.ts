import { blurFrame, blurFrameSmooth, boxBlurRows, boxBlurColumns, boxBlurPlane } from '../src/render/blend.js';
import { createFrame } from '../src/render/frame.js';
const f = createFrame(1080, 1920); for (let i = 0; i < f.data.length; i++) f.data[i] = (i * 7) & 255;
const time = (label: string, fn: () => void) => { const ts: number[] = []; for (let k = 0; k < 6; k++) { const t = performance.now(); fn(); ts.push(performance.now() - t); } ts.sort((a, b) => a - b); console.log(label.padEnd(20), ts[0]!.toFixed(1), ts[2]!.toFixed(1)); };
time('blurFrame 20', () => blurFrame(f, 20));
time('blurFrameSmooth 20', () => blurFrameSmooth(f, 20));
time('rows Y', () => boxBlurRows(f.y, 1080, 1920, 10.3));
time('cols Y', () => boxBlurColumns(f.y, 1080, 1920, 10.3));
time('boxBlurPlane Y', () => boxBlurPlane(f.y, 1080, 1920, 10));
