import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { fileResolver } from '../../src/make/local-files.js';
import { probe } from '../../src/media/probe.js';
import { applyCommands, type Draft, emptyDraft } from '../../src/model/index.js';
import { effects } from '../../src/render/effects.js';
import { renderDraft } from '../../src/render/render-draft.js';
import { ffmpeg } from '../helpers/ffmpeg-cli.js';
import { makeClip, makePhoto, makeTone, tempDir } from '../helpers/media.js';

const run = promisify(execFile);
const dir = tempDir();
const resolve = fileResolver(dir);

async function twoPhotos(): Promise<Draft> {
  await makePhoto(join(dir, 'a.jpg'), { width: 320, height: 180 });
  await makePhoto(join(dir, 'b.jpg'), { width: 320, height: 180, hue: 120 });
  return applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 160, height: 90 },
    {
      type: 'addMedia',
      media: [
        { uri: 'a.jpg', kind: 'image', width: 320, height: 180 },
        { uri: 'b.jpg', kind: 'image', width: 320, height: 180 },
      ],
      durationMs: 600,
    },
  ]).draft;
}

test('every transition renders a short video that probes right', async () => {
  const base = await twoPhotos();
  for (const name of effects.transitions.names()) {
    const draft = applyCommands(base, [{ type: 'setTransition', name, durationMs: 300 }]).draft;
    const out = join(dir, `t-${name}.mp4`);
    await renderDraft(draft, out, { resolve, workers: 1 });
    const video = (await probe(out)).streams[0]!;
    const frames = name === 'cut' ? 36 : 27;
    assert.equal(video.codec_name, 'h264', name);
    assert.equal(Number(video.nb_frames), frames, `${name}: ${video.nb_frames} frames`);
  }
});

test('every look renders a short video that probes right', async () => {
  const base = await twoPhotos();
  for (const name of effects.looks.names()) {
    const draft = applyCommands(base, [{ type: 'setLook', name, strength: 1 }]).draft;
    const out = join(dir, `l-${name}.mp4`);
    await renderDraft(draft, out, { resolve, workers: 1 });
    const video = (await probe(out)).streams[0]!;
    assert.equal(video.pix_fmt, 'yuv420p', name);
    assert.equal(video.width, 160, name);
  }
});

async function integratedLoudness(path: string): Promise<number> {
  const { stderr } = await run(
    ffmpeg().path,
    ['-hide_banner', '-nostats', '-i', path, '-af', 'ebur128', '-f', 'null', '-'],
    {
      maxBuffer: 1 << 26,
    },
  );
  const match = /Integrated loudness:\s+I:\s+(-?[\d.]+) LUFS/.exec(stderr);
  assert.ok(match, 'ebur128 reported a loudness');
  return Number(match[1]);
}

test('music is normalised to about −14 LUFS, looped to cover the video, and can be left as it is', async () => {
  await makeTone(join(dir, 'quiet.wav'), 1.5, 330);
  const { stderr: _ } = await run(ffmpeg().path, [
    '-v',
    'error',
    '-i',
    join(dir, 'quiet.wav'),
    '-af',
    'volume=-24dB',
    '-y',
    join(dir, 'very-quiet.wav'),
  ]);
  const base = applyCommands(await twoPhotos(), [
    { type: 'setSegmentDuration', durationMs: 3000 },
    { type: 'setMusic', media: { uri: 'very-quiet.wav', kind: 'audio' }, volume: 1, fadeOutMs: 0 },
  ]).draft;
  const normalised = join(dir, 'loud.mp4');
  await renderDraft(base, normalised, { resolve, workers: 1 });
  const loudness = await integratedLoudness(normalised);
  assert.ok(Math.abs(loudness - -14) <= 2, `integrated loudness ${loudness} LUFS`);
  const audio = (await probe(normalised)).streams.find((s) => s.codec_type === 'audio')!;
  assert.ok(
    Math.abs(Number(audio.duration) - 6) < 0.05,
    `a 1.5 s track loops to cover 6 s (got ${audio.duration})`,
  );
  const raw = join(dir, 'raw.mp4');
  await renderDraft(applyCommands(base, [{ type: 'setLoudness', normalize: false }]).draft, raw, {
    resolve,
    workers: 1,
  });
  assert.ok((await integratedLoudness(raw)) < -30, 'without normalisation the quiet track stays quiet');
});

test('a video clip keeps its own sound, at its volume', async () => {
  await makeClip(join(dir, 'clip.mp4'), 1.5, '320x180', true);
  const draft = applyCommands(await twoPhotos(), [
    {
      type: 'addMedia',
      media: [{ uri: 'clip.mp4', kind: 'video', width: 320, height: 180, durationMs: 1500, hasAudio: true }],
    },
  ]).draft;
  const out = join(dir, 'clip-sound.mp4');
  await renderDraft(draft, out, { resolve, workers: 1 });
  const info = await probe(out);
  assert.ok(
    info.streams.some((s) => s.codec_type === 'audio'),
    'the clip’s sound is in the video',
  );
  const muted = join(dir, 'clip-muted.mp4');
  draft.video[2]!.volume = 0;
  await renderDraft(draft, muted, { resolve, workers: 1 });
  assert.ok(!(await probe(muted)).streams.some((s) => s.codec_type === 'audio'), 'volume 0 drops it');
});
