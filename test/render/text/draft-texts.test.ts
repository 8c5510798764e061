import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textSegmentSchema } from '../../../src/model/draft.js';
import { emptyDraft } from '../../../src/model/new-draft.js';
import { createFrame, fillFrame } from '../../../src/render/frame.js';
import { drawOverlay } from '../../../src/render/overlay.js';
import { createTextOverlays } from '../../../src/render/text/index.js';

test('createTextOverlays draws a draft’s visible texts with their animation state', async () => {
  const draft = emptyDraft({ aspect: '9:16', resolution: '540p' });
  draft.meta.preset = 'tiktok';
  draft.texts.push(
    textSegmentSchema.parse({
      id: 't1',
      text: '我们的夏天',
      startMs: 0,
      durationMs: 3000,
      animation: { name: 'typewriter' },
    }),
    textSegmentSchema.parse({
      id: 't2',
      text: 'Summer',
      startMs: 0,
      durationMs: 3000,
      animation: { name: 'fade' },
      position: 'bottom',
    }),
  );
  const overlays = createTextOverlays(draft);
  const canvas = { width: draft.canvas.width, height: draft.canvas.height };
  const planned = (elapsedMs: number) => ({
    frameIndex: 0,
    timeMs: elapsedMs,
    main: undefined,
    transition: undefined,
    texts: [
      { index: 0, elapsedMs, remainingMs: 3000 - elapsedMs },
      { index: 1, elapsedMs, remainingMs: 3000 - elapsedMs },
    ],
  });
  const litAt = async (elapsedMs: number) => {
    const frame = createFrame(canvas.width, canvas.height);
    fillFrame(frame, [16, 128, 128]);
    for (const placement of await overlays(planned(elapsedMs), canvas)) drawOverlay(frame, placement);
    return frame.y.reduce((count, v) => count + (v > 100 ? 1 : 0), 0);
  };
  // At 0 ms the fade is at opacity 0 and the typewriter shows no characters yet.
  assert.equal(await litAt(0), 0);
  const early = await litAt(300);
  const later = await litAt(1500);
  assert.ok(early > 0 && later > early, `${early} → ${later}`);
});
