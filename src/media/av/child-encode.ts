/**
 * The encoding half of the media child (child.ts): Joy's raw frames from stdin to H.264, the audio mix
 * through libavfilter to AAC, both muxed into MP4; and the join of chunk files by packet copy. Only
 * node-av's synchronous calls: this process does one job.
 */
import { existsSync, readSync, renameSync } from 'node:fs';
import { Decoder, Demuxer, Encoder, FilterComplexAPI, Muxer } from 'node-av/api';
import {
  AV_CODEC_FLAG_CLOSED_GOP,
  AV_DISPOSITION_ATTACHED_PIC,
  AV_PIX_FMT_YUV420P,
  AVCOL_PRI_BT709,
  AVCOL_RANGE_MPEG,
  AVCOL_SPC_BT709,
  AVCOL_TRC_BT709,
  AVMEDIA_TYPE_AUDIO,
  type AVSampleFormat,
  AVSEEK_FLAG_BACKWARD,
  FF_ENCODER_AAC,
  FF_ENCODER_LIBFDK_AAC,
  FF_ENCODER_LIBX264,
} from 'node-av/constants';
import { Codec, Frame, type Packet, Rational } from 'node-av/lib';
import {
  type AudioMix,
  type AudioSource,
  boundOpenOptions,
  type EncodeJob,
  type JoinJob,
  type MixJob,
} from './job.js';

/**
 * How far past the end of the video each sound is read: the graph cuts it to length, and the limiter
 * holds a few milliseconds back, which must come out before the input ends.
 */
const LOOKAHEAD_SECONDS = 1;

const AAC_FRAME = 1024;

/** Reads exactly `buffer.length` bytes from stdin; false at the end of input. */
function readFrame(buffer: Buffer): boolean {
  let filled = 0;
  while (filled < buffer.length) {
    let count: number;
    try {
      count = readSync(0, buffer, filled, buffer.length - filled, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') return false;
      throw error;
    }
    if (count === 0) {
      if (filled > 0) throw new Error(`the last frame is short (${filled} of ${buffer.length} bytes)`);
      return false;
    }
    filled += count;
  }
  return true;
}

/**
 * Decoded frames of one sound, timed from where it starts playing (like `ffmpeg -ss` then
 * `-stream_loop -1`): the first pass from `trimStartSeconds`, each loop from the file's start, the
 * timestamps running on. Ends once `untilSeconds` of it have been given (the graph cuts to length).
 */
function* sourceFrames(source: AudioSource, untilSeconds: number): Generator<Frame> {
  let passStart = 0; // seconds on the output timeline where this pass begins
  let seek = source.trimStartSeconds;
  for (;;) {
    const input = Demuxer.openSync(source.path, boundOpenOptions(source.demuxer));
    try {
      const stream = input.streams.find(
        (s) => s.codecpar.codecType === AVMEDIA_TYPE_AUDIO && !s.hasDisposition(AV_DISPOSITION_ATTACHED_PIC),
      );
      if (!stream) throw new Error(`${source.path}: no audio stream`);
      const fileStart = input.startTime > 0 ? input.startTime : 0;
      if (seek > 0) input.seekSync(seek + fileStart, -1, AVSEEK_FLAG_BACKWARD);
      const decoder = Decoder.createSync(stream);
      let passEnd = passStart;
      let given = 0;
      for (const frame of decoder.framesSync(input.packetsSync(stream.index))) {
        if (!frame) continue;
        const at = frameSeconds(frame, stream.timeBase) - fileStart - seek;
        const duration = frame.nbSamples / frame.sampleRate;
        if (at + duration <= 0) continue; // before the trim point
        let out = frame;
        if (at < 0) {
          // Cut the samples before the trim point, as an exact seek does.
          const skip = Math.min(frame.nbSamples - 1, Math.round(-at * frame.sampleRate));
          out = trimFrame(frame, skip);
        }
        const start = passStart + Math.max(0, at);
        out.pts = BigInt(Math.round(start * out.sampleRate));
        out.timeBase = new Rational(1, out.sampleRate);
        passEnd = start + out.nbSamples / out.sampleRate;
        given++;
        yield out;
        if (passEnd >= untilSeconds) return;
      }
      if (!source.loop || given === 0) return;
      passStart = passEnd;
      seek = 0;
    } finally {
      input.closeSync();
    }
  }
}

/** A decoded frame's time in seconds (decoders may time frames in their own base, e.g. 1/sample rate). */
export function frameSeconds(frame: Frame, fallback: { num: number; den: number }): number {
  const own = frame.timeBase;
  const base = own && own.den > 0 && own.num > 0 ? own : fallback;
  return (Number(frame.bestEffortTimestamp) * base.num) / base.den;
}

/** A copy of an audio frame without its first `skip` samples. */
function trimFrame(frame: Frame, skip: number): Frame {
  const planes = frame.data ?? [];
  const channels = frame.channelLayout.nbChannels;
  const planar = planes.length > 1 || channels === 1;
  const bytesPerSample = Math.round(
    (planes[0]?.length ?? 0) / (planar ? frame.nbSamples : frame.nbSamples * channels),
  );
  const keep = frame.nbSamples - skip;
  const out = new Frame();
  out.alloc();
  out.format = frame.format;
  out.sampleRate = frame.sampleRate;
  out.channelLayout = frame.channelLayout;
  out.nbSamples = keep;
  out.allocBuffer();
  const target = out.data ?? [];
  for (let p = 0; p < target.length; p++) {
    const width = planar ? bytesPerSample : bytesPerSample * channels;
    planes[p]!.copy(target[p]!, 0, skip * width, frame.nbSamples * width);
  }
  return out;
}

/**
 * Fraunhofer's AAC encoder where FFmpeg was built with it: a third of the CPU of FFmpeg's own for the
 * same 192 kb/s, and the mix runs beside x264 on the same cores.
 */
function aacEncoder(): typeof FF_ENCODER_AAC | typeof FF_ENCODER_LIBFDK_AAC {
  return Codec.findEncoderByName(FF_ENCODER_LIBFDK_AAC) ? FF_ENCODER_LIBFDK_AAC : FF_ENCODER_AAC;
}

/** The mix's graph with each normalised sound's gain filled in from its measured loudness. */
function withLoudnessGains(mix: AudioMix): string {
  let graph = mix.graph;
  for (const source of mix.inputs) {
    if (!source.loudness) continue;
    const { filter, targetLufs, seconds } = source.loudness;
    const measured = integratedLoudness(source, seconds);
    // Silence (or a sound too short to gate) keeps its level rather than being raised by 70 dB.
    const gain = measured === undefined || measured < SILENCE_LUFS ? 0 : targetLufs - measured;
    graph = graph.replace(`${filter}=0dB`, `${filter}=${gain.toFixed(2)}dB`);
  }
  return graph;
}

/** Quieter than this, a sound is taken as silence. */
const SILENCE_LUFS = -60;

/** EBU R128 integrated loudness (LUFS) of the first `seconds` a sound plays, as the mix hears it. */
function integratedLoudness(source: AudioSource, seconds: number): number | undefined {
  const graph = FilterComplexAPI.create(
    `[in]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,atrim=0:${seconds.toFixed(3)},ebur128=metadata=1[out]`,
    { inputs: [{ label: 'in' }], outputs: [{ label: 'out' }] },
  );
  let loudness: number | undefined;
  const drain = () => {
    for (;;) {
      const frame = graph.receiveSync('out');
      if (!frame || !(frame instanceof Frame)) return;
      const value = Number(frame.getMetadata().get('lavfi.r128.I'));
      if (Number.isFinite(value)) loudness = value;
      frame.free();
    }
  };
  try {
    const frames = sourceFrames(source, seconds);
    for (const frame of frames) {
      try {
        graph.processSync('in', frame);
      } catch (error) {
        if (!/End of file/i.test((error as Error).message)) throw error;
        frames.return(undefined);
        break;
      }
      drain();
    }
    graph.flushSync('in');
    drain();
  } finally {
    graph.close();
  }
  return loudness;
}

/**
 * The audio mix encoded to AAC, all packets in order (a few hundred kB a minute), so they can be
 * interleaved with the video as it comes.
 */
function encodeMix(
  mix: AudioMix,
  durationSeconds: number,
  muxer: Muxer,
): { index: number; packets: Packet[] } {
  const labels = mix.inputs.map((_, k) => `${k + 1}:a`);
  const graph = FilterComplexAPI.create(withLoudnessGains(mix), {
    inputs: labels.map((label) => ({ label })),
    outputs: [{ label: 'aout' }],
  });
  const encoder = Encoder.createSync(aacEncoder(), { bitrate: '192k', autoResample: true });
  // The muxer sets its flags on the encoder, so it must know it before the first frame.
  const index = muxer.addStream(encoder);
  const packets: Packet[] = [];
  let total = 0;
  let last: Frame | undefined;
  const encode = (frame: Frame | null) => {
    if (frame) {
      total += frame.nbSamples;
      last = frame;
    }
    for (const packet of encoder.encodeAllSync(frame)) {
      const copy = packet.clone();
      if (copy) packets.push(copy);
    }
  };
  const drain = () => {
    for (;;) {
      const frame = graph.receiveSync('aout');
      if (!frame || !(frame instanceof Frame)) return frame;
      encode(frame);
    }
  };
  const push = (label: string, frame: Frame): boolean => {
    try {
      graph.processSync(label, frame);
      return true;
    } catch (error) {
      if (/End of file/i.test((error as Error).message)) return false;
      throw error;
    }
  };
  // Feed the sources in time order, so no input runs far ahead of the others inside the graph.
  const sources = mix.inputs.map((source) => ({
    frames: sourceFrames(source, durationSeconds + LOOKAHEAD_SECONDS),
    at: 0,
    done: false,
  }));
  for (;;) {
    const open = sources.map((source, k) => ({ source, k })).filter(({ source }) => !source.done);
    if (open.length === 0) break;
    const { source, k } = open.reduce((a, b) => (b.source.at < a.source.at ? b : a));
    const next = source.frames.next();
    if (next.done) {
      source.done = true;
      graph.flushSync(labels[k]);
    } else {
      source.at = Number(next.value.pts) / next.value.sampleRate;
      if (!push(labels[k]!, next.value)) {
        // The graph has all it needs of this sound (it is cut to the video's length).
        source.done = true;
        source.frames.return(undefined);
      }
    }
    drain();
  }
  for (const frame of graph.flushFramesSync('aout')) encode(frame);
  drain();
  // The encoder takes whole AAC frames and would drop a short last one: end it with silence instead.
  const short = total % AAC_FRAME;
  const pad = last && short > 0 ? AAC_FRAME - short : 0;
  if (last && pad > 0) {
    const bytes = pad * last.channelLayout.nbChannels * 4;
    encode(
      Frame.fromAudioBuffer(Buffer.alloc(bytes), {
        nbSamples: pad,
        format: last.format as AVSampleFormat,
        sampleRate: last.sampleRate,
        channelLayout: last.channelLayout,
        timeBase: new Rational(1, last.sampleRate),
        pts: last.pts + BigInt(last.nbSamples),
      }),
    );
  }
  for (const packet of encoder.encodeAllSync(null)) {
    const copy = packet.clone();
    if (copy) packets.push(copy);
  }
  for (const packet of encoder.flushPacketsSync()) {
    const copy = packet.clone();
    if (copy) packets.push(copy);
  }
  // The silence is not part of the sound: the last packet lasts only as long as the real samples in it.
  const final = packets.at(-1);
  if (final && last && pad > 0) {
    const tb = final.timeBase;
    const cut = BigInt(Math.round((pad * tb.den) / (tb.num * last.sampleRate)));
    if (final.duration > cut) final.duration -= cut;
  }
  return { index, packets };
}

/** Seconds of a packet's presentation time. */
function packetSeconds(packet: Packet): number {
  const tb = packet.timeBase;
  return (Number(packet.dts) * tb.num) / tb.den;
}

/** Writes audio packets up to `untilSeconds` (all of them when undefined). */
function writeAudioUntil(
  muxer: Muxer,
  index: number,
  pending: Packet[],
  untilSeconds: number | undefined,
): void {
  while (pending.length > 0 && (untilSeconds === undefined || packetSeconds(pending[0]!) <= untilSeconds)) {
    muxer.writePacketSync(pending.shift()!, index);
  }
}

/** Audio packets waiting to be interleaved with the video: written up to a time as the video passes it. */
interface AudioFeed {
  writeUntil(untilSeconds: number | undefined): void;
  close(): void;
}

/** The mix encoded here, before the first frame (joins, and encodes given `audio`). */
function mixedHere(mix: AudioMix, durationSeconds: number, muxer: Muxer): AudioFeed {
  const { index, packets } = encodeMix(mix, durationSeconds, muxer);
  return { writeUntil: (until) => writeAudioUntil(muxer, index, packets, until), close: () => undefined };
}

/** The mix a `mix` job wrote, its packets copied as they are. Joy's own file: opened as MP4 only. */
function mixedBeside(path: string, muxer: Muxer): AudioFeed {
  const input = Demuxer.openSync(path, {
    format: 'mov',
    options: { protocol_whitelist: 'file', format_whitelist: 'mov' },
  });
  const stream = input.audio();
  if (!stream) throw new Error(`${path}: the audio mix holds no audio`);
  const index = muxer.addStream(stream);
  const packets = input.packetsSync(stream.index);
  let next: Packet | undefined;
  const take = (): Packet | undefined => {
    for (;;) {
      const item = packets.next();
      if (item.done) return undefined;
      if (!item.value) continue;
      const packet = item.value.clone() ?? undefined;
      if (packet) packet.timeBase = stream.timeBase;
      return packet;
    }
  };
  next = take();
  return {
    writeUntil: (until) => {
      while (next && (until === undefined || packetSeconds(next) <= until)) {
        muxer.writePacketSync(next, index);
        next = take();
      }
    },
    close: () => input.closeSync(),
  };
}

export function mix(job: MixJob): void {
  const partial = `${job.output}.part`;
  const muxer = Muxer.openSync(partial, { format: 'mp4' });
  mixedHere(job.audio, job.durationSeconds, muxer).writeUntil(undefined);
  muxer.closeSync();
  renameSync(partial, job.output);
}

export function encode(job: EncodeJob): void {
  const { width, height, fps, video } = job;
  const muxer = Muxer.openSync(job.output, {
    format: 'mp4',
    ...(job.faststart ? { options: { movflags: '+faststart' } } : {}),
  });
  const options: Record<string, string> = { preset: video.preset, crf: String(video.crf), profile: 'high' };
  const encoder = Encoder.createSync(FF_ENCODER_LIBX264, {
    gopSize: video.gop,
    ...(video.maxBitrateKbps
      ? { maxRate: `${video.maxBitrateKbps}k`, bufSize: `${video.maxBitrateKbps * 2}k` }
      : {}),
    options,
    context: {
      timeBase: new Rational(1, fps),
      flags: AV_CODEC_FLAG_CLOSED_GOP,
      framerate: new Rational(fps, 1),
      colorPrimaries: AVCOL_PRI_BT709,
      colorTrc: AVCOL_TRC_BT709,
      colorSpace: AVCOL_SPC_BT709,
      colorRange: AVCOL_RANGE_MPEG,
    },
  });
  const videoIndex = muxer.addStream(encoder);
  let audio = job.audio
    ? mixedHere(job.audio, job.durationSeconds ?? Number.POSITIVE_INFINITY, muxer)
    : undefined;
  // With a mix being made beside this process, video packets wait here until its file is in place: no
  // stream may be added once a packet is written. The parent ends the frames only after the mix is done.
  const held: Packet[] = [];
  const audioReady = (): boolean => {
    if (audio || !job.audioFile) return true;
    if (!existsSync(job.audioFile)) return false;
    audio = mixedBeside(job.audioFile, muxer);
    for (const packet of held.splice(0)) writeVideo(packet);
    return true;
  };
  const writeVideo = (packet: Packet) => {
    muxer.writePacketSync(packet, videoIndex);
    audio?.writeUntil(packetSeconds(packet) + 0.5);
  };
  const write = (packets: Iterable<Packet>) => {
    for (const packet of packets) {
      if (audioReady()) writeVideo(packet);
      else {
        const copy = packet.clone();
        if (copy) held.push(copy);
      }
    }
  };

  const frameBytes = (width * height * 3) / 2;
  const buffer = Buffer.alloc(frameBytes);
  const limit = Math.min(
    job.frames ?? Number.POSITIVE_INFINITY,
    job.durationSeconds === undefined
      ? Number.POSITIVE_INFINITY
      : Math.ceil(job.durationSeconds * fps - 1e-6),
  );
  for (let n = 0; n < limit && readFrame(buffer); n++) {
    const frame = Frame.fromVideoBuffer(buffer, {
      width,
      height,
      format: AV_PIX_FMT_YUV420P,
      timeBase: { num: 1, den: fps },
      pts: BigInt(n),
    });
    write(encoder.encodeAllSync(frame));
  }
  write(encoder.encodeAllSync(null));
  write(encoder.flushPacketsSync());
  // The parent ends the frames once the mix is in place: wait for that end (extra frames are past the cut).
  while (!audioReady()) {
    if (!readFrame(buffer) && !audioReady())
      throw new Error(`the audio mix ${job.audioFile} was not written`);
  }
  audio?.writeUntil(undefined);
  muxer.closeSync();
  audio?.close();
  encoder.close();
}

export function join(job: JoinJob): void {
  const input = Demuxer.openSync(job.list, {
    format: 'concat',
    // The list names plain files beside it; they open as MP4 only, from local files only.
    options: { safe: '1', protocol_whitelist: 'file', format_whitelist: 'concat,mov' },
  });
  const stream = input.video();
  if (!stream) throw new Error('the chunks hold no video');
  const muxer = Muxer.openSync(job.output, { format: 'mp4', options: { movflags: '+faststart' } });
  const videoIndex = muxer.addStream(stream);
  const audio = job.audio ? mixedHere(job.audio, job.durationSeconds, muxer) : undefined;
  const tb = stream.timeBase.num / stream.timeBase.den;
  for (const packet of input.packetsSync(stream.index)) {
    if (!packet) continue;
    if (Number(packet.pts) * tb >= job.durationSeconds - 1e-6) continue;
    packet.timeBase = stream.timeBase;
    muxer.writePacketSync(packet, videoIndex);
    audio?.writeUntil(packetSeconds(packet) + 0.5);
  }
  audio?.writeUntil(undefined);
  muxer.closeSync();
  input.closeSync();
}
