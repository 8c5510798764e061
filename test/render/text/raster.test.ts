import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { safeAreaFor } from '../../../src/model/presets.js';
import { effects } from '../../../src/render/effects.js';
import { createFrame, fillFrame, rgbToYuv } from '../../../src/render/frame.js';
import {
  bitmapToOverlay,
  drawOverlay,
  prepareTextOverlay,
  renderTextBitmap,
  TextOverlayCache,
  type TextSpec,
} from '../../../src/render/text/index.js';

const CANVAS = { width: 640, height: 360 };
const SAFE = safeAreaFor(undefined, CANVAS.width, CANVAS.height);
const spec = (text: string, extra: Partial<TextSpec> = {}): TextSpec => ({
  text,
  position: 'center',
  size: 1,
  color: '#ffffff',
  style: { name: 'clean' },
  ...extra,
});
const litPixels = (rgba: Uint8ClampedArray) => {
  let count = 0;
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! > 0) count++;
  return count;
};

describe('text raster', () => {
  test('加标题：我们的夏天 renders glyphs, wider than one character', async () => {
    const bitmap = await renderTextBitmap(spec('加标题：我们的夏天'), CANVAS, SAFE);
    assert.ok(litPixels(bitmap.rgba) > 500, `${litPixels(bitmap.rgba)} lit pixels`);
    assert.ok(bitmap.width > 3 * bitmap.layout.fontSize, 'several glyphs wide');
    assert.equal(bitmap.rgba.length, bitmap.width * bitmap.height * 4);
    assert.ok(
      bitmap.left % 2 === 0 && bitmap.top % 2 === 0 && bitmap.width % 2 === 0 && bitmap.height % 2 === 0,
    );
  });

  test('emoji, flags and ZWJ sequences do not throw', async () => {
    const bitmap = await renderTextBitmap(spec('Party 🎉🎉 👨‍👩‍👧 🇨🇳 time'), CANVAS, SAFE);
    assert.ok(litPixels(bitmap.rgba) > 0);
  });

  test('emoji are drawn in colour (from the shipped Noto Color Emoji), letters in the text colour', async () => {
    const colourful = (rgba: Uint8ClampedArray) => {
      let count = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        if (rgba[i + 3]! < 200) continue;
        const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 80) count++;
      }
      return count;
    };
    const plain = { style: { name: 'clean' }, color: '#ffffff' } as Partial<TextSpec>;
    const letters = await renderTextBitmap(spec('Sunny day', plain), CANVAS, SAFE);
    const emoji = await renderTextBitmap(spec('Sunny 😀🌴 day', plain), CANVAS, SAFE);
    assert.equal(colourful(letters.rgba), 0, 'white letters have no colour');
    assert.ok(colourful(emoji.rgba) > 100, `the emoji are in colour: ${colourful(emoji.rgba)} px`);
  });

  test('every style renders, inside the 9:16 TikTok safe area at every position', async () => {
    const canvas = { width: 540, height: 960 };
    const safe = safeAreaFor('tiktok', canvas.width, canvas.height);
    const text = 'Our summer by the sea 我们的夏天 — a long caption that wraps';
    for (const style of effects.textStyles.names()) {
      for (const position of ['top', 'center', 'bottom', 'lower-third'] as const) {
        const bitmap = await renderTextBitmap(spec(text, { style: { name: style }, position }), canvas, safe);
        assert.ok(litPixels(bitmap.rgba) > 200, `${style} draws`);
        // Bitmaps are aligned out to even pixels: at most 2 px past the exact safe area.
        assert.ok(bitmap.left >= canvas.width * safe.left - 2, `${style}/${position} left`);
        assert.ok(
          bitmap.left + bitmap.width <= canvas.width * (1 - safe.right) + 2,
          `${style}/${position} right`,
        );
        assert.ok(bitmap.top >= canvas.height * safe.top - 2, `${style}/${position} top`);
        assert.ok(
          bitmap.top + bitmap.height <= canvas.height * (1 - safe.bottom) + 2,
          `${style}/${position} bottom`,
        );
      }
    }
  });

  test('typewriter: characters appear in place, never reflowed', async () => {
    const full = await renderTextBitmap(spec('Hello typewriter'), CANVAS, SAFE);
    const none = await renderTextBitmap(spec('Hello typewriter'), CANVAS, SAFE, 0);
    const some = await renderTextBitmap(spec('Hello typewriter'), CANVAS, SAFE, 5);
    assert.equal(litPixels(none.rgba), 0);
    assert.ok(litPixels(some.rgba) > 0 && litPixels(some.rgba) < litPixels(full.rgba));
    assert.deepEqual(
      [some.left, some.top, some.width, some.height],
      [full.left, full.top, full.width, full.height],
    );
    // "Hello" sits where it sits in the full line: its left-most lit column is the same.
    const firstColumn = (rgba: Uint8ClampedArray, width: number) => {
      let min = width;
      for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! > 128) min = Math.min(min, ((i - 3) / 4) % width);
      return min;
    };
    assert.equal(firstColumn(some.rgba, some.width), firstColumn(full.rgba, full.width));
  });
});

describe('overlays on YUV frames', () => {
  test('white text brightens the frame where it is drawn; opacity 0 changes nothing', async () => {
    const overlay = await prepareTextOverlay(spec('Summer'), CANVAS, SAFE);
    assert.ok(!overlay.empty);
    assert.equal(overlay.u.length, (overlay.width / 2) * (overlay.height / 2));
    const frame = createFrame(CANVAS.width, CANVAS.height);
    fillFrame(frame, rgbToYuv(0, 0, 0));
    const before = Uint8Array.from(frame.data);
    drawOverlay(frame, overlay, 0);
    assert.deepEqual(frame.data, before);
    drawOverlay(frame, overlay, 1);
    assert.ok(frame.y.reduce((max, v) => Math.max(max, v), 0) >= 230, 'solid glyph pixels are white');
    for (let i = 0; i < frame.y.length; i++) {
      const row = Math.floor(i / CANVAS.width);
      const col = i % CANVAS.width;
      const inside =
        col >= overlay.left &&
        col < overlay.left + overlay.width &&
        row >= overlay.top &&
        row < overlay.top + overlay.height;
      if (!inside) assert.equal(frame.y[i], before[i]);
    }
  });

  test('full alpha at full opacity replaces pixels exactly; chroma of opaque blocks is exact', () => {
    const rgba = new Uint8ClampedArray(4 * 4 * 4);
    for (let i = 0; i < 16; i++) rgba.set([255, 0, 0, i < 8 ? 255 : 0], 4 * i);
    const overlay = bitmapToOverlay({ left: 2, top: 2, width: 4, height: 4, rgba });
    const frame = createFrame(8, 8);
    fillFrame(frame, [100, 128, 128]);
    drawOverlay(frame, overlay, 1);
    const [ry, ru, rv] = rgbToYuv(255, 0, 0);
    assert.equal(frame.y[2 * 8 + 2], ry);
    assert.equal(frame.y[4 * 8 + 2], 100, 'transparent rows untouched');
    assert.equal(frame.u[1 * 4 + 1], ru);
    assert.equal(frame.v[1 * 4 + 1], rv);
  });

  test('vertical offsets move the overlay and clip at the frame edge', () => {
    const rgba = new Uint8ClampedArray(2 * 2 * 4).fill(255);
    const overlay = bitmapToOverlay({ left: 0, top: 0, width: 2, height: 2, rgba });
    const frame = createFrame(4, 4);
    fillFrame(frame, [16, 128, 128]);
    drawOverlay(frame, overlay, 1, 2);
    assert.equal(frame.y[3 * 4], 235);
    assert.equal(frame.y[2 * 4 + 1], 235);
    assert.equal(frame.y[0], 16);
    drawOverlay(frame, overlay, 1, -10);
    drawOverlay(frame, overlay, 1, 100);
  });

  test('the cache rasterises a segment once', async () => {
    const cache = new TextOverlayCache(4);
    const one = await cache.get(spec('Cached'), CANVAS, SAFE);
    const two = await cache.get(spec('Cached'), CANVAS, SAFE, Number.POSITIVE_INFINITY);
    const three = await cache.get(spec('Cached'), CANVAS, SAFE, 100);
    assert.equal(one, two);
    assert.equal(one, three, 'more visible characters than the text has is the full text');
    assert.notEqual(await cache.get(spec('Cached'), CANVAS, SAFE, 2), one);
  });
});
