import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { detectBeats } from '../../src/analyse/index.js';
import { withAnalysis } from '../../src/analyse/media-analysis.js';
import { direct } from '../../src/director/index.js';
import {
  applyCommands,
  emptyDraft,
  frameCount,
  type MediaRef,
  segmentTimings,
} from '../../src/model/index.js';
import { planFrame } from '../../src/render/frame-plan.js';
import { tempDir } from '../helpers/media.js';
import { drumTrack, writeWav } from './synth.js';

/**
 * Beat sync end to end: a synthesized drum loop → beat detection → the music's MediaRef → the director
 * asked to "sync to the music" → every transition of the planned frames is half done on a beat.
 */
const dir = tempDir('joy-beat-sync-');

test('"sync to the music" puts every cut within one frame of a detected beat (and near the true beat)', async () => {
  const track = drumTrack({ bpm: 112, offsetMs: 180, seconds: 16, hats: true });
  const path = join(dir, 'drums.wav');
  writeWav(path, track.samples, track.sampleRate);
  const started = performance.now();
  const beats = await detectBeats(path);
  const beatMs = performance.now() - started;
  const song = withAnalysis(
    { uri: path, kind: 'audio', name: 'drums.wav', durationMs: 16_000 },
    { kind: 'audio', beats },
  );
  assert.ok(song.beatsMs && song.beatsMs.length > 20, 'beats on the MediaRef');
  const photos: MediaRef[] = Array.from({ length: 5 }, (_, i) => ({
    uri: `p${i}.jpg`,
    kind: 'image',
    name: `p${i}.jpg`,
    width: 800,
    height: 600,
  }));
  const draft = applyCommands(emptyDraft({ aspect: '16:9' }), [
    { type: 'addMedia', media: photos, durationMs: 2500 },
    { type: 'setTransition', name: 'crossfade', durationMs: 500 },
    { type: 'setMusic', media: song },
  ]).draft;
  const result = await direct('sync to the music', { draft, media: [...photos, song] });
  assert.equal(result.route, 'edit', result.reply);
  assert.deepEqual(
    result.commands.map((c) => c.type),
    ['syncToBeats'],
  );
  const synced = result.draft;
  const frame = 1000 / synced.canvas.fps;
  // Where each transition is half done in the planned frames.
  const middles: number[] = [];
  const timings = segmentTimings(synced);
  let previous = -1;
  for (let n = 0; n < frameCount(synced); n++) {
    const planned = planFrame(synced, n, timings);
    if (!planned.transition) continue;
    const index = planned.transition.a.segment;
    if (index !== previous && planned.transition.linear >= 0.5) {
      middles.push(planned.timeMs);
      previous = index;
    }
  }
  assert.equal(middles.length, 4);
  const detected = synced.meta.beats as { beatsMs: number[]; cutsMs: number[] };
  let worstDetected = 0;
  let worstTrue = 0;
  for (const [i, at] of middles.entries()) {
    const d = Math.min(...detected.beatsMs.map((b) => Math.abs(b - at)));
    const t = Math.min(...track.beatsMs.map((b) => Math.abs(b - at)));
    worstDetected = Math.max(worstDetected, d);
    worstTrue = Math.max(worstTrue, t);
    assert.ok(
      d <= frame + 0.5,
      `cut ${i + 1}: ${at.toFixed(1)} ms is ${d.toFixed(1)} ms from a detected beat`,
    );
    assert.ok(t <= frame + 30, `cut ${i + 1}: ${t.toFixed(1)} ms from the true beat`);
  }
  console.log(
    `beats: ${beats.bpm.toFixed(1)} BPM (true 112) in ${beatMs.toFixed(0)} ms; cuts within ${worstDetected.toFixed(1)} ms of detected beats, ${worstTrue.toFixed(1)} ms of true beats (1 frame = ${frame.toFixed(1)} ms)`,
  );
});
