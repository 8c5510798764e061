import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  audioFilterGraph,
  type BoundAudioInput,
  type EncodeSpec,
  encodeJob,
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

test('video: raw YUV from stdin to H.264 High yuv420p, BT.709, constant rate, faststart', () => {
  const job = encodeJob(base);
  assert.equal(job.op, 'encode');
  assert.deepEqual([job.width, job.height, job.fps], [1080, 1920, 30]);
  assert.equal(job.video.preset, 'veryfast');
  assert.equal(job.video.crf, 20);
  assert.equal(job.video.gop, 60);
  assert.equal(job.faststart, true);
  assert.equal(job.durationSeconds, 26);
  assert.equal(job.output, '/out/video.mp4');
  assert.equal(job.audio, undefined, 'no audio stream without audio');
});

test('quality levels pick the x264 preset and CRF; presets cap the bitrate', () => {
  assert.equal(encodeJob({ ...base, quality: 'draft' }).video.preset, 'ultrafast');
  const high = encodeJob({ ...base, quality: 'high' });
  assert.equal(high.video.preset, 'medium');
  assert.ok(high.video.crf < 20);
  assert.equal(encodeJob({ ...base, maxBitrateKbps: 10000 }).video.maxBitrateKbps, 10000);
});

test('music is looped, normalised, set to its volume, faded out at the end and cut to the video', () => {
  const job = encodeJob({ ...base, audio: [music] });
  assert.deepEqual(job.audio?.inputs, [
    {
      path: '/m/song.mp3',
      demuxer: 'mp3',
      trimStartSeconds: 0,
      loop: true,
      loudness: { filter: 'volume@loudness0', targetLufs: -14, seconds: 26 },
    },
  ]);
  const graph = job.audio!.graph;
  assert.match(graph, /^\[1:a\]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo/);
  // The gain comes from the loudness the media child measures over the 26 s that play; peaks are limited.
  assert.match(graph, /volume@loudness0=0dB,alimiter=limit=0\.841:level=0,/);
  assert.match(graph, /volume=0\.350/);
  assert.match(graph, /afade=t=out:st=24\.000:d=2\.000/);
  assert.match(graph, /atrim=0:26\.000\[aout\]$/);
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
  assert.doesNotMatch(graph.split(';')[1]!, /loudness/, 'normalisation can be turned off per input');
  const noLoud = encodeJob({ ...base, audio: [{ ...music, normalize: false }] });
  assert.doesNotMatch(noLoud.audio!.graph, /loudness|alimiter/);
  assert.equal(noLoud.audio!.inputs[0]!.loudness, undefined);
});

test('a trimmed track seeks into the file; a track starting late is delayed', () => {
  const job = encodeJob({
    ...base,
    audio: [{ ...music, trimStartMs: 12_500, startMs: 3000, loop: false }],
  });
  assert.equal(job.audio?.inputs[0]?.trimStartSeconds, 12.5);
  assert.equal(job.audio?.inputs[0]?.loop, false);
  assert.match(job.audio!.graph, /adelay=3000\|3000/);
});

test('every input file is bound to its detected demuxer', () => {
  const clip: BoundAudioInput = { ...music, path: '/c/clip.mov', demuxer: 'mov', loop: false };
  const job = encodeJob({ ...base, audio: [music, clip] });
  assert.deepEqual(
    job.audio?.inputs.map((input) => [input.path, input.demuxer]),
    [
      ['/m/song.mp3', 'mp3'],
      ['/c/clip.mov', 'mov'],
    ],
  );
});
