import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanSubjectMask } from '../../src/analyse/subject-mask.js';
import type { Box, GreyImage } from '../../src/analyse/types.js';

/** A 64×64 person map: 0.95 inside the given discs, 0.02 elsewhere. */
function map(discs: { x: number; y: number; r: number; p?: number }[], size = 64): GreyImage {
  const data = new Float32Array(size * size).fill(0.02);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (const d of discs) {
        if ((x + 0.5 - d.x * size) ** 2 + (y + 0.5 - d.y * size) ** 2 <= (d.r * size) ** 2)
          data[y * size + x] = d.p ?? 0.95;
      }
    }
  }
  return { data, width: size, height: size };
}

const faceAt = (x: number, y: number, s = 0.08): Box => ({ x: x - s / 2, y: y - s / 2, w: s, h: s });
const at = (mask: GreyImage, x: number, y: number) =>
  mask.data[Math.floor(y * mask.height) * mask.width + Math.floor(x * mask.width)]!;

test('subject mask: the shape holding the face is kept, whole and opaque; its box and coverage are reported', () => {
  const { mask, verdict } = cleanSubjectMask(map([{ x: 0.5, y: 0.6, r: 0.25 }]), [faceAt(0.5, 0.5)]);
  assert.equal(verdict.reliable, true, verdict.reason);
  assert.ok(Math.abs(verdict.coverage - Math.PI * 0.25 ** 2) < 0.02, `coverage ${verdict.coverage}`);
  assert.ok(
    Math.abs(verdict.box.x - 0.25) < 0.03 && Math.abs(verdict.box.w - 0.5) < 0.04,
    JSON.stringify(verdict.box),
  );
  assert.equal(at(mask, 0.5, 0.6), 1, 'a 0.95 inside is stretched to fully opaque');
  assert.equal(at(mask, 0.05, 0.05), 0, 'far away is transparent');
});

test('subject mask: a hole inside the person is filled; a person-like blob without a face is dropped', () => {
  const raw = map([
    { x: 0.4, y: 0.6, r: 0.22 },
    { x: 0.4, y: 0.65, r: 0.05, p: 0.1 }, // a hole (a hand in front, a shadow)
    { x: 0.88, y: 0.15, r: 0.05 }, // a poster of a person, no face found there
  ]);
  const { mask, verdict } = cleanSubjectMask(raw, [faceAt(0.4, 0.5)]);
  assert.equal(verdict.reliable, true, verdict.reason);
  assert.equal(at(mask, 0.4, 0.65), 1, 'the hole is part of the person');
  assert.equal(at(mask, 0.88, 0.15), 0, 'the faceless blob is not lifted');
  assert.ok(verdict.box.x + verdict.box.w < 0.7, 'the box leaves the blob out');
});

test('subject mask: verdicts that send parallax back to plain motion say why', () => {
  const cases: [string, GreyImage, Box[], RegExp][] = [
    ['no faces', map([{ x: 0.5, y: 0.5, r: 0.3 }]), [], /no people/],
    ['nothing around the face', map([]), [faceAt(0.5, 0.5)], /no person shape/],
    ['tiny person', map([{ x: 0.5, y: 0.5, r: 0.05 }]), [faceAt(0.5, 0.5, 0.04)], /too small/],
    ['fills the photo', map([{ x: 0.5, y: 0.5, r: 0.7 }]), [faceAt(0.5, 0.4)], /fill the photo/],
    [
      'a second face outside the shape',
      map([{ x: 0.3, y: 0.6, r: 0.2 }]),
      [faceAt(0.3, 0.5), faceAt(0.85, 0.2)],
      /not inside/,
    ],
    [
      'much person-like mass elsewhere',
      map([
        { x: 0.25, y: 0.6, r: 0.15 },
        { x: 0.75, y: 0.4, r: 0.2 },
      ]),
      [faceAt(0.25, 0.55)],
      /other person-like/,
    ],
    ['an undecided outline', map([{ x: 0.5, y: 0.6, r: 0.3, p: 0.55 }]), [faceAt(0.5, 0.5)], /uncertain/],
  ];
  for (const [name, raw, faces, reason] of cases) {
    const { verdict } = cleanSubjectMask(raw, faces);
    assert.equal(verdict.reliable, false, `${name}: should not be trusted`);
    assert.match(verdict.reason ?? '', reason, name);
  }
});
