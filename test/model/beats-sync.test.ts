import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cutTimesMs } from '../../src/model/beat-sync.js';
import { applyCommands } from '../../src/model/commands.js';
import type { Draft, MediaRef } from '../../src/model/draft.js';
import { emptyDraft } from '../../src/model/new-draft.js';
import { draftDurationMs, segmentTimings } from '../../src/model/timeline.js';
import { parseDraft } from '../../src/model/upgrade.js';
import { toWire } from '../../src/model/wire.js';

const photo = (i: number): MediaRef => ({
  uri: `p${i}.jpg`,
  kind: 'image',
  name: `p${i}.jpg`,
  width: 800,
  height: 600,
});
const beatsAt = (bpm: number, offsetMs: number, seconds: number) =>
  Array.from({ length: Math.floor(((seconds * 1000 - offsetMs) * bpm) / 60_000) + 1 }, (_, k) =>
    Math.round(offsetMs + (k * 60_000) / bpm),
  ).filter((ms) => ms < seconds * 1000);
const song = (beatsMs: number[], durationMs = 20_000): MediaRef => ({
  uri: 'song.wav',
  kind: 'audio',
  name: 'song.wav',
  durationMs,
  beatsMs,
  bpm: 120,
});

function draftWith(count: number, transition: string, beats: number[], durationMs?: number): Draft {
  return applyCommands(emptyDraft({ aspect: '16:9' }), [
    { type: 'addMedia', media: Array.from({ length: count }, (_, i) => photo(i)), durationMs: 2500 },
    { type: 'setTransition', name: transition, durationMs: 600 },
    { type: 'setMusic', media: song(beats, durationMs) },
  ]).draft;
}

/** Every cut (the middle of every transition) within one frame of a beat, measured in frames. */
function assertOnBeats(draft: Draft, beats: readonly number[]): number {
  const frame = 1000 / draft.canvas.fps;
  const timings = segmentTimings(draft);
  let worst = 0;
  for (let i = 0; i < timings.length - 1; i++) {
    // In frames, as the renderer sees it: the transition runs from the next segment's first frame to this one's end.
    const cutFrame = (timings[i + 1]!.startFrame + timings[i]!.endFrame) / 2;
    const cutMs = cutFrame * frame;
    const nearest = Math.min(...beats.map((beat) => Math.abs(beat - cutMs)));
    worst = Math.max(worst, nearest);
    assert.ok(
      nearest <= frame,
      `cut ${i + 1} at ${cutMs.toFixed(1)} ms is ${nearest.toFixed(1)} ms from a beat`,
    );
  }
  return worst;
}

test('crossfades centred on beats (120 BPM, first beat at 230 ms)', () => {
  const beats = beatsAt(120, 230, 20);
  const draft = applyCommands(draftWith(5, 'crossfade', beats), [{ type: 'syncToBeats' }]).draft;
  const worst = assertOnBeats(draft, beats);
  const meta = draft.meta.beats as { bpm: number; beatsMs: number[]; cutsMs: number[] };
  assert.equal(meta.bpm, 120);
  assert.equal(meta.cutsMs.length, 4);
  assert.deepEqual(meta.cutsMs, cutTimesMs(draft));
  for (const cut of meta.cutsMs) assert.ok(beats.includes(cut), `${cut} is a beat`);
  // 2.5 s photos at 500 ms a beat: five beats each; transitions kept.
  assert.ok(draft.video.slice(0, -1).every((s) => s.transition?.durationMs === 600));
  console.log(`worst cut–beat distance in frames: ${worst.toFixed(1)} ms`);
});

test('hard cuts land on the beat frame exactly; beatsPerPhoto is honoured', () => {
  const beats = beatsAt(128, 0, 30);
  const draft = applyCommands(draftWith(6, 'cut', beats), [{ type: 'syncToBeats', beatsPerPhoto: 2 }]).draft;
  assertOnBeats(draft, beats);
  // The beat at 0 ms starts the video; cuts count beats after it.
  const after0 = beats.filter((beat) => beat > 0);
  segmentTimings(draft)
    .slice(1)
    .forEach((timing, i) => {
      assert.equal(timing.startMs, after0[(i + 1) * 2 - 1]);
    });
});

test('fitMusic spreads the photos over the song and ends on its last beat', () => {
  const beats = beatsAt(100, 400, 15);
  const draft = applyCommands(draftWith(4, 'crossfade', beats, 15_000), [
    { type: 'syncToBeats', fitMusic: true },
  ]).draft;
  assertOnBeats(draft, beats);
  assert.equal(draftDurationMs(draft), beats.at(-1));
});

test('short gaps shrink the transitions so they still fit', () => {
  const beats = beatsAt(180, 0, 10);
  const draft = applyCommands(draftWith(5, 'crossfade', beats), [
    { type: 'syncToBeats', beatsPerPhoto: 1 },
  ]).draft;
  assertOnBeats(draft, beats);
  for (const segment of draft.video.slice(0, -1)) assert.ok(segment.transition!.durationMs <= 222);
});

test('music without beats gets an honest error, and nothing changes', () => {
  const draft = applyCommands(emptyDraft(), [
    { type: 'addMedia', media: [photo(1), photo(2)] },
    { type: 'setMusic', media: { uri: 'a.mp3', kind: 'audio', name: 'a.mp3' } },
  ]).draft;
  assert.throws(() => applyCommands(draft, [{ type: 'syncToBeats' }]), /no beat data/);
  const silent = applyCommands(emptyDraft(), [{ type: 'addMedia', media: [photo(1), photo(2)] }]).draft;
  assert.throws(() => applyCommands(silent, [{ type: 'syncToBeats' }]), /no music/);
});

test('beats and tempo survive the wire format', () => {
  const beats = beatsAt(120, 230, 5);
  const draft = draftWith(2, 'crossfade', beats);
  const back = parseDraft(JSON.parse(JSON.stringify(toWire(draft))));
  assert.deepEqual(back.audio[0]!.media.beatsMs, beats);
  assert.equal(back.audio[0]!.media.bpm, 120);
  const wire = toWire(draft) as unknown as { t: { sg: { src: Record<string, unknown> }[] }[] };
  assert.ok(wire.t[1]!.sg[0]!.src.bt);
});
