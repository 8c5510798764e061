import assert from 'node:assert/strict';
import { direct } from '../../src/director/index.js';
import type { DirectOptions, DirectorContext, DirectorResult } from '../../src/director/types.js';
import { applyCommand, type Draft, DraftHistory, emptyDraft, type MediaRef } from '../../src/model/index.js';

/** Uploaded media for the director tests: five photos with EXIF dates and two audio files. No real files. */
export const photos: MediaRef[] = [
  {
    uri: 'photos/beach.jpg',
    kind: 'image',
    name: 'beach.jpg',
    width: 4000,
    height: 3000,
    takenAt: '2024-07-03T10:00:00Z',
  },
  {
    uri: 'photos/city.jpg',
    kind: 'image',
    name: 'city.jpg',
    width: 3000,
    height: 4000,
    takenAt: '2024-07-01T09:00:00Z',
  },
  {
    uri: 'photos/forest.jpg',
    kind: 'image',
    name: 'forest.jpg',
    width: 4000,
    height: 3000,
    takenAt: '2024-07-02T18:30:00Z',
  },
  {
    uri: 'photos/sunset.jpg',
    kind: 'image',
    name: 'sunset.jpg',
    width: 4000,
    height: 2250,
    takenAt: '2024-07-04T20:00:00Z',
  },
  { uri: 'photos/party night.jpg', kind: 'image', name: 'party night.jpg', width: 2000, height: 2000 },
];
export const audio: MediaRef[] = [
  { uri: 'audio/lo-fi.mp3', kind: 'audio', name: 'lo-fi.mp3', durationMs: 95_000 },
  { uri: 'audio/summer-vibes.mp3', kind: 'audio', name: 'Summer Vibes.mp3', durationMs: 120_000 },
];
export const media: MediaRef[] = [...photos, ...audio];

/** A song with a beat grid from analysis: 120 BPM, first beat at 250 ms, 60 s long. */
export const beatSong: MediaRef = {
  uri: 'audio/drums.wav',
  kind: 'audio',
  name: 'drums.wav',
  durationMs: 60_000,
  bpm: 120,
  beatsMs: Array.from({ length: 119 }, (_, k) => 250 + k * 500),
};

/** Photos as analysis leaves them: one near-duplicate, one blurred. */
export const flaggedPhotos: MediaRef[] = [
  { ...photos[0]!, focus: { x: 0.5, y: 0.5 } },
  { ...photos[1]!, focus: { x: 0.5, y: 0.5 } },
  {
    ...photos[0]!,
    uri: 'photos/beach-2.jpg',
    name: 'beach-2.jpg',
    focus: { x: 0.5, y: 0.5 },
    flags: ['duplicate'],
    duplicateOf: 'beach.jpg',
  },
  { ...photos[2]!, focus: { x: 0.5, y: 0.5 }, flags: ['blurry'] },
];

/** A photo as analysis leaves it when it found people: `reliable` says whether their shape can be lifted. */
export function withPeople(photo: MediaRef, reliable = true, reason?: string): MediaRef {
  return {
    ...photo,
    focus: { x: 0.5, y: 0.45 },
    faces: [{ x: 0.42, y: 0.2, w: 0.12, h: 0.16 }],
    subjectMask: {
      reliable,
      coverage: reliable ? 0.22 : 0.01,
      box: { x: 0.3, y: 0.15, w: 0.35, h: 0.8 },
      ...(reason ? { reason } : {}),
      // A stand-in for the PNG analysis writes: the director only checks that a mask is there.
      ...(reliable ? { mask: 'iVBORw0KGgo=' } : {}),
    },
  };
}

/** A photo as analysis leaves it when it found no faces: no person layer. */
export function withoutPeople(photo: MediaRef): MediaRef {
  return { ...photo, focus: { x: 0.5, y: 0.5 }, faces: [] };
}

/** Analysed photos: people on beach.jpg and city.jpg, none on forest.jpg (the 'people' draft). */
export const peoplePhotos: MediaRef[] = [
  withPeople(photos[0]!),
  withPeople(photos[1]!),
  withoutPeople(photos[2]!),
];

/** Photos named by what they show, as in examples/slideshow.json (the 'things' draft). */
export const thingPhotos: MediaRef[] = ['astronaut', 'chelsea', 'coffee', 'rocket', 'dog'].map((stem) => ({
  uri: `photos/${stem}.jpg`,
  kind: 'image',
  name: `${stem}.jpg`,
  width: 1024,
  height: 768,
}));

/** A draft of the given media, as `addMedia` makes it. */
export function draftOf(list: MediaRef[]): Draft {
  return build(emptyDraft(), [{ type: 'addMedia', media: list }]);
}

function build(draft: Draft, commands: unknown[]): Draft {
  return commands.reduce<Draft>((current, command) => applyCommand(current, command).draft, draft);
}

export type DraftName =
  | 'empty'
  /** A fresh studio: no photos in the draft and none uploaded. */
  | 'bare'
  | 'three'
  | 'rich'
  | 'five'
  | 'one'
  | 'beats'
  | 'flagged'
  | 'people'
  | 'things';

/** Test drafts, built through the same commands as everything else. */
export function makeDraft(name: DraftName): Draft {
  switch (name) {
    case 'empty':
    case 'bare':
      return emptyDraft();
    case 'one':
      return build(emptyDraft(), [{ type: 'addMedia', media: photos.slice(0, 1) }]);
    case 'three':
      return build(emptyDraft(), [{ type: 'addMedia', media: photos.slice(0, 3) }]);
    case 'five':
      return build(emptyDraft(), [
        { type: 'addMedia', media: photos },
        { type: 'setTransition', name: 'crossfade' },
      ]);
    case 'beats':
      return build(emptyDraft(), [
        { type: 'addMedia', media: photos.slice(0, 3) },
        { type: 'setTransition', name: 'crossfade', durationMs: 800 },
        { type: 'setMusic', media: beatSong },
      ]);
    case 'flagged':
      return build(emptyDraft(), [{ type: 'addMedia', media: flaggedPhotos }]);
    case 'people':
      return build(emptyDraft(), [{ type: 'addMedia', media: peoplePhotos }]);
    case 'things':
      return build(emptyDraft(), [{ type: 'addMedia', media: thingPhotos }]);
    case 'rich':
      return build(emptyDraft(), [
        { type: 'addMedia', media: photos.slice(0, 3) },
        { type: 'setTransition', name: 'crossfade', durationMs: 800 },
        { type: 'setMusic', media: audio[0] },
        { type: 'addText', text: 'Road Trip', role: 'title' },
        { type: 'addText', text: 'Day one', role: 'caption', segmentIndex: 1 },
      ]);
  }
}

export function context(name: DraftName, extra: Partial<DirectorContext> = {}): DirectorContext {
  return { draft: makeDraft(name), media: name === 'bare' ? [] : media, ...extra };
}

export function run(
  message: string,
  name: DraftName = 'three',
  options: DirectOptions = {},
): Promise<DirectorResult> {
  return direct(message, context(name), options);
}

/** Every key of `expected` matches `actual` (recursively); arrays must have the same length. */
export function like(actual: unknown, expected: unknown, path = '$'): void {
  if (expected instanceof RegExp) {
    assert.ok(
      typeof actual === 'string' && expected.test(actual),
      `${path}: ${JSON.stringify(actual)} does not match ${expected}`,
    );
    return;
  }
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: expected an array, got ${JSON.stringify(actual)}`);
    assert.equal(
      actual.length,
      expected.length,
      `${path}: expected ${expected.length} items, got ${JSON.stringify(actual)}`,
    );
    for (const [i, item] of expected.entries()) like(actual[i], item, `${path}[${i}]`);
    return;
  }
  if (expected && typeof expected === 'object') {
    assert.ok(
      actual && typeof actual === 'object',
      `${path}: expected an object, got ${JSON.stringify(actual)}`,
    );
    for (const [key, value] of Object.entries(expected))
      like((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    return;
  }
  assert.deepEqual(actual, expected, `${path}`);
}

export { DraftHistory };
