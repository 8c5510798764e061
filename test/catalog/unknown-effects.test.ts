import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileResolver } from '../../src/make/local-files.js';
import {
  applyCommands,
  type Draft,
  emptyDraft,
  parseDraft,
  toWire,
  unknownEffects,
} from '../../src/model/index.js';
import { createFrameRenderer } from '../../src/render/frame-renderer.js';
import { joy } from '../helpers/cli.js';
import { makePhoto, tempDir } from '../helpers/media.js';

const dir = tempDir();

async function twoPhotos(): Promise<Draft> {
  for (const [name, hue] of [
    ['u1.png', 20],
    ['u2.png', 200],
  ] as const)
    await makePhoto(join(dir, name), { width: 96, height: 64, format: 'png', hue });
  return applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 64, height: 36 },
    {
      type: 'addMedia',
      media: [
        { uri: 'u1.png', kind: 'image', width: 96, height: 64 },
        { uri: 'u2.png', kind: 'image', width: 96, height: 64 },
      ],
      durationMs: 1000,
    },
    { type: 'setMotion', name: 'static' },
    { type: 'setTransition', name: 'crossfade', durationMs: 400 },
    { type: 'addText', text: 'Hello', style: 'clean', animation: 'none' },
  ]).draft;
}

/** The draft as a newer Joy might save it: effect names this version has never heard of. */
function withStrangeNames(draft: Draft) {
  const wire = JSON.parse(JSON.stringify(toWire(draft)));
  const segments = wire.t[0].sg;
  segments[0].mo.n = 'wobble';
  segments[0].mo.p = { wobbliness: 3 };
  segments[0].tr.n = 'page-curl';
  wire.look = { n: 'technicolor' };
  return wire;
}

test('a saved draft with unknown effect names loads, keeps the names and reports them', async () => {
  const wire = withStrangeNames(await twoPhotos());
  const draft = parseDraft(wire);
  assert.equal(draft.video[0]!.motion.name, 'wobble');
  assert.deepEqual(draft.video[0]!.motion.params, { wobbliness: 3 });
  assert.equal(draft.video[0]!.transition?.name, 'page-curl');
  assert.deepEqual(
    unknownEffects(draft).map(({ path, name, drawnAs }) => `${path} ${name} → ${drawnAs}`),
    ['look technicolor → none', 'video.0.motion wobble → static', 'video.0.transition page-curl → crossfade'],
  );
  // Saving it again loses nothing.
  assert.equal(parseDraft(toWire(draft)).video[0]!.motion.name, 'wobble');
  // Edits still refuse names the catalogue does not hold.
  assert.throws(() => applyCommands(draft, [{ type: 'setMotion', name: 'wobble' }]), /must be one of/);
});

test('unknown effects are drawn as their fallback, frame for frame', async () => {
  const known = await twoPhotos();
  const strange = parseDraft(withStrangeNames(known));
  const resolve = fileResolver(dir);
  const a = createFrameRenderer(known, { resolve });
  const b = createFrameRenderer(strange, { resolve });
  try {
    assert.equal(a.frameCount, b.frameCount);
    for (const n of [0, Math.floor(a.frameCount / 2), a.frameCount - 1]) {
      const [x, y] = [await a.renderFrame(n), await b.renderFrame(n)];
      assert.ok(Buffer.from(x.data).equals(Buffer.from(y.data)), `frame ${n} differs`);
    }
  } finally {
    a.close();
    b.close();
  }
});

test('joy inspect lists the unknown effects and warns, and the draft still loads', async () => {
  const file = join(dir, 'strange.json');
  writeFileSync(file, JSON.stringify(withStrangeNames(await twoPhotos())));
  const result = await joy(['inspect', file]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /unknown effect: video\.0\.transition "page-curl" .*drawn as "crossfade"/);
  assert.match(result.stderr, /warning: .*strange\.json: video\.0\.motion "wobble" .*drawn as "static"/);
});
