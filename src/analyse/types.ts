import type { Box, Point } from '../model/draft.js';

export type { Box, Point };

/** A face found in a photo: a box in fractions of the upright image, with the detector's confidence. */
export interface FaceBox extends Box {
  score: number;
}

/** Width and height in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/** An upright 8-bit RGB image, 3 bytes per pixel, rows packed (the analysis working copy). */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A one-channel image of floats (luminance 0–255 unless said otherwise), rows packed. */
export interface GreyImage {
  data: Float32Array;
  width: number;
  height: number;
}

/** Where the main subject of a photo is. */
export interface Subject {
  /** The point the camera should stay on, in fractions of the upright image. */
  focus: Point;
  /** The area holding the subject, in fractions of the upright image. */
  box: Box;
  /** How it was found: from faces, or from the content (colour contrast and detail). */
  source: 'faces' | 'saliency';
}

/** Everything Joy learns from one photo. Boxes and points are fractions of the upright image. */
export interface PhotoAnalysis {
  /** Upright size of the original photo, pixels. */
  width: number;
  height: number;
  /** Faces, left to right. */
  faces: FaceBox[];
  /** Where the camera should stay. */
  focus: Point;
  subjectBox: Box;
  subjectSource: Subject['source'];
  /**
   * Variance of the Laplacian of luminance (0–255) inside the subject box, measured on the working copy
   * (≤ 640 px long side). Higher is sharper; below about 40 looks soft (see `curate`).
   */
  sharpness: number;
  /**
   * The people as a layer of their own, for parallax: where the segmenter's person shape lies, whether
   * it can be trusted, and the mask itself when it can. Absent when the photo has no faces (the
   * segmenter is for people).
   */
  subjectMask?: SubjectMaskInfo;
  /** Perceptual hash (DCT pHash), 64 bits as 16 hex digits. */
  phash: string;
  /** When the photo was taken, from EXIF (local time as recorded, with its offset when known). */
  takenAt?: string;
  /** Wall time the analysis took, ms. */
  analysisMs: number;
}

/** What analysis learnt about a photo's person shape (the pixels are made again when rendering). */
export interface SubjectMaskInfo {
  reliable: boolean;
  /** Share of the photo it covers, 0–1. */
  coverage: number;
  /** Its bounding box, fractions of the upright photo. */
  box: Box;
  /** Why it is not used, when it is not. */
  reason?: string;
  /** The cleaned mask (see `mask-codec`), when reliable: rendering lifts the people with it. */
  mask?: string;
}

/** The beat grid of a piece of music. */
export interface BeatAnalysis {
  /** Tempo in beats per minute (0 when no beat was found). */
  bpm: number;
  /** Beat times from the start of the file, ms, ascending. */
  beatsMs: number[];
  /** 0–1: how clearly the music has a steady beat. */
  confidence: number;
}

/** What `curate` suggests leaving out, by index into the list of analyses. */
export interface CurationReport {
  /** Pairs of near-duplicates `[i, j, distance]`, i < j, distance in bits of 64. */
  duplicates: [number, number, number][];
  /** Photos whose subject is out of focus or shaken. */
  blurry: number[];
  /** Photos worth leaving out: the blurry ones and the weaker photo of each duplicate pair. */
  flagged: number[];
  /** One sentence per flagged photo, by index. */
  reasons: Record<number, string>;
}
