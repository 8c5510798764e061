import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveParams } from '../../../src/catalog/index.js';
import { effects } from '../../../src/render/effects.js';

const state = (name: string, elapsed: number, remaining: number, length = 10, params = {}) => {
  const plugin = effects.textAnimations.get(name);
  return plugin.state(elapsed, remaining, length, resolveParams(plugin, params));
};

test('every animation settles to fully visible, in place, in the middle of a long text', () => {
  for (const name of effects.textAnimations.names()) {
    const s = state(name, 5000, 5000);
    assert.equal(s.opacity, 1, name);
    assert.ok(Math.abs(s.dy) < 1e-9, name);
    assert.equal(s.visibleChars, Number.POSITIVE_INFINITY, name);
    assert.ok(Math.abs((s.scale ?? 1) - 1) < 1e-9, name);
  }
});

test('slide-up rises from below while fading in', () => {
  const start = state('slide-up', 0, 3000);
  assert.equal(start.opacity, 0);
  assert.ok(start.dy > 0);
  const mid = state('slide-up', 250, 3000);
  assert.ok(mid.dy > 0 && mid.dy < start.dy && mid.opacity > 0);
  assert.ok(state('slide-up', 2900, 100).opacity < 1, 'fades out at the end');
});

test('typewriter reveals characters over its duration', () => {
  let last = -1;
  for (let t = 0; t <= 1200; t += 100) {
    const { visibleChars } = state('typewriter', t, 5000, 20);
    assert.ok(visibleChars >= last);
    last = visibleChars;
  }
  assert.equal(state('typewriter', 0, 5000, 20).visibleChars, 0);
  assert.equal(state('typewriter', 600, 5000, 20).visibleChars, 10);
  assert.equal(state('typewriter', 1200, 5000, 20).visibleChars, Number.POSITIVE_INFINITY);
});

test('pop grows from small past its size, then settles', () => {
  const scales = [0, 100, 200, 300, 380].map((t) => state('pop', t, 5000).scale!);
  assert.ok(Math.abs(scales[0]! - 0.6) < 1e-9);
  assert.ok(Math.max(...scales) > 1.02, `overshoots: ${scales}`);
  assert.ok(Math.abs(scales[4]! - 1) < 1e-9);
  assert.ok(state('pop', 0, 5000).dy > 0, 'rises a touch');
});
