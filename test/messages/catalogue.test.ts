import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalog, EFFECT_GROUPS, effectCatalog } from '../../src/catalog/index.js';
import {
  AREAS,
  detectLang,
  effectTitle,
  en,
  type MessageKey,
  placeholders,
  type Template,
  t,
  zh,
} from '../../src/messages/index.js';

const forms = (template: Template) => (typeof template === 'string' ? [template] : Object.values(template));

test('messages: every area has the same keys in English and Chinese, none empty, no key in two areas', () => {
  const owner = new Map<string, string>();
  for (const [area, texts] of Object.entries(AREAS)) {
    assert.deepEqual(Object.keys(texts.zh).sort(), Object.keys(texts.en).sort(), area);
    for (const key of Object.keys(texts.en)) {
      assert.ok(!owner.has(key), `${key} is in both ${owner.get(key)} and ${area}`);
      owner.set(key, area);
    }
  }
  for (const [key, template] of [...Object.entries(en), ...Object.entries(zh)])
    for (const form of forms(template)) assert.ok(form.trim().length > 0, key);
});

test("messages: Chinese uses only the English message's parameters", () => {
  // A translation may leave out a detail; it may not invent or misspell a parameter.
  for (const key of Object.keys(en) as MessageKey[]) {
    const english = placeholders(en[key]);
    for (const name of placeholders(zh[key])) assert.ok(english.includes(name), `${key}: {${name}}`);
  }
  // Outside the change lines, both say the same things.
  for (const key of Object.keys(AREAS.studio.en) as MessageKey[])
    assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
});

test('messages: Chinese text is Chinese, never the English copied (apart from names and formats)', () => {
  // Keys that are the same in both languages by design: names, numbers and units.
  const sameByDesign = new Set<string>([
    'chat.joy',
    'timeline.summary',
    'director.shape',
    // Platforms whose brand is written in Latin letters in Chinese too.
    'note.share.name.shorts',
    'note.share.name.reels',
    'note.share.name.instagram',
  ]);
  const copied = (Object.keys(en) as MessageKey[]).filter(
    (key) => !sameByDesign.has(key) && JSON.stringify(zh[key]) === JSON.stringify(en[key]),
  );
  assert.deepEqual(copied, [], 'Chinese entries equal to the English');
  const latinOnly = (Object.keys(zh) as MessageKey[]).filter(
    (key) => !sameByDesign.has(key) && forms(zh[key]).some((form) => !/[\u3400-\u9fff]/.test(form)),
  );
  assert.deepEqual(latinOnly, [], 'Chinese entries without a Chinese word');
});

test('messages: plurals follow Intl.PluralRules, never "1 files"', () => {
  assert.equal(t('en', 'upload.count', { n: 1 }), '1 file');
  assert.equal(t('en', 'upload.count', { n: 2 }), '2 files');
  assert.equal(t('en', 'upload.count', { n: 0 }), '0 files');
  assert.equal(t('zh', 'upload.count', { n: 1 }), '1 个文件');
  assert.equal(t('en', 'insight.faces', { n: 0 }), 'No faces');
  assert.equal(t('en', 'insight.faces', { n: 1 }), '1 face');
  assert.equal(t('en', 'insight.faces', { n: 3 }), '3 faces');
  assert.equal(t('zh', 'insight.faces', { n: 3 }), '3 张人脸');
  assert.equal(t('zh', 'insight.faces', { n: 0 }), '没有人脸');
});

test('messages: every effect in the catalogue has a name in both languages', () => {
  for (const group of EFFECT_GROUPS) {
    for (const entry of catalog[group].list()) {
      const key = `${entry.kind}.${entry.name}`;
      assert.ok(key in en, `${key} has no name in src/messages/effects.ts`);
      assert.notEqual(effectTitle('zh', entry.kind, entry.name), entry.name, key);
    }
  }
  assert.equal(effectTitle('zh', 'transition', 'cut'), '硬切');
  assert.equal(effectTitle('en', 'transition', 'page-curl'), 'page-curl', 'an unknown effect keeps its name');
  assert.equal(effectCatalog('zh').looks.find((look) => look.name === 'vintage')?.title, '复古胶片');
  assert.equal(effectCatalog().looks.find((look) => look.name === 'vintage')?.title, 'Vintage film');
});

test('messages: default language from navigator.language(s)', () => {
  assert.equal(detectLang('zh-CN'), 'zh');
  assert.equal(detectLang('zh-Hant-TW'), 'zh');
  assert.equal(detectLang(['fr-FR', 'zh_CN', 'en']), 'zh');
  assert.equal(detectLang(['en-GB', 'zh-CN']), 'en');
  assert.equal(detectLang('de-DE'), 'en');
  assert.equal(detectLang(undefined), 'en');
});

test('messages: parameters are filled, unknown ones kept', () => {
  assert.equal(t('en', 'header.credits', { n: 100 }), '100 credits');
  assert.equal(t('zh', 'header.credits', { n: 100 }), '100 积分');
  assert.equal(t('en', 'upload.uploading', { name: 'a.jpg' }), 'Uploading a.jpg: {pct}%');
});

test('messages: the four suggestion chips say what the brief asks', () => {
  assert.equal(en['chat.chip.smooth'], 'turn my photos into a smooth animated video with transitions');
  assert.equal(en['chat.chip.tiktok'], 'make it 9:16 for TikTok');
  assert.equal(en['chat.chip.title'], 'add a title');
  assert.equal(en['chat.chip.music'], 'add music at 35%');
});
