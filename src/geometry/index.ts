export { type CameraPose, type PlateGeometry, type ViewRect, viewRect } from './camera-view.js';
export {
  chooseFaceGroup,
  type FramedPhoto,
  type Framing,
  type FramingOptions,
  focusPoint,
  frameForAspect,
  type PhotoFraming,
  photoFraming,
  safeZoomRange,
} from './face-framing.js';
export {
  boxInView,
  boxOnPlate,
  HEAD_MARGIN,
  type PlateLayoutMode,
  type StillGeometry,
  stillGeometry,
  withMargin,
} from './face-in-view.js';
export { positionAwayFromFaces, spanInView, TEXT_BANDS, type TextBand } from './text-bands.js';
export type { Box, Point, Size } from './types.js';
export { clamp, contains, windowAt, windowSize } from './view-window.js';
