/** Text overlays for planned frames: laid out, rasterised once per text state, drawn by compositing threads. */
export { createTextOverlays as textOverlays } from './text/draft-texts.js';
