import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  audioFilterGraph,
  type BoundAudioInput,
  type EncodeSpec,
  ffmpegArgs,
} from '../../src/encode/ffmpeg-args.js';

const base: EncodeSpec = {
  width: 1080,
  height: 1920,
  fps: 30,
  durationMs: 26_000,
  quality: 'standard',
  audio: [],
  targetLufs: -14,
  output: '/out/video.mp4',
};

const music: BoundAudioInput = {
  path: '/m/song.mp3',
  demuxer: 'mp3',
  startMs: 0,
  durationMs: 26_000,
  trimStartMs: 0,
  volume: 0.35,
  fadeInMs: 0,
  fadeOutMs: 2000,
  loop: true,
  normalize: true,
};

const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

test('video: raw YUV from stdin to H.264 High yuv420p, BT.709, constant rate, faststart', () => {
  const args = ffmpegArgs(base);
  assert.deepEqual(args.slice(args.indexOf('-f'), args.indexOf('-i') + 2), [
    '-f',
    'rawvideo',
    '-pix_fmt',
    'yuv420p',
    '-s',
    '1080x1920',
    '-framerate',
    '30',
    '-i',
    'pipe:0',
  ]);
  assert.equal(after(args, '-c:v'), 'libx264');
  assert.equal(after(args, '-preset'), 'veryfast');
  assert.equal(after(args, '-crf'), '20');
  assert.equal(after(args, '-profile:v'), 'high');
  assert.equal(after(args, '-colorspace'), 'bt709');
  assert.equal(after(args, '-color_primaries'), 'bt709');
  assert.equal(after(args, '-color_trc'), 'bt709');
  assert.equal(after(args, '-vsync'), 'cfr');
  assert.equal(after(args, '-movflags'), '+faststart');
  assert.equal(after(args, '-t'), '26.000');
  assert.equal(args.at(-1), '/out/video.mp4');
  assert.ok(!args.includes('-c:a'), 'no audio stream without audio');
});

test('quality levels pick the x264 preset and CRF; presets cap the bitrate', () => {
  assert.equal(after(ffmpegArgs({ ...base, quality: 'draft' }), '-preset'), 'ultrafast');
  const high = ffmpegArgs({ ...base, quality: 'high' });
  assert.equal(after(high, '-preset'), 'medium');
  assert.ok(Number(after(high, '-crf')) < 20);
  const capped = ffmpegArgs({ ...base, maxBitrateKbps: 10000 });
  assert.equal(after(capped, '-maxrate'), '10000k');
  assert.equal(after(capped, '-bufsize'), '20000k');
});

test('music is looped, normalised, set to its volume, faded out at the end and cut to the video', () => {
  const args = ffmpegArgs({ ...base, audio: [music] });
  assert.deepEqual(args.slice(args.indexOf('-stream_loop'), args.indexOf('-stream_loop') + 10), [
    '-stream_loop',
    '-1',
    '-protocol_whitelist',
    'file,pipe',
    '-f',
    'mp3',
    '-format_whitelist',
    'mp3',
    '-i',
    '/m/song.mp3',
  ]);
  const graph = after(args, '-filter_complex')!;
  assert.match(graph, /loudnorm=I=-14/);
  assert.match(graph, /volume=0\.350/);
  assert.match(graph, /afade=t=out:st=24\.000:d=2\.000/);
  assert.match(graph, /atrim=0:26\.000\[aout\]$/);
  assert.equal(after(args, '-c:a'), 'aac');
  assert.equal(after(args, '-ar'), '48000');
  assert.equal(after(args, '-ac'), '2');
  assert.deepEqual(args.slice(args.indexOf('-map'), args.indexOf('-map') + 4), [
    '-map',
    '0:v',
    '-map',
    '[aout]',
  ]);
});

test('several sounds are delayed into place and mixed without losing volume', () => {
  const clip: BoundAudioInput = {
    ...music,
    path: '/c/clip.mp4',
    demuxer: 'mov',
    startMs: 4200,
    durationMs: 3000,
    loop: false,
    volume: 1,
    fadeOutMs: 300,
    normalize: false,
  };
  const graph = audioFilterGraph({ ...base, audio: [music, clip] })!;
  assert.match(graph, /\[2:a\].*adelay=4200\|4200/);
  assert.match(graph, /amix=inputs=2:duration=first:dropout_transition=0,volume=2/);
  assert.doesNotMatch(graph.split(';')[1]!, /loudnorm/, 'normalisation can be turned off per input');
  const noLoud = ffmpegArgs({ ...base, audio: [{ ...music, normalize: false }] });
  assert.doesNotMatch(after(noLoud, '-filter_complex')!, /loudnorm/);
});

test('a trimmed track seeks into the file; a track starting late is delayed', () => {
  const args = ffmpegArgs({
    ...base,
    audio: [{ ...music, trimStartMs: 12_500, startMs: 3000, loop: false }],
  });
  assert.equal(after(args, '-ss'), '12.500');
  assert.match(after(args, '-filter_complex')!, /adelay=3000\|3000/);
});

test('every input file is bound to its detected demuxer and to local protocols', () => {
  const clip: BoundAudioInput = { ...music, path: '/c/clip.mov', demuxer: 'mov', loop: false };
  const args = ffmpegArgs({ ...base, audio: [music, clip] });
  const inputs = args.flatMap((arg, at) => (arg === '-i' && args[at + 1] !== 'pipe:0' ? [at] : []));
  assert.equal(inputs.length, 2);
  for (const [k, at] of inputs.entries()) {
    const demuxer = k === 0 ? 'mp3' : 'mov';
    assert.deepEqual(args.slice(at - 6, at), [
      '-protocol_whitelist',
      'file,pipe',
      '-f',
      demuxer,
      '-format_whitelist',
      demuxer,
    ]);
  }
});
