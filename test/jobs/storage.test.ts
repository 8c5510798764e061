import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { splitRenderState } from '../../src/jobs/chunk-flow.js';
import { ensureVolumeId, storageProblem, sweepTemp } from '../../src/jobs/storage.js';
import type { ChunkStatus } from '../../src/jobs/types.js';
import { tempDir } from '../helpers/media.js';

test('a worker proves it sees the server’s data dir before it works, and says why it will not', async () => {
  const shared = tempDir('joy-shared-');
  const volume = await ensureVolumeId(shared);
  assert.equal(await ensureVolumeId(shared), volume, 'the id is kept');
  mkdirSync(join(shared, 'media'));
  assert.equal(await storageProblem(shared, volume), undefined);
  assert.match((await storageProblem(shared, undefined))!, /no joy serve has registered/);
  const other = tempDir('joy-other-');
  assert.match(
    (await storageProblem(other, volume))!,
    /\.joy-volume is missing: .* is not the data dir of joy serve/,
  );
  await ensureVolumeId(other);
  assert.match((await storageProblem(other, volume))!, /belongs to another Joy server/);
  assert.deepEqual(readdirSync(join(shared, 'renders')), [], 'the write probe cleans up');
});

test('the sweep removes dead renders’ temp files and finished renders’ chunks, never live ones', async () => {
  const data = tempDir('joy-sweep-');
  const old = (path: string) =>
    utimesSync(path, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
  mkdirSync(join(data, 'tmp', 'renders'), { recursive: true });
  writeFileSync(join(data, 'tmp', 'renders', '.rdead.mp4.ab.partial.mp4'), 'x');
  old(join(data, 'tmp', 'renders', '.rdead.mp4.ab.partial.mp4'));
  writeFileSync(join(data, 'tmp', 'renders', '.rlive.mp4.cd.partial.mp4'), 'x');
  for (const id of ['rover', 'rlive']) mkdirSync(join(data, 'tmp', 'chunks', id), { recursive: true });
  writeFileSync(join(data, 'tmp', 'chunks', 'rover', 'chunk-00000.mp4'), 'x');
  writeFileSync(join(data, 'tmp', 'chunks', 'rlive', 'chunk-00000.mp4'), 'x');
  writeFileSync(join(data, 'tmp', 'chunks', 'rlive', '.chunk-00001.mp4.ef.partial.mp4'), 'x');
  old(join(data, 'tmp', 'chunks', 'rlive', '.chunk-00001.mp4.ef.partial.mp4'));
  const removed = await sweepTemp(data, async (id) => id === 'rover');
  assert.equal(removed.length, 3);
  assert.deepEqual(readdirSync(join(data, 'tmp', 'renders')), ['.rlive.mp4.cd.partial.mp4']);
  assert.deepEqual(readdirSync(join(data, 'tmp', 'chunks')), ['rlive']);
  assert.deepEqual(readdirSync(join(data, 'tmp', 'chunks', 'rlive')), ['chunk-00000.mp4']);
});

test('a split render’s progress is the sum of its chunks and its state follows them', () => {
  const chunk = (index: number, state: ChunkStatus['state'], framesDone: number): ChunkStatus => ({
    index,
    start: index * 100,
    end: index * 100 + 100,
    state,
    framesDone,
    attempts: 1,
  });
  assert.deepEqual(splitRenderState('waiting-children', [chunk(0, 'queued', 0), chunk(1, 'queued', 0)]), {
    state: 'queued',
    progress: 0,
  });
  const half = splitRenderState('waiting-children', [chunk(0, 'completed', 100), chunk(1, 'rendering', 0)]);
  assert.equal(half.state, 'rendering');
  assert.ok(Math.abs(half.progress - 0.485) < 1e-9);
  assert.equal(
    splitRenderState('waiting', [chunk(0, 'completed', 100), chunk(1, 'completed', 100)]).state,
    'rendering',
  );
  assert.equal(
    splitRenderState('waiting-children', [chunk(0, 'failed', 10), chunk(1, 'queued', 0)]).state,
    'failed',
  );
  assert.deepEqual(splitRenderState('completed', [chunk(0, 'completed', 100)]), {
    state: 'completed',
    progress: 1,
  });
});
