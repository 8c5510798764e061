import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mix } from '../../../src/render/blend/index.js';
import { effects } from '../../../src/render/effects.js';
import { createFrame } from '../../../src/render/frame.js';
import {
  gradientA,
  gradientB,
  H,
  lumaAt,
  maxDiff,
  maxLumaDiff,
  renderTransition,
  sha256,
  sharpness,
  stripes,
  variation,
  W,
} from './helpers.js';
import { placeLayer } from './reference-blend.js';

const a = gradientA();
const b = gradientB();
const get = (name: string) => effects.transitions.get(name);

describe('every transition', () => {
  for (const plugin of effects.transitions.list()) {
    test(`${plugin.name}: starts on the outgoing photo, ends on the incoming one, writes every pixel`, () => {
      assert.ok(maxDiff(renderTransition(plugin, a, b, 0).out.data, a.data) <= 1, 'progress 0 shows a');
      assert.ok(maxDiff(renderTransition(plugin, a, b, 1).out.data, b.data) <= 1, 'progress 1 shows b');
      for (const p of [0.25, 0.5, 0.75]) {
        const first = renderTransition(plugin, a, b, p).out;
        assert.ok(!first.data.every((value) => value === 77), `progress ${p} writes the output`);
        assert.equal(sha256(renderTransition(plugin, a, b, p).out.data), sha256(first.data), 'deterministic');
      }
    });

    test(`${plugin.name}: never holds two renderings of one layer in the same slot`, () => {
      for (const p of [0.3, 0.6]) {
        const { calls } = renderTransition(plugin, a, b, p);
        const seen = new Set<string>();
        for (const call of calls) {
          const key = `${call.which}:${call.slot}`;
          assert.ok(!seen.has(key), `${key} requested twice: the second rendering would overwrite the first`);
          seen.add(key);
        }
      }
    });
  }
  test('there are at least 14 transitions', () => assert.ok(effects.transitions.list().length >= 14));
});

describe('placeLayer (reference resampler)', () => {
  test('identity copies, whole-pixel moves shift exactly, edge pixels repeat', () => {
    const out = createFrame(W, H);
    placeLayer(out, a, undefined);
    assert.equal(maxDiff(out.data, a.data), 0);
    placeLayer(out, a, { dx: 4 / W });
    for (let col = 4; col < W; col++) assert.equal(lumaAt(out, col, 3), lumaAt(a, col - 4, 3));
    for (let col = 0; col < 4; col++) assert.equal(lumaAt(out, col, 3), lumaAt(a, 0, 3));
  });

  test('half-pixel moves interpolate, scale 2 about the centre keeps the centre', () => {
    const out = createFrame(W, H);
    placeLayer(out, a, { dx: 0.5 / W });
    const expected = (lumaAt(a, 9, 0) + lumaAt(a, 10, 0)) / 2;
    assert.ok(Math.abs(lumaAt(out, 10, 0) - expected) <= 1);
    placeLayer(out, a, { scale: 2 });
    // Output pixels 15 and 16 straddle the centre: they sample a at 15.25 and 15.75.
    assert.ok(Math.abs(lumaAt(out, 16, 0) - (0.25 * lumaAt(a, 15, 0) + 0.75 * lumaAt(a, 16, 0))) <= 1);
  });
});

describe('slides and pushes', () => {
  test('slide-left at 0.5: left half is the outgoing photo, right half the incoming one', () => {
    const { out } = renderTransition(get('slide-left'), a, b, 0.5);
    assert.ok(maxLumaDiff(out, a, 0, W / 2, 0, H) <= 1);
    assert.ok(maxLumaDiff(out, b, W / 2, W, 0, H) <= 1);
  });

  test('slide-up at 0.5: top half outgoing, bottom half incoming (b moved up by half)', () => {
    const { out } = renderTransition(get('slide-up'), a, b, 0.5);
    assert.ok(maxLumaDiff(out, a, 0, W, 0, H / 2) <= 1);
    for (let row = H / 2; row < H; row++)
      assert.ok(Math.abs(lumaAt(out, 5, row) - lumaAt(b, 5, row - H / 2)) <= 1);
  });

  test('slide-right and slide-down enter from the other sides', () => {
    const right = renderTransition(get('slide-right'), a, b, 0.25).out;
    assert.ok(maxLumaDiff(right, a, W / 4, W, 0, H) <= 1, 'right three quarters still a');
    const down = renderTransition(get('slide-down'), a, b, 0.25).out;
    assert.ok(maxLumaDiff(down, a, 0, W, Math.ceil(H / 4) + 1, H) <= 1, 'bottom still a');
  });

  test('push-left at 0.5: the outgoing photo moved left by half, the incoming one fills the right', () => {
    const { out } = renderTransition(get('push-left'), a, b, 0.5);
    for (let col = 0; col < W / 2; col++)
      assert.ok(Math.abs(lumaAt(out, col, 4) - lumaAt(a, col + W / 2, 4)) <= 1);
    assert.ok(maxLumaDiff(out, b, W / 2, W, 0, H) <= 1);
  });

  test('moving edges are anti-aliased: a fractional position gives a blended edge column', () => {
    // The incoming edge at 0.5 + 0.5 px: column 16 is half covered.
    const p = 0.5 - 0.5 / W;
    const { out } = renderTransition(get('slide-left'), a, b, p);
    const edge = lumaAt(out, W / 2, 2);
    const mixed = (lumaAt(a, W / 2, 2) + lumaAt(b, W / 2, 2)) / 2;
    assert.ok(Math.abs(edge - mixed) <= 2, `edge ${edge} ≈ ${mixed}`);
  });

  test('sub-pixel steps change the picture a little every time, never by whole-pixel jumps', () => {
    const plugin = get('push-right');
    let previous = renderTransition(plugin, a, b, 0.3).out;
    for (let k = 1; k <= 10; k++) {
      const next = renderTransition(plugin, a, b, 0.3 + k * (0.1 / W)).out;
      // Each step moves 0.1 px: the seam pixel changes by a tenth of the jump across it, not all of it.
      const change = maxDiff(next.y, previous.y);
      assert.ok(change > 0 && change <= 30, `step ${k}: ${change}`);
      previous = next;
    }
  });
});

describe('wipes', () => {
  test('wipe-left with no softness at 0.5 splits the picture exactly', () => {
    const { out } = renderTransition(get('wipe-left'), a, b, 0.5, { softness: 0 });
    assert.ok(maxLumaDiff(out, a, 0, W / 2, 0, H) <= 1);
    assert.ok(maxLumaDiff(out, b, W / 2, W, 0, H) <= 1);
  });

  test('the soft edge is a gradient, and coverage only grows with progress', () => {
    const plugin = get('wipe-right');
    const soft = renderTransition(plugin, a, b, 0.5, { softness: 0.5 }).out;
    const hard = renderTransition(plugin, a, b, 0.5, { softness: 0 }).out;
    assert.ok(variation(soft, 'x') !== variation(hard, 'x'));
    const flatA = createFrame(W, H);
    const flatB = createFrame(W, H);
    flatA.data.fill(40);
    flatB.data.fill(200);
    let last = -1;
    for (let p = 0; p <= 1.0001; p += 0.1) {
      const mean = renderTransition(get('wipe-down'), flatA, flatB, p).out.y.reduce((sum, v) => sum + v, 0);
      assert.ok(mean >= last, `p ${p.toFixed(1)}`);
      last = mean;
    }
  });
});

describe('zooms, iris, blur and whip', () => {
  test('circle: the centre shows the incoming photo first', () => {
    const { out } = renderTransition(get('circle'), a, b, 0.25);
    assert.ok(Math.abs(lumaAt(out, W / 2, H / 2) - lumaAt(b, W / 2, H / 2)) <= 1, 'centre is b');
    assert.ok(Math.abs(lumaAt(out, 0, 0) - lumaAt(a, 0, 0)) <= 1, 'corner is still a');
  });

  test('circle: `x` and `y` move the centre of the iris', () => {
    const { out } = renderTransition(get('circle'), a, b, 0.2, { x: 0.1, y: 0.1 });
    assert.ok(Math.abs(lumaAt(out, 3, 1) - lumaAt(b, 3, 1)) <= 1);
    assert.ok(Math.abs(lumaAt(out, W - 1, H - 1) - lumaAt(a, W - 1, H - 1)) <= 1);
  });

  test('zoom-out: the shrinking photo uncovers the incoming one at the edges', () => {
    const { out } = renderTransition(get('zoom-out'), a, b, 0.5);
    assert.ok(Math.abs(lumaAt(out, 0, 0) - lumaAt(b, 0, 0)) <= 1);
    const centre = lumaAt(out, W / 2, H / 2);
    const expected = (lumaAt(a, W / 2, H / 2) + lumaAt(b, W / 2, H / 2)) / 2;
    assert.ok(Math.abs(centre - expected) <= 3, 'centre mixes half and half');
  });

  test('zoom-in: the outgoing photo is enlarged about the centre while it mixes', () => {
    const { out, calls } = renderTransition(get('zoom-in'), a, b, 0.5);
    const placed = calls.find((call) => call.which === 'a')?.placement;
    assert.ok((placed?.scale ?? 1) > 1);
    const reference = createFrame(W, H);
    const scaled = createFrame(W, H);
    placeLayer(scaled, a, placed);
    mix(reference, scaled, b, 0.5);
    assert.ok(maxDiff(out.data, reference.data) <= 1);
  });

  test('blur-dissolve: softer than a plain crossfade at the midpoint', () => {
    const s = stripes('x');
    const t = stripes('y');
    const blurred = renderTransition(get('blur-dissolve'), s, t, 0.5, { blur: 0.1 }).out;
    const plain = renderTransition(get('crossfade'), s, t, 0.5).out;
    assert.ok(variation(blurred, 'x') < 0.5 * variation(plain, 'x'));
    assert.ok(variation(blurred, 'y') < 0.5 * variation(plain, 'y'));
  });

  test('whip-pan: blurs horizontally only, most at the midpoint', () => {
    const vertical = stripes('x', 32, 128, 18);
    const horizontal = stripes('y', 4, 128, 18);
    const plugin = get('whip-pan');
    const mid = renderTransition(plugin, vertical, vertical, 0.5).out;
    const early = renderTransition(plugin, vertical, vertical, 0.1).out;
    assert.equal(sharpness(vertical, 'x'), 180);
    assert.ok(sharpness(mid, 'x') < 180 / 10, 'edges across the move are smeared over 10+ pixels');
    assert.ok(sharpness(early, 'x') > 2 * sharpness(mid, 'x'), 'less blur away from the midpoint');
    const rows = renderTransition(plugin, horizontal, horizontal, 0.5).out;
    assert.ok(maxDiff(rows.y, horizontal.y) <= 1, 'detail along the move is kept');
  });

  test('whip-pan: direction right moves the pictures the other way', () => {
    const left = renderTransition(get('whip-pan'), a, b, 0.5, { direction: 'left', blur: 0 }).out;
    const right = renderTransition(get('whip-pan'), a, b, 0.5, { direction: 'right', blur: 0 }).out;
    assert.ok(maxLumaDiff(left, b, W / 2, W, 0, H) <= 1, 'left: b enters from the right');
    assert.ok(maxLumaDiff(right, b, 0, W / 2, 0, H) <= 1, 'right: b enters from the left');
  });
});
