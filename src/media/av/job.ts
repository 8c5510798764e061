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

export type AvJob =
  | ({ op: 'probe' } & OnFile)
  | ({ op: 'pcm'; sampleRate: number; maxSeconds: number } & OnFile)
  | ({ op: 'frames'; startSeconds: number; filter: string } & OnFile)
  | { op: 'version'; path?: undefined; demuxer?: undefined };

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
