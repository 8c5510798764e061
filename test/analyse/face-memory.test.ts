import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { analysePhoto } from '../../src/analyse/index.js';
import { tempDir } from '../helpers/media.js';
import { photo } from './fixtures.js';

// Its own file, so its own process: TensorFlow.js's WebAssembly heap only grows, and what other tests
// ran before would count here.
test('analysing a large photo (small faces looked for on a 1280 px copy) keeps TensorFlow’s heap small', async () => {
  const dir = tempDir();
  const path = join(dir, 'group-large.jpg');
  // 1800 × 1200: large enough that the small-face search runs on a 1280 px copy.
  await sharp(photo('group')).resize(1800, 1200).jpeg({ quality: 90 }).toFile(path);
  const analysis = await analysePhoto(path);
  assert.equal(analysis.faces.length, 3, JSON.stringify(analysis.faces));
  // external memory holds the WebAssembly heap, which never shrinks: it is the high-water mark of every
  // pass so far. One whole-photo pass of the tiny detector at 1280 px took it past 800 MB.
  const externalMb = process.memoryUsage().external / 2 ** 20;
  assert.ok(externalMb < 400, `TensorFlow's heap and other buffers hold ${Math.round(externalMb)} MiB`);
});
