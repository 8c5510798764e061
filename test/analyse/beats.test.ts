import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { detectBeats, snapToBeats, trackBeats } from '../../src/analyse/index.js';
import { tempDir } from '../helpers/media.js';
import { drumTrack, random, writeWav } from './synth.js';

const dir = tempDir('joy-beats-');

for (const { bpm, offsetMs, hats } of [
  { bpm: 90, offsetMs: 370, hats: false },
  { bpm: 120, offsetMs: 130, hats: true },
  { bpm: 150, offsetMs: 55, hats: false },
]) {
  test(`a ${bpm} BPM drum track${hats ? ' with off-beat hi-hats' : ''}, first beat at ${offsetMs} ms`, async (t) => {
    const track = drumTrack({ bpm, offsetMs, seconds: 20, hats });
    const path = join(dir, `drums-${bpm}.wav`);
    writeWav(path, track.samples, track.sampleRate);
    const started = performance.now();
    const result = await detectBeats(path);
    const ms = performance.now() - started;
    assert.ok(Math.abs(result.bpm / bpm - 1) < 0.02, `tempo ${result.bpm} for ${bpm}`);
    // Every true beat is found within 50 ms, and nothing else is.
    const errors = track.beatsMs.map((truth) =>
      Math.min(...result.beatsMs.map((beat) => Math.abs(beat - truth))),
    );
    assert.ok(Math.max(...errors) <= 50, `worst beat ${Math.max(...errors).toFixed(1)} ms off`);
    assert.equal(result.beatsMs.length, track.beatsMs.length);
    assert.ok(result.confidence > 0.6, `confidence ${result.confidence}`);
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    t.diagnostic(
      `${bpm} BPM → ${result.bpm} (${(((result.bpm - bpm) / bpm) * 100).toFixed(2)}%), ${result.beatsMs.length} beats, ` +
        `mean error ${mean.toFixed(1)} ms, worst ${Math.max(...errors).toFixed(1)} ms, confidence ${result.confidence}, ${Math.round(ms)} ms`,
    );
  });
}

test('silence and noise have no confident beat', () => {
  assert.deepEqual(trackBeats(new Float32Array(22_050 * 5), 22_050), { bpm: 0, beatsMs: [], confidence: 0 });
  const rand = random(3);
  const noise = Float32Array.from({ length: 22_050 * 10 }, () => 0.5 * (rand() * 2 - 1));
  assert.ok(trackBeats(noise, 22_050).confidence < 0.3);
  // Too short to tell.
  assert.equal(trackBeats(new Float32Array(1000), 22_050).bpm, 0);
});

test('a file that is not audio is refused before FFmpeg opens it; a broken one fails with corrupt_media', async () => {
  const path = join(dir, 'not-audio.mp3');
  writeFileSync(path, 'definitely not audio');
  await assert.rejects(detectBeats(path), { code: 'unsupported_type' });
  const broken = join(dir, 'broken.wav');
  writeFileSync(broken, Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVEjunk'), Buffer.alloc(64, 7)]));
  await assert.rejects(detectBeats(broken), { code: 'corrupt_media' });
});

test('detection can be canceled', async () => {
  const track = drumTrack({ bpm: 100, offsetMs: 0, seconds: 5 });
  const path = join(dir, 'cancel.wav');
  writeWav(path, track.samples, track.sampleRate);
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(detectBeats(path, { signal: controller.signal }), { code: 'canceled' });
});

test('snapToBeats moves cuts within the tolerance onto the nearest beat', () => {
  const beats = [500, 1000, 1500, 2000, 2500];
  assert.deepEqual(snapToBeats([980, 1620, 2300], beats, 150), [1000, 1500, 2300]);
  // Exactly at the tolerance still snaps; just beyond does not.
  assert.deepEqual(snapToBeats([1150, 1151], [1000], 150), [1000, 1151]);
  // Order is kept and two cuts never share a beat.
  assert.deepEqual(snapToBeats([990, 1010, 1400], beats, 150), [1000, 1010, 1500]);
  assert.deepEqual(snapToBeats([990, 1060], beats, 100), [1000, 1060]);
  assert.deepEqual(snapToBeats([990, 995], beats, 100), [990, 1000]);
  // Unsorted beats are fine; no beats change nothing.
  assert.deepEqual(snapToBeats([740], [1000, 750, 500], 50), [750]);
  assert.deepEqual(snapToBeats([100, 200], []), [100, 200]);
});

test('cuts snapped to detected beats land on the music', async () => {
  const track = drumTrack({ bpm: 120, offsetMs: 250, seconds: 8 });
  const result = trackBeats(track.samples, track.sampleRate);
  const cuts = [2000, 4100, 5900];
  const snapped = snapToBeats(cuts, result.beatsMs, 300);
  for (const cut of snapped) {
    assert.ok(
      track.beatsMs.some((truth) => Math.abs(truth - cut) <= 50),
      `cut at ${cut} is not on a beat`,
    );
  }
});
