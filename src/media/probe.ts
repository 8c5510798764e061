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
 * A media file's container and streams, in ffprobe's JSON shape, read in the media child with its bound
 * demuxer (given, or decided from the content when only a path is passed) and local files only.
 */
export async function probe(input: string | BoundInput): Promise<ProbeResult> {
  const bound = typeof input === 'string' ? await bindInput(input) : input;
  const out = await runAvJob({ op: 'probe', path: bound.path, demuxer: bound.demuxer });
  return JSON.parse(out.toString('utf8')) as ProbeResult;
}

export function parseRate(rate: string | undefined): number {
  if (!rate) return 0;
  const [num, den] = rate.split('/').map(Number);
  return den ? num! / den : (num ?? 0);
}
