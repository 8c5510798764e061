import type { Demuxer } from '../media/index.js';
import type { Phrase } from '../messages/index.js';

/**
 * What ingest knows about a file after sniffing its content (never its name). Dimensions are upright,
 * i.e. after EXIF orientation is applied.
 */
export type MediaKind = 'image' | 'video' | 'audio';

export interface MediaInfo {
  /** Absolute path of the file on disk. */
  path: string;
  /** The name the user knows it by (original file name), for messages. */
  name: string;
  kind: MediaKind;
  /** Container or codec as detected from content: jpeg, png, webp, avif, gif, heif, mp4, mov, webm, mkv, avi, mp3, wav, m4a, aac, ogg. */
  format: string;
  sizeBytes: number;
  width?: number;
  height?: number;
  /** EXIF orientation 1–8 as stored (1 when absent). */
  orientation?: number;
  durationMs?: number;
  hasAudio?: boolean;
  /** ISO time the photo was taken, from EXIF, when present. */
  takenAt?: string;
  /** Colour profile description when the file carries one (e.g. "Display P3"). */
  colorProfile?: string;
}

export interface IngestLimits {
  /** Largest accepted file, bytes (default 200 MB). */
  maxFileBytes: number;
  /** Largest accepted image, pixels, checked from the header before decoding (default 200 MP). */
  maxImagePixels: number;
  /** Longest accepted video clip or audio file, ms (default 60 minutes). */
  maxMediaDurationMs: number;
  /**
   * Largest accepted HEIC/HEIF image, pixels (default 100 MP). HEIC is decoded at full size in a wasm heap
   * (4 bytes a pixel), so it gets its own, lower ceiling.
   */
  maxHeifPixels?: number;
}

/** What sniffing decided from a file's first bytes and its size. */
export interface SniffResult {
  path: string;
  /** The name the user knows it by. */
  name: string;
  kind: MediaKind;
  /** See MediaInfo.format. */
  format: string;
  /** MIME type of the detected format. */
  mime: string;
  sizeBytes: number;
  /** For video and audio: the only FFmpeg demuxer that may open the file. */
  demuxer?: Demuxer;
}

/** An upright sRGB image decoded to a working size: 8-bit RGB, 3 bytes per pixel, rows packed. */
export interface DecodedImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface DecodeTarget {
  /** The decoded image is scaled so it is no larger than this box (aspect kept)… */
  maxWidth: number;
  maxHeight: number;
}

export interface BatchResult {
  media: MediaInfo[];
  /** Files that were refused, by the name the user gave, with a sentence a person understands. */
  failed: {
    path: string;
    name: string;
    code: string;
    message: string;
    hint?: string;
    /** The message as a catalogue phrase, to say it in the reader's language. */
    phrase?: Phrase;
  }[];
}
