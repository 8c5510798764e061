export { cssColor } from './css-color.js';
export { createTextOverlays } from './draft-texts.js';
export { FONT_FAMILY, FONT_STACK, fontFiles, fontString, loadCanvas } from './fonts.js';
export {
  approximateMeasure,
  BASE_FONT_SHARE,
  graphemes,
  isCjk,
  type LayoutOptions,
  LINE_HEIGHT,
  layoutText,
  lineCenterY,
  type MeasureText,
  type Rect,
  ROLE_SCALE,
  type TextAlign,
  type TextLayout,
  type TextPosition,
  type TextRole,
  textLength,
  wrapText,
} from './layout.js';
export {
  bitmapToOverlay,
  drawOverlay,
  drawTextState,
  placeOverlay,
  placeTextState,
  prepareTextOverlay,
  type TextOverlay,
  TextOverlayCache,
} from './overlay.js';
export { renderTextBitmap, type TextBitmap, type TextSpec } from './raster.js';
