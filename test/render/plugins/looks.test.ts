import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveParams } from '../../../src/catalog/index.js';
import { effects } from '../../../src/render/effects.js';
import { createFrame, rgbToYuv } from '../../../src/render/frame.js';

const SAMPLES: [number, number, number][] = [
  [0, 0, 0],
  [255, 255, 255],
  [128, 128, 128],
  [200, 60, 40],
  [30, 120, 220],
  [240, 220, 90],
  [12, 200, 80],
];

function colorOf(
  name: string,
  rgb: [number, number, number],
  strength = 1,
  params = {},
): [number, number, number] {
  const plugin = effects.looks.get(name);
  assert.ok(plugin.color, `${name} has a colour transform`);
  return plugin.color(rgb[0], rgb[1], rgb[2], strength, resolveParams(plugin, params));
}

describe('every look', () => {
  for (const plugin of effects.looks.list()) {
    if (!plugin.color) continue;
    test(`${plugin.name}: strength 0 is the identity, outputs stay in 0–255, pure`, () => {
      const params = resolveParams(plugin, {});
      for (let r = 0; r <= 255; r += 51) {
        for (let g = 0; g <= 255; g += 51) {
          for (let b = 0; b <= 255; b += 51) {
            assert.deepEqual(plugin.color!(r, g, b, 0, params), [r, g, b]);
            const out = plugin.color!(r, g, b, 1, params);
            for (const value of out)
              assert.ok(value >= 0 && value <= 255 && Number.isFinite(value), `${value}`);
            assert.deepEqual(plugin.color!(r, g, b, 1, params), out);
          }
        }
      }
    });

    test(`${plugin.name}: half strength lies between the original and the full look`, () => {
      for (const rgb of SAMPLES) {
        const full = colorOf(plugin.name, rgb, 1);
        const half = colorOf(plugin.name, rgb, 0.5);
        for (let k = 0; k < 3; k++) assert.ok(Math.abs(half[k]! - (rgb[k]! + full[k]!) / 2) < 1e-9);
      }
    });
  }
});

describe('colour directions', () => {
  test('bright lifts shadows and midtones, keeps black, white and greys, and more lift is brighter', () => {
    assert.deepEqual(colorOf('bright', [0, 0, 0]), [0, 0, 0]);
    assert.deepEqual(colorOf('bright', [255, 255, 255]), [255, 255, 255]);
    const grey = colorOf('bright', [128, 128, 128]);
    assert.ok(grey[0] > 150 && grey[0] < 180, `${grey}`);
    assert.ok(grey[0] === grey[1] && grey[1] === grey[2]);
    for (const rgb of SAMPLES) {
      const out = colorOf('bright', rgb);
      for (let k = 0; k < 3; k++) assert.ok(out[k]! >= rgb[k]!, `${rgb} → ${out}`);
    }
    assert.ok(colorOf('bright', [60, 60, 60], 1, { lift: 1 })[0] > colorOf('bright', [60, 60, 60])[0]);
  });

  test('dark deepens shadows and midtones, keeps black, white and greys, and more depth is darker', () => {
    assert.deepEqual(colorOf('dark', [0, 0, 0]), [0, 0, 0]);
    assert.deepEqual(colorOf('dark', [255, 255, 255]), [255, 255, 255]);
    const grey = colorOf('dark', [128, 128, 128]);
    assert.ok(grey[0] > 80 && grey[0] < 100, `${grey}`);
    assert.ok(grey[0] === grey[1] && grey[1] === grey[2]);
    for (const rgb of SAMPLES) {
      const out = colorOf('dark', rgb);
      for (let k = 0; k < 3; k++) assert.ok(out[k]! <= rgb[k]!, `${rgb} → ${out}`);
    }
    // Highlights stay near white: a bright sky is not greyed.
    assert.ok(colorOf('dark', [250, 250, 250])[0] > 240);
    assert.ok(colorOf('dark', [160, 160, 160], 1, { depth: 1 })[0] < colorOf('dark', [160, 160, 160])[0]);
  });

  test('black-and-white removes chroma (u, v ≈ 128)', () => {
    for (const rgb of SAMPLES) {
      const [, u, v] = rgbToYuv(...colorOf('black-and-white', rgb));
      assert.ok(Math.abs(u - 128) <= 1 && Math.abs(v - 128) <= 1, `${rgb} → u ${u} v ${v}`);
    }
  });

  test('warm raises red against blue; cool the opposite', () => {
    const [r, , b] = colorOf('warm', [128, 128, 128]);
    assert.ok(r - b > 20);
    const [cr, , cb] = colorOf('cool', [128, 128, 128]);
    assert.ok(cb - cr > 20);
  });

  test('vivid saturates colours and leaves greys grey', () => {
    const spread = (c: number[]) => Math.max(...c) - Math.min(...c);
    assert.ok(spread(colorOf('vivid', [200, 60, 40])) > spread([200, 60, 40]));
    const grey = colorOf('vivid', [128, 128, 128]);
    assert.ok(spread(grey) < 1e-9);
  });

  test('matte and vintage lift the blacks and soften the whites', () => {
    for (const name of ['matte', 'vintage']) {
      const black = colorOf(name, [0, 0, 0]);
      const white = colorOf(name, [255, 255, 255]);
      assert.ok(Math.min(...black) > 10, `${name} black ${black}`);
      assert.ok(Math.max(...white) < 250 || Math.min(...white) < 245, `${name} white ${white}`);
    }
    const [r, , b] = colorOf('vintage', [128, 128, 128]);
    assert.ok(r > b, 'vintage is warm');
  });
});

describe('vintage finish (grain and vignette)', () => {
  const vintage = effects.looks.get('vintage');
  const params = resolveParams(vintage, {});
  const grey = () => {
    const frame = createFrame(64, 36);
    frame.y.fill(126);
    frame.u.fill(110);
    frame.v.fill(150);
    return frame;
  };

  test('deterministic per frame index, different between frames', () => {
    const one = grey();
    const again = grey();
    const next = grey();
    vintage.finish!(one, 7, 1, params);
    vintage.finish!(again, 7, 1, params);
    vintage.finish!(next, 8, 1, params);
    assert.deepEqual(one.data, again.data);
    assert.notDeepEqual(one.data, next.data);
  });

  test('strength 0 leaves the frame alone', () => {
    const frame = grey();
    vintage.finish!(frame, 3, 0, params);
    assert.deepEqual(frame.data, grey().data);
  });

  test('corners are darker than the centre; grain keeps the mean', () => {
    const frame = grey();
    vintage.finish!(frame, 0, 1, { ...params, grain: 0 });
    assert.ok(frame.y[0]! < frame.y[18 * 64 + 32]! - 10, 'vignette darkens the corner');
    assert.ok(Math.abs(frame.u[0]! - 128) < Math.abs(110 - 128), 'and its colour with it');
    const grainy = grey();
    vintage.finish!(grainy, 0, 1, { ...params, vignette: 0 });
    const mean = grainy.y.reduce((sum, v) => sum + v, 0) / grainy.y.length;
    assert.ok(Math.abs(mean - 126) < 1.5, `mean ${mean}`);
    assert.ok(
      grainy.y.some((v) => v !== 126),
      'grain is visible',
    );
  });
});
