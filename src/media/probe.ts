import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffprobe } from './binaries.js';
import { type BoundInput, bindInput, inputArgs } from './bound-input.js';

const run = promisify(execFile);

export interface ProbeStream {
  index: number;
  codec_type: 'video' | 'audio' | 'data' | 'subtitle';
  codec_name?: string;
  profile?: string;
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
 * ffprobe's JSON description of a media file, opened only with its bound demuxer (given, or decided from
 * the content when only a path is passed).
 */
export async function probe(input: string | BoundInput, extraArgs: string[] = []): Promise<ProbeResult> {
  const bound = typeof input === 'string' ? await bindInput(input) : input;
  const { stdout } = await run(
    ffprobe().path,
    [
      '-v',
      'error',
      '-print_format',
      'json',
      '-show_format',
      '-show_streams',
      ...extraArgs,
      ...inputArgs(bound),
    ],
    { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
  );
  return JSON.parse(stdout) as ProbeResult;
}

export function parseRate(rate: string | undefined): number {
  if (!rate) return 0;
  const [num, den] = rate.split('/').map(Number);
  return den ? num! / den : (num ?? 0);
}
