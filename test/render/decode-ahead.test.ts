import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DecodeCache } from '../../src/ingest/index.js';
import { fileResolver } from '../../src/make/local-files.js';
import { applyCommands, emptyDraft, type VideoSegment } from '../../src/model/index.js';
import { createFrameRenderer } from '../../src/render/frame-renderer.js';
import { makePhoto, tempDir } from '../helpers/media.js';

/**
 * A first render waits for the first photo's analysis; the photos are decoded meanwhile, into the
 * decoded-photo cache, so the plates built once the analysis is in read them instead of decoding again —
 * and the frames are the same as a render that waited for nothing.
 */
const dir = tempDir('joy-decode-ahead-');
after(() => rmSync(dir, { recursive: true, force: true }));

test('photos decode while the analysis is awaited, and the plates then use those decodes', async () => {
  const names = ['a.jpg', 'b.jpg', 'c.jpg'];
  for (const [k, name] of names.entries())
    await makePhoto(join(dir, name), { width: 1200 + 40 * k, height: 900, hue: 50 * k });
  const draft = applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 320, height: 568 },
    {
      type: 'addMedia',
      media: names.map((name) => ({ uri: name, kind: 'image' as const, name })),
      durationMs: 1000,
    },
    { type: 'setFit', name: 'cover', index: 0 },
    { type: 'setFit', name: 'blur', index: 1 },
  ]).draft;
  const folder = join(dir, 'decoded');
  const decodeCache = new DecodeCache(folder);
  let analysed: () => void = () => undefined;
  const analysis = new Promise<void>((resolve) => {
    analysed = resolve;
  });
  const pending = (index: number): Promise<VideoSegment> | undefined =>
    analysis.then(() => draft.video[index]!);
  const late = createFrameRenderer(draft, { resolve: fileResolver(dir), pending, decodeCache });
  const plain = createFrameRenderer(draft, { resolve: fileResolver(dir) });
  try {
    const first = late.renderFrame(0);
    // Nothing can be drawn yet, but every photo decodes into the cache meanwhile.
    const deadline = Date.now() + 20_000;
    while (entries(folder) < names.length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(entries(folder), names.length, 'each photo decoded while the analysis was awaited');
    analysed();
    const frame = await first;
    const expected = await plain.renderFrame(0);
    assert.ok(Buffer.from(frame.y).equals(Buffer.from(expected.y)), 'the same first frame');
    const last = late.frameCount - 1;
    const [lateLast, plainLast] = [await late.renderFrame(last), await plain.renderFrame(last)];
    assert.ok(Buffer.from(lateLast.y).equals(Buffer.from(plainLast.y)), 'the same last frame');
    assert.equal(entries(folder), names.length, 'the plates read the entries decoded ahead, none again');
  } finally {
    late.close();
    plain.close();
  }
});

function entries(folder: string): number {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.rgb')).length;
  } catch {
    return 0;
  }
}
