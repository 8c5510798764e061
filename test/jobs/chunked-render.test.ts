import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chunkFileName } from '../../src/encode/chunk-args.js';
import { fileResolver } from '../../src/make/local-files.js';
import { applyCommands, type Draft, emptyDraft } from '../../src/model/index.js';
import { frameCount } from '../../src/model/timeline.js';
import { joinChunks, planChunks, renderChunk } from '../../src/render/render-chunk.js';
import { renderDraft } from '../../src/render/render-draft.js';
import { audioHash, compareFrames, videoFacts } from '../helpers/frames-compare.js';
import { makeClip, makePhoto, makeTone, tempDir } from '../helpers/media.js';

/**
 * A draft rendered in chunks and joined holds exactly the frames of the same draft rendered whole:
 * same count and duration, each frame aligned with its twin (a duplicate or gap at a seam would shift
 * the rest), the same sound sample for sample. 320×180 so it stays quick.
 */
const dir = tempDir('joy-chunks-');
const resolve = fileResolver(dir);

async function movingDraft(): Promise<Draft> {
  await makePhoto(join(dir, 'a.jpg'), { width: 640, height: 360 });
  await makePhoto(join(dir, 'b.jpg'), { width: 640, height: 360, hue: 120 });
  await makeClip(join(dir, 'clip.mp4'), 3, '320x180', true);
  await makeTone(join(dir, 'tone.wav'), 4, 440);
  return applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 320, height: 180 },
    { type: 'setFps', fps: 25 },
    {
      type: 'addMedia',
      media: [
        { uri: 'a.jpg', kind: 'image', width: 640, height: 360 },
        { uri: 'clip.mp4', kind: 'video', width: 320, height: 180, durationMs: 3000, hasAudio: true },
        { uri: 'b.jpg', kind: 'image', width: 640, height: 360 },
      ],
      durationMs: 3000,
    },
    { type: 'setTransition', name: 'crossfade', durationMs: 400 },
    { type: 'setMusic', media: { uri: 'tone.wav', kind: 'audio' }, volume: 0.5, fadeOutMs: 500 },
  ]).draft;
}

test('chunk plans: short videos stay whole, long ones split at keyframe multiples across workers', () => {
  assert.deepEqual(planChunks(300, 30, { workers: 4 }), [{ start: 0, end: 300 }], '10 s stays whole');
  assert.deepEqual(planChunks(3600, 30, { workers: 1 }), [{ start: 0, end: 3600 }], 'one worker: whole');
  const two = planChunks(1800, 30, { workers: 2 });
  assert.equal(two.length, 4);
  const four = planChunks(1800, 30, { workers: 4 });
  assert.ok(four.length > two.length, 'more workers, more chunks');
  for (const ranges of [two, four, planChunks(1799, 30, { workers: 3 })]) {
    assert.equal(ranges[0]!.start, 0);
    for (let k = 1; k < ranges.length; k++) {
      assert.equal(ranges[k]!.start, ranges[k - 1]!.end, 'contiguous');
      assert.equal(ranges[k]!.start % 60, 0, 'each seam on a keyframe (every 2 s)');
    }
    assert.ok(ranges.every((range) => range.end - range.start >= 60));
  }
  assert.equal(planChunks(1799, 30, { workers: 3 }).at(-1)!.end, 1799);
});

test('chunks joined by stream copy are frame-exact against the whole render, audio identical', async () => {
  const draft = await movingDraft();
  const total = frameCount(draft);
  const whole = join(dir, 'whole.mp4');
  await renderDraft(draft, whole, { resolve, workers: 1 });
  // 50-frame keyframe interval at 25 fps: seams at 50, 100, 150… inside the clip and a crossfade.
  const ranges = planChunks(total, 25, {
    workers: 3,
    minSplitFrames: 0,
    minChunkFrames: 50,
    chunksPerWorker: 2,
  });
  assert.ok(ranges.length >= 3, `${ranges.length} chunks`);
  const chunkDir = join(dir, 'chunks');
  mkdirSync(chunkDir, { recursive: true });
  const chunks: string[] = [];
  // Out of order on purpose: a chunk depends on nothing rendered before it.
  for (const index of [...ranges.keys()].reverse()) {
    const path = join(chunkDir, chunkFileName(index));
    await renderChunk(draft, ranges[index]!, path, { resolve, workers: 1 });
    chunks[index] = path;
  }
  const joined = join(dir, 'joined.mp4');
  await joinChunks(draft, chunks, joined, { resolve });
  const [a, b] = await Promise.all([videoFacts(whole), videoFacts(joined)]);
  assert.equal(a.frames, total);
  assert.equal(b.frames, total, 'same frame count');
  assert.equal(b.videoDurationS, a.videoDurationS, 'same video duration');
  assert.equal(b.formatDurationS, a.formatDurationS, 'same file duration');
  assert.equal(b.audioDurationS, a.audioDurationS, 'same audio duration');
  for (const key of ['codec', 'profile', 'pixFmt', 'colorPrimaries', 'rate', 'width', 'height'] as const)
    assert.equal(b[key], a[key], key);
  const frames = await compareFrames(whole, joined);
  assert.deepEqual(frames.misaligned, [], 'no frame shifted at a seam');
  assert.ok(frames.worstDiff < 3, `every frame matches its twin (worst mean difference ${frames.worstDiff})`);
  assert.deepEqual(await audioHash(joined), await audioHash(whole), 'audio identical: in sync');
  assert.deepEqual(
    readdirSync(dir).filter((name) => name.includes('partial')),
    [],
    'no partial file left',
  );
});
