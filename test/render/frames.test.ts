import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileResolver } from '../../src/make/local-files.js';
import { applyCommands, type Draft, emptyDraft, type MediaRef } from '../../src/model/index.js';
import { frameToRgba } from '../../src/render/frame.js';
import { createFrameRenderer } from '../../src/render/frame-renderer.js';
import { renderDraft } from '../../src/render/render-draft.js';
import { makePhoto, readVideoFrame, tempDir } from '../helpers/media.js';

const dir = tempDir();
const GOLDEN = new URL('./golden-frames.json', import.meta.url);

/** Small PNGs: smaller than any plate, so they are decoded without resampling and hashes are exact. */
async function photos(): Promise<MediaRef[]> {
  const refs: MediaRef[] = [];
  for (const [name, width, height, hue] of [
    ['g1.png', 200, 150, 0],
    ['g2.png', 150, 200, 80],
    ['g3.png', 240, 120, 160],
  ] as const) {
    await makePhoto(join(dir, name), { width, height, format: 'png', hue });
    refs.push({ uri: name, kind: 'image', name, width, height });
  }
  return refs;
}

function goldenDraft(media: MediaRef[]): Draft {
  return applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 320, height: 180 },
    { type: 'addMedia', media, durationMs: 2000 },
    { type: 'setFit', name: 'cover' },
    { type: 'setFit', name: 'color', params: { color: '#203040' }, index: 1 },
    { type: 'setMotion', name: 'zoom-in', index: 0 },
    { type: 'setMotion', name: 'pan-left', index: 1 },
    { type: 'setMotion', name: 'rotate', strength: 1, index: 2 },
    { type: 'setTransition', name: 'crossfade', durationMs: 500, index: 0 },
    { type: 'setTransition', name: 'fade-black', durationMs: 500, index: 1 },
  ]).draft;
}

test('golden frames: renderFrame output is stable (JOY_UPDATE_GOLDEN=1 rewrites)', async () => {
  const draft = goldenDraft(await photos());
  const renderer = createFrameRenderer(draft, { resolve: fileResolver(dir) });
  const frames = [0, 20, 47, 52, 70, 100, 130, renderer.frameCount - 1];
  const hashes: Record<string, string> = {};
  for (const n of frames)
    hashes[n] = createHash('sha256')
      .update((await renderer.renderFrame(n)).data)
      .digest('hex')
      .slice(0, 16);
  renderer.close();
  if (process.env.JOY_UPDATE_GOLDEN) {
    writeFileSync(GOLDEN, `${JSON.stringify(hashes, null, 2)}\n`);
    return;
  }
  assert.deepEqual(hashes, JSON.parse(readFileSync(GOLDEN, 'utf8')));
});

test('any frame can be rendered on its own, in any order, with the same result', async () => {
  const draft = goldenDraft(await photos());
  const forward = createFrameRenderer(draft, { resolve: fileResolver(dir) });
  const sequence = new Map<number, string>();
  for (let n = 0; n < forward.frameCount; n += 7)
    sequence.set(n, Buffer.from((await forward.renderFrame(n)).data).toString('base64'));
  forward.close();
  const backward = createFrameRenderer(draft, { resolve: fileResolver(dir) });
  for (const n of [...sequence.keys()].reverse()) {
    assert.equal(
      Buffer.from((await backward.renderFrame(n)).data).toString('base64'),
      sequence.get(n),
      `frame ${n}`,
    );
  }
  backward.close();
});

test('a slow zoom moves smoothly: sub-pixel steps, no frame that stands still then jumps', async () => {
  // One bright dot on a dark photo; track its centroid while the camera zooms in.
  const width = 800;
  const height = 450;
  const { default: sharp } = await import('sharp');
  const raw = Buffer.alloc(width * height * 3, 20);
  for (let y = 300; y < 306; y++)
    for (let x = 600; x < 606; x++) raw.fill(250, (y * width + x) * 3, (y * width + x) * 3 + 3);
  await sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toFile(join(dir, 'dot.png'));
  const draft = applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 320, height: 180 },
    {
      type: 'addMedia',
      media: [{ uri: 'dot.png', kind: 'image', name: 'dot.png', width, height }],
      durationMs: 4000,
    },
    { type: 'setMotion', name: 'zoom-in', strength: 0.3, easing: 'linear' },
    { type: 'setFit', name: 'cover' },
  ]).draft;
  const renderer = createFrameRenderer(draft, { resolve: fileResolver(dir) });
  const xs: number[] = [];
  for (let n = 0; n < renderer.frameCount; n++) {
    const frame = await renderer.renderFrame(n);
    let sum = 0;
    let weighted = 0;
    for (let i = 0; i < frame.y.length; i++) {
      const value = Math.max(0, frame.y[i]! - 40);
      sum += value;
      weighted += value * (i % frame.width);
    }
    xs.push(weighted / sum);
  }
  renderer.close();
  const steps = xs.slice(1).map((x, i) => x - xs[i]!);
  const secondDifferences = steps.slice(1).map((s, i) => Math.abs(s - steps[i]!));
  const minStep = Math.min(...steps);
  const maxSecond = Math.max(...secondDifferences);
  // The dot moves right ~0.1–0.2 px per frame; whole-pixel cropping would show 0-px and 1-px steps.
  assert.ok(minStep > 0.02, `the dot moves every frame (smallest step ${minStep.toFixed(3)} px)`);
  assert.ok(maxSecond < 0.08, `steps change evenly (largest change ${maxSecond.toFixed(3)} px)`);
});

test('the encoded video shows what the compositor made (PSNR ≥ 35 dB)', async () => {
  const draft = goldenDraft(await photos());
  const out = join(dir, 'golden.mp4');
  await renderDraft(draft, out, { resolve: fileResolver(dir) });
  const renderer = createFrameRenderer(draft, { resolve: fileResolver(dir) });
  for (const n of [10, 50, 100]) {
    const expected = frameToRgba(await renderer.renderFrame(n));
    const actual = await readVideoFrame(out, n);
    let squared = 0;
    for (let p = 0, q = 0; p < expected.length; p += 4, q += 3) {
      for (let c = 0; c < 3; c++) squared += (expected[p + c]! - actual.data[q + c]!) ** 2;
    }
    const mse = squared / ((expected.length / 4) * 3);
    const psnr = 10 * Math.log10((255 * 255) / mse);
    assert.ok(psnr >= 35, `frame ${n}: PSNR ${psnr.toFixed(1)} dB`);
  }
  renderer.close();
});
