import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog } from '../../src/catalog/index.js';
import { detectLang, effectName, en, placeholders, plural, translate, zh } from '../../web/src/lib/i18n.js';

test('i18n: English and Chinese have exactly the same keys, none empty', () => {
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const [key, value] of [...Object.entries(en), ...Object.entries(zh)])
    assert.ok(value.trim().length > 0, key);
});

test('i18n: both languages use the same placeholders', () => {
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
  }
});

test('i18n: Chinese text is actually Chinese (apart from names and formats)', () => {
  const latinOnly = Object.entries(zh).filter(([, value]) => !/[\u4e00-\u9fff]/.test(value));
  // Keys that are the same in both languages by design.
  const allowed = new Set(['chat.joy', 'timeline.summary']);
  assert.deepEqual(
    latinOnly.map(([key]) => key).filter((key) => !allowed.has(key)),
    [],
  );
});

test('i18n: default language from navigator.language(s)', () => {
  assert.equal(detectLang('zh-CN'), 'zh');
  assert.equal(detectLang('zh-Hant-TW'), 'zh');
  assert.equal(detectLang(['fr-FR', 'zh_CN', 'en']), 'zh');
  assert.equal(detectLang(['en-GB', 'zh-CN']), 'en');
  assert.equal(detectLang('de-DE'), 'en');
  assert.equal(detectLang(undefined), 'en');
});

test('i18n: placeholders are filled, unknown ones kept', () => {
  assert.equal(translate('en', 'header.credits', { n: 100 }), '100 credits');
  assert.equal(translate('zh', 'header.credits', { n: 100 }), '100 积分');
  assert.equal(translate('en', 'upload.uploading', { name: 'a.jpg' }), 'Uploading a.jpg: {pct}%');
});

test('i18n: the four suggestion chips say what the brief asks', () => {
  assert.equal(en['chat.chip.smooth'], 'turn my photos into a smooth animated video with transitions');
  assert.equal(en['chat.chip.tiktok'], 'make it 9:16 for TikTok');
  assert.equal(en['chat.chip.title'], 'add a title');
  assert.equal(en['chat.chip.music'], 'add music at 35%');
});

test('i18n: plurals by the language rules, effect names in both languages', () => {
  assert.equal(plural('en', 'upload.count', 1), '1 file');
  assert.equal(plural('en', 'upload.count', 3), '3 files');
  assert.equal(plural('en', 'upload.count', 0), '0 files');
  assert.equal(plural('zh', 'upload.count', 1), '1 个文件');
  assert.equal(effectName('en', 'transition', 'crossfade'), 'Crossfade');
  assert.equal(effectName('zh', 'transition', 'crossfade'), '交叉淡化');
  assert.equal(effectName('zh', 'motion', 'zoom-in'), '推近');
  // An effect this studio does not know yet keeps its catalogue name rather than showing nothing.
  assert.equal(effectName('zh', 'motion', 'new-thing'), 'new-thing');
});

test('i18n: every motion and transition of the catalogue has a name in both languages', () => {
  const missing = [
    ...catalog.motions.list().map((effect) => `effect.motion.${effect.name}`),
    ...catalog.transitions.list().map((effect) => `effect.transition.${effect.name}`),
  ].filter((key) => !(key in en));
  assert.deepEqual(missing, []);
});
