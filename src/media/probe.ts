import { stat } from 'node:fs/promises';
import { runAvJob } from './av/run.js';
import { type BoundInput, bindInput } from './bound-input.js';

export interface ProbeStream {
  index: number;
  codec_type: 'video' | 'audio' | 'data' | 'subtitle';
  codec_name?: string;
  profile?: string;
  sample_fmt?: string;
  pix_fmt?: string;
  width?: number;
  height?: number;
  r_frame_rate?: string;
  avg_frame_rate?: string;
  nb_frames?: string;
  duration?: string;
  sample_rate?: string;
  channels?: number;
  color_space?: string;
  color_primaries?: string;
  color_transfer?: string;
  color_range?: string;
  tags?: Record<string, string>;
  side_data_list?: { rotation?: number }[];
  disposition?: { attached_pic?: number };
}

export interface ProbeResult {
  format: {
    format_name: string;
    duration?: string;
    size?: string;
    bit_rate?: string;
    tags?: Record<string, string>;
  };
  streams: ProbeStream[];
}

/**
 * Probes of the same unchanged file (path, inode, size and modification time) are answered once: ingest
 * and the render both probe a song, and each probe is a media child's start (a few hundred ms of CPU)
 * on the way to the first frame.
 */
const recent = new Map<string, Promise<ProbeResult>>();
const RECENT_PROBES = 32;

/**
 * A media file's container and streams, in ffprobe's JSON shape, read in the media child with its bound
 * demuxer (given, or decided from the content when only a path is passed) and local files only.
 */
export async function probe(input: string | BoundInput): Promise<ProbeResult> {
  const bound = typeof input === 'string' ? await bindInput(input) : input;
  const file = await stat(bound.path).catch(() => undefined);
  const key =
    file && JSON.stringify([bound.path, bound.demuxer, file.dev, file.ino, file.size, file.mtimeMs]);
  let result = key ? recent.get(key) : undefined;
  if (!result) {
    result = runAvJob({ op: 'probe', path: bound.path, demuxer: bound.demuxer }).then(
      (out) => JSON.parse(out.toString('utf8')) as ProbeResult,
    );
    if (key) {
      recent.set(key, result);
      result.catch(() => recent.delete(key));
      if (recent.size > RECENT_PROBES) recent.delete(recent.keys().next().value!);
    }
  }
  // Each caller gets its own copy to change as it likes.
  return structuredClone(await result);
}

export function parseRate(rate: string | undefined): number {
  if (!rate) return 0;
  const [num, den] = rate.split('/').map(Number);
  return den ? num! / den : (num ?? 0);
}
