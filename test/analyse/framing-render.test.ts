import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveParams } from '../../src/catalog/index.js';
import { boxInView, boxOnPlate, stillGeometry, TEXT_BANDS, viewRect } from '../../src/geometry/index.js';
import { probeMedia } from '../../src/ingest/index.js';
import { applyCommands } from '../../src/model/commands.js';
import { defaultPlanCommands } from '../../src/model/default-plan.js';
import type { Draft, MediaRef } from '../../src/model/draft.js';
import { emptyDraft } from '../../src/model/new-draft.js';
import { frameCount, segmentTimings } from '../../src/model/timeline.js';
import { effects } from '../../src/render/effects.js';
import { faceSpansOnCanvas } from '../../src/render/face-safety.js';
import { type PlannedLayer, planFrame } from '../../src/render/frame-plan.js';
import { framedDraft } from '../../src/render/framing-pass.js';
import { buildStillPlate } from '../../src/render/plate-builder.js';
import { placedTexts } from '../../src/render/text-placement-pass.js';
import { ANNOTATIONS, markedBox, photo } from './fixtures.js';

/**
 * A landscape group photo reframed to 9:16 by the default plan: on every frame the camera's view (the
 * renderer's own `planFrame` + `viewRect` on the plate geometry) holds every face box the draft uses.
 */
const group = ANNOTATIONS.group;
const faces = group.faces.map((_, i) => markedBox('group', i));
const media = (name: string): MediaRef => ({
  uri: photo('group'),
  kind: 'image',
  name,
  width: group.width,
  height: group.height,
  focus: { x: 0.5, y: 0.4 },
  faces,
});

function vertical(count: number): Draft {
  const draft = applyCommands(emptyDraft({ aspect: '9:16' }), []).draft;
  const items = Array.from({ length: count }, (_, i) => media(`group-${i + 1}.jpg`));
  return applyCommands(draft, defaultPlanCommands(items, draft.canvas)).draft;
}

function geometryOf(draft: Draft, index: number) {
  const segment = draft.video[index]!;
  const fit = effects.fits.get(segment.fit.name);
  return stillGeometry(
    { width: segment.media.width!, height: segment.media.height! },
    draft.canvas,
    fit.layout(resolveParams(fit, segment.fit.params)),
    segment.media.focus!,
  );
}

function checkLayer(draft: Draft, layer: PlannedLayer, frame: number): number {
  const segment = draft.video[layer.segment]!;
  const geometry = geometryOf(draft, layer.segment);
  const view = viewRect(geometry, draft.canvas.width, draft.canvas.height, layer.camera);
  for (const face of segment.media.faces ?? []) {
    assert.ok(
      boxInView(boxOnPlate(face, geometry), geometry, view),
      `frame ${frame}: a face of photo ${layer.segment + 1} (${segment.motion.name} ${segment.motion.strength}) leaves the view`,
    );
  }
  return segment.media.faces?.length ?? 0;
}

test('9:16 crop of a landscape group photo keeps the largest group that fits; the draft keeps every face', () => {
  const cropped = applyCommands(vertical(1), [{ type: 'setFit', name: 'cover' }]).draft;
  assert.deepEqual(cropped.video[0]!.media.faces, faces, 'analysis is never rewritten');
  const framed = framedDraft(cropped).video[0]!;
  // The three faces (with room around them) are wider than a 9:16 crop; the two on the left fit.
  assert.deepEqual(framed.media.faces, faces.slice(0, 2));
  const focus = framed.media.focus!;
  assert.ok(focus.x > faces[0]!.x && focus.x < faces[1]!.x + faces[1]!.w, 'focus between the two faces');
});

test('the default plan shows a group that a 9:16 crop would cut whole, over a blurred fill', () => {
  const draft = vertical(1);
  assert.equal(draft.video[0]!.fit.name, 'blur');
  assert.deepEqual(framedDraft(draft).video[0]!.media.faces, faces);
});

test('every frame of a 9:16 render keeps each face box used inside the view (every motion of the cycle)', () => {
  // Eight copies: the default plan's motion cycle (push-in, pans, zooms, drift…) all on the same photo,
  // cropped to fill and shown whole; checked on the draft as the renderer frames it.
  for (const fit of ['cover', 'blur']) {
    const draft = framedDraft(applyCommands(vertical(8), [{ type: 'setFit', name: fit }]).draft);
    const timings = segmentTimings(draft);
    const frames = frameCount(draft);
    let checks = 0;
    for (let n = 0; n < frames; n++) {
      const planned = planFrame(draft, n, timings);
      if (planned.main) checks += checkLayer(draft, planned.main, n);
      if (planned.transition) {
        checks += checkLayer(draft, planned.transition.a, n);
        checks += checkLayer(draft, planned.transition.b, n);
      }
    }
    assert.ok(checks > frames, `${checks} face checks over ${frames} frames`);
    const motions = draft.video.map((s) => `${s.motion.name}@${s.motion.strength}`);
    console.log(`${fit}: ${frames} frames, ${checks} face-in-view checks; motions ${motions.join(', ')}`);
  }
});

test('the plate the renderer builds has the geometry the check uses', async () => {
  const draft = framedDraft(vertical(1));
  const segment = draft.video[0]!;
  const info = await probeMedia(photo('group'));
  const fit = effects.fits.get(segment.fit.name);
  const plate = await buildStillPlate({
    info,
    media: segment.media,
    layout: fit.layout(resolveParams(fit, segment.fit.params)),
    canvasWidth: draft.canvas.width,
    canvasHeight: draft.canvas.height,
    zoom: 1,
  });
  const geometry = geometryOf(draft, 0);
  assert.ok(Math.abs(plate.width / plate.height - geometry.width / geometry.height) < 0.01);
  assert.ok(Math.abs(plate.focus.x - geometry.focus.x) < 1e-6);
  assert.ok(Math.abs(plate.focus.y - geometry.focus.y) < 1e-6);
});

test('a photo without faces keeps the plain plan (blurred fill, the usual motion)', () => {
  const draft = applyCommands(emptyDraft({ aspect: '9:16' }), []).draft;
  const plain = { ...media('plain.jpg'), faces: undefined, focus: undefined };
  const planned = applyCommands(draft, defaultPlanCommands([plain], draft.canvas)).draft;
  assert.equal(planned.video[0]!.fit.name, 'blur');
  assert.equal(planned.video[0]!.motion.name, 'zoom-in');
});

test('a title over a photo with faces is placed away from them; without faces it stays centred', () => {
  const draft = vertical(2);
  const titled = applyCommands(draft, [
    { type: 'addText', text: 'Reunion', role: 'title', segmentIndex: 0 },
  ]).draft;
  const title = placedTexts(titled).texts[0]!;
  assert.notEqual(title.position, 'center', 'the faces sit around the middle of the frame');
  const spans = faceSpansOnCanvas(framedDraft(titled).video[0]!, titled.canvas);
  const [a, b] = TEXT_BANDS[title.position];
  for (const [s, e] of spans)
    assert.ok(e <= a || s >= b, `face ${s.toFixed(2)}–${e.toFixed(2)} clear of ${title.position}`);
  // Asked for explicitly, the position is kept.
  const asked = applyCommands(draft, [
    { type: 'addText', text: 'Hi', role: 'title', position: 'center' },
  ]).draft;
  assert.equal(placedTexts(asked).texts[0]!.position, 'center');
  const plain = applyCommands(emptyDraft({ aspect: '9:16' }), [
    { type: 'addMedia', media: [{ ...media('plain.jpg'), faces: undefined }] },
    { type: 'addText', text: 'Hello', role: 'title' },
  ]).draft;
  assert.equal(placedTexts(plain).texts[0]!.position, 'center');
});
