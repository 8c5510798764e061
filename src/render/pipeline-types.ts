import type { Quality } from '../encode/ffmpeg-args.js';
import type { DecodeCache } from '../ingest/decode-cache.js';
import type { Draft, VideoSegment } from '../model/draft.js';

export type { Quality };

/** Turns a draft's media `uri` into a readable local file path, or throws (policy lives here). */
export type MediaResolver = (uri: string) => string;

export type RenderStatus =
  | { state: 'queued' }
  | { state: 'rendering'; progress: number; frame: number; frames: number; etaMs: number | undefined }
  | { state: 'completed'; output: string }
  | { state: 'failed'; error: string }
  | { state: 'canceled' };

export interface RenderOptions {
  resolve: MediaResolver;
  quality?: Quality;
  signal?: AbortSignal;
  onProgress?: (status: Extract<RenderStatus, { state: 'rendering' }>) => void;
  /** Compositing threads; default picks from the core count. */
  workers?: number;
  /** Segments whose final form is still being worked out (see `FrameRendererOptions.pending`). */
  pending?: (index: number) => Promise<VideoSegment> | undefined;
  /** Photos decoded by earlier renders, read back instead of decoded again (same pixels, less CPU). */
  decodeCache?: DecodeCache | undefined;
}

export interface RenderResult {
  output: string;
  frames: number;
  durationMs: number;
  width: number;
  height: number;
  fps: number;
  elapsedMs: number;
}

export type RenderDraft = (draft: Draft, output: string, options: RenderOptions) => Promise<RenderResult>;
