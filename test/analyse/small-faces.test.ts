import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import sharp from 'sharp';
import { analysePhoto, type Box, loadFaceModels } from '../../src/analyse/index.js';
import { tempDir } from '../helpers/media.js';
import { ANNOTATIONS, inside, photo } from './fixtures.js';

/**
 * Faces a whole-photo pass cannot see: a hand-marked face from a fixture, with head and shoulders, put
 * small (or at an edge, or in grey) on another fixture enlarged to a 1800 × 1000 landscape.
 */
const W = 1800;
const H = 1000;
const dir = tempDir('joy-small-faces-');

async function placed(
  name: string,
  background: 'rocket' | 'coffee' | 'chelsea',
  face: { from: 'astronaut' | 'group'; index: number; width: number; cx: number; cy: number },
  grey = false,
): Promise<{ path: string; truth: Box }> {
  const source = ANNOTATIONS[face.from];
  const [x0, y0, x1, y1] = source.faces[face.index]! as readonly number[] as [number, number, number, number];
  const w = x1 - x0;
  const h = y1 - y0;
  const crop = {
    left: Math.max(0, Math.round(x0 - 0.6 * w)),
    top: Math.max(0, Math.round(y0 - 0.5 * h)),
    right: Math.min(source.width, Math.round(x1 + 0.6 * w)),
    bottom: Math.min(source.height, Math.round(y1 + h)),
  };
  const k = face.width / w;
  const head = await sharp(photo(face.from))
    .extract({
      left: crop.left,
      top: crop.top,
      width: crop.right - crop.left,
      height: crop.bottom - crop.top,
    })
    .resize(Math.round((crop.right - crop.left) * k))
    .png()
    .toBuffer();
  const left = Math.round(face.cx - ((x0 + x1) / 2 - crop.left) * k);
  const top = Math.round(face.cy - ((y0 + y1) / 2 - crop.top) * k);
  let image = sharp(photo(background))
    .resize(W, H, { fit: 'cover' })
    .composite([{ input: head, left, top }]);
  if (grey) image = sharp(await image.png().toBuffer()).greyscale();
  const path = join(dir, `${name}.jpg`);
  await image.jpeg({ quality: 90 }).toFile(path);
  const fw = face.width;
  const fh = h * k;
  return { path, truth: { x: (face.cx - fw / 2) / W, y: (face.cy - fh / 2) / H, w: fw / W, h: fh / H } };
}

before(() => loadFaceModels());

test('a face 38 px wide in an 1800 px landscape is found where it is', async () => {
  const { path, truth } = await placed('small', 'rocket', {
    from: 'astronaut',
    index: 0,
    width: 38,
    cx: 1300,
    cy: 250,
  });
  const { faces } = await analysePhoto(path);
  assert.equal(faces.length, 1, JSON.stringify(faces));
  const face = faces[0]!;
  assert.ok(
    inside({ x: face.x + face.w / 2, y: face.y + face.h / 2 }, truth),
    JSON.stringify({ face, truth }),
  );
});

test('a laughing face turned aside at the edge of a grey photo is found, and only it', async () => {
  const { path, truth } = await placed(
    'grey-edge',
    'coffee',
    { from: 'group', index: 2, width: 90, cx: 130, cy: 620 },
    true,
  );
  const { faces } = await analysePhoto(path);
  assert.equal(faces.length, 1, JSON.stringify(faces));
  const face = faces[0]!;
  assert.ok(
    inside({ x: face.x + face.w / 2, y: face.y + face.h / 2 }, truth),
    JSON.stringify({ face, truth }),
  );
});

test('SSD’s faint answers on large photos in grey and in colour find no face where there is none', async () => {
  for (const [background, grey] of [
    ['coffee', true],
    ['chelsea', true],
    ['rocket', false],
  ] as const) {
    const path = join(dir, `${background}-${grey ? 'grey' : 'colour'}.jpg`);
    await sharp(photo(background))
      .resize(W, H, { fit: 'cover' })
      .greyscale(grey)
      .jpeg({ quality: 90 })
      .toFile(path);
    assert.deepEqual((await analysePhoto(path)).faces, [], `${background}${grey ? ' in grey' : ''}`);
  }
});
