import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { resolveParams } from '../../../src/catalog/index.js';
import { effects } from '../../../src/render/effects.js';
import { createFrame } from '../../../src/render/frame.js';
import { gradientA, gradientB, renderTransition, sha256 } from './helpers.js';

/**
 * Golden hashes of every transition at five progress points and every look (colour table and finished
 * frames), on tiny synthetic frames. Any change to a plug-in's pixels shows here. After an intended
 * change: `JOY_UPDATE_GOLDEN=1 npm test -- render/plugins` rewrites golden.json; review its diff.
 */
const GOLDEN_PATH = new URL('./golden.json', import.meta.url);
const update = process.env.JOY_UPDATE_GOLDEN === '1';
const golden = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as Record<string, string>;
const actual: Record<string, string> = {};

function check(key: string, hash: string): void {
  actual[key] = hash;
  if (update) return;
  const expected = golden[key];
  assert.ok(expected, `no golden hash for ${key}: run JOY_UPDATE_GOLDEN=1 npm test -- render/plugins`);
  assert.equal(
    hash,
    expected,
    `${key} changed; if intended, run JOY_UPDATE_GOLDEN=1 npm test -- render/plugins`,
  );
}

const a = gradientA();
const b = gradientB();

for (const plugin of effects.transitions.list()) {
  test(`golden: transition ${plugin.name}`, () => {
    for (const p of [0, 0.25, 0.5, 0.75, 1])
      check(`transition/${plugin.name}@${p}`, sha256(renderTransition(plugin, a, b, p).out.data));
  });
}

for (const plugin of effects.looks.list()) {
  test(`golden: look ${plugin.name}`, () => {
    const params = resolveParams(plugin, {});
    if (plugin.color) {
      const table = new Float64Array(3 * 6 * 6 * 6 * 2);
      let i = 0;
      for (const strength of [0.5, 1]) {
        for (let r = 0; r <= 255; r += 51) {
          for (let g = 0; g <= 255; g += 51) {
            for (let bl = 0; bl <= 255; bl += 51) {
              // Rounded to 1/1000 so harmless floating-point noise cannot fail the test.
              for (const value of plugin.color(r, g, bl, strength, params))
                table[i++] = Math.round(value * 1000) / 1000;
            }
          }
        }
      }
      check(`look/${plugin.name}/color`, sha256(table));
    }
    if (plugin.finish) {
      for (const frameIndex of [0, 1, 250]) {
        const frame = createFrame(64, 36);
        frame.data.set(gradientA(64, 36).data);
        plugin.finish(frame, frameIndex, 0.8, params);
        check(`look/${plugin.name}/finish@${frameIndex}`, sha256(frame.data));
      }
    }
  });
}

after(() => {
  if (!update) return;
  const sorted = Object.fromEntries(Object.entries(actual).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  writeFileSync(GOLDEN_PATH, `${JSON.stringify(sorted, null, 2)}\n`);
});
