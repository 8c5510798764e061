import type { AudioMix, Demuxer, EncodeJob, H264Settings } from '../media/index.js';

/** Encoder effort and size: `draft` for quick looks, `high` for the final file. */
export type Quality = 'draft' | 'standard' | 'high';

/**
 * Pure builder of the encode job the media child runs (src/media/av): Joy's raw frames (YUV 4:2:0 on
 * stdin) to H.264 High, yuv420p, BT.709 tags, constant frame rate, and the audio mixed through a
 * libavfilter graph to AAC 48 kHz stereo, `+faststart`. Kept free of I/O so it is unit-tested.
 */
export interface AudioInput {
  path: string;
  /** Where it starts on the timeline. */
  startMs: number;
  /** How long it plays on the timeline. */
  durationMs: number;
  /** Offset into the file. */
  trimStartMs: number;
  volume: number;
  fadeInMs: number;
  fadeOutMs: number;
  loop: boolean;
  /** Bring this input to the target loudness before its volume applies. */
  normalize: boolean;
}

/** An audio input with the demuxer Joy detected for it: the only one it may be opened with. */
export interface BoundAudioInput extends AudioInput {
  demuxer: Demuxer;
}

export interface EncodeSpec {
  width: number;
  height: number;
  fps: number;
  /** Exact length of the output; audio is trimmed/padded to it. */
  durationMs: number;
  quality: Quality;
  maxBitrateKbps?: number | undefined;
  audio: BoundAudioInput[];
  targetLufs: number;
  output: string;
}

export const QUALITY_SETTINGS: Record<Quality, { preset: string; crf: number }> = {
  draft: { preset: 'ultrafast', crf: 26 },
  standard: { preset: 'veryfast', crf: 20 },
  high: { preset: 'medium', crf: 17 },
};

export const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** The named volume filter that brings input `k` to the target loudness; the media child sets its gain. */
export const loudnessGain = (k: number) => `volume@loudness${k}`;

/** Peaks stay below −1.5 dBFS after the loudness gain. */
const PEAK_LIMIT = 0.841;

/** The audio filter graph: each input trimmed, looped, faded, delayed into place, then mixed. */
export function audioFilterGraph(
  spec: Pick<EncodeSpec, 'audio' | 'durationMs' | 'targetLufs'>,
): string | undefined {
  if (spec.audio.length === 0) return undefined;
  const total = seconds(spec.durationMs);
  const chains = spec.audio.map((input, k) => {
    const duration = Math.max(0, Math.min(input.durationMs, spec.durationMs - input.startMs));
    const filters = ['aresample=48000', 'aformat=sample_fmts=fltp:channel_layouts=stereo'];
    // Loudness is measured over the span that plays before the graph runs (see AudioSource.loudness) and
    // applied as one gain: the song keeps its dynamics, and no 192 kHz loudnorm runs on every render.
    if (input.normalize) filters.push(`${loudnessGain(k)}=0dB`, `alimiter=limit=${PEAK_LIMIT}:level=0`);
    filters.push(`atrim=0:${seconds(duration)}`, 'asetpts=PTS-STARTPTS', `volume=${input.volume.toFixed(3)}`);
    if (input.fadeInMs > 0) filters.push(`afade=t=in:st=0:d=${seconds(Math.min(input.fadeInMs, duration))}`);
    if (input.fadeOutMs > 0) {
      const fade = Math.min(input.fadeOutMs, duration);
      filters.push(`afade=t=out:st=${seconds(duration - fade)}:d=${seconds(fade)}`);
    }
    if (input.startMs > 0) filters.push(`adelay=${Math.round(input.startMs)}|${Math.round(input.startMs)}`);
    // Every input is padded to the full length so the mixer's input count never changes mid-way.
    filters.push('apad', `atrim=0:${total}`);
    return `[${k + 1}:a]${filters.join(',')}[a${k}]`;
  });
  const count = spec.audio.length;
  const labels = spec.audio.map((_, k) => `[a${k}]`).join('');
  // amix divides by the number of inputs; multiply back so each keeps the volume it was given.
  const mix =
    count > 1
      ? `${labels}amix=inputs=${count}:duration=first:dropout_transition=0,volume=${count}`
      : `${labels}anull`;
  return `${chains.join(';')};${mix},atrim=0:${total}[aout]`;
}

/**
 * The H.264 settings every Joy video is encoded with, whole or in chunks: a chunked render joins by
 * packet copy, so its chunks must carry exactly these. GOPs are closed so a chunk never refers to
 * frames of its neighbour.
 */
export function h264Settings(spec: Pick<EncodeSpec, 'fps' | 'quality' | 'maxBitrateKbps'>): H264Settings {
  const { preset, crf } = QUALITY_SETTINGS[spec.quality];
  return { preset, crf, gop: keyframeInterval(spec.fps), maxBitrateKbps: spec.maxBitrateKbps };
}

/** Frames between forced keyframes (2 s); chunk boundaries fall on multiples of it. */
export function keyframeInterval(fps: number): number {
  return Math.round(fps * 2);
}

/** The sounds and the graph that mixes them, each file bound to its detected demuxer. */
export function audioMix(
  spec: Pick<EncodeSpec, 'audio' | 'durationMs' | 'targetLufs'>,
): AudioMix | undefined {
  const graph = audioFilterGraph(spec);
  if (!graph) return undefined;
  return {
    graph,
    inputs: spec.audio.map((input, k) => ({
      path: input.path,
      demuxer: input.demuxer,
      trimStartSeconds: Number(seconds(input.trimStartMs)),
      loop: input.loop,
      ...(input.normalize
        ? {
            loudness: {
              filter: loudnessGain(k),
              targetLufs: spec.targetLufs,
              seconds: Number(
                seconds(Math.max(0, Math.min(input.durationMs, spec.durationMs - input.startMs))),
              ),
            },
          }
        : {}),
    })),
  };
}

/** The whole render: every frame from stdin, the audio mixed in, cut to the exact length, faststart. */
export function encodeJob(spec: EncodeSpec): EncodeJob {
  const job: EncodeJob = {
    op: 'encode',
    width: spec.width,
    height: spec.height,
    fps: spec.fps,
    video: h264Settings(spec),
    durationSeconds: Number(seconds(spec.durationMs)),
    faststart: true,
    output: spec.output,
  };
  const audio = audioMix(spec);
  if (audio) job.audio = audio;
  return job;
}
