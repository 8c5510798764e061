import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysePhoto, mediaHints } from '../../src/analyse/index.js';
import { fileResolver } from '../../src/make/local-files.js';
import { applyCommands, type Draft, emptyDraft } from '../../src/model/index.js';
import { faceSafeMotion, motionKeepsFaces } from '../../src/render/face-safety.js';
import type { Frame } from '../../src/render/frame.js';
import { createFrameRenderer } from '../../src/render/frame-renderer.js';
import { FIXTURES, photo } from '../analyse/fixtures.js';
import { assertThreadsMatchLocal } from '../helpers/threads.js';

/**
 * 2.5D parallax on a real portrait: the person, lifted by the segmentation model, moves against the
 * background; photos without a trustworthy person shape fall back to the plain camera move.
 */
const SIZE = 360;

async function portraitDraft(options: { reliable?: boolean; strength?: number } = {}): Promise<Draft> {
  const analysis = await analysePhoto(photo('astronaut'));
  const hints = mediaHints(analysis);
  assert.equal(hints.subjectMask?.reliable, true, 'the astronaut can be lifted');
  if (options.reliable === false)
    hints.subjectMask = { ...hints.subjectMask!, reliable: false, reason: 'test' };
  return applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: SIZE, height: SIZE, fps: 30 },
    {
      type: 'addMedia',
      media: [{ uri: 'astronaut.jpg', kind: 'image', width: 512, height: 512, ...hints }],
      durationMs: 2000,
    },
    { type: 'setMotion', name: 'parallax', strength: options.strength ?? 1, easing: 'linear' },
  ]).draft;
}

/** Mean absolute luma difference of a patch of `a` against `b`'s patch moved by (dx, dy). */
function patchDiff(a: Frame, b: Frame, x0: number, y0: number, size: number, dx: number, dy: number): number {
  let sum = 0;
  for (let y = y0; y < y0 + size; y++)
    for (let x = x0; x < x0 + size; x++)
      sum += Math.abs(a.y[y * a.width + x]! - b.y[(y + dy) * b.width + x + dx]!);
  return sum / (size * size);
}

/** Where `a`'s patch is found in `b` (whole-pixel search). */
function findPatch(
  a: Frame,
  b: Frame,
  x0: number,
  y0: number,
  size: number,
  reach: number,
): { dx: number; dy: number } {
  let best = { dx: 0, dy: 0, diff: Number.POSITIVE_INFINITY };
  for (let dy = -reach; dy <= reach; dy++)
    for (let dx = -reach; dx <= reach; dx++) {
      const diff = patchDiff(a, b, x0, y0, size, dx, dy);
      if (diff < best.diff) best = { dx, dy, diff };
    }
  return { dx: best.dx, dy: best.dy };
}

test('parallax: the person moves against the background (up and larger, from the bottom edge); the background stays with the camera', async () => {
  const draft = await portraitDraft();
  assert.ok(draft.video[0]!.motion.strength > 0.5, `strength kept: ${draft.video[0]!.motion.strength}`);
  const flat: Draft = structuredClone(draft);
  delete flat.video[0]!.media.subjectMask;
  const layered = createFrameRenderer(draft, { resolve: fileResolver(FIXTURES) });
  const plain = createFrameRenderer(flat, { resolve: fileResolver(FIXTURES) });
  try {
    const plate = (await layered.plan(0)).main!.plate;
    assert.ok(plate.subject, 'the plate has a people layer');
    assert.equal((await plain.plan(0)).main!.plate.subject, undefined);

    // At the start the layers sit as in the photo: the two renders agree but for the person's soft edge.
    const [a0, b0] = [await layered.renderFrame(0), await plain.renderFrame(0)];
    assert.ok(patchDiff(a0, b0, 0, 0, SIZE, 0, 0) < 3, 'first frames agree');

    // Then the face rises against the background; a patch of background away from her does not move.
    const face = { x: Math.round(0.36 * SIZE), y: Math.round(0.16 * SIZE), size: Math.round(0.14 * SIZE) };
    const corner = { x: Math.round(0.8 * SIZE), y: Math.round(0.04 * SIZE), size: Math.round(0.12 * SIZE) };
    const rises: number[] = [];
    for (const n of [15, 30, 45, layered.frameCount - 1]) {
      const [a, b] = [await layered.renderFrame(n), await plain.renderFrame(n)];
      const moved = findPatch(b, a, face.x, face.y, face.size, 14);
      rises.push(-moved.dy);
      assert.deepEqual(
        findPatch(b, a, corner.x, corner.y, corner.size, 4),
        { dx: 0, dy: 0 },
        `frame ${n}: background`,
      );
    }
    assert.ok(
      rises.every((rise, i) => i === 0 || rise >= rises[i - 1]!),
      `the face rises steadily: ${rises}`,
    );
    const last = rises.at(-1)!;
    console.log(`# face rise against the background by frame: ${rises.join(', ')} px of ${SIZE}`);
    // grow 3.5% of the view at strength 1, measured at the farthest corner; the face is a little nearer the anchor.
    assert.ok(last >= 0.015 * SIZE && last <= 0.04 * SIZE, `face rises by ${last}px of ${SIZE}`);
  } finally {
    layered.close();
    plain.close();
  }
});

test('parallax falls back to the plain camera move where the person shape is not trusted, unreadable, or there are no people', async () => {
  const untrusted = await portraitDraft({ reliable: false });
  const unreadable: Draft = structuredClone(await portraitDraft());
  unreadable.video[0]!.media.subjectMask!.mask = Buffer.from('not a png at all').toString('base64');
  const landscape = applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: SIZE, height: SIZE, fps: 30 },
    {
      type: 'addMedia',
      media: [{ uri: 'rocket.jpg', kind: 'image', width: 640, height: 427 }],
      durationMs: 1000,
    },
    { type: 'setMotion', name: 'parallax' },
  ]).draft;
  for (const draft of [untrusted, unreadable, landscape]) {
    const renderer = createFrameRenderer(draft, { resolve: fileResolver(FIXTURES) });
    try {
      const first = await renderer.renderFrame(0);
      const last = await renderer.renderFrame(renderer.frameCount - 1);
      assert.equal((await renderer.plan(0)).main!.plate.subject, undefined);
      assert.ok(patchDiff(first, last, 0, 0, SIZE, 0, 0) > 1, 'the camera still moves');
    } finally {
      renderer.close();
    }
  }
});

test('parallax frames composed in threads equal the local ones byte for byte', async () => {
  const draft = await portraitDraft();
  const renderer = createFrameRenderer(draft, { resolve: fileResolver(FIXTURES) });
  try {
    await assertThreadsMatchLocal(renderer, [0, 31, renderer.frameCount - 1]);
  } finally {
    renderer.close();
  }
});

test('face safety counts the people layer’s own move: a face near the top edge gets a gentler parallax', () => {
  const media = {
    uri: 'p.jpg',
    kind: 'image' as const,
    width: 1000,
    height: 1000,
    focus: { x: 0.5, y: 0.5 },
    faces: [{ x: 0.45, y: 0.06, w: 0.1, h: 0.1 }],
  };
  const segment = {
    media,
    fit: { name: 'cover', params: {} },
    motion: { name: 'parallax', params: {}, strength: 1, easing: 'linear' as const },
  };
  const canvas = { width: 1000, height: 1000 };
  const flat = faceSafeMotion(segment, canvas);
  const layeredMedia = {
    ...media,
    // Face safety reads the mask's box, not its pixels: any PNG stands in for them.
    subjectMask: {
      reliable: true,
      coverage: 0.3,
      box: { x: 0.3, y: 0.04, w: 0.4, h: 0.96 },
      mask: 'iVBORw0KGgo=',
    },
  };
  const layered = faceSafeMotion({ ...segment, media: layeredMedia }, canvas);
  assert.equal(layered.name, 'parallax');
  assert.ok(layered.strength < flat.strength, `with the layer ${layered.strength}, without ${flat.strength}`);
  assert.ok(motionKeepsFaces({ ...segment, media: layeredMedia, motion: layered }, canvas));
  assert.ok(
    !motionKeepsFaces({ ...segment, media: layeredMedia, motion: flat }, canvas),
    'the flat-safe strength would cut the face',
  );
});

test('parallax on a contained photo (blurred bars), through a transition and under a look: layers line up and threads agree', async () => {
  const group = mediaHints(await analysePhoto(photo('group')));
  const portrait = mediaHints(await analysePhoto(photo('astronaut')));
  const draft = applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 216, height: 384, fps: 30 },
    {
      type: 'addMedia',
      media: [
        { uri: 'group.jpg', kind: 'image', width: 640, height: 427, ...group },
        { uri: 'astronaut.jpg', kind: 'image', width: 512, height: 512, ...portrait },
      ],
      durationMs: 1500,
    },
    { type: 'setFit', name: 'blur' },
    { type: 'setMotion', name: 'parallax', params: { direction: 'left' }, easing: 'linear' },
    { type: 'setTransition', name: 'crossfade', durationMs: 500 },
    { type: 'setLook', name: 'vintage', strength: 0.7 },
  ]).draft;
  const flat: Draft = structuredClone(draft);
  for (const segment of flat.video) delete segment.media.subjectMask;
  const layered = createFrameRenderer(draft, { resolve: fileResolver(FIXTURES) });
  const plain = createFrameRenderer(flat, { resolve: fileResolver(FIXTURES) });
  try {
    const plate = (await layered.plan(0)).main!.plate;
    const subject = plate.subject!;
    assert.ok(subject, 'the contained group photo has a people layer');
    // The photo sits in the middle band of the plate; the people's box lies inside it.
    const photoTop = (plate.height - (plate.width * 427) / 640) / 2;
    assert.ok(
      subject.box.y0 >= photoTop - 2 && subject.box.y1 <= plate.height - photoTop + 2,
      JSON.stringify(subject.box),
    );
    assert.ok(
      Math.abs(subject.anchor.y - (plate.height - photoTop)) < 3,
      'people cut by the photo’s bottom edge grow from it',
    );
    // Half-way through a sideways parallax the layers are where the photo has them: the look is the same on both.
    const middle = Math.round(draft.canvas.fps * 0.75);
    assert.ok(
      patchDiff(await layered.renderFrame(middle), await plain.renderFrame(middle), 0, 0, 216, 0, 0) < 3,
    );
    const transition = Math.round(draft.canvas.fps * 1.2);
    const plan = await layered.plan(transition);
    assert.ok(
      plan.transition?.a.plate.subject && plan.transition.b.plate.subject,
      'both sides of the crossfade are layered',
    );
    await assertThreadsMatchLocal(layered, [0, transition, layered.frameCount - 1]);
  } finally {
    layered.close();
    plain.close();
  }
});
