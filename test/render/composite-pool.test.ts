import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileResolver } from '../../src/make/local-files.js';
import { applyCommands, emptyDraft } from '../../src/model/index.js';
import { createFrameRenderer } from '../../src/render/frame-renderer.js';
import { createTextOverlays } from '../../src/render/text/draft-texts.js';
import { makePhoto, tempDir } from '../helpers/media.js';
import { assertThreadsMatchLocal } from '../helpers/threads.js';

test('compositing threads produce exactly the frames the local compositor does', async () => {
  const dir = tempDir();
  await makePhoto(join(dir, 'a.png'), { width: 200, height: 150, format: 'png' });
  await makePhoto(join(dir, 'b.png'), { width: 200, height: 150, format: 'png', hue: 90 });
  const draft = applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 192, height: 108 },
    {
      type: 'addMedia',
      media: [
        { uri: 'a.png', kind: 'image', width: 200, height: 150 },
        { uri: 'b.png', kind: 'image', width: 200, height: 150 },
      ],
      durationMs: 1000,
    },
    { type: 'setTransition', name: 'circle', durationMs: 400 },
    { type: 'setLook', name: 'vintage', strength: 0.8 },
    { type: 'addText', text: 'Road Trip', role: 'title', animation: 'none' },
  ]).draft;
  const renderer = createFrameRenderer(draft, {
    resolve: fileResolver(dir),
    overlays: createTextOverlays(draft),
  });
  try {
    for (const n of [5, 20, 24, 30]) {
      const plan = await renderer.plan(n);
      assert.ok(plan.overlays.length > 0 || n >= 30, `frame ${n} carries the title`);
    }
    await assertThreadsMatchLocal(renderer, [5, 20, 24, 30]);
  } finally {
    renderer.close();
  }
});
