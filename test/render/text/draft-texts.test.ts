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

test('a popping title grows about its centre: small and centred at first, full size once settled', async () => {
  const draft = emptyDraft({ aspect: '16:9', resolution: '540p' });
  draft.texts.push(
    textSegmentSchema.parse({
      id: 't1',
      text: 'Road Trip',
      startMs: 0,
      durationMs: 3000,
      animation: { name: 'pop' },
    }),
  );
  const overlays = createTextOverlays(draft);
  const canvas = { width: draft.canvas.width, height: draft.canvas.height };
  const at = async (elapsedMs: number) => {
    const [placement] = await overlays(
      {
        frameIndex: 0,
        timeMs: elapsedMs,
        main: undefined,
        transition: undefined,
        texts: [{ index: 0, elapsedMs, remainingMs: 3000 - elapsedMs }],
      },
      canvas,
    );
    assert.ok(placement);
    return placement;
  };
  const start = await at(30);
  const settled = await at(1000);
  assert.ok(start.image.width < settled.image.width * 0.8, `${start.image.width} vs ${settled.image.width}`);
  const centre = (p: typeof start) => [p.x + p.image.width / 2, p.y + p.image.height / 2];
  const [sx, sy] = centre(start);
  const [fx, fy] = centre(settled);
  assert.ok(Math.abs(sx! - fx!) <= 2, 'same centre across');
  assert.ok(Math.abs(sy! - fy!) <= 0.15 * settled.image.height + 2, 'about the same centre down');
  // The small copy is the same text: drawn, it lights up pixels, fewer than the full one.
  const lit = (p: typeof start) => {
    const frame = createFrame(canvas.width, canvas.height);
    fillFrame(frame, [16, 128, 128]);
    drawOverlay(frame, { ...p, opacity: 1 });
    return frame.y.reduce((count, v) => count + (v > 100 ? 1 : 0), 0);
  };
  const [small, full] = [lit(start), lit(settled)];
  assert.ok(small > 0.2 * full && small < 0.8 * full, `${small} vs ${full}`);
});
