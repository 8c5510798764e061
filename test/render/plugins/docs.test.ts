import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { EFFECTS_DOC_PATH, renderEffectsDoc } from '../../../scripts/gen-effects-doc.js';
import { effectCatalog } from '../../../src/catalog/index.js';

test('docs/effects.md is up to date with the registries (run `npm run docs` to refresh it)', () => {
  let written = '';
  try {
    written = readFileSync(EFFECTS_DOC_PATH, 'utf8');
  } catch {
    assert.fail('docs/effects.md is missing: run `npm run docs`');
  }
  assert.ok(
    written === renderEffectsDoc(),
    'docs/effects.md is stale: run `npm run docs` and commit the result',
  );
});

test('the doc names every effect and every parameter', () => {
  const doc = renderEffectsDoc();
  for (const list of Object.values(effectCatalog())) {
    for (const effect of list) {
      assert.ok(doc.includes(`### \`${effect.name}\``), effect.name);
      for (const param of Object.keys(effect.params))
        assert.ok(doc.includes(`| \`${param}\` |`), `${effect.name}.${param}`);
    }
  }
});
