import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { Analyser } from '../../src/analyse/index.js';
import { tempDir } from '../helpers/media.js';
import { photo } from './fixtures.js';

// Its own file, so its own process: the resident memory measured is this test's alone.
test('the analyser keeps the face models and TensorFlow’s heap out of the caller’s memory', async () => {
  const dir = tempDir();
  const path = join(dir, 'group-large.jpg');
  // Large enough that small faces are looked for on a 1280 px copy, as on a phone photo.
  await sharp(photo('group')).resize(1800, 1200).jpeg({ quality: 90 }).toFile(path);
  const before = process.memoryUsage().rss;
  const analyser = new Analyser();
  try {
    const analysis = await analyser.photo(path);
    assert.equal(analysis.faces.length, 3, JSON.stringify(analysis.faces));
    // Measured while the analyser is still open, its models loaded and its heap at its high-water mark:
    // in this process they took over 250 MiB, which sat on top of a render's memory.
    const grownMb = (process.memoryUsage().rss - before) / 2 ** 20;
    assert.ok(grownMb < 100, `analysing grew this process by ${Math.round(grownMb)} MiB`);
  } finally {
    await analyser.close();
  }
  assert.equal(analyser.busy, 0);
});
