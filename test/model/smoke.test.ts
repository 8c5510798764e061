import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDraft } from '../../src/model/index.js';

test('empty draft validates', () => {
  const draft = emptyDraft({ aspect: '9:16' });
  assert.equal(draft.canvas.width, 1080);
  assert.equal(draft.canvas.height, 1920);
});
