/** Pixel operations transitions, looks and fits are built from, one concern per file. */
export { blurFrameHorizontal, blurFrameSmooth, boxBlurRows } from './blur.js';
export { mixLinear, mixWipe } from './linear.js';
export { copyFrame, mix, mixColor } from './mix.js';
export { type Direction, directionOffset, placedRect } from './placement.js';
export { mixRadial, smoothstep } from './radial.js';
export { mixRect, spanCoverage } from './rect.js';
