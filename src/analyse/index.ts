export { type AnalysePhotoOptions, analyseDecoded, analysePhoto, mediaHints } from './analyse-photo.js';
export { Analyser } from './analyser.js';
export {
  type AudioDecodeOptions,
  BEAT_SAMPLE_RATE,
  type BeatOptions,
  decodeAudioMono,
  detectBeats,
  estimateTempo,
  onsetEnvelope,
  snapToBeats,
  trackBeats,
} from './beats.js';
export {
  ANALYSIS_CACHE_VERSION,
  type CachedAnalysis,
  contentHash,
  DirCache,
  defaultCacheDir,
} from './cache.js';
export {
  BLUR_THRESHOLD,
  type CurateOptions,
  curate,
  DUPLICATE_DISTANCE,
  hammingDistance,
  laplacianVariance,
  perceptualHash,
} from './curate.js';
export { detectFaces, type FaceDetectionOptions, loadFaceModels } from './faces.js';
export { loadWorkingImage, luminance, readTakenAt, WORKING_SIZE, type WorkingImage } from './image.js';
export {
  type AnalysisCache,
  analyseFile,
  type CurationFlag,
  describeFlag,
  type FileAnalysis,
  flagBatch,
  withAnalysis,
} from './media-analysis.js';
export { findSubject, mainFaces, saliencyMap, saliencySubject, subjectFromFaces } from './subject.js';
export type {
  BeatAnalysis,
  Box,
  CurationReport,
  FaceBox,
  GreyImage,
  ImageSize,
  PhotoAnalysis,
  Point,
  RgbImage,
  Subject,
} from './types.js';
