import type { EncodeJob, JoinJob } from '../media/index.js';
import { audioMix, type BoundAudioInput, type EncodeSpec, h264Settings, seconds } from './ffmpeg-args.js';

/**
 * Chunked renders: each chunk is a video-only MP4 of a frame range, encoded with the whole render's
 * exact H.264 settings and starting on a keyframe; the join copies the chunks' packets in order (no
 * re-encode) and mixes the audio once over the whole timeline, so no seam can shift the sound.
 */
export type ChunkEncodeSpec = Pick<EncodeSpec, 'width' | 'height' | 'fps' | 'quality' | 'maxBitrateKbps'> & {
  /** Frames in this chunk; the encoder stops after exactly this many. */
  frames: number;
  output: string;
};

export function chunkJob(spec: ChunkEncodeSpec): EncodeJob {
  return {
    op: 'encode',
    width: spec.width,
    height: spec.height,
    fps: spec.fps,
    video: h264Settings(spec),
    frames: spec.frames,
    faststart: false,
    output: spec.output,
  };
}

export interface JoinSpec {
  /** An ffconcat list written by Joy, naming the chunks relative to the list's own folder. */
  list: string;
  durationMs: number;
  audio: BoundAudioInput[];
  targetLufs: number;
  output: string;
}

/** A chunk file name the concat demuxer's safe mode accepts (plain relative name, no quoting). */
export function chunkFileName(index: number): string {
  return `chunk-${String(index).padStart(5, '0')}.mp4`;
}

/** The concat list: one `file` line per chunk in order. */
export function concatList(chunkNames: string[]): string {
  for (const name of chunkNames) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`Unsafe chunk file name: ${name}`);
  }
  return `ffconcat version 1.0\n${chunkNames.map((name) => `file ${name}\n`).join('')}`;
}

export function joinJob(spec: JoinSpec): JoinJob {
  const job: JoinJob = {
    op: 'join',
    list: spec.list,
    durationSeconds: Number(seconds(spec.durationMs)),
    output: spec.output,
  };
  const audio = audioMix(spec);
  if (audio) job.audio = audio;
  return job;
}
