export { DecodeCache, defaultDecodeCache } from './decode-cache.js';
export { type DecodeOptions, decodeImage } from './decode-image.js';
export { exifDateToIso } from './exif-date.js';
export { fileLabel, formatDuration, formatMegabytes, formatMegapixels } from './file-label.js';
export {
  ACCEPTED_FORMATS_SENTENCE,
  SUPPORTED_FORMATS,
  type SupportedFormat,
  supportedFormat,
} from './formats.js';
export { iccDescription } from './icc.js';
export { type BatchInput, type BatchOptions, ingestBatch } from './ingest-batch.js';
export { DEFAULT_LIMITS, heifPixelLimit, limitsFromEnv, resolveLimits } from './limits.js';
export { type ProbeOptions, probeMedia } from './probe-media.js';
export { type SniffOptions, sniffFile } from './sniff.js';
export type {
  BatchResult,
  DecodedImage,
  DecodeTarget,
  IngestLimits,
  MediaInfo,
  MediaKind,
  SniffResult,
} from './types.js';
