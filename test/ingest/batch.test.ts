import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, test } from 'node:test';
import { makeTempDir, orientedJpeg, pdfFile, photo, truncatedJpeg } from '../../scripts/make-fixtures.js';
import { ingestBatch } from '../../src/ingest/index.js';

const dir = makeTempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

test('a batch keeps the good files and names each bad one', async () => {
  const inputs = [
    { path: await orientedJpeg(dir, 'a.jpg'), name: 'Beach.jpg' },
    { path: await truncatedJpeg(dir, 'b.jpg'), name: 'Broken.jpg' },
    { path: await photo(dir, 'c.png', 'png') },
    { path: pdfFile(dir, 'd.jpg'), name: 'Invoice.jpg' },
    { path: await photo(dir, 'e.webp', 'webp'), name: 'Sunset.webp' },
  ];
  const result = await ingestBatch(inputs, { concurrency: 2 });
  assert.deepEqual(
    result.media.map((m) => [m.name, m.format]),
    [
      ['Beach.jpg', 'jpeg'],
      ['c.png', 'png'],
      ['Sunset.webp', 'webp'],
    ],
  );
  assert.deepEqual(
    result.failed.map((f) => [f.name, f.code]),
    [
      ['Broken.jpg', 'corrupt_media'],
      ['Invoice.jpg', 'unsupported_type'],
    ],
  );
  for (const failure of result.failed) {
    assert.ok(failure.message.startsWith(`${failure.name} `), failure.message);
    assert.ok(failure.path);
    assert.ok(failure.hint);
  }
});

test('a missing file in a batch is reported, not thrown', async () => {
  const result = await ingestBatch([{ path: `${dir}/gone.jpg`, name: 'Gone.jpg' }]);
  assert.deepEqual(result.media, []);
  assert.deepEqual(
    result.failed.map((f) => [f.name, f.code, f.message]),
    [['Gone.jpg', 'not_found', 'Gone.jpg could not be found.']],
  );
});

test('an aborted batch stops', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(ingestBatch([{ path: `${dir}/a.jpg` }], { signal: controller.signal }), {
    name: 'AbortError',
  });
});
