import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkFileName, chunkJob, concatList, joinJob } from '../../src/encode/chunk-args.js';
import { encodeJob, h264Settings } from '../../src/encode/ffmpeg-args.js';

const codec = { fps: 30, quality: 'standard' as const, maxBitrateKbps: undefined };

test('a chunk carries exactly the whole render’s video settings, a frame count, and no audio', () => {
  const job = chunkJob({ ...codec, width: 320, height: 180, frames: 120, output: '/c/chunk-00001.mp4' });
  const whole = encodeJob({
    ...codec,
    width: 320,
    height: 180,
    durationMs: 4000,
    audio: [],
    targetLufs: -14,
    output: '/o.mp4',
  });
  const settings = h264Settings(codec);
  assert.deepEqual(job.video, settings);
  assert.deepEqual(whole.video, settings);
  assert.equal(settings.gop, 60, 'a keyframe every 2 s');
  assert.equal(job.frames, 120);
  assert.equal(job.audio, undefined);
  assert.equal(job.faststart, false);
  assert.equal(job.output, '/c/chunk-00001.mp4');
});

test('the join copies video, mixes the audio once over the whole length, and starts playing at once', () => {
  const job = joinJob({
    list: '/c/join.ffconcat',
    durationMs: 12_500,
    audio: [
      {
        path: '/m/song.mp3',
        demuxer: 'mp3',
        startMs: 0,
        durationMs: 12_500,
        trimStartMs: 0,
        volume: 0.5,
        fadeInMs: 0,
        fadeOutMs: 1000,
        loop: true,
        normalize: false,
      },
    ],
    targetLufs: -14,
    output: '/out/v.mp4',
  });
  assert.equal(job.op, 'join');
  assert.equal(job.list, '/c/join.ffconcat');
  assert.deepEqual(job.audio?.inputs, [
    { path: '/m/song.mp3', demuxer: 'mp3', trimStartSeconds: 0, loop: true },
  ]);
  assert.match(job.audio!.graph, /atrim=0:12\.500\[aout\]$/);
  assert.equal(job.durationSeconds, 12.5);
  assert.equal(job.output, '/out/v.mp4');
  assert.equal(
    joinJob({ list: 'l', durationMs: 1000, audio: [], targetLufs: -14, output: 'o' }).audio,
    undefined,
  );
});

test('concat lists name plain relative chunk files only', () => {
  assert.equal(chunkFileName(7), 'chunk-00007.mp4');
  assert.equal(
    concatList(['chunk-00000.mp4', 'chunk-00001.mp4']),
    'ffconcat version 1.0\nfile chunk-00000.mp4\nfile chunk-00001.mp4\n',
  );
  for (const bad of ['../x.mp4', '/etc/passwd', "a'b.mp4", 'a b.mp4', 'x\nfile y'])
    assert.throws(() => concatList([bad]), /Unsafe chunk file name/);
});
