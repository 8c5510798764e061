import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkArgs, chunkFileName, concatList, joinArgs } from '../../src/encode/chunk-args.js';
import { ffmpegArgs, videoCodecArgs } from '../../src/encode/ffmpeg-args.js';

const codec = { fps: 30, quality: 'standard' as const, maxBitrateKbps: undefined };

test('a chunk carries exactly the whole render’s video settings, a frame count, and no audio', () => {
  const args = chunkArgs({ ...codec, width: 320, height: 180, frames: 120, output: '/c/chunk-00001.mp4' });
  const whole = ffmpegArgs({
    ...codec,
    width: 320,
    height: 180,
    durationMs: 4000,
    audio: [],
    targetLufs: -14,
    output: '/o.mp4',
  });
  const settings = videoCodecArgs(codec).join(' ');
  assert.ok(args.join(' ').includes(settings));
  assert.ok(whole.join(' ').includes(settings));
  assert.ok(settings.includes('-flags +cgop'), 'closed GOPs');
  assert.ok(settings.includes('-g 60'), 'a keyframe every 2 s');
  assert.deepEqual(args.slice(args.indexOf('-frames:v'), args.indexOf('-frames:v') + 2), [
    '-frames:v',
    '120',
  ]);
  assert.ok(!args.includes('-c:a') && !args.includes('-movflags'));
  assert.equal(args.at(-1), '/c/chunk-00001.mp4');
});

test('the join copies video, mixes the audio once over the whole length, and starts playing at once', () => {
  const args = joinArgs({
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
  const line = args.join(' ');
  assert.ok(line.includes('-f concat -safe 1 -i /c/join.ffconcat'), 'the concat demuxer in safe mode');
  assert.ok(
    line.includes(
      '-stream_loop -1 -protocol_whitelist file,pipe -f mp3 -format_whitelist mp3 -i /m/song.mp3',
    ),
  );
  assert.ok(line.includes('-map 0:v -map [aout] -c:v copy -c:a aac'));
  assert.ok(line.includes('atrim=0:12.500'));
  assert.ok(line.endsWith('-t 12.500 -movflags +faststart -f mp4 /out/v.mp4'));
  assert.ok(
    !joinArgs({ list: 'l', durationMs: 1000, audio: [], targetLufs: -14, output: 'o' }).includes('-c:a'),
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
