export { FONT_FAMILY, FONT_STACK, fontFiles, fontString, loadCanvas } from './fonts.js';
export {
  approximateMeasure,
  BASE_FONT_SHARE,
  graphemes,
  isCjk,
  LINE_HEIGHT,
  type LayoutOptions,
  layoutText,
  lineCenterY,
  type MeasureText,
  ROLE_SCALE,
  type Rect,
  type TextAlign,
  type TextLayout,
  type TextPosition,
  type TextRole,
  textLength,
  wrapText,
} from './layout.js';
export { cssColor } from './css-color.js';
export { bitmapToOverlay, drawOverlay, drawTextState, prepareTextOverlay, type TextOverlay, TextOverlayCache } from './overlay.js';
export { renderTextBitmap, type TextBitmap, type TextSpec } from './raster.js';
export { createTextOverlays } from './draft-texts.js';
