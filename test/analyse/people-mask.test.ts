import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysePhoto, loadWorkingImage } from '../../src/analyse/index.js';
import { loadPeopleSegmenter, MASK_SIZE, segmentPeople } from '../../src/analyse/people-segmenter.js';
import { cleanSubjectMask } from '../../src/analyse/subject-mask.js';
import { photo } from './fixtures.js';

const inBox = (inner: { x: number; y: number; w: number; h: number }, outer: typeof inner) =>
  inner.x >= outer.x - 1e-3 &&
  inner.y >= outer.y - 1e-3 &&
  inner.x + inner.w <= outer.x + outer.w + 1e-3 &&
  inner.y + inner.h <= outer.y + outer.h + 1e-3;

test('person layers: found on the portrait and the group photo, holding every face; none without people', async () => {
  for (const name of ['astronaut', 'group'] as const) {
    const analysis = await analysePhoto(photo(name));
    const mask = analysis.subjectMask;
    assert.ok(mask?.reliable, `${name}: ${mask?.reason}`);
    assert.ok(mask.coverage > 0.2 && mask.coverage < 0.7, `${name}: coverage ${mask.coverage}`);
    for (const face of analysis.faces)
      assert.ok(inBox(face, mask.box), `${name}: a face outside the person box`);
  }
  for (const name of ['rocket', 'coffee', 'chelsea'] as const) {
    const analysis = await analysePhoto(photo(name));
    assert.equal(analysis.subjectMask, undefined, `${name}: no people, no person layer`);
  }
});

test('person map: the model lights up on the person and not on the wall behind her, (its time is reported)', async () => {
  await loadPeopleSegmenter();
  const { image } = await loadWorkingImage(photo('astronaut'), 640);
  const started = performance.now();
  const raw = await segmentPeople(image);
  const ms = performance.now() - started;
  assert.equal(raw.data.length, MASK_SIZE * MASK_SIZE);
  const at = (x: number, y: number) =>
    raw.data[Math.floor(y * MASK_SIZE) * MASK_SIZE + Math.floor(x * MASK_SIZE)]!;
  assert.ok(at(0.44, 0.25) > 0.9, 'her face');
  assert.ok(at(0.3, 0.7) > 0.9, 'her suit');
  assert.ok(at(0.6, 0.05) < 0.1, 'the wall above her');
  const { verdict } = cleanSubjectMask(raw, [{ x: 0.34, y: 0.15, w: 0.19, h: 0.22 }]);
  assert.equal(verdict.reliable, true, verdict.reason);
  console.log(`# person map: ${ms.toFixed(0)} ms for a ${image.width}×${image.height} photo`);
});
