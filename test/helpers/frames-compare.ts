import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import type { ProbeResult } from '../../src/media/probe.js';
import { ffmpeg, ffprobe } from './ffmpeg-cli.js';

const run = promisify(execFile);

/** Every decoded frame of a video, scaled to a small grey picture (one Buffer per frame). */
export async function decodedFrames(path: string, width = 64, height = 36): Promise<Buffer[]> {
  const { stdout } = await run(
    ffmpeg().path,
    [
      '-v',
      'error',
      '-i',
      path,
      '-map',
      '0:v',
      '-vf',
      `scale=${width}:${height},format=gray`,
      '-f',
      'rawvideo',
      '-',
    ],
    { encoding: 'buffer', maxBuffer: 1 << 30 },
  );
  const size = width * height;
  const frames: Buffer[] = [];
  for (let offset = 0; offset + size <= stdout.length; offset += size)
    frames.push(stdout.subarray(offset, offset + size));
  return frames;
}

/** The decoded audio as 16-bit PCM, hashed (identical hashes: identical sound, sample for sample). */
export async function audioHash(path: string): Promise<{ hash: string; samples: number }> {
  const { stdout } = await run(
    ffmpeg().path,
    ['-v', 'error', '-i', path, '-map', '0:a', '-f', 's16le', '-ac', '2', '-ar', '48000', '-'],
    { encoding: 'buffer', maxBuffer: 1 << 30 },
  );
  return { hash: createHash('sha256').update(stdout).digest('hex'), samples: stdout.length / 4 };
}

export function meanAbsDiff(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

export interface VideoFacts {
  frames: number;
  videoDurationS: number;
  formatDurationS: number;
  audioDurationS: number | undefined;
  codec: string | undefined;
  profile: string | undefined;
  pixFmt: string | undefined;
  colorPrimaries: string | undefined;
  rate: string | undefined;
  width: number | undefined;
  height: number | undefined;
}

/** What ffprobe says about a rendered file, frames counted by decoding. */
export async function videoFacts(path: string): Promise<VideoFacts> {
  // Counting frames decodes the whole file: no time limit (a 60 s 1080p file takes a while on 2 cores).
  const { stdout } = await run(
    ffprobe().path,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-count_frames', path],
    { maxBuffer: 1 << 26 },
  );
  const info = JSON.parse(stdout) as ProbeResult;
  const video = info.streams.find((stream) => stream.codec_type === 'video');
  const audio = info.streams.find((stream) => stream.codec_type === 'audio');
  const counted = (video as { nb_read_frames?: string } | undefined)?.nb_read_frames;
  return {
    frames: Number(counted ?? video?.nb_frames ?? 0),
    videoDurationS: Number(video?.duration ?? 0),
    formatDurationS: Number(info.format.duration ?? 0),
    audioDurationS: audio ? Number(audio.duration ?? 0) : undefined,
    codec: video?.codec_name,
    profile: video?.profile,
    pixFmt: video?.pix_fmt,
    colorPrimaries: video?.color_primaries,
    rate: video?.r_frame_rate,
    width: video?.width,
    height: video?.height,
  };
}

/**
 * Frame-exactness of `candidate` against `reference` (the same draft rendered whole): the same number
 * of frames, and each frame closest to the reference frame of the same number, never to its
 * neighbour (a duplicated or dropped frame at a seam shifts everything after it by one).
 */
export async function compareFrames(
  reference: string,
  candidate: string,
): Promise<{ frames: [number, number]; worstDiff: number; misaligned: number[] }> {
  const [a, b] = await Promise.all([decodedFrames(reference), decodedFrames(candidate)]);
  let worstDiff = 0;
  const misaligned: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const same = meanAbsDiff(a[i]!, b[i]!);
    worstDiff = Math.max(worstDiff, same);
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= a.length) continue;
      // Only neighbours that really differ from frame i can tell a shift apart.
      if (meanAbsDiff(a[i]!, a[j]!) > 1.5 && meanAbsDiff(a[j]!, b[i]!) < same) misaligned.push(i);
    }
  }
  return { frames: [a.length, b.length], worstDiff, misaligned };
}
