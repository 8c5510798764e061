import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseRate, probe } from '../../src/media/probe.js';
import { joy } from '../helpers/cli.js';
import { makePhoto, makeTone, readVideoFrame, tempDir } from '../helpers/media.js';
import { topLevelBoxes } from '../helpers/mp4.js';

const dir = tempDir();

function pixel(frame: { data: Buffer; width: number }, x: number, y: number): [number, number, number] {
  const o = (Math.round(y) * frame.width + Math.round(x)) * 3;
  return [frame.data[o]!, frame.data[o + 1]!, frame.data[o + 2]!];
}

test('joy make renders a 1080p H.264 MP4 with music that probes right', async () => {
  const a = await makePhoto(join(dir, 'a.jpg'), { width: 640, height: 480 });
  const b = await makePhoto(join(dir, 'b.png'), { width: 480, height: 640, format: 'png', hue: 90 });
  const music = await makeTone(join(dir, 'tone.wav'), 1.2);
  const out = join(dir, 'make.mp4');
  const result = await joy([
    'make',
    a,
    b,
    '--aspect',
    '16:9',
    '--seconds-per-photo',
    '1.5',
    '--transition',
    'fade',
    '--transition-duration',
    '0.6',
    '--music',
    music,
    '-o',
    out,
    '--json',
  ]);
  assert.equal(result.code, 0, result.stderr);
  const summary = JSON.parse(result.stdout.trim().split('\n').pop()!);
  assert.equal(summary.ok, true);
  const info = await probe(out);
  const video = info.streams.find((s) => s.codec_type === 'video')!;
  const audio = info.streams.find((s) => s.codec_type === 'audio')!;
  assert.equal(video.codec_name, 'h264');
  assert.equal(video.profile, 'High');
  assert.equal(video.pix_fmt, 'yuv420p');
  assert.equal(video.width, 1920);
  assert.equal(video.height, 1080);
  assert.equal(parseRate(video.r_frame_rate), 30);
  assert.equal(parseRate(video.avg_frame_rate), 30, 'constant frame rate');
  assert.equal(video.color_space, 'bt709');
  assert.equal(video.color_primaries, 'bt709');
  assert.equal(video.color_transfer, 'bt709');
  // 1.5 + 1.5 − 0.6 s overlap = 2.4 s = 72 frames.
  assert.equal(Number(video.nb_frames), 72);
  assert.ok(
    Math.abs(Number(info.format.duration) - 2.4) <= 1 / 30 + 0.03,
    `duration ${info.format.duration}`,
  );
  assert.equal(audio.codec_name, 'aac');
  assert.equal(audio.sample_rate, '48000');
  assert.equal(audio.channels, 2);
  assert.ok(
    Math.abs(Number(audio.duration) - 2.4) < 0.05,
    `audio lasts as long as the video (${audio.duration})`,
  );
  const boxes = topLevelBoxes(out);
  assert.ok(boxes.indexOf('moov') < boxes.indexOf('mdat'), `faststart: ${boxes.join(',')}`);
  // No temporary files are left next to the output.
  assert.deepEqual(
    readdirSync(dir).filter((name) => name.includes('partial')),
    [],
  );
});

test('a photo stored sideways (EXIF orientation 6) comes out upright', async () => {
  // Stored 640×480 with red at the stored top-left; rotated 90° clockwise it sits top-right.
  const photo = await makePhoto(join(dir, 'sideways.jpg'), { width: 640, height: 480, orientation: 6 });
  const out = join(dir, 'upright.mp4');
  const result = await joy([
    'make',
    photo,
    '--aspect',
    '9:16',
    '--resolution',
    '540p',
    '--motion',
    'static',
    '--fit',
    'cover',
    '--seconds-per-photo',
    '1',
    // A centred crop: analysis would (rightly) move it toward the marker, the salient subject.
    '--no-analyse',
    '-o',
    out,
  ]);
  assert.equal(result.code, 0, result.stderr);
  const frame = await readVideoFrame(out, 10);
  assert.equal(frame.width, 540);
  assert.equal(frame.height, 960);
  // Upright 480×640 covers 540×960: visible x 60–420 of 480, scale 1.5. Marker at upright x 336–432, y 64–160.
  const [r, g, b] = pixel(frame, (380 - 60) * 1.5, 110 * 1.5);
  assert.ok(r > 180 && g < 80 && b < 80, `red marker top-right, got ${r},${g},${b}`);
  const [r2] = pixel(frame, 30, 110 * 1.5);
  assert.ok(r2 < 180, 'nothing red top-left');
});

test('an HEIC photo from a phone renders', async () => {
  const heic = join(dir, 'phone.heic');
  copyFileSync(new URL('../fixtures/photo.heic', import.meta.url), heic);
  const out = join(dir, 'heic.mp4');
  const result = await joy(['make', heic, '--resolution', '540p', '--seconds-per-photo', '1', '-o', out]);
  assert.equal(result.code, 0, result.stderr);
  const info = await probe(out);
  assert.equal(info.streams[0]!.codec_name, 'h264');
  const frame = await readVideoFrame(out, 5);
  let low = 255;
  let high = 0;
  for (const value of frame.data) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const spread = high - low;
  assert.ok(spread > 50, 'the frame shows the photo, not a flat colour');
});

test('bad files in a batch are reported by name and the rest still renders', async () => {
  const good = await makePhoto(join(dir, 'good.jpg'), { width: 320, height: 240 });
  const corrupt = join(dir, 'corrupt.jpg');
  copyFileSync(await makePhoto(join(dir, 'whole.jpg'), { width: 320, height: 240 }), corrupt);
  truncateSync(corrupt, Math.floor(statSync(corrupt).size / 3));
  const pdf = join(dir, 'report.jpg');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const empty = join(dir, 'empty.jpg');
  writeFileSync(empty, '');
  const out = join(dir, 'batch.mp4');
  const result = await joy([
    'make',
    good,
    corrupt,
    pdf,
    empty,
    '--resolution',
    '540p',
    '--seconds-per-photo',
    '1',
    '-o',
    out,
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /report\.jpg.*PDF/i);
  assert.match(result.stderr, /empty\.jpg.*empty/i);
  assert.match(result.stderr, /corrupt\.jpg/);
  assert.ok(existsSync(out));
  const info = await probe(out);
  assert.equal(Number(info.streams[0]!.nb_frames), 30);
});

test('nothing usable: one clear sentence and a non-zero exit', async () => {
  const pdf = join(dir, 'only.jpg');
  writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
  const result = await joy(['make', pdf, '-o', join(dir, 'none.mp4')]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /joy: None of the inputs is a photo or video clip/);
  assert.ok(!existsSync(join(dir, 'none.mp4')));
  assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, 'no stack trace');
});

test('save a draft, inspect it, render it; an invalid draft names the field', async () => {
  const a = await makePhoto(join(dir, 'd1.jpg'), { width: 400, height: 300 });
  const b = await makePhoto(join(dir, 'd2.jpg'), { width: 400, height: 300, hue: 50 });
  const draftPath = join(dir, 'draft.json');
  const made = await joy([
    'make',
    a,
    b,
    '--save-draft',
    draftPath,
    '--no-render',
    '--title',
    'Hello',
    '--duration',
    '4',
    '--resolution',
    '540p',
  ]);
  assert.equal(made.code, 0, made.stderr);
  const wire = JSON.parse(readFileSync(draftPath, 'utf8'));
  assert.equal(wire.t[0].tt, 0);
  assert.equal(wire.t[0].sg[0].src.u, 'd1.jpg', 'media paths are relative to the draft');
  const inspected = await joy(['inspect', draftPath, '--json']);
  const view = JSON.parse(inspected.stdout);
  assert.equal(view.durationMs, 4000);
  assert.equal(view.photos.length, 2);
  assert.equal(view.texts[0].text, 'Hello');
  assert.equal(view.aspect, '16:9');
  const human = await joy(['inspect', draftPath]);
  assert.match(human.stdout, /^Timeline \(2 tracks/);
  const out = join(dir, 'from-draft.mp4');
  const rendered = await joy(['render', draftPath, '-o', out, '--quality', 'draft']);
  assert.equal(rendered.code, 0, rendered.stderr);
  assert.equal(Number((await probe(out)).streams[0]!.nb_frames), 120);
  wire.t[0].sg[1].d = -5;
  writeFileSync(draftPath, JSON.stringify(wire));
  const invalid = await joy(['render', draftPath, '-o', join(dir, 'x.mp4')]);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /video\[1\]\.durationMs/);
});
