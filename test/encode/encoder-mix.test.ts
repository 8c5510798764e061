import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Encoder } from '../../src/encode/encoder.js';
import { encodeJob } from '../../src/encode/ffmpeg-args.js';
import { probe } from '../../src/media/index.js';
import { makeTone, tempDir } from '../helpers/media.js';

const dir = tempDir('joy-encoder-mix-');
const FRAME = new Uint8Array(96 * 64 * 1.5).fill(90);

function songJob(song: string, output: string, durationMs: number, demuxer: 'wav' = 'wav') {
  const sound = { path: song, demuxer, startMs: 0, durationMs, trimStartMs: 0 };
  return encodeJob({
    width: 96,
    height: 64,
    fps: 25,
    durationMs,
    quality: 'draft',
    audio: [{ ...sound, volume: 1, fadeInMs: 0, fadeOutMs: 500, loop: true, normalize: true }],
    targetLufs: -14,
    output,
  });
}

/** Files Joy left in the folder besides the ones named. */
function leftovers(...keep: string[]): string[] {
  return readdirSync(dir).filter((name) => !keep.includes(name));
}

test('the soundtrack is mixed beside the encoder while frames still arrive, then muxed whole', async () => {
  const song = await makeTone(join(dir, 'song.wav'), 12);
  const output = join(dir, 'with-music.mp4');
  const encoder = new Encoder(songJob(song, output, 8000));
  await encoder.write(FRAME);
  // One frame in, 199 to come: the whole mix (normalised over 8 s) must still get done meanwhile.
  const mixFile = `${output}.mix.m4a`;
  for (let waited = 0; !existsSync(mixFile) && waited < 60_000; waited += 50) await sleep(50);
  assert.ok(existsSync(mixFile), 'the mix did not finish while the encoder waited for frames');
  for (let n = 1; n < 200; n++) await encoder.write(FRAME);
  await encoder.finish();

  const info = await probe(output);
  const video = info.streams.find((stream) => stream.codec_type === 'video')!;
  const sound = info.streams.find((stream) => stream.codec_type === 'audio')!;
  assert.equal(Number(video.nb_frames), 200);
  assert.equal(sound.codec_name, 'aac');
  assert.ok(Math.abs(Number(sound.duration) - 8) < 0.002, `audio lasts ${sound.duration} s, the video 8 s`);
  assert.deepEqual(leftovers('song.wav', 'with-music.mp4'), [], 'the mix file was left behind');
});

test('a song that fails to mix stops the render at once with its reason, and leaves nothing', async () => {
  const broken = join(dir, 'broken.wav');
  writeFileSync(broken, Buffer.alloc(4096, 7));
  const output = join(dir, 'broken.mp4');
  const encoder = new Encoder(songJob(broken, output, 8000));
  let refused: Error | undefined;
  for (let n = 0; n < 200 && !refused; n++) {
    await encoder.write(FRAME).catch((error: Error) => {
      refused = error;
    });
    if (!refused) await sleep(20);
  }
  assert.ok(refused, 'every frame was taken although the mix had failed');
  assert.match(refused.message, /broken\.wav|Invalid data/i);
  await encoder.closed();
  assert.deepEqual(
    leftovers('song.wav', 'with-music.mp4', 'broken.wav').filter((name) => name.includes('mix')),
    [],
  );
});

test('a canceled render takes its mix with it', async () => {
  const song = join(dir, 'song.wav');
  const output = join(dir, 'canceled.mp4');
  const encoder = new Encoder(songJob(song, output, 8000));
  await encoder.write(FRAME);
  encoder.cancel();
  await encoder.closed();
  assert.deepEqual(
    readdirSync(dir).filter((name) => name.startsWith('canceled.mp4.mix')),
    [],
    'a mix file outlived its render',
  );
});
