import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCommands } from '../../src/model/commands.js';
import { emptyDraft } from '../../src/model/new-draft.js';
import { toWire } from '../../src/model/wire.js';
import type { Session } from '../../src/server/sessions.js';
import { sessionStateView } from '../../src/server/views.js';

/** `GET …/latest` shows the stored draft with each text where the renderer's placement pass puts it. */
const session: Session = {
  id: 's1',
  taskId: 'task1',
  accountId: 'acc',
  taskName: null,
  language: null,
  draftVersion: 3,
  createdAt: 0,
  updatedAt: 0,
};

const draftWith = (position?: 'bottom') =>
  applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 640, height: 480 },
    {
      type: 'addMedia',
      media: [
        {
          uri: 'asset:a',
          kind: 'image',
          name: 'a.jpg',
          width: 640,
          height: 480,
          faces: [{ x: 0.4, y: 0.72, w: 0.2, h: 0.18 }],
        },
      ],
      durationMs: 2000,
    },
    { type: 'setMotion', name: 'static', strength: 0 },
    { type: 'setFit', name: 'cover' },
    { type: 'addText', text: 'Day one', role: 'caption', ...(position ? { position } : {}) },
  ]).draft;

const link = (path: string) => `http://joy.test${path}`;

const textOf = (wire: unknown) =>
  (wire as { t: { tt: number; sg: { pos: string }[] }[] }).t.find((track) => track.tt === 7)!.sg[0]!;

test('the session state shows an automatic caption off the face; an asked one and an unreadable draft as stored', () => {
  const stored = toWire(draftWith());
  assert.equal(textOf(stored).pos, 'bottom');
  const view = sessionStateView(session, stored, [], [], link);
  assert.equal(textOf(view.state.draft).pos, 'top');
  assert.match(view.state.summary ?? '', /Caption: "Day one"/);
  assert.equal(textOf(stored).pos, 'bottom', 'the stored draft is not rewritten');

  const asked = toWire(draftWith('bottom'));
  assert.equal(sessionStateView(session, asked, [], [], link).state.draft, asked);
  const broken = { schema: 'joy.draft', v: 1, t: 'nope' };
  const shown = sessionStateView(session, broken, [], [], link).state;
  assert.deepEqual([shown.draft, shown.summary], [broken, null]);
});
