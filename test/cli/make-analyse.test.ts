import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import sharp from 'sharp';
import { probe } from '../../src/media/index.js';
import { photo } from '../analyse/fixtures.js';
import { joy } from '../helpers/cli.js';
import { tempDir } from '../helpers/media.js';

/**
 * `joy make` analyses the photos in a worker while it ingests: a near-duplicate and a blurred photo are
 * flagged (and left out with --drop-flagged), a sharp portrait on a soft background is not, and faces
 * and focus points land in the draft.
 */
const dir = tempDir('joy-make-analyse-');
const cache = join(dir, 'cache');
const files = {
  group: join(dir, 'group.jpg'),
  copy: join(dir, 'group-copy.jpg'),
  blurred: join(dir, 'coffee-blurred.jpg'),
  bokeh: join(dir, 'portrait-bokeh.jpg'),
  rocket: join(dir, 'rocket.jpg'),
};

before(async () => {
  copyFileSync(photo('group'), files.group);
  copyFileSync(photo('rocket'), files.rocket);
  await sharp(photo('group')).resize({ width: 448 }).jpeg({ quality: 60 }).toFile(files.copy);
  await sharp(photo('coffee')).blur(6).jpeg({ quality: 90 }).toFile(files.blurred);
  const background = await sharp(photo('astronaut')).blur(12).toBuffer();
  const head = await sharp(photo('astronaut'))
    .extract({ left: 160, top: 50, width: 130, height: 160 })
    .toBuffer();
  await sharp(background)
    .composite([{ input: head, left: 160, top: 50 }])
    .jpeg({ quality: 90 })
    .toFile(files.bokeh);
});

interface WireDraft {
  t: { sg: { src: { n: string; f?: unknown; fc?: unknown[]; fl?: string[]; dup?: string } }[] }[];
  m: { curation?: { dropped: { name: string; reason: string }[]; flagged: { name: string }[] } };
}

const make = (out: string, extra: string[] = []) =>
  joy(['make', ...Object.values(files), '--no-render', '--save-draft', out, ...extra], {
    env: { JOY_CACHE_DIR: cache },
  });

test('flags the near-duplicate and the blurred photo, keeps them, and says how to drop them', async () => {
  const out = join(dir, 'kept.json');
  const result = await make(out);
  assert.equal(result.code, 0, result.stderr);
  const text = result.stdout + result.stderr;
  assert.match(
    text,
    /group-copy\.jpg looks like a near-duplicate of group\.jpg; it was kept — add --drop-flagged to leave such photos out/,
  );
  assert.match(text, /coffee-blurred\.jpg looks blurred; it was kept/);
  assert.doesNotMatch(text, /portrait-bokeh\.jpg looks/);
  assert.match(text, /Analysed 5 photos in a background process/);
  const draft = JSON.parse(readFileSync(out, 'utf8')) as WireDraft;
  const byName = new Map(draft.t[0]!.sg.map((s) => [s.src.n, s.src]));
  assert.equal(byName.size, 5);
  assert.deepEqual(byName.get('group-copy.jpg')!.fl, ['duplicate']);
  assert.equal(byName.get('group-copy.jpg')!.dup, 'group.jpg');
  assert.deepEqual(byName.get('coffee-blurred.jpg')!.fl, ['blurry']);
  assert.equal(byName.get('portrait-bokeh.jpg')!.fl, undefined);
  assert.ok(byName.get('group.jpg')!.fc && byName.get('group.jpg')!.f, 'faces and focus in the draft');
  assert.deepEqual(draft.m.curation!.dropped, []);
  assert.deepEqual(
    draft.m.curation!.flagged.map((f) => f.name),
    ['group-copy.jpg', 'coffee-blurred.jpg'],
  );
  const line = text.match(/Analysed 5 photos[^\n]*/)?.[0];
  console.log(line);
});

test('--drop-flagged leaves them out and records why (analysis from the cache)', async () => {
  const out = join(dir, 'dropped.json');
  const result = await make(out, ['--drop-flagged']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout + result.stderr, /all from the cache/);
  const draft = JSON.parse(readFileSync(out, 'utf8')) as WireDraft;
  const names = draft.t[0]!.sg.map((s) => s.src.n);
  assert.deepEqual(names, ['group.jpg', 'portrait-bokeh.jpg', 'rocket.jpg']);
  assert.deepEqual(
    draft.m.curation!.dropped.map((d) => d.name),
    ['group-copy.jpg', 'coffee-blurred.jpg'],
  );
  assert.match(draft.m.curation!.dropped[0]!.reason, /near-duplicate of group\.jpg/i);
});

test('--no-analyse skips it all', async () => {
  const out = join(dir, 'plain.json');
  const result = await make(out, ['--no-analyse']);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stdout + result.stderr, /Analysed|near-duplicate/);
  const draft = JSON.parse(readFileSync(out, 'utf8')) as WireDraft;
  assert.ok(draft.t[0]!.sg.every((s) => s.src.fc === undefined && s.src.fl === undefined));
  assert.equal(draft.m.curation, undefined);
});

test('--motion parallax: the people mask lands in the draft, and inspect says which photos lift people', async () => {
  const out = join(dir, 'parallax.json');
  const result = await joy(
    ['make', files.group, files.rocket, '--motion', 'parallax', '--no-render', '--save-draft', out],
    {
      env: { JOY_CACHE_DIR: cache },
    },
  );
  assert.equal(result.code, 0, result.stderr);
  const draft = JSON.parse(readFileSync(out, 'utf8')) as {
    t: { sg: { src: { n: string; sm?: { reliable: boolean; mask?: string } }; mo: { n: string } }[] }[];
  };
  const [group, rocket] = draft.t[0]!.sg;
  assert.equal(group!.src.sm?.reliable, true);
  assert.ok(group!.src.sm?.mask, 'the mask travels with the draft');
  assert.equal(rocket!.src.sm, undefined, 'no people, no mask');
  const inspected = await joy(['inspect', out]);
  assert.match(inspected.stdout, /group\.jpg {2}\(parallax with people layer/);
  assert.match(inspected.stdout, /rocket\.jpg {2}\(parallax: no people layer, moves as one/);
});

test('rendering starts while photos are analysed; the video and the saved draft have every analysis', async () => {
  const out = join(dir, 'rendered.json');
  const video = join(dir, 'rendered.mp4');
  const result = await joy(
    [
      'make',
      files.group,
      files.copy,
      files.rocket,
      '--duration',
      '3',
      '--quality',
      'draft',
      '-o',
      video,
      '--save-draft',
      out,
    ],
    { env: { JOY_CACHE_DIR: join(dir, 'fresh-cache') } },
  );
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout + result.stderr, /group-copy\.jpg looks like a near-duplicate of group\.jpg/);
  const draft = JSON.parse(readFileSync(out, 'utf8')) as WireDraft;
  const group = draft.t[0]!.sg.find((s) => s.src.n === 'group.jpg')!.src;
  assert.equal(group.fc?.length, 3, 'every face analysis found');
  assert.ok(group.f, 'and the focus');
  assert.deepEqual(
    draft.m.curation!.flagged.map((f) => f.name),
    ['group-copy.jpg'],
  );
  const info = await probe(video);
  const stream = info.streams.find((s) => s.codec_type === 'video')!;
  assert.equal(Math.min(stream.width!, stream.height!), 540, 'draft quality: 540p');
  assert.ok(Math.abs(Number(info.format.duration) - 3) < 0.1, `duration ${info.format.duration}`);
});
