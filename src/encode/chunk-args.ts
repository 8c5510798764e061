import {
  AUDIO_CODEC_ARGS,
  audioFilterGraph,
  audioInputArgs,
  type BoundAudioInput,
  COMMON_ARGS,
  type EncodeSpec,
  rawFramesInputArgs,
  seconds,
  videoCodecArgs,
} from './ffmpeg-args.js';

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

export function chunkArgs(spec: ChunkEncodeSpec): string[] {
  return [
    ...COMMON_ARGS,
    ...rawFramesInputArgs(spec),
    '-map',
    '0:v',
    ...videoCodecArgs(spec),
    '-frames:v',
    String(spec.frames),
    '-f',
    'mp4',
    spec.output,
  ];
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

export function joinArgs(spec: JoinSpec): string[] {
  const args = [...COMMON_ARGS, '-f', 'concat', '-safe', '1', '-i', spec.list, ...audioInputArgs(spec.audio)];
  const graph = audioFilterGraph(spec);
  if (graph) args.push('-filter_complex', graph, '-map', '0:v', '-map', '[aout]');
  else args.push('-map', '0:v');
  args.push('-c:v', 'copy');
  if (graph) args.push(...AUDIO_CODEC_ARGS);
  args.push('-t', seconds(spec.durationMs), '-movflags', '+faststart', '-f', 'mp4', spec.output);
  return args;
}
