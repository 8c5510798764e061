/**
 * Run as its own process by av/run.ts: opens one user file with the FFmpeg libraries npm installed
 * (node-av) and writes the answer to stdout — a probe as JSON, mono PCM, or raw YUV 4:2:0 frames. A
 * decoder that crashes or balloons here costs this process only, never the server.
 *
 * Only node-av's synchronous calls are used: this process does one job, blocking writes to the pipe are
 * what slows the decoder to the pace its reader takes frames, and node-av's asynchronous demuxer needs
 * Promise.withResolvers, which Node 20 lacks (it ends at once with no packets there).
 */
import { existsSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Decoder, Demuxer, FilterAPI } from 'node-av/api';
import {
  AV_DISPOSITION_ATTACHED_PIC,
  AV_LOG_ERROR,
  AV_PKT_DATA_DISPLAYMATRIX,
  AVMEDIA_TYPE_AUDIO,
  AVMEDIA_TYPE_VIDEO,
  type AVMediaType,
  AVSEEK_FLAG_BACKWARD,
} from 'node-av/constants';
import {
  avGetCodecName,
  avGetPixFmtName,
  avGetSampleFmtName,
  Codec,
  type Frame,
  getFFmpegInfo,
  Log,
} from 'node-av/lib';
import { encode, join as joinChunks, mix } from './child-encode.js';
import {
  type AvJob,
  boundOpenOptions,
  colorName,
  MINIMUM_FFMPEG,
  meetsMinimum,
  type OnFile,
  rotationOfDisplayMatrix,
} from './job.js';

const MEDIA_TYPES: Partial<Record<number, string>> = { 0: 'video', 1: 'audio', 2: 'data', 3: 'subtitle' };

/** Writes all of `bytes` to stdout, blocking while the reader is behind (a pipe's backpressure). */
function emit(bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

function open(job: OnFile): Demuxer {
  return Demuxer.openSync(job.path, boundOpenOptions(job.demuxer));
}

function seconds(value: bigint, timeBase: { num: number; den: number }): string | undefined {
  if (value < 0n || timeBase.den === 0) return undefined;
  return ((Number(value) * timeBase.num) / timeBase.den).toFixed(6);
}

function rate(value: { num: number; den: number }): string {
  return value.num === 0 ? '0/0' : `${value.num}/${value.den}`;
}

/** The same shape ffprobe's `-show_format -show_streams` JSON has, for the fields Joy reads. */
function probe(job: OnFile): unknown {
  const input = open(job);
  const streams = input.streams.map((stream) => {
    const par = stream.codecpar;
    const type = MEDIA_TYPES[par.codecType as number] ?? 'data';
    const codec = Codec.findDecoder(par.codecId);
    const out: Record<string, unknown> = {
      index: stream.index,
      codec_type: type,
      codec_name: avGetCodecName(par.codecId) ?? undefined,
      r_frame_rate: rate(stream.rFrameRate),
      avg_frame_rate: rate(stream.avgFrameRate),
      disposition: { attached_pic: stream.hasDisposition(AV_DISPOSITION_ATTACHED_PIC) ? 1 : 0 },
    };
    const profile = codec?.profiles?.find((candidate) => candidate.profile === (par.profile as number));
    if (profile?.name) out.profile = profile.name;
    const duration = seconds(stream.duration, stream.timeBase);
    if (duration !== undefined && stream.duration > 0n) out.duration = duration;
    if (stream.nbFrames > 0n) out.nb_frames = String(stream.nbFrames);
    if (type === 'video') {
      out.width = par.width;
      out.height = par.height;
      out.pix_fmt = avGetPixFmtName(par.format as never) ?? undefined;
      out.color_range = colorName('range', par.colorRange as number);
      out.color_space = colorName('space', par.colorSpace as number);
      out.color_primaries = colorName('primaries', par.colorPrimaries as number);
      out.color_transfer = colorName('transfer', par.colorTrc as number);
      const matrix = par.getCodedSideData(AV_PKT_DATA_DISPLAYMATRIX);
      if (matrix && matrix.length >= 36) out.side_data_list = [{ rotation: rotationOfDisplayMatrix(matrix) }];
    } else if (type === 'audio') {
      out.sample_fmt = avGetSampleFmtName(par.format as never) ?? undefined;
      out.sample_rate = String(par.sampleRate);
      out.channels = par.channels;
    }
    const tags = stream.metadata?.getAll();
    if (tags && Object.keys(tags).length > 0) out.tags = tags;
    return out;
  });
  const format: Record<string, unknown> = { format_name: input.formatName };
  if (input.duration > 0) format.duration = input.duration.toFixed(6);
  if (input.bitRate > 0) format.bit_rate = String(Math.round(input.bitRate * 1000));
  const tags = input.metadata;
  if (tags && Object.keys(tags).length > 0) format.tags = tags;
  input.closeSync();
  return { format, streams };
}

/** The first stream of a type, skipping cover pictures. */
function streamOf(input: Demuxer, type: AVMediaType) {
  return input.streams.find(
    (stream) => stream.codecpar.codecType === type && !stream.hasDisposition(AV_DISPOSITION_ATTACHED_PIC),
  );
}

/** The first audio stream as mono 32-bit float PCM at `sampleRate`, at most `maxSeconds` of it. */
function pcm(job: AvJob & { op: 'pcm' }): void {
  const input = open(job);
  const stream = streamOf(input, AVMEDIA_TYPE_AUDIO);
  if (!stream) throw new Error('no audio stream');
  const decoder = Decoder.createSync(stream);
  const filter = FilterAPI.create(`aresample=${job.sampleRate},aformat=sample_fmts=flt:channel_layouts=mono`);
  let left = Math.round(job.maxSeconds * job.sampleRate);
  for (const frame of filter.framesSync(decoder.framesSync(input.packetsSync(stream.index)))) {
    if (!frame || left <= 0) continue;
    const count = Math.min(frame.nbSamples, left);
    emit(frame.toBuffer().subarray(0, count * 4));
    left -= count;
    if (left <= 0) break;
  }
  input.closeSync();
}

/** Filters that turn a picture upright the way FFmpeg's CLI does (autorotate), from the display matrix. */
function uprightFilters(rotation: number): string[] {
  let theta = -Math.round(rotation);
  theta -= 360 * Math.floor(theta / 360 + 0.9 / 360);
  if (Math.abs(theta - 90) < 1) return ['transpose=clock'];
  if (Math.abs(theta - 180) < 1) return ['hflip', 'vflip'];
  if (Math.abs(theta - 270) < 1) return ['transpose=cclock'];
  return [];
}

/**
 * The first video stream from `startSeconds` on, through `filter` (a one-in, one-out libavfilter graph),
 * as packed frames. Like `ffmpeg -ss`: seek to the keyframe before, drop what comes before the start,
 * and count time from the start.
 */
function frames(job: AvJob & { op: 'frames' }): void {
  const input = open(job);
  const stream = streamOf(input, AVMEDIA_TYPE_VIDEO);
  if (!stream) throw new Error('no video stream');
  const timeBase = stream.timeBase;
  const tb = timeBase.num / timeBase.den;
  const fileStart = input.startTime > 0 ? input.startTime : 0;
  if (job.startSeconds > 0) input.seekSync(job.startSeconds + fileStart, -1, AVSEEK_FLAG_BACKWARD);
  const offset = BigInt(Math.round((fileStart + job.startSeconds) / tb));
  const matrix = stream.codecpar.getCodedSideData(AV_PKT_DATA_DISPLAYMATRIX);
  const upright = matrix && matrix.length >= 36 ? uprightFilters(rotationOfDisplayMatrix(matrix)) : [];
  const decoder = Decoder.createSync(stream);
  const filter = FilterAPI.create([...upright, job.filter].join(','));
  const shifted = function* (): Generator<Frame | null> {
    for (const frame of decoder.framesSync(input.packetsSync(stream.index))) {
      if (!frame) {
        yield null;
        continue;
      }
      const pts = frame.bestEffortTimestamp;
      if (pts < offset) continue;
      frame.pts = pts - offset;
      frame.timeBase = timeBase;
      yield frame;
    }
  };
  for (const frame of filter.framesSync(shifted())) {
    if (frame) emit(frame.toBuffer());
  }
  input.closeSync();
}

/** The FFmpeg generation node-av carries, and node-av's own version. */
function version(): unknown {
  const info = getFFmpegInfo();
  const require = createRequire(import.meta.url);
  // node-av exports no package.json; its main lives in dist/.
  const main = require.resolve('node-av');
  const manifest = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  // node-av prefers an addon compiled on this host (against the system FFmpeg) over its prebuilt one.
  const builtHere = existsSync(join(dirname(main), '..', 'build', 'Release', 'node-av.node'));
  return {
    version: info.version,
    libavformat: info.libraries.avformat,
    nodeAv: builtHere ? `${manifest.version}, built here` : manifest.version,
  };
}

const job = JSON.parse(process.argv[2] ?? '{}') as AvJob;
Log.setLevel(AV_LOG_ERROR);
try {
  const { avformat } = getFFmpegInfo().libraries;
  if (!meetsMinimum(avformat))
    throw new Error(
      `FFmpeg libraries with libavformat ${avformat} are older than FFmpeg ${MINIMUM_FFMPEG.release}`,
    );
  if (job.op === 'probe') emit(Buffer.from(JSON.stringify(probe(job))));
  else if (job.op === 'version') emit(Buffer.from(JSON.stringify(version())));
  else if (job.op === 'pcm') pcm(job);
  else if (job.op === 'encode') encode(job);
  else if (job.op === 'join') joinChunks(job);
  else if (job.op === 'mix') mix(job);
  else if (job.op === 'frames') frames(job);
  else throw new Error(`unknown job ${(job as { op: string }).op}`);
  // Exit at once: with Node 20, node-av's objects can crash the process while it tears down after an
  // encode, which would read as a decoder crash. All output is already written (synchronously).
  process.exit(0);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
  writeSync(2, `${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
