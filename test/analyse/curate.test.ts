import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import sharp from 'sharp';
import {
  analysePhoto,
  BLUR_THRESHOLD,
  curate,
  hammingDistance,
  laplacianVariance,
  loadWorkingImage,
  luminance,
  type PhotoAnalysis,
  perceptualHash,
} from '../../src/analyse/index.js';
import { tempDir } from '../helpers/media.js';
import { photo } from './fixtures.js';

const dir = tempDir('joy-curate-');
const paths = {
  group: photo('group'),
  coffee: photo('coffee'),
  astronaut: photo('astronaut'),
  rocket: photo('rocket'),
  groupCopy: join(dir, 'group-copy.jpg'),
  coffeeBlurred: join(dir, 'coffee-blurred.jpg'),
  portraitBokeh: join(dir, 'portrait-bokeh.jpg'),
};
const names = Object.keys(paths) as (keyof typeof paths)[];
const analyses: PhotoAnalysis[] = [];
let wholeFrameSharpness = 0;

before(async () => {
  // A near-duplicate: smaller and recompressed harder.
  await sharp(paths.group).resize({ width: 448 }).jpeg({ quality: 60 }).toFile(paths.groupCopy);
  // A shaken, out-of-focus copy.
  await sharp(paths.coffee).blur(6).jpeg({ quality: 90 }).toFile(paths.coffeeBlurred);
  // A portrait with a shallow depth of field: the sharp head pasted on a strongly blurred background.
  const background = await sharp(paths.astronaut).blur(12).toBuffer();
  const head = await sharp(paths.astronaut)
    .extract({ left: 160, top: 50, width: 130, height: 160 })
    .toBuffer();
  await sharp(background)
    .composite([{ input: head, left: 160, top: 50 }])
    .jpeg({ quality: 90 })
    .toFile(paths.portraitBokeh);
  for (const name of names) analyses.push(await analysePhoto(paths[name]));
  const { image } = await loadWorkingImage(paths.portraitBokeh);
  wholeFrameSharpness = laplacianVariance(luminance(image));
});

const index = (name: keyof typeof paths) => names.indexOf(name);

test('perceptual hashes: look-alikes are close, different photos far apart', () => {
  assert.equal(hammingDistance('ffffffffffffffff', '0000000000000000'), 64);
  assert.equal(hammingDistance('0123456789abcdef', '0123456789abcdef'), 0);
  assert.equal(hammingDistance('0000000000000001', '0000000000000003'), 1);
  assert.throws(() => hammingDistance('00', '000'), RangeError);
  const by = (name: keyof typeof paths) => analyses[index(name)]!.phash;
  assert.ok(hammingDistance(by('group'), by('groupCopy')) <= 4);
  for (const a of ['group', 'coffee', 'astronaut', 'rocket'] as const) {
    for (const b of ['group', 'coffee', 'astronaut', 'rocket'] as const) {
      if (a < b) assert.ok(hammingDistance(by(a), by(b)) >= 20, `${a} and ${b} look alike`);
    }
  }
  // A flat image and a gradient differ.
  const flat = { data: new Float32Array(64 * 64).fill(128), width: 64, height: 64 };
  const ramp = {
    data: Float32Array.from({ length: 64 * 64 }, (_, i) => (i % 64) * 4),
    width: 64,
    height: 64,
  };
  assert.notEqual(perceptualHash(flat), perceptualHash(ramp));
});

test('the resized, recompressed copy is flagged as a duplicate of the original', () => {
  const report = curate(analyses, { names });
  // The blurred coffee and the bokeh portrait are made from originals in the set, so they are look-alikes too.
  assert.deepEqual(
    report.duplicates.map(([i, j]) => [names[i], names[j]]),
    [
      ['group', 'groupCopy'],
      ['coffee', 'coffeeBlurred'],
      ['astronaut', 'portraitBokeh'],
    ],
  );
  assert.ok(report.flagged.includes(index('groupCopy')));
  assert.ok(!report.flagged.includes(index('group')), 'the larger original is kept');
  assert.match(
    report.reasons[index('groupCopy')]!,
    /^groupCopy: Near-duplicate of group \(\d+ of 64 bits differ\), which is larger\.$/,
  );
  assert.deepEqual(report.flagged, [index('groupCopy'), index('coffeeBlurred'), index('portraitBokeh')]);
});

test('the blurred copy is flagged blurry; the sharp subject on a soft background is not', (t) => {
  const report = curate(analyses, { names });
  assert.deepEqual(report.blurry, [index('coffeeBlurred')]);
  assert.match(
    report.reasons[index('coffeeBlurred')]!,
    /which is sharper; the subject looks blurred \(sharpness \d+, below 40\)\.$/,
  );
  const bokeh = analyses[index('portraitBokeh')]!;
  assert.equal(bokeh.subjectSource, 'faces');
  assert.ok(bokeh.sharpness > 5 * BLUR_THRESHOLD, `subject sharpness ${bokeh.sharpness}`);
  assert.doesNotMatch(report.reasons[index('portraitBokeh')]!, /blurred/);
  // Measured over the whole frame, the soft background would drown the sharp face.
  assert.ok(
    wholeFrameSharpness < bokeh.sharpness / 4,
    `whole ${wholeFrameSharpness}, subject ${bokeh.sharpness}`,
  );
  t.diagnostic(
    `sharpness (variance of Laplacian in the subject; blurry below ${BLUR_THRESHOLD}): ` +
      names.map((name, i) => `${name} ${analyses[i]!.sharpness}`).join(', ') +
      `; bokeh portrait over the whole frame ${wholeFrameSharpness.toFixed(1)}`,
  );
  t.diagnostic(
    `analysis ms per photo: ${names.map((name, i) => `${name} ${analyses[i]!.analysisMs}`).join(', ')}`,
  );
});

test('curate on plain data: groups of look-alikes keep their best photo', () => {
  const base = { width: 1000, height: 800, sharpness: 300 };
  const report = curate([
    { ...base, phash: '0000000000000000' },
    { ...base, phash: '0000000000000003', sharpness: 500 }, // sharper look-alike: kept
    { ...base, phash: '000000000000000f', sharpness: 100 },
    { ...base, phash: 'ffffffffffffffff', sharpness: 10 }, // blurry
  ]);
  assert.deepEqual(report.duplicates, [
    [0, 1, 2],
    [0, 2, 4],
    [1, 2, 2],
  ]);
  assert.deepEqual(report.flagged, [0, 2, 3]);
  assert.deepEqual(report.blurry, [3]);
  assert.match(
    report.reasons[0]!,
    /^photo 1: Near-duplicate of photo 2 \(2 of 64 bits differ\), which is sharper\.$/,
  );
  assert.match(report.reasons[3]!, /^photo 4: The subject looks blurred/);
  assert.deepEqual(curate([]), { duplicates: [], blurry: [], flagged: [], reasons: {} });
});
