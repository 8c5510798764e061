import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analysePhoto } from '../../src/analyse/index.js';
import {
  type Box,
  chooseFaceGroup,
  contains,
  focusPoint,
  frameForAspect,
  safeZoomRange,
  windowAt,
  windowSize,
} from '../../src/geometry/index.js';
import { photo } from '../analyse/fixtures.js';

const PORTRAIT = 9 / 16;
const landscape = { width: 1600, height: 900 };

/** Zoom steps from 1 to `max`, both ends included. */
const steps = (max: number, count = 60) =>
  Array.from({ length: count + 1 }, (_, i) => 1 + ((max - 1) * i) / count);

test('the window at zoom 1 is the largest of the target aspect; zoom shrinks it', () => {
  assert.deepEqual(windowSize(landscape, PORTRAIT), { width: 900 * PORTRAIT, height: 900 });
  assert.deepEqual(windowSize(landscape, 16 / 9), { width: 1600, height: 900 });
  assert.deepEqual(windowSize({ width: 900, height: 1600 }, 1), { width: 900, height: 900 });
  assert.deepEqual(windowSize(landscape, 16 / 9, 2), { width: 800, height: 450 });
  // Centred on the focus, pushed back inside the photo at the edges.
  const w = 900 * PORTRAIT;
  assert.deepEqual(windowAt(landscape, PORTRAIT, { x: 0.5, y: 0.5 }), {
    x: (800 - w / 2) / 1600,
    y: 0,
    w: w / 1600,
    h: 1,
  });
  assert.equal(windowAt(landscape, PORTRAIT, { x: 0, y: 0.5 }).x, 0);
  assert.equal(windowAt(landscape, PORTRAIT, { x: 1, y: 0.5 }).x + w / 1600, 1);
  assert.throws(() => windowSize({ width: 0, height: 10 }, 1), RangeError);
  assert.throws(() => windowSize(landscape, Number.NaN), RangeError);
});

test('all faces are kept when they fit; the crop is centred on them', () => {
  const faces: Box[] = [
    { x: 0.4, y: 0.3, w: 0.05, h: 0.1 },
    { x: 0.5, y: 0.35, w: 0.05, h: 0.1 },
  ];
  const framing = frameForAspect(landscape, PORTRAIT, faces);
  assert.deepEqual(framing.faces, [0, 1]);
  assert.equal(framing.allFacesFit, true);
  for (const face of faces) assert.ok(contains(framing.crop, face));
  assert.ok(Math.abs(framing.crop.x + framing.crop.w / 2 - 0.475) < 1e-9, 'the crop is centred on the pair');
  assert.ok(framing.zoom.max > 1.5);
});

test('faces too far apart: the group with the most face area is kept', () => {
  const faces: Box[] = [
    { x: 0.05, y: 0.3, w: 0.06, h: 0.1 },
    { x: 0.16, y: 0.3, w: 0.06, h: 0.1 },
    { x: 0.8, y: 0.3, w: 0.06, h: 0.1 },
  ];
  assert.deepEqual(chooseFaceGroup(landscape, PORTRAIT, faces), [0, 1]);
  // One big face beats two small ones.
  const bigAlone: Box[] = [...faces.slice(0, 2), { x: 0.75, y: 0.2, w: 0.12, h: 0.25 }];
  assert.deepEqual(chooseFaceGroup(landscape, PORTRAIT, bigAlone), [2]);
  const framing = frameForAspect(landscape, PORTRAIT, bigAlone);
  assert.equal(framing.allFacesFit, false);
  assert.ok(contains(framing.crop, bigAlone[2]!));
  assert.ok(!contains(framing.crop, bigAlone[0]!));
});

test('no faces: the fallback focus and the full zoom range', () => {
  assert.deepEqual(focusPoint(landscape, PORTRAIT, [], { fallback: { x: 0.3, y: 0.6 } }), { x: 0.3, y: 0.6 });
  assert.deepEqual(focusPoint(landscape, PORTRAIT, []), { x: 0.5, y: 0.5 });
  assert.deepEqual(safeZoomRange(landscape, PORTRAIT, [], { maxZoom: 2 }), { min: 1, max: 2 });
  assert.deepEqual(frameForAspect(landscape, PORTRAIT, []).faces, []);
});

test('a face larger than the frame: the camera holds it and does not zoom', () => {
  const face: Box = { x: 0.2, y: 0.05, w: 0.6, h: 0.9 };
  const framing = frameForAspect(landscape, PORTRAIT, [face]);
  assert.deepEqual(framing.faces, [0]);
  assert.deepEqual(framing.zoom, { min: 1, max: 1 });
  assert.ok(Math.abs(framing.focus.x - 0.5) < 1e-9);
});

test('the safe zoom range is tight: one step past it, a face margin leaves the frame', () => {
  const faces: Box[] = [
    { x: 0.42, y: 0.2, w: 0.05, h: 0.12 },
    { x: 0.52, y: 0.25, w: 0.05, h: 0.12 },
  ];
  const margin = 0.25;
  const { max } = safeZoomRange(landscape, PORTRAIT, faces, { margin });
  const focus = focusPoint(landscape, PORTRAIT, faces, { margin });
  const grown = (f: Box): Box => ({
    x: f.x - f.w * margin,
    y: f.y - f.h * margin,
    w: f.w * (1 + 2 * margin),
    h: f.h * (1 + 2 * margin),
  });
  for (const zoom of steps(max)) {
    for (const face of faces)
      assert.ok(contains(windowAt(landscape, PORTRAIT, focus, zoom), grown(face), 1e-9), `zoom ${zoom}`);
  }
  const past = windowAt(landscape, PORTRAIT, focus, max * 1.02);
  assert.ok(faces.some((face) => !contains(past, grown(face))));
});

test('property: kept faces stay in frame at every zoom of the move, for any faces and aspect', () => {
  const face = fc
    .record({
      x: fc.double({ min: 0, max: 0.9, noNaN: true }),
      y: fc.double({ min: 0, max: 0.9, noNaN: true }),
      s: fc.double({ min: 0.02, max: 0.3, noNaN: true }),
    })
    .map(({ x, y, s }) => ({ x, y, w: Math.min(s, 1 - x), h: Math.min(s * 1.3, 1 - y) }));
  fc.assert(
    fc.property(
      fc.array(face, { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 200, max: 4000 }),
      fc.integer({ min: 200, max: 4000 }),
      fc.constantFrom(9 / 16, 4 / 5, 1, 16 / 9, 2.4),
      (faces, width, height, aspect) => {
        const size = { width, height };
        const framing = frameForAspect(size, aspect, faces);
        if (
          framing.zoom.max === 1 &&
          framing.faces.length === 1 &&
          !contains(framing.crop, faces[framing.faces[0]!]!, 1e-9)
        ) {
          return true; // a single face larger than the frame cannot be held
        }
        for (const zoom of steps(framing.zoom.max, 20)) {
          const view = windowAt(size, aspect, framing.focus, zoom);
          for (const i of framing.faces) {
            if (!contains(view, faces[i]!, 1e-9)) return false;
          }
        }
        return framing.allFacesFit ? framing.faces.length === faces.length : true;
      },
    ),
    { numRuns: 300, seed: 8 },
  );
});

test('the real group photo reframed to 9:16: every kept face stays inside the window through a zoom', async (t) => {
  const analysis = await analysePhoto(photo('group'));
  const size = { width: analysis.width, height: analysis.height };
  assert.equal(analysis.faces.length, 3);
  const framing = frameForAspect(size, PORTRAIT, analysis.faces);
  // Three people side by side do not fit a tall frame of a wide photo: two neighbours are kept.
  assert.equal(framing.allFacesFit, false);
  assert.equal(framing.faces.length, 2);
  assert.equal(Math.abs(framing.faces[1]! - framing.faces[0]!), 1, 'the kept faces are neighbours');
  assert.ok(framing.zoom.max >= 1, `zoom range ${JSON.stringify(framing.zoom)}`);
  for (const zoom of steps(framing.zoom.max)) {
    const view = windowAt(size, PORTRAIT, framing.focus, zoom);
    for (const i of framing.faces)
      assert.ok(contains(view, analysis.faces[i]!), `face ${i} leaves the frame at zoom ${zoom.toFixed(2)}`);
  }
  // A 4:3 frame is wide enough for all three.
  const wide = frameForAspect(size, 4 / 3, analysis.faces);
  assert.equal(wide.allFacesFit, true);
  for (const zoom of steps(wide.zoom.max)) {
    const view = windowAt(size, 4 / 3, wide.focus, zoom);
    for (const face of analysis.faces) assert.ok(contains(view, face));
  }
  t.diagnostic(
    `9:16 keeps faces ${framing.faces.join(',')}, zoom up to ${framing.zoom.max.toFixed(2)}; 4:3 keeps all, zoom up to ${wide.zoom.max.toFixed(2)}`,
  );
});
