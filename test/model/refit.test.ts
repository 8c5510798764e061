import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCommands } from '../../src/model/commands.js';
import { defaultPlanCommands } from '../../src/model/default-plan.js';
import type { MediaRef } from '../../src/model/draft.js';
import { emptyDraft } from '../../src/model/new-draft.js';

/**
 * A fit no one chose follows the canvas with the default plan's own rule: after any chain of shape
 * changes, each photo has the fit the plan would give it for the shape it ends on, faces or not.
 */
const photos: MediaRef[] = [
  {
    uri: 'pair.jpg',
    kind: 'image',
    name: 'pair.jpg',
    width: 900,
    height: 1600,
    faces: [
      { x: 0.05, y: 0.3, w: 0.15, h: 0.09 },
      { x: 0.8, y: 0.3, w: 0.15, h: 0.09 },
    ],
  },
  {
    uri: 'group.jpg',
    kind: 'image',
    name: 'group.jpg',
    width: 1600,
    height: 900,
    faces: [
      { x: 0.4, y: 0.3, w: 0.08, h: 0.14 },
      { x: 0.85, y: 0.28, w: 0.08, h: 0.15 },
    ],
  },
  { uri: 'plain.jpg', kind: 'image', name: 'plain.jpg', width: 1200, height: 900 },
];
const ASPECTS = ['9:16', '16:9', '1:1', '4:5'] as const;

const planned = (aspect: (typeof ASPECTS)[number]) => {
  const draft = applyCommands(emptyDraft({ aspect }), []).draft;
  return applyCommands(draft, defaultPlanCommands(photos, draft.canvas)).draft;
};
const fits = (draft: ReturnType<typeof planned>) => draft.video.map((segment) => segment.fit.name);

test('after changing the shape, automatic fits are the ones the plan gives for the new shape', () => {
  for (const first of ASPECTS)
    for (const second of ASPECTS)
      for (const third of ASPECTS) {
        const changed = applyCommands(planned(first), [
          { type: 'setAspect', aspect: second },
          { type: 'setAspect', aspect: third },
        ]).draft;
        assert.deepEqual(fits(changed), fits(planned(third)), `${first} → ${second} → ${third}`);
      }
});

test('a fit someone chose stays through shape changes', () => {
  const chosen = applyCommands(planned('9:16'), [{ type: 'setFit', name: 'color', index: 0 }]).draft;
  const changed = applyCommands(chosen, [
    { type: 'setAspect', aspect: '16:9' },
    { type: 'setAspect', aspect: '1:1' },
  ]).draft;
  assert.equal(changed.video[0]!.fit.name, 'color');
});
