import type { MediaRef } from '../model/draft.js';
import { laplacianVariance, perceptualHash } from './curate.js';
import { detectFaces, type FaceDetectionOptions, loadFaceModels } from './faces.js';
import { DETAIL_SIZE, loadWorkingImage, luminance, readTakenAt, shrinkRgb, WORKING_SIZE } from './image.js';
import { encodeMask } from './mask-codec.js';
import { segmentPeople } from './people-segmenter.js';
import { findSubject } from './subject.js';
import { cleanSubjectMask } from './subject-mask.js';
import type { ImageSize, PhotoAnalysis, RgbImage } from './types.js';

export interface AnalysePhotoOptions extends FaceDetectionOptions {
  /** Long side of the working copy, px (default 640). */
  workingSize?: number;
  /** Skip face detection (faster; the subject then comes from saliency alone). */
  faces?: boolean;
}

/**
 * Analyses one photo from a small upright working copy: faces, main subject and focus point, subject
 * sharpness, perceptual hash and EXIF date. The face models load on the first call and stay loaded;
 * `analysisMs` counts this photo's work only, not that one-off load.
 */
export async function analysePhoto(path: string, options: AnalysePhotoOptions = {}): Promise<PhotoAnalysis> {
  // The photo decodes (on libvips' threads) while the models load, the first time.
  const decoding = Promise.all([
    loadWorkingImage(
      path,
      options.faces === false
        ? (options.workingSize ?? WORKING_SIZE)
        : Math.max(options.workingSize ?? WORKING_SIZE, DETAIL_SIZE),
    ),
    readTakenAt(path),
  ]);
  decoding.catch(() => undefined); // its failure is thrown where it is awaited, below
  if (options.faces !== false) await loadFaceModels();
  const started = performance.now();
  const workingSize = options.workingSize ?? WORKING_SIZE;
  const [{ image: detail, original }, takenAt] = await decoding;
  const image = await shrinkRgb(detail, workingSize);
  // The larger copy is worth a look only when it shows faces much larger than the working copy does.
  const worthDetail = detail.width >= image.width * 1.5;
  const analysis = await analyseDecoded(image, original, {
    ...options,
    takenAt,
    ...(worthDetail ? { detail } : {}),
  });
  analysis.analysisMs = Math.round(performance.now() - started);
  return analysis;
}

/**
 * The same analysis for a photo already decoded (upright sRGB, ideally ≤ 640 px on the long side), e.g.
 * by ingest's `decodeImage`, which also reads HEIC. `original` is the upright size of the full photo.
 */
export async function analyseDecoded(
  image: RgbImage,
  original: ImageSize,
  options: Omit<AnalysePhotoOptions, 'workingSize'> & { takenAt?: string | undefined } = {},
): Promise<PhotoAnalysis> {
  const started = performance.now();
  const faces = options.faces === false ? [] : await detectFaces(image, options);
  const subject = findSubject(image, faces);
  const grey = luminance(image);
  const analysis: PhotoAnalysis = {
    width: original.width,
    height: original.height,
    faces,
    focus: { x: round(subject.focus.x), y: round(subject.focus.y) },
    subjectBox: {
      x: round(subject.box.x),
      y: round(subject.box.y),
      w: round(subject.box.w),
      h: round(subject.box.h),
    },
    subjectSource: subject.source,
    sharpness: Math.round(laplacianVariance(grey, subject.box) * 10) / 10,
    phash: perceptualHash(grey),
    analysisMs: 0,
  };
  if (options.takenAt) analysis.takenAt = options.takenAt;
  // The people's shape (for parallax) is only looked for around faces: the model is for people.
  if (faces.length > 0) {
    const { mask, verdict } = cleanSubjectMask(await segmentPeople(image), faces);
    analysis.subjectMask = verdict.reliable ? { ...verdict, mask: await encodeMask(mask) } : verdict;
  }
  analysis.analysisMs = Math.round(performance.now() - started);
  return analysis;
}

type Hints = Pick<MediaRef, 'focus' | 'faces' | 'takenAt' | 'subjectMask'>;

/**
 * The fields of a draft's media reference that analysis fills in: focus, faces (without scores), date
 * and the person layer's verdict.
 */
export function mediaHints(analysis: PhotoAnalysis): Hints {
  const hints: Hints = {
    focus: analysis.focus,
    faces: analysis.faces.map(({ x, y, w, h }) => ({ x, y, w, h })),
  };
  if (analysis.takenAt) hints.takenAt = analysis.takenAt;
  if (analysis.subjectMask) {
    const { reliable, coverage, box, reason, mask } = analysis.subjectMask;
    hints.subjectMask = { reliable, coverage, box, ...(reason ? { reason } : {}), ...(mask ? { mask } : {}) };
  }
  return hints;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
