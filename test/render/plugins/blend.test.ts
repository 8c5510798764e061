import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  blurFrameHorizontal,
  blurFrameSmooth,
  boxBlurRows,
  mixLinear,
  mixRadial,
  mixRect,
  placedRect,
  smoothstep,
} from '../../../src/render/blend/index.js';
import { createFrame, type Frame } from '../../../src/render/frame.js';
import { maxDiff } from './helpers.js';
import { buildLinearMask, buildRadialMask, buildRectMask, mixMasked } from './reference-blend.js';

function noise(width: number, height: number, seed: number): Frame {
  const frame = createFrame(width, height);
  let state = seed;
  for (let i = 0; i < frame.data.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    frame.data[i] = state >>> 24;
  }
  return frame;
}

const W = 48;
const H = 26;
const a = noise(W, H, 1);
const b = noise(W, H, 2);

describe('fast blends equal the generic mask path', () => {
  test('mixRect ≈ mixMasked(buildRectMask) for moved and scaled layers, at any opacity', () => {
    const placements = [
      { dx: 0.37 },
      { dx: -0.61 },
      { dy: 0.23 },
      { dy: -0.9 },
      { scale: 0.71 },
      { dx: 0.1, dy: -0.13, scale: 0.8 },
    ];
    for (const placement of placements) {
      const rect = placedRect(W, H, placement);
      const fast = createFrame(W, H);
      const generic = createFrame(W, H);
      mixRect(fast, a, b, rect);
      mixMasked(generic, a, b, buildRectMask(W, H, rect));
      assert.equal(maxDiff(fast.y, generic.y), 0, JSON.stringify(placement));
      // Chroma coverage is computed at chroma size rather than averaged from rounded luma weights.
      assert.ok(maxDiff(fast.data, generic.data) <= 1, JSON.stringify(placement));
      // With opacity the weights round once more: within one level.
      mixRect(fast, a, b, rect, 0.4);
      const mask = buildRectMask(W, H, rect);
      for (const plane of [mask.y, mask.c])
        for (let i = 0; i < plane.length; i++) plane[i] = Math.round(plane[i]! * 0.4);
      mixMasked(generic, a, b, mask);
      assert.ok(maxDiff(fast.data, generic.data) <= 1, JSON.stringify(placement));
    }
  });

  test('mixLinear = mixMasked(buildLinearMask) on both axes', () => {
    for (const axis of ['x', 'y'] as const) {
      for (const edge of [-3, 5.3, 11.5, 20.25, 60]) {
        const coverage = (position: number) => smoothstep((position - edge) / 4 + 0.5);
        const fast = createFrame(W, H);
        const generic = createFrame(W, H);
        mixLinear(fast, a, b, axis, coverage);
        mixMasked(generic, a, b, buildLinearMask(W, H, axis, coverage));
        assert.equal(maxDiff(fast.data, generic.data), 0, `${axis} ${edge}`);
      }
    }
  });

  test('mixRadial luma = mixMasked(buildRadialMask) luma', () => {
    for (const [cx, cy, radius, band] of [
      [24, 13, 8, 2],
      [3, 20, 30, 9],
      [24, 13, -2, 1],
      [40, 2, 100, 0],
      [24.3, 12.7, 12.2, 5.5],
    ] as const) {
      const fast = createFrame(W, H);
      const generic = createFrame(W, H);
      mixRadial(fast, a, b, cx, cy, radius, band);
      mixMasked(generic, a, b, buildRadialMask(W, H, cx, cy, radius, band));
      assert.equal(maxDiff(fast.y, generic.y), 0, `${cx},${cy} r${radius}`);
    }
  });
});

describe('blurs', () => {
  test('boxBlurRows keeps flat rows flat and the mean of a row', () => {
    const plane = new Uint8Array(64).fill(90);
    boxBlurRows(plane, 64, 1, 7.4);
    assert.ok(plane.every((v) => v === 90));
    const ramp = Uint8Array.from({ length: 64 }, (_, i) => (i < 32 ? 20 : 220));
    boxBlurRows(ramp, 64, 1, 3.5);
    assert.ok(ramp[31]! > 20 && ramp[31]! < 220 && ramp[0] === 20 && ramp[63] === 220);
  });

  test('fractional radii blur progressively: no steps as the length grows', () => {
    const step = createFrame(64, 2);
    for (let col = 0; col < 64; col++) step.y[col] = step.y[64 + col] = col < 32 ? 16 : 235;
    let last = Number.POSITIVE_INFINITY;
    for (let length = 1; length <= 12; length += 0.25) {
      const frame = createFrame(64, 2);
      frame.data.set(step.data);
      blurFrameHorizontal(frame, length);
      const edge = Math.abs(frame.y[32]! - frame.y[31]!);
      assert.ok(edge <= last, `length ${length}`);
      last = edge;
    }
  });

  test('blurFrameSmooth: sigma 0 is the identity, larger sigma is smoother', () => {
    const frame = noise(W, H, 9);
    const copy = createFrame(W, H);
    copy.data.set(frame.data);
    blurFrameSmooth(copy, 0);
    assert.equal(maxDiff(copy.data, frame.data), 0);
    const spread = (f: Frame) => {
      let min = 255;
      let max = 0;
      for (const v of f.y) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      return max - min;
    };
    const soft = createFrame(W, H);
    soft.data.set(frame.data);
    blurFrameSmooth(soft, 1);
    const softer = createFrame(W, H);
    softer.data.set(frame.data);
    blurFrameSmooth(softer, 4);
    assert.ok(spread(softer) < spread(soft) && spread(soft) < spread(frame));
  });
});
