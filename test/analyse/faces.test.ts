import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import sharp from 'sharp';
import { analysePhoto, loadFaceModels, mediaHints, type PhotoAnalysis } from '../../src/analyse/index.js';
import { mediaRefSchema } from '../../src/model/draft.js';
import { tempDir } from '../helpers/media.js';
import { ANNOTATIONS, inside, iou, markedBox, photo } from './fixtures.js';

const results = new Map<string, PhotoAnalysis>();
let loadMs = 0;

before(async () => {
  const started = performance.now();
  await loadFaceModels();
  loadMs = performance.now() - started;
  for (const name of ['astronaut', 'group', 'coffee', 'rocket', 'chelsea'] as const) {
    results.set(name, await analysePhoto(photo(name)));
  }
});

const get = (name: string) => results.get(name)!;

test('analysis time per photo (working copy ≤ 640 px, CPU, one thread)', (t) => {
  const times = [...results].map(([name, a]) => `${name} ${a.analysisMs} ms`);
  t.diagnostic(`face models loaded in ${Math.round(loadMs)} ms; per photo: ${times.join(', ')}`);
  for (const [, a] of results)
    assert.ok(a.analysisMs > 0 && a.analysisMs < 20_000, `analysis took ${a.analysisMs} ms`);
});

test('finds the astronaut’s face where a person sees it', () => {
  const a = get('astronaut');
  assert.equal(a.faces.length, 1);
  const face = a.faces[0]!;
  assert.ok(
    iou(face, markedBox('astronaut', 0)) > 0.5,
    `face box ${JSON.stringify(face)} misses the marked face`,
  );
  assert.ok(face.score > 0.8);
  assert.equal(a.subjectSource, 'faces');
  assert.ok(inside(a.focus, markedBox('astronaut', 0)), 'the camera stays on the face');
  assert.equal(a.width, ANNOTATIONS.astronaut.width);
  assert.equal(a.height, ANNOTATIONS.astronaut.height);
});

test('finds each of the three faces in the group photo, left to right', () => {
  const a = get('group');
  assert.equal(a.faces.length, 3, JSON.stringify(a.faces));
  a.faces.forEach((face, i) => {
    const overlap = iou(face, markedBox('group', i));
    assert.ok(
      overlap > 0.4,
      `face ${i} ${JSON.stringify(face)} overlaps the marked face by only ${overlap.toFixed(2)}`,
    );
  });
  // The subject holds every face.
  for (const face of a.faces) {
    assert.ok(inside({ x: face.x + face.w / 2, y: face.y + face.h / 2 }, a.subjectBox));
  }
});

test('sees no face on objects, a landscape, or a cat', () => {
  for (const name of ['coffee', 'rocket', 'chelsea']) {
    assert.deepEqual(get(name).faces, [], `${name} should have no faces`);
    assert.equal(get(name).subjectSource, 'saliency');
  }
});

test('without faces, the subject comes from the content', () => {
  // The cup (not the table around it) on the coffee photo, 600×400.
  const coffee = get('coffee');
  assert.ok(
    inside(coffee.focus, { x: 150 / 600, y: 20 / 400, w: 280 / 600, h: 300 / 400 }),
    JSON.stringify(coffee.focus),
  );
  // The rocket stands in the middle third of the launch photo.
  const rocket = get('rocket');
  assert.ok(rocket.focus.x > 0.33 && rocket.focus.x < 0.67, JSON.stringify(rocket.focus));
  // The cat's face, not the blurred room behind it.
  const cat = get('chelsea');
  assert.ok(
    inside(cat.focus, { x: 100 / 451, y: 40 / 300, w: 300 / 451, h: 230 / 300 }),
    JSON.stringify(cat.focus),
  );
  for (const a of results.values()) {
    assert.ok(inside(a.focus, a.subjectBox), 'the focus lies in the subject box');
    assert.match(a.phash, /^[0-9a-f]{16}$/);
  }
});

test('results fit the draft’s media reference', () => {
  for (const a of results.values()) {
    const parsed = mediaRefSchema.safeParse({ uri: 'photo.jpg', kind: 'image', ...mediaHints(a) });
    assert.ok(parsed.success, parsed.error?.message);
  }
  assert.deepEqual(Object.keys(mediaHints(get('group')).faces![0]!).sort(), ['h', 'w', 'x', 'y']);
});

test('reads the date the photo was taken from EXIF', async () => {
  const dir = tempDir('joy-analyse-');
  const dated = join(dir, 'dated.jpg');
  await sharp(photo('coffee'))
    .withExif({ IFD2: { DateTimeOriginal: '2021:06:05 14:30:00', OffsetTimeOriginal: '+02:00' } } as never)
    .jpeg()
    .toFile(dated);
  const a = await analysePhoto(dated, { faces: false });
  assert.equal(a.takenAt, '2021-06-05T14:30:00+02:00');
  assert.equal(get('coffee').takenAt, undefined);
});

test('a photo that is not there, or not a photo, fails with a clear error', async () => {
  const dir = tempDir('joy-analyse-');
  await assert.rejects(analysePhoto(join(dir, 'missing.jpg')), { code: 'not_found' });
  const junk = join(dir, 'junk.jpg');
  writeFileSync(junk, 'not a photo at all');
  // Analysis reads photos with ingest's decoder, so it refuses what ingest refuses, in the same words.
  await assert.rejects(analysePhoto(junk), { message: /junk\.jpg is a text file, not a photo/ });
});
