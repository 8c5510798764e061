import assert from 'node:assert/strict';
import test from 'node:test';
import { planWithRules } from '../../src/director/plan.js';
import { validateDraft } from '../../src/model/index.js';
import { makeDraft, photos } from './fixtures.js';

// The plan projects its commands without validating the draft after each one, and validates once at
// the end: a valid result is the same draft, and one that does not validate is planned again, checked.
test('a plan validates its result once, and a result that does not validate fails with the command named', () => {
  const valid = planWithRules('make it 9:16, 2 seconds per photo, title "Hi"', {
    draft: makeDraft('three'),
    media: photos,
  });
  assert.equal(valid.error, undefined);
  assert.deepEqual(validateDraft(valid.draft), valid.draft);
  assert.equal(valid.draft.canvas.height, 1920);

  const broken = makeDraft('three');
  broken.video[0]!.durationMs = -5; // no command can make this: the draft came in broken
  const refused = planWithRules('make it 9:16', { draft: broken, media: photos });
  assert.ok(refused.error, 'the broken result is refused');
  assert.equal(refused.failed?.type, 'setAspect');
  assert.equal(refused.draft, broken, 'nothing is applied');
});
