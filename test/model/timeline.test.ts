import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCommands, type Draft, emptyDraft, type MediaRef } from '../../src/model/index.js';
import { contentAt, draftDurationMs, frameCount, segmentTimings } from '../../src/model/timeline.js';

const photos = (count: number): MediaRef[] =>
  Array.from({ length: count }, (_, i) => ({
    uri: `p${i}.jpg`,
    kind: 'image' as const,
    name: `p${i}.jpg`,
    width: 4000,
    height: 3000,
  }));

function sixPhotos(): Draft {
  return applyCommands(emptyDraft({ aspect: '9:16' }), [
    { type: 'addMedia', media: photos(6), durationMs: 5000 },
    { type: 'setTransition', name: 'crossfade', durationMs: 800 },
  ]).draft;
}

test('transitions overlap their neighbours: six 5 s photos with 0.8 s crossfades last 26.0 s', () => {
  const draft = sixPhotos();
  assert.equal(draftDurationMs(draft), 26_000);
  assert.equal(frameCount(draft), 780);
  const timings = segmentTimings(draft);
  assert.deepEqual(
    timings.map((t) => t.startMs),
    [0, 4200, 8400, 12600, 16800, 21000],
  );
  assert.equal(timings[0]!.inMs, 0);
  assert.equal(timings[5]!.outMs, 0);
});

test('frames come from cumulative times, so odd durations never drift', () => {
  const draft = applyCommands(emptyDraft(), [
    { type: 'addMedia', media: photos(100), durationMs: 1033 },
  ]).draft;
  const timings = segmentTimings(draft);
  // 100 × 1.033 s at 30 fps is exactly 3099 frames; rounding each duration would give 3100.
  assert.equal(frameCount(draft), 3099);
  for (let i = 1; i < timings.length; i++) assert.equal(timings[i]!.startFrame, timings[i - 1]!.endFrame);
});

test('contentAt reports the transition with progress rising through it', () => {
  const draft = sixPhotos();
  const start = segmentTimings(draft)[1]!.startFrame; // 126
  assert.equal(contentAt(draft, start - 1).transition, undefined);
  const first = contentAt(draft, start).transition!;
  const last = contentAt(draft, start + 23).transition!;
  assert.equal(first.from.index, 0);
  assert.equal(first.to.index, 1);
  assert.ok(first.progress > 0 && first.progress < 0.05);
  assert.ok(last.progress > 0.95 && last.progress < 1);
  assert.equal(contentAt(draft, start + 24).transition, undefined);
  assert.equal(contentAt(draft, start + 24).main!.index, 1);
});

test('texts are visible within their window only', () => {
  const draft = applyCommands(sixPhotos(), [
    { type: 'addText', text: 'Road Trip', role: 'title', startMs: 0, durationMs: 3000 },
  ]).draft;
  assert.equal(contentAt(draft, 0).texts.length, 1);
  assert.equal(contentAt(draft, 89).texts.length, 1);
  assert.equal(contentAt(draft, 90).texts.length, 0);
});
