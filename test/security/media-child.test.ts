import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeAudioMono } from '../../src/analyse/beats.js';
import { Encoder } from '../../src/encode/encoder.js';
import { encodeJob } from '../../src/encode/ffmpeg-args.js';
import {
  AvJobError,
  MINIMUM_FFMPEG,
  mediaLibraries,
  meetsMinimum,
  probe,
  startAvJob,
} from '../../src/media/index.js';
import { ClipReader } from '../../src/render/clip-reader.js';
import { makeClip, makeTone, tempDir } from '../helpers/media.js';

const dir = tempDir('joy-media-child-');

/** Whether this process has the FFmpeg libraries (node-av's native addon) loaded. */
function ffmpegLoadedHere(): boolean {
  const report = process.report.getReport() as unknown as { sharedObjects: string[] };
  return report.sharedObjects.some((object) => /node-av|libavformat/.test(object));
}

test('probe, beat decoding and clip frames use one current FFmpeg, outside this process', async () => {
  const libraries = await mediaLibraries();
  assert.ok(
    meetsMinimum(libraries.libavformat),
    `libavformat ${libraries.libavformat} is older than FFmpeg ${MINIMUM_FFMPEG.release}`,
  );
  assert.match(libraries.nodeAv, /^\d+\.\d+\.\d+/);

  const clip = await makeClip(join(dir, 'clip.mp4'), 2, '320x180', true);
  const tone = await makeTone(join(dir, 'tone.wav'), 1.5);
  const info = await probe(clip);
  const video = info.streams.find((stream) => stream.codec_type === 'video')!;
  assert.equal(video.codec_name, 'h264');
  assert.equal(video.width, 320);
  assert.equal(video.height, 180);
  assert.equal(video.r_frame_rate, '25/1');
  assert.equal(Number(video.nb_frames), 50);
  assert.ok(info.streams.some((stream) => stream.codec_type === 'audio'));
  assert.ok(Math.abs(Number(info.format.duration) - 2) < 0.1, info.format.duration);

  const pcm = await decodeAudioMono(tone, { sampleRate: 22_050 });
  assert.equal(pcm.length, Math.round(1.5 * 22_050));
  const peak = pcm.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  assert.ok(peak > 0.1, `the tone is heard (peak ${peak})`);

  const reader = new ClipReader(clip, {
    width: 160,
    height: 90,
    fps: 30,
    trimStartMs: 0,
    layout: { mode: 'cover' },
  });
  const first = await reader.frameAt(0);
  const later = await reader.frameAt(40);
  reader.close();
  assert.equal(first.y.length, 160 * 90);
  assert.notDeepEqual(Buffer.from(first.y), Buffer.from(later.y), 'the clip moves');

  assert.equal(ffmpegLoadedHere(), false, 'the FFmpeg libraries were loaded into the calling process');
});

test('a decoder that crashes costs its one job: the caller gets an error and the next job works', async () => {
  const clip = await makeClip(join(dir, 'crash.mp4'), 2);
  const job = startAvJob({
    op: 'frames',
    path: clip,
    demuxer: 'mov',
    startSeconds: 0,
    filter: 'format=yuv420p',
  });
  // Crash it the way a faulty decoder would, once it has started writing frames.
  await new Promise<void>((resolve) => job.stdout.once('data', () => resolve()));
  process.kill(job.pid!, 'SIGSEGV');
  job.stdout.resume();
  const failure = await job.done.then(
    () => undefined,
    (error: unknown) => error,
  );
  assert.ok(failure instanceof AvJobError, `not an AvJobError: ${String(failure)}`);
  assert.equal(failure.crashed, true);
  const info = await probe(clip);
  assert.equal(info.streams[0]?.codec_type, 'video');
});

test('renders are written by the same current FFmpeg, in the media child', async () => {
  const tone = await makeTone(join(dir, 'mix.wav'), 2);
  const output = join(dir, 'encoded.mp4');
  const sound = { path: tone, demuxer: 'wav' as const, startMs: 0, durationMs: 1000, trimStartMs: 500 };
  const audio = [{ ...sound, volume: 0.5, fadeInMs: 0, fadeOutMs: 200, loop: false, normalize: false }];
  const job = encodeJob({
    width: 96,
    height: 64,
    fps: 25,
    durationMs: 1000,
    quality: 'draft',
    audio,
    targetLufs: -14,
    output,
  });
  const encoder = new Encoder(job);
  for (let n = 0; n < 25; n++) await encoder.write(new Uint8Array(96 * 64 * 1.5).fill(16 + n * 4));
  await encoder.finish();
  const info = await probe(output);
  const muxer = /^Lavf(\d+)\.(\d+)/.exec(info.format.tags?.encoder ?? '');
  assert.ok(muxer, `no muxer tag in ${JSON.stringify(info.format.tags)}`);
  assert.ok(meetsMinimum(`${muxer[1]}.${muxer[2]}`), `written by libavformat ${muxer[1]}.${muxer[2]}`);
  const video = info.streams.find((stream) => stream.codec_type === 'video')!;
  assert.equal(video.codec_name, 'h264');
  assert.equal(Number(video.nb_frames), 25);
  assert.equal(video.color_primaries, 'bt709');
  const sound0 = info.streams.find((stream) => stream.codec_type === 'audio')!;
  assert.equal(sound0.codec_name, 'aac');
  assert.equal(sound0.sample_rate, '48000');
  assert.ok(Math.abs(Number(sound0.duration) - 1) < 0.002, `audio lasts ${sound0.duration} s, the video 1 s`);
  assert.equal(ffmpegLoadedHere(), false, 'the FFmpeg libraries were loaded into the calling process');
});
