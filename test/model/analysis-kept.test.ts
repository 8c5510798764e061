import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyCommand, applyCommands } from '../../src/model/commands.js';
import { defaultPlanCommands } from '../../src/model/default-plan.js';
import type { MediaRef } from '../../src/model/draft.js';
import { emptyDraft } from '../../src/model/new-draft.js';
import { framedDraft } from '../../src/render/framing-pass.js';

/**
 * Analysis is data edit commands never rewrite: whatever the commands, every photo keeps the faces,
 * focus and person layer analysis found. Framing for the canvas is derived afterwards (the framing pass).
 */
const group: MediaRef = {
  uri: 'group.jpg',
  kind: 'image',
  name: 'group.jpg',
  width: 1600,
  height: 900,
  focus: { x: 0.48, y: 0.4 },
  faces: [
    { x: 0.4, y: 0.3, w: 0.08, h: 0.14 },
    { x: 0.5, y: 0.32, w: 0.07, h: 0.12 },
    { x: 0.85, y: 0.28, w: 0.08, h: 0.15 },
  ],
  subjectMask: { reliable: false, coverage: 0.3, box: { x: 0.05, y: 0.2, w: 0.9, h: 0.8 }, reason: 'test' },
};
const portrait: MediaRef = {
  uri: 'portrait.jpg',
  kind: 'image',
  name: 'portrait.jpg',
  width: 900,
  height: 1200,
  focus: { x: 0.5, y: 0.3 },
  faces: [{ x: 0.4, y: 0.2, w: 0.2, h: 0.18 }],
};

const command = fc.oneof(
  fc.constantFrom('9:16', '16:9', '1:1', '4:5').map((aspect) => ({ type: 'setAspect', aspect })),
  fc.constantFrom('tiktok', 'youtube', 'instagram-feed').map((preset) => ({ type: 'applyPreset', preset })),
  fc
    .record({ width: fc.integer({ min: 200, max: 2000 }), height: fc.integer({ min: 200, max: 2000 }) })
    .map((size) => ({ type: 'setCanvas', ...size })),
  fc
    .record({
      name: fc.constantFrom('zoom-in', 'zoom-out', 'pan-left', 'pan-right', 'drift', 'static', 'push-in'),
      strength: fc.double({ min: 0, max: 1, noNaN: true }),
      index: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
    })
    .map((motion) => ({ type: 'setMotion', ...motion })),
  fc
    .record({
      name: fc.constantFrom('cover', 'blur'),
      index: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
    })
    .map((fit) => ({ type: 'setFit', ...fit })),
  fc.constant({ type: 'swapSegments', a: 0, b: 1 }),
  fc.constant({ type: 'reverseSegments' }),
  fc.integer({ min: 2000, max: 20_000 }).map((totalMs) => ({ type: 'setDuration', totalMs })),
  fc.constant({ type: 'addText', text: 'Hello', role: 'title' }),
);

test('after any sequence of commands a photo keeps every face, its focus and its person layer', () => {
  const start = emptyDraft({ aspect: '16:9' });
  const planned = applyCommands(start, defaultPlanCommands([group, portrait], start.canvas)).draft;
  fc.assert(
    fc.property(fc.array(command, { minLength: 1, maxLength: 8 }), (commands) => {
      let draft = planned;
      for (const next of commands) draft = applyCommand(draft, next).draft;
      for (const original of [group, portrait]) {
        const segment = draft.video.find((s) => s.media.uri === original.uri)!;
        assert.deepEqual(segment.media.faces, original.faces);
        assert.deepEqual(segment.media.focus, original.focus);
        assert.deepEqual(segment.media.subjectMask, original.subjectMask);
      }
      // The framing is derived: in a shape the group fits, the renderer keeps all three faces again.
      const wide = framedDraft(applyCommand(draft, { type: 'setAspect', aspect: '16:9' }).draft);
      const framed = wide.video.find((s) => s.media.uri === group.uri)!;
      assert.equal(framed.media.faces?.length, 3);
    }),
    { numRuns: 150 },
  );
});

test('"9:16" then "16:9": a photo with three faces still has three', () => {
  const start = emptyDraft({ aspect: '16:9' });
  const planned = applyCommands(start, defaultPlanCommands([group], start.canvas)).draft;
  const narrow = applyCommands(planned, [
    { type: 'setAspect', aspect: '9:16' },
    { type: 'setFit', name: 'cover' },
  ]).draft;
  assert.equal(framedDraft(narrow).video[0]!.media.faces?.length, 2, 'a 9:16 crop keeps the group that fits');
  const back = applyCommands(narrow, [{ type: 'setAspect', aspect: '16:9' }]).draft;
  assert.equal(back.video[0]!.media.faces?.length, 3);
  assert.equal(framedDraft(back).video[0]!.media.faces?.length, 3);
});
