import type { Demuxer } from '../container.js';

/**
 * What the media child (child.ts) is asked to do with one user file. Shared by both sides; nothing here
 * loads the FFmpeg libraries, so the server process never does.
 */
export interface OnFile {
  path: string;
  /** The demuxer Joy detected: the only one the file may be opened with. */
  demuxer: Demuxer;
}

/** H.264 settings every Joy video is encoded with, whole or in chunks (a join copies them). */
export interface H264Settings {
  /** x264 preset and constant rate factor. */
  preset: string;
  crf: number;
  /** Frames between keyframes; GOPs are closed so a chunk never refers to its neighbour. */
  gop: number;
  maxBitrateKbps?: number | undefined;
}

/** One sound of the mix: input `k` of the graph is labelled `[k+1:a]`, the mix comes out of `[aout]`. */
export interface AudioSource extends OnFile {
  /** Where in the file it starts playing. */
  trimStartSeconds: number;
  /** Played again from the file's start when it ends (the graph cuts it to length). */
  loop: boolean;
  /**
   * Bring it to `targetLufs`: its integrated loudness is measured over the `seconds` it plays, and the
   * graph's volume filter named `filter` (set to 0 dB) is given the gain that reaches the target.
   */
  loudness?: { filter: string; targetLufs: number; seconds: number };
}

export interface AudioMix {
  graph: string;
  inputs: AudioSource[];
}

/**
 * Joy's raw YUV 4:2:0 frames on stdin to an H.264 High MP4 (BT.709 tags, constant rate), with the
 * audio mix as AAC 48 kHz stereo when there is one.
 */
export interface EncodeJob {
  op: 'encode';
  width: number;
  height: number;
  fps: number;
  video: H264Settings;
  /** Stop after this many frames (a chunk). */
  frames?: number;
  /** Cut the output at this length (a whole render). */
  durationSeconds?: number;
  audio?: AudioMix;
  /**
   * The mix already encoded by a `mix` job running beside this one (instead of `audio`). Video packets
   * wait in memory until the file is in place, so the encoder never waits on the soundtrack.
   */
  audioFile?: string;
  /** Put the index first so playback starts before the download ends. */
  faststart: boolean;
  output: string;
}

/** Chunks listed in an ffconcat file Joy wrote, video packets copied, the audio mixed once. */
export interface JoinJob {
  op: 'join';
  list: string;
  durationSeconds: number;
  audio?: AudioMix;
  output: string;
}

/**
 * The audio mix alone, as AAC in an MP4 of its own, cut to `durationSeconds`; written beside `output` and
 * renamed into place only when complete, so its presence means it is whole.
 */
export interface MixJob {
  op: 'mix';
  audio: AudioMix;
  durationSeconds: number;
  output: string;
}

export type AvJob =
  | EncodeJob
  | MixJob
  | JoinJob
  | ({ op: 'probe' } & OnFile)
  | ({ op: 'pcm'; sampleRate: number; maxSeconds: number } & OnFile)
  | ({ op: 'frames'; startSeconds: number; filter: string } & OnFile)
  | { op: 'version' };

/**
 * How every user file is opened: by the detected demuxer only (also for demuxers it opens inside, which
 * copy the whitelists), from local files only. Without it FFmpeg probes the content itself and may
 * follow a playlist or manifest to the network.
 */
export function boundOpenOptions(demuxer: Demuxer): {
  format: string;
  options: Record<string, string>;
} {
  return { format: demuxer, options: { protocol_whitelist: 'file', format_whitelist: demuxer } };
}

/**
 * Degrees a display matrix (nine 16.16/2.30 fixed-point int32, little-endian) turns the picture,
 * counter-clockwise positive, as FFmpeg's av_display_rotation_get and ffprobe's `rotation` report it.
 */
export function rotationOfDisplayMatrix(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const m = (i: number) => view.getInt32(i * 4, true);
  const scale0 = Math.hypot(m(0), m(3));
  const scale1 = Math.hypot(m(1), m(4));
  if (scale0 === 0 || scale1 === 0) return 0;
  const degrees = (-Math.atan2(m(1) / scale1, m(0) / scale0) * 180) / Math.PI;
  return Math.round(degrees * 100) / 100 || 0;
}

const COLOR_NAMES: Record<'range' | 'space' | 'primaries' | 'transfer', Record<number, string>> = {
  range: { 1: 'tv', 2: 'pc' },
  space: { 0: 'gbr', 1: 'bt709', 4: 'fcc', 5: 'bt470bg', 6: 'smpte170m', 7: 'smpte240m', 9: 'bt2020nc' },
  primaries: {
    1: 'bt709',
    4: 'bt470m',
    5: 'bt470bg',
    6: 'smpte170m',
    7: 'smpte240m',
    9: 'bt2020',
    12: 'smpte432',
  },
  transfer: {
    1: 'bt709',
    6: 'smpte170m',
    8: 'linear',
    13: 'iec61966-2-1',
    14: 'bt2020-10',
    16: 'smpte2084',
    18: 'arib-std-b67',
  },
};

/** ffprobe's name for a colour property value; undefined when unspecified. */
export function colorName(kind: keyof typeof COLOR_NAMES, value: number): string | undefined {
  return COLOR_NAMES[kind][value];
}

/** The oldest FFmpeg Joy runs with: 6.1, whose libavformat is 60.16. */
export const MINIMUM_FFMPEG = { release: '6.1', libavformat: [60, 16] as const };

/** Whether a libavformat version ("62.19.101") is at least the minimum's. */
export function meetsMinimum(libavformat: string): boolean {
  const [major = 0, minor = 0] = libavformat.split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_FFMPEG.libavformat;
  return major > needMajor || (major === needMajor && minor >= needMinor);
}
